export default {
  globs: ['components/**/*.ts', 'src/element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts', '**/*.strings.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  packagejson: false,
};
