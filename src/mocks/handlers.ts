import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { MockPerson } from './people.js';
import { parseMockToken } from './auth.js';
import { pathMatches, takeFault, type MockControl } from './control.js';
import { rollOver, type MockDb, type MockPortalState } from './db.js';
import { leak } from './leak.js';
import { routes } from './routes.js';

export interface MockContext {
  db: MockDb;
  control: MockControl;
  state: MockPortalState;
  person: MockPerson;
  permissions: string[];
  request: Request;
  url: URL;
  params: Record<string, string>;
}

/** A route's answer: JSON, a CSV stream, or an error in the portal API's error shape. */
export type MockResult =
  | { status?: number; json: unknown }
  | { status?: number; csv: ReadableStream<Uint8Array> }
  | { error: { status: number; code: string; message: string; fieldErrors?: unknown[] } };

export type MockRoute = (context: MockContext) => MockResult | Promise<MockResult>;

export interface MockRequest {
  method: string;
  /** Path from `/v1/` on, with the query string. */
  path: string;
  authorization: string | null;
  idempotencyKey: string | null;
}

export interface HandlerOptions {
  db: MockDb;
  control: MockControl;
  /** Sees every request that reaches the mock API, before faults and latency. */
  onRequest?: (request: MockRequest) => void;
}

/** msw handlers for every endpoint of the portal API v1, on any origin and base path. */
export function createHandlers({ db, control, onRequest }: HandlerOptions): HttpHandler[] {
  return routes.map(({ method, path, run }) =>
    http[method.toLowerCase() as 'get'](
      `*${path.replace(/\{(\w+)\}/g, ':$1')}`,
      async ({ request, params }) => {
        const url = new URL(request.url);
        const apiPath = url.pathname.slice(url.pathname.indexOf('/v1/'));
        const authorization = request.headers.get('Authorization');
        const token = authorization?.startsWith('Bearer ')
          ? parseMockToken(authorization.slice(7))
          : undefined;
        if (token && token.serial < db.tokensFrom) {
          return errorResponse(401, 'session_ended', 'This token belongs to an earlier session');
        }
        onRequest?.({
          method: request.method,
          path: apiPath + url.search,
          authorization: request.headers.get('Authorization'),
          idempotencyKey: request.headers.get('Idempotency-Key'),
        });
        const wait = control.latency + delayFor(control, apiPath);
        const session = db.session;
        if (control.hang.some((prefix) => pathMatches(prefix, apiPath))) await delay('infinite');
        if (wait > 0) await delay(wait);
        // A reset during the delay began a new session: this request belongs to the old one
        // and must not take the new session's faults or touch its data.
        if (db.session !== session)
          return errorResponse(401, 'session_ended', 'The mock API was reset');

        const fault = takeFault(control, request.method, apiPath);
        // msw's network error: the fetch rejects as it does offline, and nothing leaves the page
        // (a redirect to a closed port would, and a strict connect-src reports it).
        if (fault?.status === 0) return HttpResponse.error();
        if (fault) {
          return errorResponse(
            fault.status,
            fault.code ?? `mock_${fault.status}`,
            fault.message ?? 'Simulated fault',
            {
              retryAfter: fault.retryAfter,
            },
          );
        }

        const auth = authenticate(db, request.headers.get('Authorization'));
        if ('error' in auth)
          return errorResponse(auth.error.status, auth.error.code, auth.error.message);
        rollOver(auth.state, db.clock.now());
        const result = await run({
          db,
          control,
          ...auth,
          request,
          url,
          params: params as Record<string, string>,
        });
        if ('error' in result) {
          const { status, code, message, fieldErrors } = result.error;
          return errorResponse(status, code, message, { fieldErrors });
        }
        if ('csv' in result) {
          const trickle = control.trickle && pathMatches(control.trickle.path, apiPath);
          return new HttpResponse(trickle ? trickled(result.csv, control.trickle!) : result.csv, {
            status: result.status ?? 200,
            headers: { 'Content-Type': 'text/csv; charset=utf-8' },
          });
        }
        return jsonResponse(control, apiPath, result.json, result.status ?? 200);
      },
    ),
  );
}

