import { expect } from '@open-wc/testing';
import { createApiClient, type ClientOptions } from './client.js';
import { listCaps, updateCap } from './contract/caps.js';
import { exportIngestionLogs } from './contract/ingestion.js';
import { getPortal, setPortalStatus } from './contract/portal.js';
import { revealApiKey, rotateApiKey } from './contract/api-spec.js';
import { ApiError, parseRetryAfter } from './errors.js';
import { lazyEndpoint } from './endpoint.js';
import * as operations from './operations.js';
import { mockToken } from '../mocks/auth.js';
import { mockApi, TEST_NOW, testClock } from '../../test/support/fixtures.js';
import type { MockApi } from '../mocks/api.js';
import { LEAKED_FIELDS, RIVAL_MARKER } from '../mocks/leak.js';

const PORTAL = 'org_northwind_acme';
const SUPPLIER = 'sup_northwind_acme';

function client(overrides: Partial<ClientOptions> = {}) {
  const tokens: boolean[] = [];
  const api = createApiClient({
    apiBase: '/api',
    timeout: 1000,
    retry: { limit: 0, backoffLimit: 10, maxRetryAfter: 2000 },
    now: () => testClock.now(),
    getToken: async (refresh) => {
      tokens.push(refresh);
      return mockToken('ava', PORTAL);
    },
    ...overrides,
  });
  return { api, tokens };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

describe('API client', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('sends the bearer token and parses the response', async () => {
    const { api } = client();
    const portal = await api.call(getPortal);
    expect(portal.supplierId).to.equal(SUPPLIER);
    expect(portal.timeZone).to.equal('America/New_York');
    expect(mock.requests).to.have.length(1);
    expect(mock.requests[0]?.authorization).to.match(/^Bearer mock\.ava\.org_northwind_acme\.\d+$/);
  });

  it('loads a lazy operation’s schemas with its call, and tries them again after a failed load', async () => {
    const { api } = client();
    let loads = 0;
    const flaky = lazyEndpoint(async () => {
      if (++loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return getPortal;
    });
    const error = await failure(api.call(flaky));
    expect(error).to.include({ kind: 'network', code: 'chunk_failed' });
    // Nothing was sent without its schemas.
    expect(mock.requests).to.have.length(0);
    expect((await api.call(flaky)).supplierId).to.equal(SUPPLIER);
    expect(loads).to.equal(2);
    // The shipped operations parse as the schemas do, unknown fields dropped.
    mock.control.leak = true;
    const caps = await api.call(operations.listCaps, { supplierId: SUPPLIER });
    expect(JSON.stringify(caps)).not.to.include('LEAK');
    expect(caps.items.length).to.be.greaterThan(0);
  });

  const statusKinds: [number, ApiError['kind']][] = [
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [422, 'validation'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'server'],
  ];
  for (const [status, kind] of statusKinds) {
    it(`turns HTTP ${status} into a "${kind}" error with the server's code and message`, async () => {
      mock.control.faults.push({
        path: '/v1/caps',
        status,
        code: `code_${status}`,
        message: `Message ${status}`,
      });
      const error = await failure(client().api.call(listCaps));
      expect(error.kind).to.equal(kind);
      expect(error.status).to.equal(status);
      expect(error.code).to.equal(`code_${status}`);
      expect(error.message).to.equal(`Message ${status}`);
    });
  }

  it('reads Retry-After on a 429', async () => {
    mock.control.faults.push({ path: '/v1/caps', status: 429, retryAfter: 30 });
    const error = await failure(client().api.call(listCaps));
    expect(error.retryAfter).to.equal(30);
    expect(error.retryable).to.equal(true);
  });

  it('reports a network failure', async () => {
    mock.control.faults.push({ path: '/v1/caps', status: 0 });
    expect((await failure(client().api.call(listCaps))).kind).to.equal('network');
  });

  it('times out a request that never answers', async () => {
    mock.control.hang.push('/v1/caps');
    const error = await failure(client({ timeout: 200 }).api.call(listCaps));
    expect(error.kind).to.equal('timeout');
  });

  it('times out a body that trickles in, though its headers came at once', async () => {
    mock.control.trickle = { path: '/v1/caps', bytes: 8, everyMs: 50 };
    const error = await failure(client({ timeout: 400 }).api.call(listCaps));
    expect(error.kind).to.equal('timeout');
  });

  it('takes a slow body that arrives within the timeout', async () => {
    mock.control.trickle = { path: '/v1/portal', bytes: 512, everyMs: 20 };
    const portal = await client({ timeout: 3000 }).api.call(getPortal);
    expect(portal.supplierId).to.equal(SUPPLIER);
  });

  it('lets a streamed export run past the timeout while it keeps coming, not once it stalls', async () => {
    mock.control.trickle = { path: '/v1/ingestion-logs/export', bytes: 4096, everyMs: 200 };
    const { api } = client({ timeout: 1000 });
    const steady = (await api.call(exportIngestionLogs, { query: {} })).body!.getReader();
    let received = 0;
    // Ten pieces 200 ms apart: twice the timeout in all, never more than it between two.
    while (received < 4096 * 10) received += (await steady.read()).value?.length ?? 0;
    await steady.cancel();
    mock.control.trickle = { path: '/v1/ingestion-logs/export', bytes: 4096, everyMs: 2500 };
    const error = await failure(
      (async () => {
        const stalled = (await api.call(exportIngestionLogs, { query: {} })).body!.getReader();
        for (;;) if ((await stalled.read()).done) return;
      })(),
    );
    expect(error.kind).to.equal('timeout');
  });

  for (const kind of ['syntax', 'truncated', 'html', 'types'] as const) {
    it(`rejects a malformed (${kind}) response as "invalid-response"`, async () => {
      mock.control.malformed = { path: '/v1/caps', kind };
      const error = await failure(client().api.call(listCaps));
      expect(error.kind).to.equal('invalid-response');
      expect(error.retryable).to.equal(true);
    });
  }

  for (const [kind, retryAfter] of [
    ['seconds', 1],
    // A date is read by the portal's clock, whatever the machine's says.
    ['an HTTP date', new Date(TEST_NOW.getTime() + 1000).toUTCString()],
  ] as const)
    it(`retries a failed GET, honouring Retry-After in ${kind}`, async () => {
      await retriesAfterOneSecond(retryAfter);
    });

  async function retriesAfterOneSecond(retryAfter: number | string) {
    mock.control.faults.push({ path: '/v1/caps', status: 503, times: 1, retryAfter });
    const { api } = client({
      retry: { limit: 2, backoffLimit: 10, maxRetryAfter: 2000 },
      timeout: 3000,
    });
    // Record the waits ky schedules rather than timing them: backoffLimit is 10 ms, so a
    // one-second wait can only come from the server's Retry-After.
    const waits: number[] = [];
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      waits.push(ms ?? 0);
      return realSetTimeout(handler, ms, ...rest);
    }) as typeof window.setTimeout;
    let caps;
    try {
      caps = await api.call(listCaps);
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(waits).to.include(1000);
    expect(caps.items.length).to.be.greaterThan(0);
    expect(mock.requests.filter((r) => r.path === '/v1/caps')).to.have.length(2);
  }

  for (const [kind, retryAfter] of [
    ['seconds', 60],
    ['an HTTP date', new Date(TEST_NOW.getTime() + 60_000).toUTCString()],
  ] as const)
    it(`does not wait out a Retry-After longer than it allows, in ${kind}`, async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 429, retryAfter });
      const { api } = client({ retry: { limit: 2, backoffLimit: 10, maxRetryAfter: 1000 } });
      const error = await failure(api.call(listCaps));
      expect(error.kind).to.equal('rate-limited');
      expect(error.retryAfter).to.equal(60);
      expect(mock.requests).to.have.length(1);
    });

  it('never retries a write blindly', async () => {
    mock.control.faults.push({ path: '/v1/portal/status', status: 503, times: 1 });
    const { api } = client({ retry: { limit: 2, backoffLimit: 10, maxRetryAfter: 2000 } });
    const error = await failure(
      api.call(setPortalStatus, { body: { paused: true, reason: null }, idempotencyKey: 'k1' }),
    );
    expect(error.kind).to.equal('server');
    expect(mock.requests.filter((r) => r.path === '/v1/portal/status')).to.have.length(1);
  });

  it('sends the Idempotency-Key of a write', async () => {
    await client().api.call(setPortalStatus, {
      body: { paused: true, reason: 'Testing' },
      idempotencyKey: 'key-123',
    });
    expect(mock.requests.at(-1)?.idempotencyKey).to.equal('key-123');
  });

  it('refreshes the token once on a 401 and retries once', async () => {
    mock.control.faults.push({ path: '/v1/portal', status: 401, times: 1 });
    const { api, tokens } = client();
    const portal = await api.call(getPortal);
    expect(portal.supplierId).to.equal(SUPPLIER);
    expect(tokens).to.deep.equal([false, true]);
    expect(mock.requests).to.have.length(2);
  });

  it('gives up after the retried request is refused again', async () => {
    mock.control.faults.push({ path: '/v1/portal', status: 401, times: 5 });
    const { api, tokens } = client();
    const error = await failure(api.call(getPortal));
    expect(error.kind).to.equal('unauthorized');
    expect(tokens).to.deep.equal([false, true]);
    expect(mock.requests).to.have.length(2);
  });

  it('reports a token that cannot be had as unauthorized', async () => {
    const { api } = client({ getToken: () => Promise.reject(new Error('signed out')) });
    const error = await failure(api.call(getPortal));
    expect(error.kind).to.equal('unauthorized');
    expect(error.code).to.equal('no_token');
    expect(mock.requests).to.have.length(0);
  });

  it('validates a body before sending it', async () => {
    const error = await failure(
      client().api.call(updateCap, { params: { id: 'x' }, body: { limit: -5 } as never }),
    );
    expect(error.kind).to.equal('validation');
    expect(error.fieldErrors[0]?.field).to.equal('limit');
    expect(mock.requests).to.have.length(0);
  });

  it('aborts with the signal and rethrows an AbortError', async () => {
    mock.control.latency = 500;
    const controller = new AbortController();
    const call = client().api.call(getPortal, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    try {
      await call;
      expect.fail('should abort');
    } catch (error) {
      expect((error as DOMException).name).to.equal('AbortError');
    }
  });

  it('strips unknown fields and drops other suppliers’ records', async () => {
    mock.control.leak = true;
    const caps = await client().api.call(listCaps, { supplierId: SUPPLIER });
    const text = JSON.stringify(caps);
    for (const value of Object.values(LEAKED_FIELDS)) expect(text).not.to.include(String(value));
    expect(text).not.to.include(RIVAL_MARKER);
    expect(caps.items.every((cap) => cap.supplierId === SUPPLIER)).to.equal(true);
  });

  it('refuses a whole response that belongs to another supplier', async () => {
    const error = await failure(
      client()
        .api.call(listCaps, { supplierId: 'sup_someone_else' })
        .then((caps) => {
          // Lists are filtered rather than refused…
          expect(caps.items).to.have.length(0);
          return client().api.call(getPortal, { supplierId: 'sup_someone_else' });
        }),
    );
    // …but a record that is itself another supplier's is refused.
    expect(error.code).to.equal('supplier_mismatch');
  });

  it('fills path parameters URI-encoded', async () => {
    const error = await failure(
      client().api.call(updateCap, { params: { id: 'a/b?c' }, body: { limit: 10 } }),
    );
    expect(error.kind).to.equal('not-found');
    expect(mock.requests[0]?.path).to.equal('/v1/caps/a%2Fb%3Fc');
  });
});

