// Benchmarks ld-ingestion-log against @vaadin/grid 25 and a plain Lit table, in one run of
// headless Chromium, at 10,000 and 100,000 rows; then times the CSV export of 100,000 rows.
// `--write` puts the figures into docs/performance.md. Exits non-zero when a budget of PRODUCT.md is missed.
import '../../scripts/node-check.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const HERE = 'bench/ingestion-log';
const SIZES = [10_000, 100_000];
const CONTENDERS = [
  { id: 'ours', label: '**ld-ingestion-log**' },
  { id: 'vaadin', label: `@vaadin/grid ${peerVersion('@vaadin/grid')}` },
  { id: 'plain-lit', label: 'plain Lit table' },
];
const EXPORTS = [
  { mode: 'stream', label: '**streamed** (`GET /v1/ingestion-logs/export`)' },
  { mode: 'pages', label: '**from pages** (the fallback, `export-mode="pages"`)' },
  { mode: 'in-memory', label: 'whole file in memory (peer)' },
];
function int(n) {
  return Math.round(n).toLocaleString('en');
}
const ms = (n) => (n < 10 ? `${n.toFixed(2)} ms` : `${int(n)} ms`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const SCROLL_STEPS = 50;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const PAINT_BAR = 5;
const write = process.argv.includes('--write');
/** `BENCH_ONLY=ours,vaadin` measures just those views and no export: for quick checks, not for docs/performance.md. */
const only = process.env.BENCH_ONLY?.split(',');

process.chdir(new URL('../../', import.meta.url).pathname);
installPeers();
console.log('Type-checking and bundling the contenders…');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'bench/tsconfig.json'], {
  stdio: 'inherit',
});
await bundle();

const { server, url } = await serveStatic('.');
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [
    ...CHROME_FLAGS,
    '--enable-precise-memory-info',
    ...(process.env.BENCH_FLAGS?.split(' ').filter(Boolean) ?? []),
  ],
  defaultViewport: { width: 1280, height: 900 },
});
try {
  const results = {};
  for (const size of SIZES) {
    for (const { id } of CONTENDERS) {
      if (only && !only.includes(id)) continue;
      process.stdout.write(`${id} × ${size.toLocaleString('en')} rows: `);
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await measureView(id, size));
        process.stdout.write('.');
      }
      results[`${id}@${size}`] = medians(runs);
      const { dataToRows, dataWork } = results[`${id}@${size}`];
      const { mountToRows, firstUseToRows } = results[`${id}@${size}`];
      console.log(
        ` data to rows ${ms(dataToRows)} (${ms(dataWork)} main-thread), created ${ms(mountToRows)}, first use ${ms(firstUseToRows)}`,
      );
    }
  }
  const exports = {};
  for (const { mode } of only ? [] : EXPORTS) {
    process.stdout.write(`export ${mode}: `);
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measureExport(mode, 100_000));
    exports[mode] = medians(runs);
    console.log(`${Math.round(exports[mode].ms)} ms`);
  }
  if (only) process.exit(0);
  const report = renderReport(results, exports, await browser.version());
  console.log(`\n${report.text}`);
  if (write) writeDoc(report.text);
  if (report.failures.length) {
    console.error(`\nMissed: ${report.failures.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}

/** The peers are the bench's own devDependencies; installed here so the library's stay clean. */
function installPeers() {
  const stamp = 'bench/node_modules/.package-lock.json';
  const fresh =
    existsSync(stamp) && statSync(stamp).mtimeMs >= statSync('bench/package-lock.json').mtimeMs;
  if (fresh) return;
  console.log('Installing the bench peers (bench/package.json)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: 'bench', stdio: 'inherit' });
}

function peerVersion(name) {
  const file = `bench/node_modules/${name}/package.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : '';
}

/** Production-like bundles: minified, one per contender, so none pays for another's code. */
async function bundle() {
  await build({
    entryPoints: CONTENDERS.map(({ id }) => `${HERE}/${id}.ts`),
    outdir: `${HERE}/.out`,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
    plugins: [
      {
        // vaadin's development mode reports usage to Vaadin; the bench stays offline.
        name: 'vaadin-usage-optout',
        setup(build) {
          build.onResolve({ filter: /vaadin-usage-statistics\.js$/ }, () => ({
            path: new URL(
              '../node_modules/@vaadin/vaadin-usage-statistics/vaadin-usage-statistics-optout.js',
              import.meta.url,
            ).pathname,
          }));
        },
      },
    ],
  });
}

/** A fresh browser context with one contender's bundle, its `bench` object ready. */
async function open(id) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${url}/${HERE}/index.html`);
  await page.addScriptTag({ url: `${url}/${HERE}/.out/${id}.js`, type: 'module' });
  await page.waitForFunction(() => 'bench' in window);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const check = () => {
    if (errors.length) throw new Error(`${id}: ${errors.join('\n')}`);
  };
  return { context, page, cdp, check };
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

async function measureView(id, size) {
  const { context, page, cdp, check } = await open(id);
  try {
    await page.evaluate((n) => window.bench.prepare(n), size);
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => window.bench.mountWaiting());
    const idle = await metrics(cdp);
    const dataToRows = await page.evaluate(() => window.bench.dataToRows());
    // Main-thread time (script, style, layout, paint) in that span: the frames' pace aside.
    const dataWork = ((await metrics(cdp)).TaskDuration - idle.TaskDuration) * 1000;
    const loadAll = await page.evaluate((n) => window.bench.loadAll(n), size);
    const loaded = await page.evaluate(() => window.bench.loaded());
    if (loaded !== size) throw new Error(`${id} holds ${loaded} rows, not ${size}`);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const nodes = await page.evaluate(() => window.bench.nodes());
    const before = await metrics(cdp);
    const scroll = await page.evaluate((steps) => window.bench.scroll(steps), SCROLL_STEPS);
    const after = await metrics(cdp);
    const perStep = (name) => ((after[name] - before[name]) * 1000) / scroll.steps;
    check();
    return {
      dataToRows,
      dataWork,
      mountToRows: await coldStart(id, size, 'mountToRows'),
      firstUseToRows: await coldStart(id, size, 'firstUseToRows'),
      loadAll,
      heap,
      nodes,
      script: perStep('ScriptDuration'),
      render: perStep('RecalcStyleDuration') + perStep('LayoutDuration'),
      longTasks: scroll.longTasks,
      longestTask: scroll.longestTask,
    };
  } finally {
    await context.close();
  }
}

/** A page of its own: the view created (or its module loaded too) with its data at hand. */
async function coldStart(id, size, measure) {
  const { context, page, cdp, check } = await open(id);
  try {
    await page.evaluate(
      (n, load) => window.bench.prepare(n, load),
      size,
      measure === 'mountToRows',
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const ms = await page.evaluate((name) => window.bench[name](), measure);
    check();
    return ms;
  } finally {
    await context.close();
  }
}

async function measureExport(mode, size) {
  const { context, page, cdp, check } = await open('ours');
  try {
    await page.evaluate((n) => window.bench.prepare(n), size);
    await page.evaluate(() => window.bench.mountToRows());
    await cdp.send('HeapProfiler.collectGarbage');
    const result = await page.evaluate((m) => window.bench.exportCsv(m), mode);
    check();
    return { ...result, growth: result.heapPeak - result.heapBefore };
  } finally {
    await context.close();
  }
}

function medians(runs) {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  return Object.fromEntries(
    Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]),
  );
}

function machine(chromium) {
  const cpus = os.cpus();
  return [
    `${cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU'}, ${cpus.length} cores`,
    `${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM`,
    `${os.type()} ${os.release()}`,
    `Node ${process.versions.node}`,
    chromium.replace('/', ' '),
    'headless',
  ].join(' · ');
}

