import './scripts/node-check.mjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { integrity, minifyExcept } from './scripts/build/rollup-cdn.mjs';
import { minifyCssLiterals } from './scripts/build/minify-css.mjs';
import { minifyHtmlLiterals } from './scripts/build/minify-html.mjs';
import { LANGUAGES, WIDGETS } from './scripts/widgets.mjs';
import { onwarn } from './scripts/build/warnings.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Entry points of the npm package; see `exports` in package.json (`./*` is each widget's). */
export const entries = {
  'entries/index': 'entries/index.ts',
  'entries/classes': 'entries/classes.ts',
  'src/core': 'src/core.ts',
  'src/api/contract/index': 'src/api/contract/index.ts',
  'src/mocks/index': 'src/mocks/index.ts',
  'src/mocks/browser': 'src/mocks/browser.ts',
  ...Object.fromEntries(WIDGETS.map(({ define }) => [define.replace(/\.ts$/, ''), define])),
  ...Object.fromEntries(LANGUAGES.map((lang) => [`locales/${lang}`, `locales/${lang}.ts`])),
};

/** The CDN build's entries, by the package specifier each stands for (see integrity()). */
export const cdnEntries = {
  'supplier-widgets': 'entries/index.ts',
  core: 'src/core.ts',
  ...Object.fromEntries(WIDGETS.map(({ name, define }) => [name, define])),
  ...Object.fromEntries(LANGUAGES.map((lang) => [`locales/${lang}`, `locales/${lang}.ts`])),
};

const typescript = esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

export default [
  {
    // npm: one file per module; dependencies stay bare imports so the host's bundler dedupes lit, ky and zod.
    input: entries,
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [minifyCssLiterals(), typescript, minifyHtmlLiterals()],
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
    // ES modules for a page with no bundler, under the package's own specifiers through an
    // import map: every widget (`supplier-widgets`), the core alone, or one widget, sharing
    // chunks, so a page with only the caps meter downloads only what the caps meter needs.
    // Clerk is a chunk of its own, loaded only when clerkAuth({ publishableKey }) needs it.
    // Every file name carries a content hash, and every file an SRI hash (integrity.json).
    input: cdnEntries,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyCssLiterals(),
      typescript,
      minifyHtmlLiterals(),
      // The license banner stays; every other comment goes.
      minifyExcept(terser({ format: { comments: /^!/ }, compress: { passes: 2 }, module: true }), [
        'clerk',
      ]),
      integrity(pkg.name),
    ],
    onwarn: (warning, warn) =>
      // Clerk's prebuilt file uses a top-level `this`, which is undefined in any ES module.
      !(warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('@clerk/')) &&
      onwarn(warning, warn),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name]-[hash].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: (id) => (id.includes('/node_modules/@clerk/') ? 'clerk' : undefined),
      banner: (chunk) =>
        chunk.isEntry
          ? `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | https://www.npmjs.com/package/${pkg.name} */`
          : '',
    },
  },
];
