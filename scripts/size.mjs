// Bundles each measured entry on its own, with lit, ky, zod and the core inlined, minifies
// and gzips it, and fails past the ceilings below (issue 17's, where they are reached). Clerk
// stays out: it is a lazy chunk behind a dynamic import.
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
const measured = [
  { name: 'core', input: 'src/core.ts' },
  // ld-portal only scopes the others; its entry is a part of each of theirs.
  ...WIDGETS.filter(({ tag }) => tag !== 'ld-portal').map(({ tag, define }) => ({
    name: `${tag} entry`,
    input: define,
  })),
  { name: 'full bundle (all widgets)', input: 'entries/index.ts' },
];

/**
 * The checks, gzipped, Clerk excluded. `target` is issue 17's ceiling; `ceiling` is what fails
 * the check today: the target where it is reached, else the figure reached (with a little room)
 * so that no change makes it worse. docs/performance.md says why the rest is out of reach.
 * Issue 18 moved the three unreached ones by what real languages cost, and issue 19 by its
 * first-screen features (the chart's axis, the portal's shared fault message, the phone
 * layouts), to 62.5 KB for every widget. Issue 20 won that back and more: the contract's
 * schemas and zod load with the first call, in chunks of their own, while the widget signs
 * in (src/api/operations.ts), about 10 KB of every page's first bytes. The caps meter now
 * meets its target; a page with every widget is held to PRODUCT.md's 60 KB, which the
 * intake report fits in. The report, a sixth widget, adds about 6 KB to everything shipped
 * and its text about 0.6 KB to each language: those two are held at what they reach now.
 */
const CHECKS = [
  {
    what: 'a page with every widget, before any interaction',
    bytes: (r) => r.at(-1).initial.gzip,
    target: 45 * KB,
    ceiling: 60 * KB,
  },
  {
    what: 'ld-caps-meter initial',
    bytes: (r) => r.find(({ name }) => name === 'ld-caps-meter entry').initial.gzip,
    target: 28 * KB,
    ceiling: 28 * KB,
  },
  {
    what: 'any single widget entry, initial',
    bytes: (r) => Math.max(...r.slice(1, -1).map(({ initial }) => initial.gzip)),
    target: 32 * KB,
    ceiling: 34 * KB,
  },
  {
    what: 'total of everything shipped, English',
    bytes: (r) => r.at(-1).english.gzip,
    target: 75 * KB,
    ceiling: 77.5 * KB,
  },
  {
    // Issue 18: each shipped language is loaded only by a page in that language.
    what: 'largest shipped language',
    bytes: (r) => Math.max(...r.at(-1).languages.map(({ gzip }) => gzip)),
    target: 6 * KB,
    ceiling: 7 * KB,
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
  // A shipped language is a chunk a page loads only in that language.
  const language = (chunk) =>
    /\/locales\/[a-zA-Z-]+\.ts$/.test(chunk.facadeModuleId ?? '') &&
    !chunk.facadeModuleId.endsWith('/index.ts');
  return {
    ...measure(chunks),
    english: measure(chunks.filter((chunk) => !language(chunk))),
    languages: chunks.filter(language).map((chunk) => ({ name: chunk.name, ...measure([chunk]) })),
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
const core = results[0].initial.gzip;
console.log(
  'Size (minified, gzip; raw, gzip and brotli of every chunk, lazy ones too; initial is what loads before any interaction; Clerk excluded, only ever imported lazily)',
);
console.log(
  `${'entry'.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}${'initial'.padStart(10)}  over core`,
);
for (const r of results) {
  const increment = r.name === 'core' ? '' : `+${fmt(r.initial.gzip - core)}`;
  console.log(
    `${r.name.padEnd(28)}${fmt(r.raw).padStart(10)}${fmt(r.gzip).padStart(10)}${fmt(r.brotli).padStart(10)}${fmt(r.initial.gzip).padStart(10)}  ${increment}`,
  );
}
// Each lazy part of the full bundle, loaded on first use.
const lazy = results.at(-1).lazy;
for (const part of lazy)
  console.log(
    `${`lazy: ${part.name}`.padEnd(28)}${fmt(part.raw).padStart(10)}${fmt(part.gzip).padStart(10)}${fmt(part.brotli).padStart(10)}`,
  );
const checks = CHECKS.map((check) => ({ ...check, now: check.bytes(results) }));
const failed = checks.filter(({ now, ceiling }) => now > ceiling);
console.log(
  `${'Checked (gzip)'.padEnd(52)}${'now'.padStart(10)}${'ceiling'.padStart(10)}${'target'.padStart(10)}`,
);
for (const { what, now, ceiling, target } of checks)
  console.log(
    `  ${what.padEnd(50)}${fmt(now).padStart(10)}${fmt(ceiling).padStart(10)}${fmt(target).padStart(10)}  ${now > ceiling ? 'OVER' : now > target ? 'ok, target not reached' : 'ok'}`,
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
if (failed.length) {
  console.error(`Size ceiling exceeded: ${failed.map(({ what }) => what).join('; ')}.`);
  process.exit(1);
}

// `--write`: the same table into docs/performance.md, dated.
if (process.argv.includes('--write')) {
  const rows = results.map((r) => {
    const over = r.name === 'core' ? '' : `+${fmt(r.initial.gzip - core)}`;
    return `| ${r.name} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} | ${fmt(r.initial.gzip)} | ${over} |`;
  });
  for (const part of lazy)
    rows.push(
      `| lazy: ${part.name} | ${fmt(part.raw)} | ${fmt(part.gzip)} | ${fmt(part.brotli)} | | |`,
    );
  const cdnRows = cdn.map((r) => `| ${r.name} | ${r.files} | ${fmt(r.initial)} | ${fmt(r.lazy)} |`);
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run size -- --write\` (minified; Clerk excluded, it is only ever a lazy chunk, loaded only when \`clerkAuth({ publishableKey })\` starts Clerk).`,
    '',
    '| entry | raw | gzip | brotli | initial (gzip) | initial over the core |',
    '|---|--:|--:|--:|--:|--:|',
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
    "What `npm run size` checks (gzip): the ceiling fails the check; the target is issue 17's ceiling, enforced where it is reached.",
    '',
    '| what | now | ceiling | target |',
    '|---|--:|--:|--:|',
    ...checks.map(
      ({ what, now, ceiling, target }) =>
        `| ${what} | ${fmt(now)} | ${fmt(ceiling)} | ${fmt(target)} |`,
    ),
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