function renderReport(results, exports, chromium) {
  const failures = [];
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine(chromium)}; median of ${RUNS} runs, each in a fresh browser context.`,
    '',
  ];
  for (const size of SIZES) {
    const ours = results[`ours@${size}`];
    lines.push(
      `**${size.toLocaleString('en')} rows**`,
      '',
      '| | data → first rows painted | main-thread work in it | created → first rows | first use → first rows | DOM nodes | script per scroll step | style + layout per step | long tasks while scrolling | JS heap |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const { id, label } of CONTENDERS) {
      const r = results[`${id}@${size}`];
      const times = (key) =>
        id === 'ours' ? ms(r[key]) : `${ms(r[key])} (${(r[key] / ours[key]).toFixed(1)}×)`;
      lines.push(
        `| ${label} | ${times('dataToRows')} | ${times('dataWork')} | ${times('mountToRows')} | ${times('firstUseToRows')} | ${int(r.nodes)} | ${ms(r.script)} | ${ms(r.render)} | ${r.longTasks} | ${mb(r.heap)} |`,
      );
    }
    lines.push(
      '',
      `The widget then paged in all ${size.toLocaleString('en')} rows from the API (${int(size / 200)} requests) in ${ms(ours.loadAll)}; the other figures are with every row loaded.`,
      '',
    );
  }
  const exportRows = EXPORTS.map(({ mode, label }) => {
    const r = exports[mode];
    return `| ${label} | ${ms(r.ms)} | ${mb(r.bytes)} | ${mb(r.growth)} |`;
  });
  lines.push(
    '**CSV export of 100,000 rows**',
    '',
    '| | time | file | peak JS heap growth |',
    '|---|--:|--:|--:|',
    ...exportRows,
  );

  const big = SIZES.at(-1);
  const speedup = results[`vaadin@${big}`].dataToRows / results[`ours@${big}`].dataToRows;
  if (speedup < PAINT_BAR)
    failures.push(
      `first rows at ${int(big)} rows ${speedup.toFixed(1)}× sooner than vaadin-grid, not ${PAINT_BAR}×`,
    );
  const nodes = SIZES.map((size) => results[`ours@${size}`].nodes);
  if (new Set(nodes).size !== 1)
    failures.push(`DOM nodes grew with the rows: ${nodes.join(' → ')}`);
  const longTasks = SIZES.reduce((sum, size) => sum + results[`ours@${size}`].longTasks, 0);
  if (longTasks) failures.push(`${longTasks} long tasks while scrolling the widget`);
  if (exports.stream.growth > exports['in-memory'].growth / 4)
    failures.push(`the streamed export's heap grew ${mb(exports.stream.growth)}: not flat`);
  return { text: lines.join('\n'), failures };
}

function writeDoc(text) {
  const start = '<!-- bench:ingestion-log:start -->';
  const end = '<!-- bench:ingestion-log:end -->';
  const file = 'docs/performance.md';
  const doc = readFileSync(file, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  writeFileSync(file, `${doc.slice(0, from + start.length)}\n${text}\n${doc.slice(to)}`);
  console.log(`\n${file} updated.`);
}
