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

/** The shipped languages besides English: `locales/<tag>.ts`, each its own entry. */
export const LANGUAGES = ['de', 'fr', 'es', 'pt-BR', 'ar'];

/** Entries that must register no tag on import. */
const SILENT = new Set(['./core', './classes', './contract', './mocks', './mocks/browser']);

/**
 * `[entry, target]` of every package export, with `./*` (each widget's own entry) and
 * `./locales/*` expanded to one pair per widget or language: what a user can import.
 */
export function exportPairs() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const expand = (value, name) =>
    typeof value === 'string'
      ? value.replace('*', name)
      : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, name)]));
  return Object.entries(pkg.exports).flatMap(([entry, target]) =>
    entry.includes('*')
      ? (entry.startsWith('./locales/') ? LANGUAGES : WIDGETS.map(({ name }) => name)).map(
          (name) => [entry.replace('*', name), expand(target, name)],
        )
      : [[entry, target]],
  );
}

/** `{ entry, file, silent }` for every entry with a module, the silent ones first. */
export function packageEntries() {
  const entries = [];
  for (const [entry, target] of exportPairs()) {
    const file = typeof target === 'string' ? target : target.default;
    // Types-only entries (the React and Vue typings) have no module to import.
    if (file?.endsWith('.js')) entries.push({ entry, file });
  }
  return entries
    .map((item) => ({
      ...item,
      // A language registers text, never a tag.
      silent: SILENT.has(item.entry) || item.entry.startsWith('./locales/'),
    }))
    .sort((a, b) => Number(b.silent) - Number(a.silent));
}
