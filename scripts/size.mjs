// Bundles each measured entry on its own, with lit, ky, zod and the core inlined, minifies
// and gzips it, and fails when an entry is over its budget (PRODUCT.md). Clerk stays out:
// it is a lazy chunk behind a dynamic import.
import './node-check.mjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './build/minify-css.mjs';
import { minifyHtmlLiterals } from './build/minify-html.mjs';
import { onwarn } from './build/warnings.mjs';
import { WIDGETS } from './widgets.mjs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const KB = 1024;
/** Ceilings of single widget entries, by folder; each other widget is measured with none. */
// PRODUCT.md's ceilings, on initial bytes (what loads before any interaction), as PRODUCT.md
// now counts them: the parts only an interaction needs are lazy chunks (src/ui/lazy.ts).
// Issue 17 lowers them as more parts turn lazy; its targets are printed below the table.
const CEILINGS = {
  'caps-meter': { budget: 32 * KB, widget: true },
  // Issue 4 set +12 KB; issue 23's guards (cursors that go round, bounded lists, CSV cells
  // split on ; and TAB, the body timeout) +12.5 KB. The lead detail is a lazy part since.
  'ingestion-log': { increment: 12.5 * KB },
};
const measured = [
  { name: 'core', input: 'src/core.ts' },
  // ld-portal only scopes the others; its entry is a part of each of theirs.
  ...WIDGETS.filter(({ tag }) => tag !== 'ld-portal').map(({ name, tag, define }) => ({
    name: `${tag} entry`,
    input: define,
    ...CEILINGS[name],
  })),
  // PRODUCT.md's 60 KB before any interaction, and issue 17's 75 KB for everything shipped.
  {
    name: 'full bundle (all widgets)',
    input: 'entries/index.ts',
    budget: 60 * KB,
    total: 75 * KB,
  },
];

async function bundle(input) {
  const build = await rollup({
    input,
    external: (id) => id.startsWith('@clerk/'),
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyCssLiterals(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      minifyHtmlLiterals(),
      terser({ format: { comments: false }, compress: { passes: 2 }, module: true }),
    ],
    onwarn,
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: false });
  await build.close();
  // Clerk may only ever be reached through a dynamic import, so it stays a lazy chunk.
  const eager = output
    .flatMap((chunk) => chunk.imports ?? [])
    .filter((id) => id.startsWith('@clerk/'));
  if (eager.length)
    throw new Error(`${input} imports ${eager.join(', ')} statically; Clerk must stay lazy.`);
  const chunks = output.filter((chunk) => chunk.type === 'chunk');
  // What loads before any interaction: the entry and what it imports statically. The rest
  // are lazy parts, loaded with import() on first use (and prefetched when idle).
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const id of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) visit(id);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  const measure = (list) => {
    const code = list.map((chunk) => chunk.code).join('\n');
    return {
      raw: Buffer.byteLength(code),
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code).length,
    };
  };
  return {
    ...measure(chunks),
    initial: measure(chunks.filter((chunk) => initial.has(chunk.fileName))),
    lazy: chunks
      .filter((chunk) => !initial.has(chunk.fileName))
      .map((chunk) => ({ name: chunk.name, ...measure([chunk]) })),
  };
}

