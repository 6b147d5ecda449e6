// The scenes `npm run screenshots` takes: a demo address, what to do once every widget has
// settled, and which measurements apply (see measure.mjs).
const READY = ['log-status', 'chart-ticks', 'knob'];
const PHONE_AND_DESKTOP = [390, 1280];

/** Picks a fault in the demo's Simulate panel and waits for the widgets to show it. */
const fault =
  (status, state = 'error') =>
  async (page) => {
    await page.evaluate((value) => {
      const select = document.querySelector('.simulate select');
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }, status);
    await page.waitForFunction(
      (wanted) =>
        ['ld-caps-meter', 'ld-payout-summary'].every((tag) =>
          document.querySelector(tag)?.matches(`:state(${wanted})`),
        ),
      { timeout: 15000 },
      state,
    );
  };

/** Sets the daily cap below what is used, which asks first: the confirmation on screen. */
const capBelowUsage = async (page) => {
  await page.evaluate(async () => {
    const meter = document.querySelector('ld-caps-meter');
    const root = meter.shadowRoot;
    root.querySelector('[part="edit-button"]').click();
    for (let i = 0; i < 50 && !root.querySelector('[part="input"]'); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const input = root.querySelector('[part="input"]');
    input.value = '400';
    input.dispatchEvent(new Event('input'));
    root.querySelector('form button[type="submit"]').click();
  });
  await page.waitForFunction(
    () => document.querySelector('ld-caps-meter').shadowRoot.querySelector('dialog[open]'),
    { timeout: 5000 },
  );
};

/** Picks invalid_phone in the intake report; the log below lists those rejections. */
const drillDown = async (page) => {
  await page.evaluate(() => {
    const report = document.querySelector('ld-intake-report').shadowRoot;
    report.querySelector('tr[data-code="invalid_phone"] [part="reason"]').click();
  });
  await page.waitForFunction(
    () => {
      const log = document.querySelector('ld-ingestion-log');
      return log.reason === 'invalid_phone' && log.matches(':state(ready)');
    },
    { timeout: 10000 },
  );
};

export const SCENES = [
  { name: 'light', query: '?', checks: READY, page: true },
  { name: 'dark', query: '?theme=dark', checks: READY, page: true },
  { name: 'brand', query: '?theme=brand', checks: READY },
  { name: 'rtl', query: '?locale=ar-EG', checks: READY, page: true },
  // The states a supplier meets: each at a phone's width and a desktop's.
  { name: 'error', query: '?', widths: PHONE_AND_DESKTOP, setup: fault('500'), page: true },
  { name: 'offline', query: '?theme=dark', widths: PHONE_AND_DESKTOP, setup: fault('0') },
  { name: 'rate-limited', query: '?', widths: PHONE_AND_DESKTOP, setup: fault('429') },
  { name: 'session-ended', query: '?', widths: PHONE_AND_DESKTOP, setup: fault('401'), page: true },
  { name: 'forbidden', query: '?', widths: PHONE_AND_DESKTOP, setup: fault('403', 'forbidden') },
  { name: 'new-portal', query: '?person=cleo', widths: PHONE_AND_DESKTOP, page: true },
  {
    name: 'read-only',
    query: '?person=ava&portal=org_northwind_bright',
    widths: PHONE_AND_DESKTOP,
    checks: ['log-status', 'knob'],
  },
  {
    name: 'cap-confirm',
    query: '?theme=dark',
    widths: PHONE_AND_DESKTOP,
    setup: capBelowUsage,
    page: true,
  },
  {
    name: 'drill-down',
    query: '?',
    widths: PHONE_AND_DESKTOP,
    setup: drillDown,
    checks: ['log-status'],
  },
  { name: 'drill-down-rtl', query: '?locale=ar-EG&theme=dark', setup: drillDown },
  { name: 'no-match', query: '?log.search=zzzz&locale=de-DE', widths: PHONE_AND_DESKTOP },
];
