export default {
  globs: ['components/**/*.ts', 'src/element.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.stories.ts',
    '**/*.styles.ts',
    '**/*.strings.ts',
    '**/harness.ts',
  ],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in file-system order, which differs between machines;
      // sorted, the manifest is the same everywhere and its freshness check is stable.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
