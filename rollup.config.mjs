import './.ci/node-check.mjs';
import esbuild from 'rollup-plugin-esbuild';

/** Entry points of the npm package; see `exports` in package.json. */
export const entries = {
  'src/index': 'src/index.ts',
  'src/core': 'src/core.ts',
  'src/api/contract/index': 'src/api/contract/index.ts',
  'components/portal/define': 'components/portal/define.ts',
  'components/caps-meter/define': 'components/caps-meter/define.ts',
  'src/mocks/index': 'src/mocks/index.ts',
  'src/mocks/browser': 'src/mocks/browser.ts',
};

// Dependencies stay bare imports: the host's bundler dedupes lit, ky and zod.
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default {
  input: entries,
  external,
  plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: '.',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
};