const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const results = await Promise.all(
  measured.map(async (entry) => ({ ...entry, ...(await bundle(entry.input)) })),
);
const core = results[0].gzip;
let failed = false;
console.log(
  'Size (minified, gzip; raw, gzip and brotli of every chunk, lazy ones too; initial is what loads before any interaction; Clerk excluded, only ever imported lazily)',
);
console.log(
  `${'entry'.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}${'initial'.padStart(10)}  over core  budget (initial)`,
);
for (const r of results) {
  const initial = r.initial.gzip;
  const increment = r.name === 'core' ? '' : `+${fmt(initial - core)}`;
  // A widget's own budget is an increment over the core; the others are totals. Both count
  // initial bytes; `total` counts every chunk, lazy ones too.
  const tooBig =
    (r.increment ? initial - core > r.increment : r.budget ? initial > r.budget : false) ||
    (r.total ? r.gzip > r.total : false);
  const limit = [
    r.increment ? `+${fmt(r.increment)}` : r.budget ? fmt(r.budget) : '',
    r.total ? `all ${fmt(r.total)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const status = limit ? `${limit} ${tooBig ? 'OVER' : 'ok'}` : '';
  if (tooBig) failed = true;
  console.log(
    `${r.name.padEnd(28)}${fmt(r.raw).padStart(10)}${fmt(r.gzip).padStart(10)}${fmt(r.brotli).padStart(10)}${fmt(initial).padStart(10)}  ${increment.padEnd(10)} ${status}`,
  );
}
// Each lazy part of the full bundle, loaded on first use.
const lazy = results.at(-1).lazy;
for (const part of lazy)
  console.log(
    `${`lazy: ${part.name}`.padEnd(28)}${fmt(part.raw).padStart(10)}${fmt(part.gzip).padStart(10)}${fmt(part.brotli).padStart(10)}`,
  );
// Issue 17's ceilings, on initial bytes, as they are reached: reported, and enforced once all
// the lazy parts are in (until then the totals above are what fails the check).
const targets = [
  ['a page with every widget, before any interaction', results.at(-1).initial.gzip, 45 * KB],
  [
    'ld-caps-meter initial',
    results.find((r) => r.name === 'ld-caps-meter entry').initial.gzip,
    28 * KB,
  ],
  [
    'any single widget entry, initial',
    Math.max(...results.slice(1, -1).map((r) => r.initial.gzip)),
    32 * KB,
  ],
  ['total of everything shipped, English', results.at(-1).gzip, 75 * KB],
];
console.log('Issue 17 targets (initial bytes, gzip):');
for (const [what, bytes, ceiling] of targets)
  console.log(
    `  ${what.padEnd(50)}${fmt(bytes).padStart(10)} of ${fmt(ceiling)}${bytes > ceiling ? '  not yet' : '  ok'}`,
  );
// The CDN build's pages as served (dist/cdn, from `npm run build`): for each entry, what a page
// that imports it fetches before any interaction, and its lazy files, each file gzipped on its
// own as a CDN sends it. No budget of their own: the bundles above are the same code, but a
// file shared by several entries carries every module any of them needs, so a page of one
// widget costs a little more here. Clerk's lazy chunk is left out.
const served = (file) => gzipSync(readFileSync(`dist/cdn/${file}`), { level: 9 }).length;
const cdn = existsSync('dist/cdn/entries.json')
  ? JSON.parse(readFileSync('dist/cdn/entries.json', 'utf8')).map((entry) => {
      const lazy = entry.lazy.filter((file) => !file.includes('/clerk-'));
      const sum = (files) => files.reduce((total, file) => total + served(file), 0);
      return {
        name: `cdn: ${entry.specifier.replace(/^@leaddistro\/supplier-widgets\/?/, '') || 'all'}`,
        files: entry.initial.length,
        initial: sum(entry.initial),
        lazy: sum(lazy),
      };
    })
  : [];
if (cdn.length)
  console.log(
    `${'CDN page (files, gzip each)'.padEnd(28)}${'files'.padStart(10)}${'initial'.padStart(10)}${'lazy'.padStart(10)}`,
  );
for (const r of cdn)
  console.log(
    `${r.name.padEnd(28)}${String(r.files).padStart(10)}${fmt(r.initial).padStart(10)}${fmt(r.lazy).padStart(10)}`,
  );
if (failed) {
  console.error('Size budget exceeded.');
  process.exit(1);
}

// `--write`: the same table into docs/performance.md, dated.
if (process.argv.includes('--write')) {
  const rows = results.map((r) => {
    const limit = [
      r.increment ? `+${fmt(r.increment)} over the core` : r.budget ? fmt(r.budget) : '',
      r.total ? `${fmt(r.total)} in all` : '',
    ]
      .filter(Boolean)
      .join('; ');
    const over = r.name === 'core' ? '' : `+${fmt(r.initial.gzip - core)}`;
    return `| ${r.name} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} | ${fmt(r.initial.gzip)} | ${over} | ${limit} |`;
  });
  for (const part of lazy)
    rows.push(
      `| lazy: ${part.name} | ${fmt(part.raw)} | ${fmt(part.gzip)} | ${fmt(part.brotli)} | | | |`,
    );
  const cdnRows = cdn.map((r) => `| ${r.name} | ${r.files} | ${fmt(r.initial)} | ${fmt(r.lazy)} |`);
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run size -- --write\` (minified; Clerk excluded, it is only ever a lazy chunk, loaded only when \`clerkAuth({ publishableKey })\` starts Clerk).`,
    '',
    '| entry | raw | gzip | brotli | initial (gzip) | initial over the core | budget (gzip, initial) |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    ...(cdnRows.length
      ? [
          'The CDN build (`dist/cdn`), for a page that imports one entry through the import map: the files it fetches before any interaction and their gzipped sizes, each file on its own as a CDN sends it, and its lazy files. A file shared by several entries holds every module any of them needs, so one widget costs a little more here than bundled alone.',
          '',
          '| CDN page | files | initial (gzip) | lazy (gzip) |',
          '|---|--:|--:|--:|',
          ...cdnRows,
          '',
        ]
      : []),
    'Issue 17 targets, on initial bytes (what loads before any interaction):',
    '',
    '| what | now (gzip) | ceiling |',
    '|---|--:|--:|',
    ...targets.map(([what, bytes, ceiling]) => `| ${what} | ${fmt(bytes)} | ${fmt(ceiling)} |`),
  ].join('\n');
  const file = 'docs/performance.md';
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- size:start -->';
  const end = '<!-- size:end -->';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  writeFileSync(file, `${doc.slice(0, from + start.length)}\n${table}\n${doc.slice(to)}`);
  execFileSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', file]);
  console.log(`${file} updated.`);
}
