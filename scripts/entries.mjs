// The package's importable entries, from package.json's `exports`, for the checks that import
// each one in Node and in a page.
import { readFileSync } from 'node:fs';

/** Entries that must register no tag on import. */
const SILENT = new Set(['./core', './classes', './contract', './mocks', './mocks/browser']);
export const TAGS = [
  'ld-portal',
  'ld-caps-meter',
  'ld-ingestion-log',
  'ld-payout-summary',
  'ld-api-spec',
  'ld-pause-toggle',
];

/** `{ entry, file, silent }` for every entry with a module, the silent ones first. */
export function packageEntries() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  return (
    Object.entries(pkg.exports)
      .map(([entry, target]) => ({
        entry,
        file: typeof target === 'string' ? target : target.default,
        silent: SILENT.has(entry),
      }))
      // Types-only entries (the React and Vue typings) have no module to import.
      .filter(({ file }) => file?.endsWith('.js'))
      .sort((a, b) => Number(b.silent) - Number(a.silent))
  );
}
