import { buildHardening } from './hardening/build.mjs';
import { launch } from './hardening/browser.mjs';
import { startServer } from './hardening/server.mjs';
const node = await buildHardening();
const api = node.createMockApi({ clock: node.testClock });
const server = await startServer(api);
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}/plain.html`);
await page.waitForFunction(() => Boolean(window.hx));
const states = {
  'caps-cut': { tag: 'ld-caps-meter', control: { inflate: { path: '/v1/caps', items: 60 } } },
  'caps-wait': { tag: 'ld-caps-meter', fault: { path: '/v1/caps', status: 429, retryAfter: '99999999999' } },
  'log-looped': { tag: 'ld-ingestion-log', control: { cursorLoop: 'same' }, scroll: true },
  'spec-placeholder': { tag: 'ld-api-spec' },
  'pause-swap': { tag: 'ld-pause-toggle', swap: true },
};
for (const [name, s] of Object.entries(states)) {
  for (const [width, theme, dir] of [[390, 'light', 'ltr'], [1280, 'dark', 'ltr'], [1280, 'light', 'rtl']]) {
    api.reset();
    Object.assign(api.control, s.control ?? {});
    if (s.fault) api.control.faults.push(s.fault);
    await page.setViewport({ width, height: 900 });
    await page.evaluate((s, theme, dir) => window.hx.inTask(() => {
      window.hx.clear();
      document.documentElement.dir = dir;
      document.body.style.background = theme === 'dark' ? '#111' : '#fff';
      window.hx.setup(s.swap ? { swapTo: 'cleo.org_harbor_bright' } : {});
      window.hx.mount(s.tag, { theme });
    }), s, theme, dir);
    await new Promise((r) => setTimeout(r, 1200));
    if (s.scroll) for (let i = 0; i < 5; i++) { await page.evaluate(() => { const sc = document.querySelector('ld-ingestion-log').shadowRoot.querySelector('.scroller'); sc.scrollTop = sc.scrollHeight; sc.dispatchEvent(new Event('scroll')); }); await new Promise((r) => setTimeout(r, 300)); }
    if (s.swap) {
      api.control.faults.push({ path: '/v1/portal/status', status: 401, times: 1 });
      await page.evaluate(() => { const r = document.querySelector('ld-pause-toggle').shadowRoot; r.querySelector('[role="switch"]').click(); r.querySelector('dialog button[value="confirm"]').click(); });
      await new Promise((r) => setTimeout(r, 1200));
    }
    await page.screenshot({ path: `/tmp/shots/${name}-${width}-${theme}-${dir}.png`, fullPage: true });
  }
}
await browser.close(); await server.close();
