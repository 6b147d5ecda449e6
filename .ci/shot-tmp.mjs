import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from './chrome.mjs';
const server = spawn(process.execPath, ['.ci/serve-demo.mjs'], {
  env: { ...process.env, PORT: '8777' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((r) => server.stdout.once('data', r));
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const page = await browser.newPage();
page.on('console', (m) => ['error', 'warn'].includes(m.type()) && console.log('CONSOLE', m.text()));
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.setViewport({ width: 1200, height: 800 });
await page.goto('http://localhost:8777/demo/zz-log.html');
await new Promise((r) => setTimeout(r, 2500));
await page.screenshot({ path: process.argv[2] });
await browser.close();
server.kill();
