// Chromium over CDP for the hardening suite, with every console message and page error kept.
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome.mjs';

export async function launch() {
  return puppeteer.launch({
    executablePath: findChrome(),
    args: [...CHROME_FLAGS, '--js-flags=--expose-gc'],
    protocolTimeout: 120_000,
  });
}

/** Opens `path` on the server and waits for the harness; `log` collects console and errors. */
export async function open(browser, server, path = '/plain.html') {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const log = [];
  page.on('console', (message) => log.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.push({ type: 'pageerror', text: String(error) }));
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => Boolean(window.hx));
  return { page, log, close: () => context.close() };
}
