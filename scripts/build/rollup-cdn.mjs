// Rollup plugins for the CDN build (dist/cdn): Subresource Integrity hashes for every file it
// writes, and a minifier that leaves Clerk's chunk alone.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const INTEGRITY_FILE = 'integrity.json';
export const ENTRIES_FILE = 'entries.json';

/** `sha384-…` of a file's bytes, as the `integrity` attribute and import maps expect. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Writes `integrity.json` ({ "core-….js": "sha384-…", "chunks/clerk-….js": … }) beside the
 * files, from the bytes on disk, and prints it; and `entries.json`: for each entry, the
 * package specifier it stands for (`@leaddistro/supplier-widgets/caps-meter`), its file, the
 * files it loads before any interaction (itself and its static imports, transitively), and
 * the lazy ones it may load on use (dynamic imports, and what those import). Of the lazy
 * ones, `data` are those the first call loads by itself, with no interaction: the contract's
 * schemas, zod and the parser (src/api/operations.ts).
 */
export function integrity(packageName) {
  return {
    name: 'ld-integrity',
    writeBundle({ dir }, bundle) {
      const closure = (file, lazy, seen = new Set()) => {
        if (seen.has(file)) return seen;
        seen.add(file);
        const { imports, dynamicImports } = bundle[file];
        for (const id of lazy ? [...imports, ...dynamicImports] : imports) closure(id, lazy, seen);
        return seen;
      };
      const forData = (file) =>
        bundle[file].moduleIds?.some((id) =>
          /[\\/](src[\\/]api[\\/](contract[\\/]|parse\.ts)|node_modules[\\/]zod[\\/])/.test(id),
        );
      const entries = Object.values(bundle)
        .filter((chunk) => chunk.type === 'chunk' && chunk.isEntry)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((chunk) => ({
          specifier:
            chunk.name === 'supplier-widgets' ? packageName : `${packageName}/${chunk.name}`,
          file: chunk.fileName,
          ...((initial) => {
            const lazy = [...closure(chunk.fileName, true)].filter((file) => !initial.has(file));
            return { initial: [...initial].sort(), lazy: lazy.sort(), data: lazy.filter(forData) };
          })(closure(chunk.fileName, false)),
        }));
      writeFileSync(join(dir, ENTRIES_FILE), `${JSON.stringify(entries, null, 2)}\n`);
      const hashes = {};
      for (const file of Object.keys(bundle).sort()) {
        if (file.endsWith('.js')) hashes[file] = sri(readFileSync(join(dir, file)));
      }
      writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
      const width = Math.max(...Object.keys(hashes).map((file) => file.length));
      console.log(`SRI hashes (${join(dir, INTEGRITY_FILE)}):`);
      for (const [file, hash] of Object.entries(hashes))
        console.log(`  ${file.padEnd(width)}  ${hash}`);
    },
  };
}

/**
 * Runs a minifier's renderChunk on every chunk but those named in `skip`: Clerk ships its
 * own build already minified, and running terser over its 1.5 MB on every build buys nothing.
 */
export function minifyExcept(minifier, skip) {
  return {
    ...minifier,
    // Nor does a source map of it help anyone: it would map minified code onto minified code.
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !skip.includes(chunk.name)) continue;
        delete bundle[`${chunk.fileName}.map`];
        chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
        chunk.map = null;
      }
    },
    renderChunk(code, chunk, ...rest) {
      return skip.includes(chunk.name)
        ? null
        : minifier.renderChunk.call(this, code, chunk, ...rest);
    },
  };
}
