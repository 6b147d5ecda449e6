// Host examples in headless Chromium: React 19, Vue 3, a page using configure() only, and
// plain HTML with the CDN file (dist/cdn, from the build). Each mounts a widget against the
// mock API, sets an object property, receives a typed event and unmounts cleanly. The CDN page
// is the README's snippet as written, CSP and SRI hashes included, with the CDN's requests
// answered from dist/cdn.
import '../../scripts/node-check.mjs';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome.mjs';
import { TAGS, packageEntries } from '../../scripts/widgets.mjs';
import { cdnBase, cdnEntries, importMapHash, readmeCdnSnippet } from '../../scripts/readme-cdn.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const OUT = 'node_modules/.cache/ld/hosts';
const EXAMPLES = [
  { name: 'react', entry: 'examples/react/main.tsx' },
  { name: 'vue', entry: 'examples/vue/main.ts' },
  { name: 'configure', entry: 'examples/configure/main.ts' },
  { name: 'cdn', entry: 'examples/cdn/main.ts' },
];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
copyFileSync('node_modules/msw/lib/mockServiceWorker.js', `${OUT}/mockServiceWorker.js`);
const CDN = cdnBase();
for (const { name, entry } of EXAMPLES) {
  mkdirSync(`${OUT}/${name}`, { recursive: true });
  await build({
    entryPoints: [entry],
    // The CDN example is the README's portal.js.
    outfile: name === 'cdn' ? `${OUT}/portal.js` : `${OUT}/${name}/main.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'warning',
    // The CDN example imports the package by its specifiers, which the README's import map
    // resolves to the CDN's files.
    plugins:
      name === 'cdn'
        ? [
            {
              name: 'cdn',
              setup: (build) =>
                build.onResolve({ filter: /^@leaddistro\/supplier-widgets\// }, ({ path }) => ({
                  path,
                  external: true,
                })),
            },
          ]
        : [],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  if (name !== 'cdn') {
    writeFileSync(
      `${OUT}/${name}/index.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} host</title>` +
        `<script type="module" src="main.js"></script></head><body><div id="root"></div></body></html>`,
    );
  }
}
// Every package entry imported in a page, one after another: each loads, the class-only ones
// register no tag, and importing runs nothing: no request, no DOM change, no console output.
const entryList = packageEntries().map(({ entry, file, silent }) => ({
  entry,
  silent,
  load: `() => import(${JSON.stringify(`${process.cwd()}/${file}`)})`,
}));
await build({
  stdin: {
    contents: `
      const report = (window.report = { steps: [] });
      const tags = ${JSON.stringify(TAGS)};
      const registered = () => tags.filter((tag) => customElements.get(tag));
      const before = document.documentElement.outerHTML;
      try {
        for (const { entry, silent, load } of [${entryList.map(({ entry, silent, load }) => `{ entry: ${JSON.stringify(entry)}, silent: ${silent}, load: ${load} }`).join(',')}]) {
          const defined = registered();
          const module = await load();
          if (!Object.keys(module).length) throw new Error(entry + ' exports nothing');
          const added = registered().filter((tag) => !defined.includes(tag));
          if (silent && added.length) throw new Error(entry + ' registered ' + added.join(', '));
          report.steps.push(entry);
        }
        if (registered().length !== tags.length) throw new Error('only ' + registered() + ' were registered');
        if (document.documentElement.outerHTML !== before) throw new Error('an import changed the page');
        report.done = true;
      } catch (error) {
        report.error = String(error);
      }`,
    resolveDir: process.cwd(),
    loader: 'js',
  },
  outdir: `${OUT}/entries`,
  entryNames: 'main',
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});
writeFileSync(
  `${OUT}/entries/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>entries</title>` +
    `<script type="module" src="main.js"></script></head><body></body></html>`,
);

// The README's snippet under its own CSP, plus the two entries of Clerk's CSP guide that a
// Clerk failing to reach its Frontend API needs: that API, and its blob: worker.
// The tampered copy carries a wrong hash for the caps meter's file (and a CSP hash for its
// altered import map): the browser must refuse the file, or the hashes prove nothing.
const CLERK_API = 'https://clerk.example.invalid';
const snippet = readmeCdnSnippet();
const cdnPage = (html) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cdn host</title>` +
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' ${CLERK_API}; worker-src 'self' blob:; ${snippet.csp}">` +
  `</head><body>${html}</body></html>`;
writeFileSync(`${OUT}/cdn/index.html`, cdnPage(snippet.html));
const entries = cdnEntries();
const caps = entries['@leaddistro/supplier-widgets/caps-meter'];
const capsHash = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'))[caps.file];
const wrongHash = `sha384-${Buffer.alloc(48, 1).toString('base64')}`;
const map = (html) => /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1];
const tamperedHtml = snippet.html.replace(capsHash, wrongHash);
if (tamperedHtml === snippet.html)
  throw new Error(`the README's import map does not pin ${caps.file}`);
writeFileSync(
  `${OUT}/cdn/tampered.html`,
  cdnPage(tamperedHtml).replace(importMapHash(map(snippet.html)), importMapHash(map(tamperedHtml))),
);
// What a page with the caps meter alone may fetch before any interaction (its first call's
// schemas too), and after it.
const capsPage = new Set([
  ...caps.initial,
  ...caps.data,
  ...entries['@leaddistro/supplier-widgets/core'].initial,
]);
const capsAll = new Set([...capsPage, ...caps.lazy]);

const { server, url } = await serveStatic(OUT);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const failures = [];
/**
 * Answers the CDN's requests from dist/cdn, with the CORS header a CDN sends. It listens for
 * the whole browser, not one page: msw's service worker fetches Clerk's chunk on the page's behalf.
 */
async function answerForTheCdn() {
  const session = await browser.target().createCDPSession();
  session.on('Fetch.requestPaused', ({ requestId, request }) => {
    const file = `dist/cdn/${new URL(request.url).pathname.slice(new URL(CDN).pathname.length)}`;
    const found = existsSync(file);
    void session.send('Fetch.fulfillRequest', {
      requestId,
      responseCode: found ? 200 : 404,
      responseHeaders: [
        { name: 'content-type', value: 'text/javascript' },
        { name: 'access-control-allow-origin', value: '*' },
      ],
      body: (found ? readFileSync(file) : Buffer.from('Not found')).toString('base64'),
    });
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: `${CDN}*` }] });
}
await answerForTheCdn();
// Opens a page and waits for its example to finish; console errors count as failures unless
// the example expects them.
async function visit(path, { expectedErrors = [], timeout = 20000 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  const expected = [];
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  let logged = 0;
  page.on('console', (message) => {
    logged++;
    if (message.type() !== 'error') return;
    // "Failed to load resource" names its URL only in the message's location.
    const text = `${message.text()} ${message.location()?.url ?? ''}`.trim();
    (expectedErrors.some((pattern) => pattern.test(text)) ? expected : errors).push(text);
  });
  await page.goto(`${url}/${path}`);
  const report = await page
    .waitForFunction(() => window.report?.done || window.report?.error, { timeout })
    .then(() => page.evaluate(() => window.report))
    .catch((error) => ({ steps: [], error: String(error) }));
  const defined = await page.evaluate(() => Boolean(customElements.get('ld-caps-meter')));
  await page.close();
  return { report, errors, expected, defined, requested, logged };
}

// Clerk cannot be reached from here, so starting it fails, as it would offline.
const CLERK_OFFLINE = [/^\[ld\] Clerk failed to load/, /https:\/\/clerk\.example\.invalid\//];
try {
  for (const { name } of EXAMPLES) {
    const { report, errors, requested } = await visit(`${name}/index.html`, {
      expectedErrors: name === 'cdn' ? CLERK_OFFLINE : [],
    });
    // Clerk's own code ran: it tried its Frontend API, which a failed chunk never would.
    if (name === 'cdn' && !requested.some((address) => address.startsWith(CLERK_API)))
      errors.push('Clerk never started: its chunk did not run');
    if (name === 'cdn') {
      const extra = (files = [], allowed) => files.filter((file) => !allowed.has(file));
      const early = extra(report.initialFiles, capsPage);
      const late = extra(report.files, capsAll);
      if (early.length) errors.push(`the caps page fetched ${early.join(', ')} before use`);
      if (late.length) errors.push(`the caps page fetched ${late.join(', ')}`);
      if (!report.files?.some((file) => caps.lazy.includes(file)))
        errors.push('the cap editor was not a lazy file of its own');
    }
    const steps = report.steps.join(', ');
    if (report.error || errors.length) {
      failures.push(
        `${name}: ${report.error ?? ''} ${errors.join(' ')} (got through: ${steps || 'nothing'})`,
      );
    } else {
      console.log(`  ${name}: ${steps}`);
    }
  }
  const entries = await visit('entries/index.html');
  const stray = entries.requested.filter(
    (address) => !address.startsWith(`${url}/entries/`) && address !== `${url}/favicon.ico`,
  );
  const chatter = entries.expected.length + entries.errors.length + entries.logged;
  if (entries.report.error || entries.errors.length || stray.length || chatter)
    failures.push(
      `entries: ${entries.report.error ?? ''} ${entries.errors.join(' ')} ${stray.length ? `requested ${stray.join(', ')}` : ''} ${entries.logged} console messages`,
    );
  else
    console.log(
      `  every package entry imported in a page (${entries.report.steps.length}): nothing ran`,
    );
  const tampered = await visit('cdn/tampered.html', {
    expectedErrors: [/integrity/i],
    timeout: 3000,
  });
  if (tampered.defined || tampered.report.steps.length || !tampered.expected.length)
    failures.push(
      `cdn/tampered.html: the file with a wrong SRI hash was not refused (${tampered.errors.join(' ') || 'no integrity error'})`,
    );
  else console.log('  cdn with one wrong hash: refused for its integrity, nothing ran');
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`Host examples: ${failures.length} failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Host examples: ${EXAMPLES.map((e) => e.name).join(', ')} pass in Chromium.`);
