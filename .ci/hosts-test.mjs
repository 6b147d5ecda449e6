// Host examples in headless Chromium: React 19, Vue 3, a page using configure() only, and
// plain HTML with the CDN file (dist/cdn, from the build). Each mounts a widget against the
// mock API, sets an object property, receives a typed event and unmounts cleanly.
import './node-check.mjs';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from './chrome.mjs';
import { serveStatic } from './static-server.mjs';

const OUT = 'node_modules/.cache/ld/hosts';
const EXAMPLES = [
  { name: 'react', entry: 'examples/react/main.tsx' },
  { name: 'vue', entry: 'examples/vue/main.ts' },
  { name: 'configure', entry: 'examples/configure/main.ts' },
  { name: 'cdn', entry: 'examples/cdn/main.ts', markup: '<ld-payout-summary></ld-payout-summary>' },
];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
copyFileSync('node_modules/msw/lib/mockServiceWorker.js', `${OUT}/mockServiceWorker.js`);
for (const { name, entry, markup = '' } of EXAMPLES) {
  mkdirSync(`${OUT}/${name}`, { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: `${OUT}/${name}/main.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'warning',
    // The CDN example loads the published single file as a page would, not a bundled copy.
    external: ['./supplier-widgets.js'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  if (name === 'cdn')
    copyFileSync('dist/cdn/supplier-widgets.js', `${OUT}/cdn/supplier-widgets.js`);
  writeFileSync(
    `${OUT}/${name}/index.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} host</title>` +
      `<script type="module" src="main.js"></script></head><body><div id="root">${markup}</div></body></html>`,
  );
}

const { server, url } = await serveStatic(OUT);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const failures = [];
try {
  for (const { name } of EXAMPLES) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${url}/${name}/index.html`);
    const report = await page
      .waitForFunction(() => window.report?.done || window.report?.error, { timeout: 20000 })
      .then(() => page.evaluate(() => window.report))
      .catch((error) => ({ steps: [], error: String(error) }));
    const steps = report.steps.join(', ');
    if (report.error || errors.length) {
      failures.push(
        `${name}: ${report.error ?? ''} ${errors.join(' ')} (got through: ${steps || 'nothing'})`,
      );
    } else {
      console.log(`  ${name}: ${steps}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`Host examples: ${failures.length} failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Host examples: ${EXAMPLES.map((e) => e.name).join(', ')} pass in Chromium.`);
