// Bundles the hardening suite's two halves with esbuild: the Node side (mock API, contract,
// client) and the page (every widget plus the harness that the suite drives over CDP).
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { harnessesPlugin } from '../support/harnesses.mjs';

export const OUT = 'node_modules/.cache/ld/hardening';

export async function buildHardening() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const common = { bundle: true, format: 'esm', logLevel: 'warning', target: 'es2022' };
  await build({
    ...common,
    entryPoints: { node: 'test/hardening/node-entry.ts' },
    outdir: OUT,
    platform: 'node',
    external: ['msw', 'msw/*'],
    outExtension: { '.js': '.mjs' },
  });
  const { metafile } = await build({
    ...common,
    metafile: true,
    entryPoints: { page: 'test/hardening/page.ts' },
    outdir: OUT,
    platform: 'browser',
    // The widgets' lazy parts stay chunks of their own, as in the CDN build, so a suite can
    // fault their requests.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [harnessesPlugin],
  });
  // The chunks a widget's first call loads by itself (the contract's schemas, zod, the parser):
  // data, not a lazy part an interaction needs, so a suite that fails lazy parts spares them.
  const data = Object.entries(metafile.outputs)
    .filter(([, output]) =>
      Object.keys(output.inputs).some((input) =>
        /(^|\/)(src\/api\/(contract\/|parse\.ts)|node_modules\/zod\/)/.test(input),
      ),
    )
    .map(([file]) => `/${file.slice(OUT.length + 1)}`);
  writeFileSync(`${OUT}/data-chunks.json`, JSON.stringify(data));
  return import(new URL(`../../${OUT}/node.mjs`, import.meta.url).href);
}
