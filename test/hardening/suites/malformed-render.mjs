// Malformed responses, rendered: a sample of the parse-level bodies is served over HTTP to the
// widget that reads each endpoint. Each must end in a state a person can act on (data, or an
// error with a retry button, never a blank or endless skeleton), and the retry must work once
// the API answers properly again.
import { open } from '../browser.mjs';
import { control, figure, zero } from '../figures.mjs';

const WIDGET_FOR = {
  getPortal: 'ld-pause-toggle',
  listCaps: 'ld-caps-meter',
  listIngestionLogs: 'ld-ingestion-log',
  getPayouts: 'ld-payout-summary',
  getIngestionStats: 'ld-intake-report',
  getApiSpec: 'ld-api-spec',
  getIntegration: 'ld-api-spec',
};

/**
 * Waits until the widget on stage has settled (or, with `ready`, shows its data with no error
 * anywhere); says what it shows then.
 */
export async function settle(page, { ready = false, timeout = 6000 } = {}) {
  const shown = () =>
    page.evaluate(() => {
      const element = document.getElementById('stage').firstElementChild;
      const root = element?.shadowRoot;
      return {
        state: element ? window.hx.stateOf(element) : 'none',
        retry: window.hx.retryButtons(root).length,
        text: root ? window.hx.deepText(root).trim().length : 0,
        loading: Boolean(root?.querySelector('.skeleton')),
      };
    });
  try {
    await page.waitForFunction(
      (ready) => {
        const element = document.getElementById('stage').firstElementChild;
        const root = element?.shadowRoot;
        const state = element && window.hx.stateOf(element);
        if (!root || state === 'loading' || root.querySelector('.skeleton')) return false;
        return !ready || (state === 'ready' && !window.hx.retryButtons(root).length);
      },
      { timeout, polling: 20 },
      ready,
    );
    return await shown();
  } catch {
    return { ...(await shown()), stuck: true };
  }
}

/**
 * Serves one malformed body to a widget, then retries once the API is healthy again (or, for
 * the positive control, still broken). Tallies what it saw into `figures`.
 */
async function cell({
  page,
  server,
  path,
  tag,
  body,
  figures,
  examples,
  slots = {},
  healAfter = true,
}) {
  figures.rendered++;
  server.raw.set(path, body);
  await page.evaluate(
    (tag, slots) => {
      window.hx.clear();
      window.hx.setup();
      window.hx.mount(tag, {}, {}, slots);
    },
    tag,
    slots,
  );
  const shown = await settle(page);
  if (healAfter) server.raw.delete(path);
  const where = `${tag} ← ${path}, ${body.kind}`;
  if (shown.state === 'ready' && !shown.retry) {
    figures.accepted++;
  } else if (shown.stuck || !shown.retry || !shown.text) {
    figures.noRetry++;
    if (examples.length < 5) examples.push(`${where}: ${JSON.stringify(shown)}`);
  } else {
    await page.evaluate(() => window.hx.retryAll());
    const after = await settle(page, { ready: true });
    if (after.stuck) {
      figures.notRecovered++;
      if (examples.length < 5) examples.push(`${where}: after retry ${JSON.stringify(after)}`);
    }
  }
  server.raw.delete(path);
}

const tally = () => ({ rendered: 0, noRetry: 0, notRecovered: 0, accepted: 0 });

export async function run({ browser, server, node, sample, perEndpoint }) {
  const { page, close } = await open(browser, server);
  const figures = tally();
  const control = tally();
  const examples = [];
  try {
    // Positive controls: an error slot without a retry button (a host may replace the error
    // state) must count as no retry; a retry against a still-broken API as not recovered.
    const broken = { kind: 'planted', type: 'text/html', text: '<p>down' };
    const path = node.endpoints.listCaps.path;
    const base = {
      page,
      server,
      path,
      tag: 'ld-caps-meter',
      body: broken,
      figures: control,
      examples: [],
    };
    await cell({ ...base, slots: { error: 'Something broke.' } });
    await cell({ ...base, healAfter: false });

    for (const [name, tag] of Object.entries(WIDGET_FOR)) {
      for (const body of sample[name].slice(0, perEndpoint))
        await cell({ page, server, path: node.endpoints[name].path, tag, body, figures, examples });
    }
  } finally {
    await close();
  }
  return { figures, control, examples };
}

export function summarize(result) {
  const area = 'Malformed responses';
  const { figures } = result;
  return {
    figures: [
      figure(
        area,
        'bodies rendered in a widget',
        figures.rendered,
        '≥ 200',
        figures.rendered >= 200,
      ),
      zero(area, 'widgets left with no retry', figures.noRetry),
      zero(area, 'retries that did not recover', figures.notRecovered),
    ],
    controls: [
      control(
        'an error slot with no retry button counts as no retry',
        result.control.noRetry === 1,
      ),
      control(
        'a retry against a still-broken API counts as not recovered',
        result.control.notRecovered === 1,
      ),
    ],
    notes: result.examples,
  };
}