function delayFor(control: MockControl, apiPath: string): number {
  return Object.entries(control.delays).reduce(
    (sum, [prefix, ms]) => (pathMatches(prefix, apiPath) ? sum + ms : sum),
    0,
  );
}

type Authenticated =
  | { person: MockPerson; state: MockPortalState; permissions: string[] }
  | { error: { status: number; code: string; message: string } };

function authenticate(db: MockDb, header: string | null): Authenticated {
  const token = header?.startsWith('Bearer ') ? parseMockToken(header.slice(7)) : undefined;
  const person = token && db.person(token.personId);
  if (!token || !person)
    return { error: { status: 401, code: 'unauthenticated', message: 'Missing or invalid token' } };
  const membership = person.memberships.find((item) => item.portalId === token.portalId);
  const state = db.portal(token.portalId);
  if (!membership || !state)
    return { error: { status: 403, code: 'not_a_member', message: 'Not a member of this portal' } };
  return { person, state, permissions: membership.permissions as string[] };
}

function jsonResponse(
  control: MockControl,
  apiPath: string,
  body: unknown,
  status: number,
): Response {
  const malformed =
    control.malformed && pathMatches(control.malformed.path, apiPath)
      ? control.malformed.kind
      : undefined;
  const leaked = control.leak ? leak(body) : body;
  const payload =
    control.inflate && pathMatches(control.inflate.path, apiPath)
      ? inflate(leaked, control.inflate.items)
      : leaked;
  const text = JSON.stringify(payload);
  if (control.trickle && pathMatches(control.trickle.path, apiPath)) {
    return new HttpResponse(trickled(new Blob([text]).stream(), control.trickle), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  }
  switch (malformed) {
    case 'syntax':
      return new HttpResponse('{"items": [ {"id": "x", }', {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'truncated':
      return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'html':
      return new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status,
        headers: { 'Content-Type': 'text/html' },
      });
    case 'types':
      return HttpResponse.json(
        { items: 'not-a-list', supplierId: 42, status: { state: 'unknown' } },
        { status },
      );
    default:
      return new HttpResponse(text, { status, headers: { 'Content-Type': 'application/json' } });
  }
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  extra: { retryAfter?: number | string | undefined; fieldErrors?: unknown[] | undefined } = {},
): Response {
  const headers: Record<string, string> = {};
  if (extra.retryAfter !== undefined) headers['Retry-After'] = String(extra.retryAfter);
  else if (status === 429 || status === 503) headers['Retry-After'] = '1';
  return HttpResponse.json(
    { error: { code, message, ...(extra.fieldErrors ? { fieldErrors: extra.fieldErrors } : {}) } },
    { status, headers },
  );
}

/** A body that arrives a few bytes at a time, as over a link that all but stalls. */
function trickled(
  source: ReadableStream<Uint8Array>,
  { bytes, everyMs }: { bytes: number; everyMs: number },
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let pending: Uint8Array = new Uint8Array(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (!pending.length) {
        const { value, done } = await reader.read();
        if (done) return controller.close();
        pending = value;
      }
      await new Promise((resolve) => (timer = setTimeout(resolve, everyMs)));
      controller.enqueue(pending.slice(0, Math.max(1, bytes)));
      pending = pending.slice(Math.max(1, bytes));
    },
    cancel: (reason) => {
      clearTimeout(timer);
      return reader.cancel(reason);
    },
  });
}

/**
 * Every list of records grown to `count`, ids and names kept unique; the status history
 * stays bounded. Lists inside the records are left as they are, or the body would grow as
 * `count` squared.
 */
function inflate(value: unknown, count: number, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = [...value];
    const sample = items[0];
    if (key === 'statusHistory' || typeof sample !== 'object' || sample === null) return items;
    for (let i = items.length; i < count; i++) items.push(copyOf(sample, i));
    return items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, inflate(item, count, name)]),
    );
  }
  return value;
}

function copyOf(sample: object, i: number): unknown {
  const copy: Record<string, unknown> = { ...sample };
  for (const name of ['id', 'name'])
    if (typeof copy[name] === 'string') copy[name] = `${String(copy[name])}_${i}`;
  return copy;
}
