// Starts `npm start`'s server, opens the demo in headless Chromium and checks that every
// widget shows data with no console errors, under the strict CSP, and fits 360 px.
// `--firefox` runs the same checks in Firefox ESR over WebDriver BiDi.
// `--screenshot <file>` saves what it saw.
import '../../scripts/node-check.mjs';
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { CHROME_FLAGS, FIREFOX_PATH, findChrome } from '../../scripts/chrome.mjs';
import { DATA_WIDGETS } from '../../scripts/widgets.mjs';
import { harnessScript } from '../support/harnesses.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';

const firefox = process.argv.includes('--firefox');
const FIREFOX = FIREFOX_PATH;
if (firefox && !existsSync(FIREFOX)) {
  console.error(`No Firefox ESR at ${FIREFOX}: set FIREFOX_PATH, or apt-get install firefox-esr.`);
  process.exit(1);
}
const browserName = firefox ? 'Firefox ESR' : 'Chromium';

const WIDGETS = DATA_WIDGETS;

const server = await startDemoServer();
const url = server.url;

const browser = await puppeteer.launch(
  firefox
    ? { browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' }
    : { executablePath: findChrome(), args: CHROME_FLAGS },
);
const problems = [];
/**
 * Firefox's own network log when a request that the mock's service worker (msw) answers with
 * a stream ends early: reported through WebDriver BiDi as page errors, sometimes, while every
 * widget still shows its data and works. No page outside the mock has that worker.
 */
const MSW_WORKER_NOISE =
  /^(Failed to load ‘.*’\. A ServiceWorker intercepted the request and encountered an unexpected error\.|Failed to read data from the ReadableStream: “AbortError: The operation was aborted\. ”\.)$/;
/** Set once the checks are done: what the teardown causes is not reported. */
let closing = false;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  page.on('console', (message) => {
    if (
      !closing &&
      ['error', 'warn'].includes(message.type()) &&
      !/Lit is in dev mode/.test(message.text())
    ) {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    if (closing || (firefox && MSW_WORKER_NOISE.test(error.message))) return;
    problems.push(`page error: ${error.message}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  // Firefox over BiDi has once, on a loaded CI machine, never reported a load that had
  // happened; a second try tells that apart from a page that truly does not load.
  const visit = async (address) => {
    try {
      await page.goto(address, { waitUntil: 'load' });
    } catch (error) {
      if (error?.name !== 'TimeoutError') throw error;
      console.log(`(${browserName} reported no load of ${address} in 30 s; trying once more)`);
      await page.goto(address, { waitUntil: 'load' });
    }
  };
  await visit(url);
  const csp = await page.evaluate(async () =>
    (await fetch(location.href)).headers.get('Content-Security-Policy'),
  );
  if (!csp?.includes("script-src 'self'")) problems.push(`the page sent no strict CSP (${csp})`);
  const text = await page.waitForFunction(
    () => {
      const meter = document.querySelector('ld-caps-meter');
      const root = meter?.shadowRoot;
      return root?.querySelector('[role="meter"]') ? root.textContent : false;
    },
    { timeout: 15000 },
  );
  const content = String(await text.jsonValue())
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');
  if (!/Daily leads/.test(content) || !/of 500 used/.test(content))
    problems.push(`unexpected content: ${content.slice(0, 300)}`);
  // Every widget settles with its data, through its harness (components/<name>/harness.ts), and
  // the page fits a 360 px phone without sideways scrolling.
  await page.evaluate(await harnessScript());
  await page.waitForFunction(
    (names) =>
      names.every((name) => {
        const widget = document.querySelector(name);
        return (
          widget &&
          window.ldHarness(widget).state() === 'ready' &&
          !widget.shadowRoot.querySelector('.skeleton')
        );
      }),
    { timeout: 15000 },
    WIDGETS,
  );
  const shot = process.argv.indexOf('--screenshot');
  if (shot > 0) await page.screenshot({ path: process.argv[shot + 1], fullPage: true });
  await page.setViewport({ width: 360, height: 800 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  if (overflow > 360) problems.push(`at 360 px wide the page is ${overflow} px wide`);
  if (shot > 0)
    await page.screenshot({
      path: process.argv[shot + 1].replace(/\.png$/, '-360.png'),
      fullPage: true,
    });
  // The dark theme darkens the whole page, not only the widgets, and the Simulate panel
  // floats over the page rather than pushing its controls down.
  await page.setViewport({ width: 1100, height: 900 });
  await visit(`${url}?theme=dark`);
  await page.waitForFunction(
    () => document.querySelector('ld-caps-meter')?.matches(':state(ready)'),
    {
      timeout: 15000,
    },
  );
  const looks = await page.evaluate(async () => {
    const toolbar = () => document.querySelector('.toolbar').getBoundingClientRect().top;
    const before = toolbar();
    const simulate = document.querySelector('.simulate');
    simulate.open = true;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const after = toolbar();
    simulate.open = false;
    return {
      scheme: getComputedStyle(document.documentElement).colorScheme,
      background: getComputedStyle(document.documentElement).backgroundColor,
      moved: after - before,
      position: getComputedStyle(simulate).position,
    };
  });
  if (looks.scheme !== 'dark' || !/^rgb\((\d|[1-4]\d),/.test(looks.background))
    problems.push(`the dark theme left the page light (${looks.scheme}, ${looks.background})`);
  if (looks.moved !== 0 || looks.position !== 'fixed')
    problems.push(`opening Simulate moved the controls by ${looks.moved} px (${looks.position})`);
  await visit(url);
  await page.evaluate(await harnessScript());
  await page.waitForFunction(
    (names) =>
      names.every((name) => {
        const widget = document.querySelector(name);
        return !!widget && window.ldHarness(widget).state() === 'ready';
      }),
    { timeout: 15000 },
    WIDGETS,
  );
  // Then each is used as a person would: a lead opened, the CSV exported, the key revealed,
  // intake paused, a cap saved, another payout range.
  const missed = await page.evaluate(async (names) => {
    const missed = [];
    for (const name of names)
      missed.push(...(await window.ldHarness(document.querySelector(name)).exercise()));
    return missed;
  }, WIDGETS);
  for (const step of missed) problems.push(`could not ${step.replace(': ', ' ')}`);
  // The drill-down a supplier makes: invalid_phone in the report lists exactly those rejections
  // in the log below, as many as the report counts.
  const drill = await page.evaluate(async () => {
    const report = document.querySelector('ld-intake-report');
    const log = document.querySelector('ld-ingestion-log');
    const digits = (text) => Number(String(text).replace(/\D/g, ''));
    const row = report.shadowRoot.querySelector('[part="reasons"] tr[data-code="invalid_phone"]');
    if (!row) return { error: 'the report lists no invalid_phone rejections' };
    const counted = digits(row.querySelector('td').textContent);
    row.querySelector('[part="reason"]').click();
    for (let i = 0; i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const rows = [...log.shadowRoot.querySelectorAll('.body .row')];
      const foot = log.shadowRoot.querySelector('.foot span')?.textContent ?? '';
      if (log.reason === 'invalid_phone' && rows.length && digits(foot) === counted) {
        const others = rows.filter((item) => !item.textContent.includes('invalid_phone'));
        return { counted, listed: digits(foot), others: others.length };
      }
    }
    return { error: `the log did not list the ${counted} invalid_phone rejections` };
  });
  if (drill.error) problems.push(drill.error);
  else if (drill.others) problems.push(`the log listed ${drill.others} rows of another reason`);
  // What the use set off (a refresh after the pause, say) finishes before the page goes: a
  // request cut off by closing the browser is not the page's problem.
  await page
    .waitForFunction(
      (names) => names.every((name) => window.ldHarness(document.querySelector(name)).settled()),
      { timeout: 10000 },
      WIDGETS,
    )
    .catch(() => problems.push('the widgets did not settle after being used'));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  closing = true;
} catch (error) {
  problems.push(String(error));
} finally {
  await browser.close();
  server.stop();
}
if (problems.length) {
  console.error(`Demo check failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `Demo in ${browserName}: all ${WIDGETS.length} widgets show data and can be used, under a strict CSP, with no console errors, and the page fits 360 px (${url}).`,
);
