// `npm run screenshots`: the demo at 390, 768 and 1280 px, in light, dark, brand and Arabic
// (RTL), and in the states a supplier meets (an error, a new portal, a paused one…). Each
// widget is saved as docs/screens/<scene>-<width>-<widget>.png to be looked at, and what can
// be measured is checked on every one: nothing sticks out sideways, touch targets are 44 px
// on a touch screen, the log's status is on screen, the chart has its tick labels and the
// pause knob sits in its track. Any miss fails the run. `--only <scene>` takes one scene.
import './node-check.mjs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from './chrome.mjs';
import { startDemoServer } from './demo-server.mjs';
import { DATA_WIDGETS } from './widgets.mjs';
import { harnessScript } from '../test/support/harnesses.mjs';
import { measure } from './screens/measure.mjs';
import { SCENES } from './screens/scenes.mjs';

const OUT = 'docs/screens';
const WIDTHS = [390, 768, 1280];
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : '';

const server = await startDemoServer();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const problems = [];
let shots = 0;
try {
  // Only the PNGs are this run's (and ignored by git); anything else there stays.
  await mkdir(OUT, { recursive: true });
  for (const file of await readdir(OUT))
    if (file.endsWith('.png') && (!only || file.startsWith(`${only}-`))) await rm(`${OUT}/${file}`);
  const harnesses = await harnessScript();
  for (const scene of SCENES.filter((item) => !only || item.name === only)) {
    for (const width of scene.widths ?? WIDTHS) {
      const page = await browser.newPage();
      // Phone and tablet widths are touch screens: `(pointer: coarse)` matches there.
      const touch = width < 1024;
      await page.setViewport({ width, height: 900, hasTouch: touch, isMobile: touch });
      page.on('console', (message) => {
        // A scene of a fault makes the browser log the failed responses: that is the scene.
        if (message.type() === 'error' && !/^Failed to load resource/.test(message.text()))
          problems.push(`${scene.name} ${width}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${scene.name} ${width}: ${error.message}`));
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await page.goto(`${server.url}${scene.query}`, { waitUntil: 'load' });
      await page.evaluate(harnesses);
      await page.waitForFunction(
        (names) =>
          names.every((name) => {
            const widget = document.querySelector(name);
            return widget && !widget.matches(':state(loading)');
          }),
        { timeout: 15000 },
        DATA_WIDGETS,
      );
      await scene.setup?.(page);
      // The demo's floating Simulate button is not part of any widget.
      await page.evaluate(() => document.querySelector('.simulate')?.setAttribute('hidden', ''));
      // Fonts, the chart's transition and the last frame of any state change.
      await new Promise((resolve) => setTimeout(resolve, 600));
      const found = await page.evaluate(measure, { touch, checks: scene.checks ?? [] });
      for (const problem of found) problems.push(`${scene.name} ${width}: ${problem}`);
      for (const tag of DATA_WIDGETS) {
        const element = await page.$(tag);
        if (!element || !(await element.isVisible())) continue;
        await element.screenshot({ path: `${OUT}/${scene.name}-${width}-${tag.slice(3)}.png` });
        shots += 1;
      }
      if (scene.page)
        await page.screenshot({ path: `${OUT}/${scene.name}-${width}-page.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
if (problems.length) {
  console.error(`Screenshots: ${problems.length} problems\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Screenshots: ${shots} written to ${OUT}/, every measurement held.`);
