// Races: fast-check writes scenarios of portal switches, range and filter changes and unmounts
// (widgets removed and put back) while requests are in flight, with a random latency per
// endpoint so answers come back out of order. After each, every widget must read exactly as a
// fresh copy of it does in the final portal with the final attributes (a stale render is any
// difference), and after every widget leaves the page no request may still be open.
import fc from 'fast-check';
import { open } from '../browser.mjs';
import { mountAll, WIDGETS } from '../drive.mjs';
import { control, figure, zero } from '../figures.mjs';

const PORTALS = ['org_northwind_acme', 'org_northwind_bright'];
const ATTRIBUTES = [
  ['ld-payout-summary', 'preset', ['last-7-days', 'last-30-days', 'this-month', 'last-month']],
  ['ld-payout-summary', 'interval', ['auto', 'day', 'week', 'month']],
  ['ld-intake-report', 'preset', ['last-7-days', 'last-30-days', 'yesterday']],
  ['ld-intake-report', 'group-by', ['campaign', 'sub_id']],
  ['ld-ingestion-log', 'reason', ['', 'invalid_phone', 'duplicate']],
  ['ld-ingestion-log', 'status', ['', 'accepted', 'rejected', 'unmatched']],
  ['ld-ingestion-log', 'search', ['', 'ld_', '555', 'no-such-lead']],
  ['ld-ingestion-log', 'preset', ['last-7-days', 'last-30-days', 'today']],
  ['ld-caps-meter', 'kind', ['', 'leads', 'budget']],
];

const action = fc.oneof(
  fc.record({ kind: fc.constant('portal'), to: fc.constantFrom(...PORTALS) }),
  fc.constantFrom(...ATTRIBUTES).chain(([tag, name, values]) =>
    fc.record({
      kind: fc.constant('attribute'),
      tag: fc.constant(tag),
      name: fc.constant(name),
      value: fc.constantFrom(...values),
    }),
  ),
  fc.record({
    kind: fc.constant('unmount'),
    tag: fc.constantFrom(...WIDGETS),
    away: fc.integer({ min: 0, max: 120 }),
  }),
  fc.record({ kind: fc.constant('wait'), ms: fc.integer({ min: 0, max: 150 }) }),
);

const scenario = fc.record({
  delays: fc.record({
    '/v1/portal': fc.integer({ min: 0, max: 150 }),
    '/v1/payouts': fc.integer({ min: 0, max: 200 }),
    '/v1/ingestion-stats': fc.integer({ min: 0, max: 200 }),
    '/v1/ingestion-logs': fc.integer({ min: 0, max: 200 }),
    '/v1/caps': fc.integer({ min: 0, max: 150 }),
    '/v1/api-spec': fc.integer({ min: 0, max: 150 }),
  }),
  actions: fc.array(action, { minLength: 4, maxLength: 14 }),
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function play(page, { actions }) {
  for (const step of actions) {
    if (step.kind === 'wait') await sleep(step.ms);
    else if (step.kind === 'portal')
      await page.evaluate((to) => window.hx.inTask(() => window.hx.selectPortal(to)), step.to);
    else if (step.kind === 'attribute')
      await page.evaluate(
        (tag, name, value) => window.hx.inTask(() => window.hx.attribute(tag, name, value)),
        step.tag,
        step.name,
        step.value,
      );
    else
      await page.evaluate(
        (tag, away) =>
          window.hx.inTask(async () => {
            const element = document.querySelector(`#stage > ${tag}`);
            if (!element) return;
            const stage = element.parentElement;
            const next = element.nextSibling;
            element.remove();
            await new Promise((resolve) => setTimeout(resolve, away));
            stage.insertBefore(element, next);
          }),
        step.tag,
        step.away,
      );
  }
}

/** Compares every widget with a fresh copy once both have settled; returns the stale ones. */
async function staleWidgets(page) {
  await page.evaluate(() => window.hx.inTask(() => window.hx.mountReference()));
  await page
    .waitForFunction(() => window.hx.referenceSettled(), { timeout: 10_000, polling: 50 })
    .catch(() => undefined);
  await sleep(150);
  return page.evaluate(() => window.hx.staleWidgets());
}

/** Mounts everything with a slow API, removes it all mid-request, and counts what stays open. */
async function openAfterDisconnect(page, server, api, { planted = false } = {}) {
  api.reset();
  api.control.latency = 800;
  await mountAll(page, { portalId: PORTALS[0] });
  // The control: a request nobody will ever abort.
  if (planted)
    await page.evaluate(() =>
      window.hx.inTask(() => {
        void fetch('/api/v1/caps', { headers: { Authorization: 'Bearer x' } });
      }),
    );
  await sleep(150);
  const during = server.flight.open.size;
  await page.evaluate(() => window.hx.inTask(() => window.hx.clear()));
  await sleep(200);
  const left = server.flight.open.size;
  // Let the slow answers drain before the next round.
  for (let i = 0; i < 40 && server.flight.open.size; i++) await sleep(50);
  api.control.latency = 0;
  return { during, left };
}

export async function run({ browser, server, api, runs = 12, seed }) {
  const { page, close } = await open(browser, server);
  const result = { scenarios: 0, actions: 0, stale: [], open: [], inFlight: 0 };
  try {
    for (const plan of fc.sample(scenario, { numRuns: runs, seed })) {
      api.reset();
      api.control.delays = plan.delays;
      await mountAll(page, { portalId: PORTALS[0] });
      await play(page, plan);
      result.scenarios++;
      result.actions += plan.actions.length;
      for (const item of await staleWidgets(page))
        result.stale.push({ ...item, actions: plan.actions.map((a) => a.kind).join(' '), plan });
      const { during, left } = await openAfterDisconnect(page, server, api);
      result.inFlight += during;
      if (left) result.open.push(left);
    }

    // Positive controls: text of the other portal planted in a widget is a stale render; a
    // request the page never aborts stays open after everything is removed.
    api.reset();
    await mountAll(page, { portalId: PORTALS[0] });
    await page
      .waitForFunction(() => window.hx.states().every((state) => state === 'ready'), {
        timeout: 8000,
      })
      .catch(() => undefined);
    await page.evaluate(() => {
      const root = document
        .querySelector('#stage > ld-caps-meter')
        .shadowRoot.querySelector('[part="base"]');
      root.append('Bright Leads — from the portal before');
    });
    result.control = { stale: (await staleWidgets(page)).length };
    result.control.open = (await openAfterDisconnect(page, server, api, { planted: true })).left;
  } finally {
    await close();
  }
  return result;
}

export function summarize(result) {
  const area = 'Races';
  return {
    figures: [
      figure(
        area,
        `scenarios run (${result.actions} actions: portal switches, range and filter changes, unmounts)`,
        result.scenarios,
        '≥ 10',
        result.scenarios >= 10,
      ),
      zero(
        area,
        'stale renders (a widget that reads differently from a fresh copy)',
        result.stale.length,
      ),
      figure(
        area,
        'requests in flight when every widget left the page',
        result.inFlight,
        '≥ 10',
        result.inFlight >= 10,
      ),
      zero(
        area,
        'requests left open after disconnect',
        result.open.reduce((sum, n) => sum + n, 0),
      ),
    ],
    controls: [
      control(
        "the other portal's text planted in a widget is a stale render",
        result.control.stale >= 1,
      ),
      control('a request the page never aborts is counted open', result.control.open >= 1),
    ],
    notes: result.stale.map(
      (item) =>
        `${item.tag} after ${item.actions}: raced "${item.raced.slice(0, 120)}" vs fresh "${item.clean.slice(0, 120)}"`,
    ),
  };
}
