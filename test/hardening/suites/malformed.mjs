// Malformed responses, at the parse level: thousands of bodies per endpoint go through the
// client the widgets use (ky, allow-list schemas, supplier scoping), with fetch answered in
// process. Every call must either resolve to data that fits the contract or reject with a
// typed, retryable ApiError; anything else is an uncaught error.
import fc from 'fast-check';
import { getResponse } from 'msw';
import { KINDS, malformedBodies } from '../bodies.mjs';
import { control, figure, zero } from '../figures.mjs';

export const PORTAL = 'org_northwind_acme';

function responseFor({ type, text, cutAfter }) {
  const bytes = new TextEncoder().encode(text);
  const headers = type ? { 'content-type': type } : {};
  if (cutAfter === undefined) return new Response(bytes, { status: 200, headers });
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, cutAfter));
      controller.error(new TypeError('terminated: the connection was reset'));
    },
  });
  return new Response(stream, { status: 200, headers });
}

/** The options each endpoint is called with, from the mock's own data. */
function callsFor(samples) {
  const capId = samples.listCaps.items[0].id;
  const leadId = samples.listIngestionLogs.items[0].id;
  return {
    getPortal: {},
    setPortalStatus: { body: { paused: true, reason: null }, idempotencyKey: 'fuzz-status' },
    listIngestionLogs: { query: { limit: 20 } },
    getIngestionLog: { params: { id: leadId } },
    getPayouts: { query: { from: '2026-10-01', to: '2026-10-31', interval: 'week' } },
    getIngestionStats: { query: { from: '2026-10-01', to: '2026-10-31', groupBy: 'sub_id' } },
    listCaps: {},
    updateCap: { params: { id: capId }, body: { limit: samples.listCaps.items[0].min ?? 1 } },
    getApiSpec: {},
    revealApiKey: {},
    rotateApiKey: { idempotencyKey: 'fuzz-rotate' },
    getIntegration: {},
    updateIntegration: { body: { webhookUrl: 'https://hooks.example.com/in', events: [] } },
    testWebhook: {},
  };
}

export async function run({ node, runs, seed }) {
  const api = node.createMockApi({ clock: node.testClock });
  let answer;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => answer(new Request(input, init));
  const client = node.createApiClient({
    apiBase: 'http://mock.test/api',
    // A fixed token, not a freshly minted one: minting bumps the mock's session counter in
    // this process, and the HTTP mock would then refuse the page's tokens as stale.
    getToken: async () => `mock.ava.${PORTAL}.${Number.MAX_SAFE_INTEGER}`,
    timeout: 2000,
    retry: { limit: 0, backoffLimit: 0, maxRetryAfter: 0 },
  });
  try {
    // Valid samples first, straight from the mock's handlers.
    const texts = {};
    answer = async (request) => {
      const response = await getResponse(api.handlers, request);
      texts.last = await response.clone().text();
      return response;
    };
    const samples = {};
    const sample = async (name, options = {}) => {
      await client.call(node.endpoints[name], options);
      samples[name] = JSON.parse(texts.last);
    };
    // These three give the ids the others are called with.
    await sample('getPortal');
    await sample('listCaps');
    await sample('listIngestionLogs', { query: { limit: 20 } });
    const calls = callsFor(samples);
    const names = Object.keys(node.endpoints).filter(
      (name) => node.endpoints[name].response !== 'csv',
    );
    for (const name of names) if (!samples[name]) await sample(name, calls[name]);
    const supplierId = samples.getPortal.supplierId;

    const figures = { tried: 0, accepted: 0, rejected: 0, uncaught: 0, notRetryable: 0 };
    const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
    const examples = [];
    /** Calls one endpoint against one answer and counts how the call ended. */
    const classify = async (name, kind, respond, tally = figures) => {
      tally.tried++;
      answer = respond;
      try {
        await Promise.race([
          client.call(node.endpoints[name], { ...calls[name], supplierId }),
          new Promise((_, reject) => setTimeout(() => reject(new Error('hung for 5 s')), 5000)),
        ]);
        tally.accepted++;
      } catch (error) {
        const typed = error instanceof node.ApiError;
        if (typed) tally.rejected++;
        else tally.uncaught++;
        if (typed && !error.retryable) tally.notRetryable++;
        if ((!typed || !error.retryable) && examples.length < 5)
          examples.push(
            `${name}, ${kind}: ${error?.name}: ${String(error?.message).slice(0, 160)}`,
          );
      }
    };

    // Positive control: a thrown RangeError must count as uncaught, a 400 as not retryable.
    const control = { tried: 0, accepted: 0, rejected: 0, uncaught: 0, notRetryable: 0 };
    await classify(
      'getPortal',
      'planted',
      () => {
        throw new RangeError('planted');
      },
      control,
    );
    await classify(
      'getPortal',
      'planted',
      () => Response.json({ error: { code: 'x', message: 'x' } }, { status: 400 }),
      control,
    );
    examples.length = 0;

    const browserSample = {};
    for (const name of names) {
      const bodies = fc.sample(malformedBodies(samples[name]), { numRuns: runs, seed });
      browserSample[name] = bodies.filter((_, i) => i % Math.ceil(runs / 60) === 0);
      for (const body of bodies) {
        byKind[body.kind]++;
        await classify(name, body.kind, async () => responseFor(body));
      }
    }
    return {
      figures,
      control,
      byKind,
      examples,
      endpoints: names.length,
      runs,
      browserSample,
      samples,
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}

export function summarize(result) {
  const area = 'Malformed responses';
  const { figures } = result;
  return {
    figures: [
      figure(
        area,
        `bodies tried (${result.endpoints} endpoints × ${result.runs.toLocaleString('en')}, ${Object.keys(result.byKind).length} kinds)`,
        figures.tried,
        '≥ 10,000',
        figures.tried >= 10_000,
      ),
      zero(area, 'uncaught errors', figures.uncaught),
      zero(area, 'rejected without a retry', figures.notRetryable),
    ],
    controls: [
      control('a thrown RangeError counts as uncaught', result.control.uncaught === 1),
      control('a 400 counts as rejected without a retry', result.control.notRetryable === 1),
    ],
    notes: [
      `by kind: ${JSON.stringify(result.byKind)}; accepted (extra or dropped fields only): ${figures.accepted}`,
      ...result.examples,
    ],
  };
}
