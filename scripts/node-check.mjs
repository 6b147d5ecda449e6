// Imported first by every config: the tools here need Node 22 or later.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `This project needs Node 22 or later (found ${process.version}). Run it through npm scripts, ` +
      'which use the pinned node devDependency, or install Node 22+.',
  );
  process.exit(1);
}
