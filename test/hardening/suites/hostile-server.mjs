// A hostile server: the answers a broken or malicious portal API may give that no widget
// should survive badly. A cursor that repeats, a body that trickles in, Retry-After values
// that are negative, past, absurd or junk, lists of 10,000 to 150,000 items, and a token
// refresh that opens another supplier's portal. Each cell says what went wrong, if anything;
// each detector is also run on something planted, and must catch it.
import { open } from '../browser.mjs';
import { settle } from './malformed-render.mjs';
import { exportCsv, MAIN_REQUEST } from './faults.mjs';
import { control, figure } from '../figures.mjs';

const mountOne = (page, tag, setup = {}, attributes = {}) =>
  page.evaluate(
    (tag, setup, attributes) =>
      window.hx.inTask(() => {
        window.hx.clear();
        window.hx.setup(setup);
        window.hx.mount(tag, attributes);
      }),
    tag,
    setup,
    attributes,
  );

const textOf = (page) =>
  page.evaluate(() => window.hx.visibleText(document.getElementById('stage').firstElementChild));

const logRequests = (api) => api.requests.filter((r) => r.path.startsWith('/v1/ingestion-logs?'));

/** Scrolls the log to its end a few times, as a reader would; returns what it says then. */
async function scrollToEnd(page, times = 6) {
  for (let i = 0; i < times; i++) {
    await page.evaluate(() => {
      const scroller = document
        .querySelector('#stage > ld-ingestion-log')
        ?.shadowRoot?.querySelector('.scroller');
      if (!scroller) return;
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return textOf(page);
}

/** A repeating cursor: the log stops with a message, and asks for nothing more. */
async function cursorCell(page, api, loop, { plantedNormal = false } = {}) {
  api.reset();
  api.control.cursorLoop = plantedNormal ? null : loop;
  await mountOne(page, 'ld-ingestion-log', {}, { preset: 'last-30-days' });
  await settle(page, { ready: true });
  await scrollToEnd(page);
  const text = await scrollToEnd(page, 4);
  const sent = logRequests(api).length;
  await scrollToEnd(page, 3);
  const problems = [];
  if (!/already sent, so the list stops here/.test(text)) problems.push('no clear message');
  if (logRequests(api).length !== sent) problems.push('requests kept coming after it stopped');
  if (sent > 4) problems.push(`${sent} page requests`);
  return problems;
}

/** The paged export on a cycling cursor: it fails with the message and downloads nothing. */
async function exportLoopCell(page, api) {
  api.reset();
  api.control.cursorLoop = 'cycle';
  await mountOne(page, 'ld-ingestion-log', {}, { 'export-mode': 'pages', preset: 'last-30-days' });
  await settle(page, { ready: true });
  const result = await exportCsv(page);
  const problems = [];
  if (result.downloads) problems.push('a file was downloaded');
  if (!/already sent/.test(result.message)) problems.push(`no clear message (${result.message})`);
  return problems;
}

/** A body trickling in: the widget times out, says so, and a retry brings the data. */
async function trickleCell(page, api, tag, timeout = 1500) {
  api.reset();
  api.control.trickle = { path: MAIN_REQUEST[tag], bytes: 16, everyMs: 150 };
  await mountOne(page, tag, { timeout });
  const shown = await settle(page, { timeout: timeout + 4000 });
  const text = await textOf(page);
  api.control.trickle = null;
  const problems = [];
  if (shown.stuck || shown.state === 'loading') problems.push(`still ${shown.state}`);
  else if (!/took too long/.test(text)) problems.push(`no clear message (${text.slice(0, 80)})`);
  if (shown.retry) {
    await page.evaluate(() => window.hx.retryAll());
    const after = await settle(page, { ready: true });
    if (after.stuck) problems.push(`retry did not recover (${after.state})`);
  } else if (!problems.length) problems.push('no retry');
  return problems;
}

const RETRY_AFTER = [
  '-5',
  '1e308',
  '99999999999',
  'Infinity',
  'Wed, 21 Oct 2015 07:28:00 GMT',
  'Fri, 01 Jan 2100 00:00:00 GMT',
  '120, 60',
  'soon',
  '0x10',
];

/**
 * A 429 with a hostile Retry-After, or a 503 with only ky's other rate-limit headers. The
 * widget must settle in the error state within seconds (a wait of days is never waited),
 * and any wait it names must be a day at most, in words: never `1e+308`, `NaN` or a minus.
 */
async function retryAfterCell(page, api, server, { value, raw }) {
  api.reset();
  if (raw) {
    server.raw.set('/v1/caps', {
      status: 503,
      type: 'application/json',
      body: JSON.stringify({ error: { code: 'busy', message: 'Busy' } }),
      headers: raw,
    });
  } else {
    api.control.faults.push({ path: '/v1/caps', status: 429, retryAfter: value });
  }
  await mountOne(page, 'ld-caps-meter', {
    retry: { limit: 2, backoffLimit: 50, maxRetryAfter: Number.MAX_VALUE },
  });
  const shown = await settle(page, { timeout: 6000 });
  const text = await textOf(page);
  server.raw.delete('/v1/caps');
  return waitProblems(shown, text);
}

function waitProblems(shown, text) {
  const problems = [];
  if (shown.stuck || shown.state === 'loading') problems.push(`still ${shown.state}`);
  const wait = /asked to wait (.+?) before/.exec(text)?.[1];
  if (wait && !/^\d[\d,]* (seconds?|minutes?|hours?)$/.test(wait))
    problems.push(`a wait of "${wait}"`);
  const hours = wait && /hours?/.test(wait) ? Number(wait.replace(/\D/g, '')) : 0;
  if (hours > 24) problems.push(`a wait of ${wait}`);
  if (/e\+|NaN|Infinity|wait -/.test(text)) problems.push('a raw number on screen');
  return problems;
}

const HUGE = [
  { tag: 'ld-ingestion-log', path: '/v1/ingestion-logs', items: 150_000, cut: /./ },
  { tag: 'ld-payout-summary', path: '/v1/payouts', items: 150_000, cut: /of 150,000/ },
  { tag: 'ld-intake-report', path: '/v1/ingestion-stats', items: 150_000, cut: /of 150,000/ },
  { tag: 'ld-caps-meter', path: '/v1/caps', items: 10_000, cut: /of 10,000/ },
  { tag: 'ld-api-spec', path: '/v1/api-spec', items: 10_000, cut: /of 10,000/ },
  {
    tag: 'ld-ingestion-log',
    path: '/v1/portal',
    items: 10_000,
    cut: /of 10,000/,
    name: 'campaigns',
  },
];

/** A huge list: the widget shows its data, says what it left out, and keeps its DOM small. */
async function hugeCell(page, api, { tag, path, items, cut }) {
  api.reset();
  api.control.inflate = { path, items };
  await page.evaluate(() => (window.hx.record.longTasks.length = 0));
  await mountOne(page, tag, { timeout: 20_000 });
  const shown = await settle(page, { ready: true, timeout: 30_000 });
  const facts = await page.evaluate(() => {
    const element = document.getElementById('stage').firstElementChild;
    return {
      nodes: element?.shadowRoot?.querySelectorAll('*').length ?? 0,
      longest: Math.max(0, ...window.hx.record.longTasks),
    };
  });
  const text = await textOf(page);
  api.control.inflate = null;
  const problems = [];
  if (shown.stuck || shown.state !== 'ready') problems.push(`state ${shown.state}`);
  if (facts.nodes > 5000) problems.push(`${facts.nodes} elements`);
  if (!cut.test(text)) problems.push('does not say what it left out');
  return { problems, ...facts };
}

/** A refresh that opens another supplier's portal: no write reaches it, nothing of it shows. */
async function swapCell(page, api, action) {
  api.reset();
  const harbor = () => api.db.portal('org_harbor_bright');
  const key = harbor().apiKey;
  const tag = action === 'pause' ? 'ld-pause-toggle' : 'ld-api-spec';
  await mountOne(page, tag, { swapTo: 'cleo.org_harbor_bright' });
  await settle(page, { ready: true });
  const path = {
    pause: '/v1/portal/status',
    reveal: '/v1/api-key/reveal',
    rotate: '/v1/api-key/rotate',
  }[action];
  api.control.faults.push({ path, status: 401, times: 1 });
  // The confirmations are lazy parts: each opens once its chunk is here.
  const press = (opener, confirm) =>
    page.evaluate(
      async (opener, confirm) => {
        const root = document.getElementById('stage').firstElementChild.shadowRoot;
        const find = (selector) =>
          selector.startsWith('text=')
            ? [...root.querySelectorAll('button')].find(
                (b) => b.textContent.trim() === selector.slice(5),
              )
            : root.querySelector(selector);
        find(opener).click();
        if (!confirm) return;
        for (let i = 0; i < 100 && !find(confirm); i++)
          await new Promise((resolve) => setTimeout(resolve, 30));
        find(confirm).click();
      },
      opener,
      confirm,
    );
  if (action === 'pause') await press('[role="switch"]', 'dialog[open] button[value="confirm"]');
  else if (action === 'reveal') await press('text=Reveal key');
  else await press('text=Rotate API key', 'dialog[open] .danger');
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const text = await page.evaluate(() => window.hx.deepText());
  const problems = [];
  if (harbor().status.state !== 'active') problems.push("the other supplier's intake was paused");
  if (harbor().rotations) problems.push("the other supplier's key was rotated");
  if (text.includes(key) || text.includes('Cleo Park'))
    problems.push("the other supplier's data is shown");
  return problems;
}

/**
 * The swap's positive control: a write sent without the portal to check against (as a
 * client that trusted the refreshed token would) does reach the other supplier, and the
 * detector must see it.
 */
async function plantedSwap(node, server, api) {
  api.reset();
  const client = node.createApiClient({
    apiBase: `${server.url}/api`,
    timeout: 3000,
    retry: { limit: 0, backoffLimit: 0, maxRetryAfter: 0 },
    now: () => node.testClock.now(),
    // Fixed tokens, not freshly minted ones: minting in this process would bump the mock's
    // session counter, and the HTTP mock would then refuse the pages' tokens as stale.
    getToken: async (refresh) =>
      refresh
        ? `mock.cleo.org_harbor_bright.${Number.MAX_SAFE_INTEGER}`
        : `mock.ava.org_northwind_acme.${Number.MAX_SAFE_INTEGER}`,
  });
  api.control.faults.push({ path: '/v1/portal/status', status: 401, times: 1 });
  await client
    .call(node.endpoints.setPortalStatus, {
      body: { paused: true, reason: null },
      idempotencyKey: 'planted',
    })
    .catch(() => undefined);
  return api.db.portal('org_harbor_bright').status.state !== 'active';
}

export async function run({ browser, server, api, node }) {
  const { page, close } = await open(browser, server);
  const cells = [];
  const controls = {};
  const notes = [];
  const add = (name, problems) => cells.push({ name, problems });
  try {
    for (const loop of ['same', 'cycle'])
      add(`cursor ${loop}: the log`, await cursorCell(page, api, loop));
    add('cursor cycle: the paged export', await exportLoopCell(page, api));
    for (const tag of Object.keys(MAIN_REQUEST))
      add(`trickling body: ${tag}`, await trickleCell(page, api, tag));
    for (const value of RETRY_AFTER)
      add(
        `Retry-After ${JSON.stringify(value)}`,
        await retryAfterCell(page, api, server, { value }),
      );
    for (const [name, value] of [
      ['RateLimit-Reset', '1e308'],
      ['X-RateLimit-Reset', '99999999999'],
      ['X-Rate-Limit-Reset', '-1'],
    ])
      add(
        `503 with ${name}: ${value}`,
        await retryAfterCell(page, api, server, { raw: { [name]: value } }),
      );
    for (const huge of HUGE) {
      const result = await hugeCell(page, api, huge);
      add(`${huge.items.toLocaleString('en')} items: ${huge.name ?? huge.tag}`, result.problems);
      notes.push(
        `${huge.items.toLocaleString('en')} items, ${huge.name ?? huge.tag}: ${result.nodes} elements; longest task ${result.longest} ms (not a bar: machine-dependent)`,
      );
    }
    for (const action of ['pause', 'reveal', 'rotate'])
      add(`swapped token: ${action}`, await swapCell(page, api, action));

    // Positive controls: each detector on something planted.
    controls.cursor = (await cursorCell(page, api, 'same', { plantedNormal: true })).length > 0;
    controls.trickle = (await trickleCell(page, api, 'ld-caps-meter', 60_000)).length > 0;
    controls.wait =
      waitProblems(
        { state: 'error' },
        'The portal service asked to wait 1e+308 s before trying again.',
      ).length > 0;
    await page.evaluate(() =>
      window.hx.inTask(() => {
        window.hx.clear();
        const element = window.hx.mount('div');
        element
          .attachShadow({ mode: 'open' })
          .append(...Array.from({ length: 6000 }, () => document.createElement('span')));
      }),
    );
    controls.dom =
      (await page.evaluate(
        () =>
          document.getElementById('stage').firstElementChild.shadowRoot.querySelectorAll('*')
            .length,
      )) > 5000;
    controls.swap = await plantedSwap(node, server, api);
    api.reset();
  } finally {
    await close();
  }
  return { cells, controls, notes };
}

export function summarize(result) {
  const area = 'Hostile server';
  const failed = result.cells.filter((cell) => cell.problems.length);
  const count = (prefix) => result.cells.filter((cell) => cell.name.startsWith(prefix)).length;
  return {
    figures: [
      figure(
        area,
        `cells passed (repeating cursors ${count('cursor')}, trickling bodies ${count('trickling')}, hostile Retry-After ${count('Retry-After') + count('503')}, huge lists ${count('150') + count('10,000')}, swapped tokens ${count('swapped')})`,
        `${result.cells.length - failed.length} of ${result.cells.length}`,
        'all',
        failed.length === 0,
      ),
    ],
    controls: [
      control('a log that never stops on its own fails the cursor cell', result.controls.cursor),
      control('a timeout longer than the wait fails the trickle cell', result.controls.trickle),
      control('"wait 1e+308 s" on screen fails the Retry-After cell', result.controls.wait),
      control('6,000 elements in a widget fail the huge-list cell', result.controls.dom),
      control(
        'a write that trusts the refreshed token pauses the other supplier, and is seen',
        result.controls.swap,
      ),
    ],
    notes: [...failed.map((cell) => `${cell.name}: ${cell.problems.join('; ')}`), ...result.notes],
  };
}
