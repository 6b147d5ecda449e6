import './scripts/node-check.mjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { integrity, minifyExcept } from './scripts/build/rollup-cdn.mjs';
import { minifyCssLiterals } from './scripts/build/minify-css.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Entry points of the npm package; see `exports` in package.json. */
export const entries = {
  'src/index': 'src/index.ts',
  'src/core': 'src/core.ts',
  'src/classes': 'src/classes.ts',
  'src/api/contract/index': 'src/api/contract/index.ts',
  'components/portal/define': 'components/portal/define.ts',
  'components/caps-meter/define': 'components/caps-meter/define.ts',
  'components/ingestion-log/define': 'components/ingestion-log/define.ts',
  'components/payout-summary/define': 'components/payout-summary/define.ts',
  'components/api-spec/define': 'components/api-spec/define.ts',
  'components/pause-toggle/define': 'components/pause-toggle/define.ts',
  'src/mocks/index': 'src/mocks/index.ts',
  'src/mocks/browser': 'src/mocks/browser.ts',
};

const typescript = esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const quiet = (warning, warn) =>
  !['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code) && warn(warning);

export default [
  {
    // npm: one file per module; dependencies stay bare imports so the host's bundler dedupes lit, ky and zod.
    input: entries,
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [minifyCssLiterals(), typescript],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: '.',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  {
    // One ESM file for a <script type="module"> with no bundler: every widget, lit, ky and zod.
    // Clerk is a chunk of its own, loaded only when clerkAuth({ publishableKey }) needs it;
    // chunk names carry a content hash, and the entry's name stays put for a versioned URL.
    input: { 'supplier-widgets': 'src/index.ts' },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyCssLiterals(),
      typescript,
      // The license banner stays; every other comment goes.
      minifyExcept(terser({ format: { comments: /^!/ } }), ['clerk']),
      integrity(),
    ],
    onwarn: (warning, warn) =>
      // Clerk's prebuilt file uses a top-level `this`, which is undefined in any ES module.
      !(warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('@clerk/')) &&
      quiet(warning, warn),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: (id) => (id.includes('/node_modules/@clerk/') ? 'clerk' : undefined),
      banner: (chunk) =>
        chunk.isEntry
          ? `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | https://www.npmjs.com/package/${pkg.name} */`
          : '',
    },
  },
];