describe('A token refresh that opens another portal', () => {
  const RIVAL = () => mockToken('ava', 'org_northwind_bright');
  const HARBOR = () => mockToken('cleo', 'org_harbor_bright');
  const scope = { supplierId: SUPPLIER, portalId: PORTAL };
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  /** A client whose refreshed token opens `other()` instead of the portal shown. */
  function swapping(other: () => string) {
    return client({
      getToken: async (refresh) => (refresh ? other() : mockToken('ava', PORTAL)),
    }).api;
  }

  it('never sends a write with it: the pause goes nowhere', async () => {
    mock.control.faults.push({ path: '/v1/portal/status', status: 401, times: 1 });
    const error = await failure(
      swapping(HARBOR).call(setPortalStatus, {
        body: { paused: true, reason: null },
        idempotencyKey: 'k-swap',
        ...scope,
      }),
    );
    expect(error.kind).to.equal('wrong-portal');
    expect(error.code).to.equal('portal_mismatch');
    const writes = mock.requests.filter((request) => request.method === 'PUT');
    // The first try met the 401; nothing was sent with the other portal's token.
    expect(writes).to.have.length(1);
    expect(writes[0]?.authorization).to.include('org_northwind_acme');
    expect(mock.db.portals.get('org_harbor_bright')?.status.state).to.equal('active');
  });

  it('never reveals or rotates the other portal’s key', async () => {
    for (const endpoint of [revealApiKey, rotateApiKey]) {
      mock.control.faults.push({ path: endpoint.path, status: 401, times: 1 });
      const error = await failure(swapping(RIVAL).call(endpoint, scope));
      expect(error.code).to.equal('portal_mismatch');
    }
    const sent = mock.requests.filter((request) => request.path.startsWith('/v1/api-key'));
    expect(sent.every((request) => request.authorization?.includes('org_northwind_acme'))).to.equal(
      true,
    );
  });

  it('refuses a read made with it', async () => {
    mock.control.faults.push({ path: '/v1/caps', status: 401, times: 1 });
    const error = await failure(swapping(HARBOR).call(listCaps, scope));
    expect(error.code).to.equal('portal_mismatch');
    expect(mock.requests.map((request) => request.path)).to.deep.equal(['/v1/caps', '/v1/portal']);
  });

  /** A client that keeps its token, as every real auth provider does between refreshes. */
  function steady() {
    let token: string | undefined;
    return client({ getToken: async () => (token ??= mockToken('ava', PORTAL)) }).api;
  }

  it('checks a token it has not seen before a write, once per token', async () => {
    const api = steady();
    const body = { paused: true, reason: null };
    await api.call(setPortalStatus, { body, idempotencyKey: 'a', ...scope });
    await api.call(setPortalStatus, { body, idempotencyKey: 'b', ...scope });
    expect(mock.requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal([
      'GET /v1/portal',
      'PUT /v1/portal/status',
      'PUT /v1/portal/status',
    ]);
  });

  it('trusts a token the portal record was read with', async () => {
    const api = steady();
    await api.call(getPortal);
    await api.call(revealApiKey, scope);
    expect(mock.requests.map((request) => request.path)).to.deep.equal([
      '/v1/portal',
      '/v1/api-key/reveal',
    ]);
  });

  it('refuses a write reply made for another supplier', async () => {
    const error = await failure(
      client().api.call(revealApiKey, { supplierId: 'sup_someone_else' }),
    );
    expect(error.code).to.equal('supplier_mismatch');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('reads seconds and the three HTTP-date forms, in UTC', () => {
    expect(parseRetryAfter('12', now)).to.equal(12);
    expect(parseRetryAfter(' 1.5 ', now)).to.equal(2);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Thursday, 01-Jan-26 00:01:00 GMT', now)).to.equal(60);
    expect(parseRetryAfter('Thu Jan  1 00:02:00 2026', now)).to.equal(120);
  });

  it('keeps every wait within 0 s and a day, and reads junk as no wait', () => {
    const cases: [string, number | undefined][] = [
      ['Wed, 21 Oct 2015 07:28:00 GMT', 0],
      ['Fri, 01 Jan 2100 00:00:00 GMT', 86_400],
      ['99999999999999999999999', 86_400],
      ['120, 60', 120],
      ['Thu, 01 Jan 2026 00:00:30 GMT, 5', 30],
      ['-5', undefined],
      ['1e308', undefined],
      ['Infinity', undefined],
      ['NaN', undefined],
      ['0x10', undefined],
      ['soon', undefined],
      ['١٢', undefined],
      ['30 seconds', undefined],
      ['Thu, 01 Jan 2026 00:00:30 GMT garbage', undefined],
      ['Thu, 32 Foo 2026 00:00:30 GMT', undefined],
      ['2026-01-01T00:00:30Z', undefined],
      ['', undefined],
    ];
    for (const [value, seconds] of cases) {
      expect(parseRetryAfter(value, now), JSON.stringify(value)).to.equal(seconds);
    }
  });
});

describe('Hostile Retry-After values', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  for (const value of ['-5', '1e308', '99999999999', 'Wed, 21 Oct 2015 07:28:00 GMT', '0, 7']) {
    it(`ends a call promptly, within its retries, for ${JSON.stringify(value)}`, async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 503, retryAfter: value });
      // A host that would wait for ever is held to a minute; the server's 11 days to a day.
      const { api } = client({
        retry: { limit: 2, backoffLimit: 20, maxRetryAfter: Number.MAX_VALUE },
      });
      const error = await failure(api.call(listCaps));
      expect(error.kind).to.equal('server');
      if (error.retryAfter !== undefined) expect(error.retryAfter).to.be.within(0, 86_400);
      const tries = mock.requests.length;
      // Junk and past dates are retried after a short backoff; a wait of days is not waited.
      expect(tries).to.equal(value === '99999999999' ? 1 : 3);
    });
  }
});
