// The widgets and the package's importable entries, for the build and the checks. The list
// of widgets is read from entries/registry.ts, its one home: one `export *` line per widget.
import { readFileSync } from 'node:fs';

const LINE = /^export \* from '\.\.\/components\/([a-z][a-z-]*)\/index\.js';$/gm;

/** `{ name, tag, define }` of every widget, in the registry's order. */
export const WIDGETS = [...readFileSync('entries/registry.ts', 'utf8').matchAll(LINE)].map(
  ([, name]) => ({ name, tag: `ld-${name}`, define: `components/${name}/define.ts` }),
);
/** Every widget's tag, `ld-portal` too. */
export const TAGS = WIDGETS.map(({ tag }) => tag);
/** The widgets that show data of their own: all but `ld-portal`, which only scopes them. */
export const DATA_WIDGETS = TAGS.filter((tag) => tag !== 'ld-portal');

/** Entries that must register no tag on import. */
const SILENT = new Set(['./core', './classes', './contract', './mocks', './mocks/browser']);

/** `{ entry, file, silent }` for every entry with a module, the silent ones first. */
export function packageEntries() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const entries = [];
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    // Types-only entries (the React and Vue typings) have no module to import.
    if (!file?.endsWith('.js')) continue;
    // `./*` is every widget's own entry.
    if (entry.includes('*'))
      for (const { name } of WIDGETS)
        entries.push({ entry: entry.replace('*', name), file: file.replace('*', name) });
    else entries.push({ entry, file });
  }
  return entries
    .map((item) => ({ ...item, silent: SILENT.has(item.entry) }))
    .sort((a, b) => Number(b.silent) - Number(a.silent));
}
