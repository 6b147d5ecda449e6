// Builds the Storybook and opens every story in headless Chromium: each must render with no
// page errors, no unexpected console errors and no axe violations.
import '../../scripts/node-check.mjs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const OUT = 'storybook-static';
const started = Date.now();
execFileSync('node_modules/.bin/storybook', ['build', '-o', OUT, '--quiet'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const stories = Object.values(JSON.parse(readFileSync(`${OUT}/index.json`, 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);
// Error stories answer 4xx/5xx (or fail the connection) on purpose; Chromium logs each one.
const EXPECTED_FAILURES =
  /--(server-error|rate-limited|offline|forbidden|session-expired|editing-rejected-by-server|failed-change)$/;
const ALLOWED = (id, text) =>
  /Lit is in dev mode/.test(text) ||
  // A story that shows the "not set up" state also shows the warning a developer gets with it.
  (/not-connected/.test(id) && /^\[ld\] <ld-[\w-]+> has no auth/.test(text)) ||
  (EXPECTED_FAILURES.test(id) &&
    /^Failed to load resource: (the server responded with a status of [45]\d\d|net::ERR_)/.test(
      text,
    ));

const { server, url } = await serveStatic(OUT);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const failures = [];
const retried = [];
/** A request that reached the static server: msw's worker did not take it. */
const MISSED =
  /^(404 for .*\/api\/|console\.error: Failed to load resource: the server responded with a status of 404)/;
try {
  for (const story of stories) {
    let problems = await check(story);
    // msw's service worker now and then lets one request of a fresh page through to the
    // network. Such a story gets one more try; anything else fails at once.
    if (problems.length && problems.every((problem) => MISSED.test(problem))) {
      retried.push(story.id);
      problems = await check(story);
    }
    if (problems.length) failures.push(`${story.id}\n  ${problems.join('\n  ')}`);
  }
} finally {
  await browser.close();
  server.close();
}

async function check(story) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type()) && !ALLOWED(story.id, message.text())) {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() === 404) problems.push(`404 for ${response.url()}`);
  });
  await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
  // Settled: the widget rendered, and left its skeleton unless the story is about loading.
  await page
    .waitForFunction(
      (loading, played) => {
        // The story's widget: the first ld-* element other than the portal around it.
        const widget = [...document.querySelectorAll('#storybook-root *')].find(
          (element) => element.localName.startsWith('ld-') && element.localName !== 'ld-portal',
        );
        const root = widget?.shadowRoot;
        const settled =
          !!root?.querySelector('[part="base"]') && (loading || !root.querySelector('.skeleton'));
        // Stories with a play function mark the canvas when it has finished.
        return settled && (!played || !!document.querySelector('[data-played]'));
      },
      { timeout: 10000 },
      /--loading$/.test(story.id),
      /--(editing|lead-detail|as-table|bar-in-focus|revealed-key|rotate-confirmation|confirming|failed-change|drill-down)/.test(
        story.id,
      ),
    )
    .catch(() => problems.push('did not settle within 10 s'));
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => {
    // Storybook's a11y addon runs axe on each render too; wait for its run to end.
    let result;
    for (let attempt = 0; !result; attempt++) {
      try {
        result = await window.axe.run(document.querySelector('#storybook-root'), {
          resultTypes: ['violations'],
        });
      } catch (error) {
        if (attempt > 40 || !/already running/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  problems.push(...violations.map((v) => `axe ${v}`));
  await page.close();
  return problems;
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(
    `Storybook: ${failures.length} of ${stories.length} stories failed:\n${failures.join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `Storybook: ${stories.length} stories render with no errors and no axe violations (${seconds} s)${retried.length ? `; retried after a request missed the mock: ${retried.join(', ')}` : ''}.`,
);
