// Imports every entry of package.json's `exports` from dist/ in Node, where there is no
// window or document: an entry that touched either on import would throw here. Entries
// that must register nothing (core, classes, contract) are checked to define no tag.
import '../../scripts/node-check.mjs';
import { readFileSync } from 'node:fs';
import { TAGS, packageEntries } from '../../scripts/widgets.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const failures = [];
// Lit's Node build brings a customElements shim with the first entry; none exists before.
const registered = () => TAGS.filter((tag) => globalThis.customElements?.get(tag));
let checked = 0;
// The entries that must register nothing go first, while no tag is defined yet.
for (const { entry, file, silent } of packageEntries()) {
  // msw's browser build needs a service-worker-capable page; the host examples import it in one.
  if (entry === './mocks/browser') continue;
  const defined = new Set(registered());
  try {
    const module = await import(new URL(`../../${file}`, import.meta.url).href);
    if (!Object.keys(module).length) failures.push(`${entry} exports nothing`);
  } catch (error) {
    failures.push(`${entry}: ${error instanceof Error ? error.message : error}`);
    continue;
  }
  const added = registered().filter((tag) => !defined.has(tag));
  if (silent && added.length) failures.push(`${entry} registered ${added.join(', ')}`);
  checked++;
}
const { version } = await import(new URL('../../dist/src/core.js', import.meta.url).href);
if (version !== pkg.version)
  failures.push(`core says version ${version}; package.json says ${pkg.version}`);
if (typeof window !== 'undefined' || typeof document !== 'undefined')
  failures.push('an entry created window or document');
if (registered().length !== TAGS.length)
  failures.push(`only ${registered().join(', ')} were registered by the widget entries`);
if (failures.length) {
  console.error(`Imports: ${failures.length} problems:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Imports: ${checked} package entries load in Node with no window or document, and the class-only ones register nothing.`,
);
