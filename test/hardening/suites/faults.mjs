// Faults: each widget against each fault of its main request, and a CSV export whose stream is
// cut. Every cell must end in a clear state (a message, and for auth a signal to the host)
// with a retry a person can press, and that retry must bring the data once the fault is gone.
import { open } from '../browser.mjs';
import { settle } from './malformed-render.mjs';
import { control, figure } from '../figures.mjs';

export const MAIN_REQUEST = {
  'ld-caps-meter': '/v1/caps',
  'ld-ingestion-log': '/v1/ingestion-logs',
  'ld-payout-summary': '/v1/payouts',
  'ld-intake-report': '/v1/ingestion-stats',
  'ld-api-spec': '/v1/api-spec',
  'ld-pause-toggle': '/v1/portal',
};

/** Each fault: how to cause it, how to end it, and what the widget must show meanwhile. */
const FAULTS = [
  {
    name: '401, refresh fails too',
    status: 401,
    expect: /session has ended/i,
    event: 'ld-auth-expired',
  },
  // Trying again gives the same answer: a 403 offers no retry (it checks again on return to the tab).
  { name: '403', status: 403, expect: /permission|access/i, noRetry: true },
  { name: '404', status: 404, expect: /no longer exists/i },
  { name: '409', status: 409, expect: /conflicts/i },
  { name: '422', status: 422, expect: /not valid/i },
  { name: '429 with Retry-After', status: 429, retryAfter: 30, expect: /wait 30 seconds/i },
  { name: '500', status: 500, expect: /trouble/i },
  {
    name: '503 with Retry-After',
    status: 503,
    retryAfter: 20,
    expect: /trouble.*wait 20 seconds|wait 20 seconds.*trouble/is,
  },
  { name: 'timeout', hang: true, expect: /took too long/i },
  { name: 'offline', offline: true, expect: /offline/i },
];

async function cell(page, api, tag, fault, { slots = {}, keepFault = false } = {}) {
  const path = MAIN_REQUEST[tag];
  api.reset();
  if (fault.status)
    api.control.faults.push({ path, status: fault.status, retryAfter: fault.retryAfter });
  if (fault.hang) api.control.hang = [path];
  await page.evaluate(() => {
    window.hx.record.events.length = 0;
  });
  if (fault.offline) await page.setOfflineMode(true);
  await page.evaluate(
    (tag, timeout, slots) =>
      window.hx.inTask(() => {
        window.hx.clear();
        window.hx.setup({ timeout });
        window.hx.mount(tag, {}, {}, slots);
      }),
    tag,
    fault.hang ? 800 : 3000,
    slots,
  );
  const shown = await settle(page);
  const text = await page.evaluate(() =>
    window.hx.visibleText(document.getElementById('stage').firstElementChild),
  );
  const events = await page.evaluate(() =>
    window.hx.record.events.map((line) => line.split(' ')[0]),
  );
  // The fault ends; the person presses the retry.
  if (!keepFault) api.control.faults.length = 0;
  api.control.hang = [];
  if (fault.offline) await page.setOfflineMode(false);
  const problems = [];
  if (shown.stuck) problems.push(`stuck (${shown.state})`);
  if (fault.noRetry) {
    if (shown.retry) problems.push(`a retry in state ${shown.state}, which cannot help`);
  } else if (!shown.retry) problems.push(`no retry in state ${shown.state}`);
  if (!fault.expect.test(text)) problems.push(`no clear message (${text.slice(0, 120)})`);
  if (fault.event && !events.includes(fault.event)) problems.push(`no ${fault.event} event`);
  if (shown.retry && !fault.noRetry) {
    await page.evaluate(() => window.hx.retryAll());
    const after = await settle(page, { ready: true });
    if (after.stuck) problems.push(`retry did not recover (${after.state})`);
  }
  return problems;
}

/**
 * Presses Export CSV and waits from here, not in the page, for it to end. (An export awaited
 * inside one long page.evaluate stalled the second time in a page; polled from outside it
 * finishes in milliseconds.)
 */
export async function exportCsv(page) {
  const before = await page.evaluate(() => window.hx.inTask(() => window.hx.startExport()));
  await page
    .waitForFunction(
      () =>
        /ready|failed|cancelled/i.test(
          document.querySelector('ld-ingestion-log')?.shadowRoot?.querySelector('[part="export"]')
            ?.textContent ?? '',
        ),
      { timeout: 8000, polling: 25 },
    )
    .catch(() => undefined);
  return page.evaluate((before) => window.hx.exportResult(before), before);
}

/** The CSV export's stream breaks after its first chunk; the export again must work. */
async function exportCut(page, api) {
  api.reset();
  await page.evaluate(() =>
    window.hx.inTask(() => {
      window.hx.clear();
      window.hx.setup();
      window.hx.mount('ld-ingestion-log');
    }),
  );
  await settle(page, { ready: true });
  const problems = [];
  api.control.malformed = { path: '/v1/ingestion-logs/export', kind: 'truncated' };
  const first = await exportCsv(page);
  api.control.malformed = null;
  if (first.downloads) problems.push('a cut export still downloaded a file');
  if (!/export failed/i.test(first.message)) problems.push(`no clear message (${first.message})`);
  const again = await exportCsv(page);
  if (again.downloads !== 1) problems.push(`the export again did not download (${again.message})`);
  return problems;
}

export async function run({ browser, server, api }) {
  const { page, close } = await open(browser, server);
  const cells = [];
  const control = {};
  try {
    for (const tag of Object.keys(MAIN_REQUEST))
      for (const fault of FAULTS)
        cells.push({ tag, fault: fault.name, problems: await cell(page, api, tag, fault) });
    cells.push({
      tag: 'ld-ingestion-log',
      fault: 'stream cut during CSV export',
      problems: await exportCut(page, api),
    });

    // Positive controls: an error state with no retry (a host replaced it) and a fault that
    // never ends must each fail their cell.
    const server500 = FAULTS.find((fault) => fault.status === 500);
    control.noRetry = await cell(page, api, 'ld-caps-meter', server500, {
      slots: { error: 'Broken.' },
    });
    control.neverEnds = await cell(page, api, 'ld-caps-meter', server500, { keepFault: true });
    api.reset();
  } finally {
    await close();
  }
  return { cells, control, faults: FAULTS.map((fault) => fault.name) };
}

export function summarize(result) {
  const failed = result.cells.filter((cell) => cell.problems.length);
  return {
    figures: [
      figure(
        'Faults',
        `cells passed (5 widgets × ${result.faults.length} faults, and a CSV stream cut)`,
        `${result.cells.length - failed.length} of ${result.cells.length}`,
        'all',
        failed.length === 0,
      ),
    ],
    controls: [
      control('an error state without a retry fails its cell', result.control.noRetry.length > 0),
      control('a fault that never ends fails its cell', result.control.neverEnds.length > 0),
    ],
    notes: failed.map((cell) => `${cell.tag} × ${cell.fault}: ${cell.problems.join('; ')}`),
  };
}
