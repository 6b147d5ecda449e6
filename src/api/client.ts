import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import type { Endpoint, LazyEndpoint } from './endpoint.js';
import { ApiError, abortError, kindForStatus, parseRetryAfter } from './errors.js';
import type * as Parse from './parse.js';
import type { Portal } from './contract/portal.js';
import { getPortal } from './operations.js';
import { systemClock } from '../clock/clock.js';
import { scopeToSupplier } from './scope.js';
import { deadlineFetch, timedOut } from './deadline-fetch.js';

export interface RetryPolicy {
  /** How many times a failed GET is tried again. Writes are never retried blindly. */
  limit: number;
  /** Longest wait between tries, in ms. */
  backoffLimit: number;
  /** A `Retry-After` longer than this (ms) is not waited out; the error is shown instead. */
  maxRetryAfter: number;
}

export interface ClientOptions {
  apiBase: string;
  /** Returns the bearer token; `refresh` asks for a fresh one after a 401. */
  getToken: (refresh: boolean) => Promise<string>;
  /** Per-attempt timeout, in ms, for the whole response: headers and body. */
  timeout: number;
  retry: RetryPolicy;
  /** The portal's clock (ms since the epoch), by which a `Retry-After` date is read; the real time by default. */
  now?: () => number;
}

type In<S> = S extends z.ZodMiniType ? z.input<S> : never;
type Out<E extends Endpoint> = E['response'] extends z.ZodMiniType
  ? z.output<E['response']>
  : Response;

export interface CallOptions<E extends Endpoint> {
  params?: Record<string, string>;
  query?: In<E['query']>;
  body?: In<E['body']>;
  signal?: AbortSignal | undefined;
  /** Required by the contract for idempotent writes; reuse it when retrying the same change. */
  idempotencyKey?: string;
  /** When set, records of any other supplier are dropped (see `scopeToSupplier`). */
  supplierId?: string | undefined;
  /**
   * The active portal. With `supplierId`, a token is first checked to speak for this portal
   * and supplier before a write is sent with it, and after any token refresh.
   */
  portalId?: string | undefined;
}

export interface ApiClient {
  call<E extends Endpoint>(
    endpoint: E | LazyEndpoint<E>,
    options?: CallOptions<E>,
  ): Promise<Out<E>>;
}

type Validation = typeof Parse;
let validation: Promise<Validation> | undefined;

/**
 * The parsing half of the client, with zod, in a chunk of its own: loaded with the first
 * call's schemas, while the request is prepared. A load that fails is tried again next call.
 */
function loadValidation(): Promise<Validation> {
  return (validation ??= import('./parse.js').catch((error: unknown) => {
    validation = undefined;
    throw error;
  }));
}

/** An operation with its schemas, loading them first when it is a lazy one. */
interface Resolved<E extends Endpoint> {
  endpoint: E;
  parse: Validation;
}

async function resolve<E extends Endpoint>(endpoint: E | LazyEndpoint<E>): Promise<Resolved<E>> {
  try {
    const [resolved, parse] = await Promise.all([
      'load' in endpoint ? endpoint.load() : endpoint,
      loadValidation(),
    ]);
    return { endpoint: resolved, parse };
  } catch (error) {
    throw new ApiError('network', { code: 'chunk_failed', message: messageOf(error) });
  }
}

/** The longest a host may set a timeout or an automatic wait to, in ms. */
const MAX_TIMEOUT = 300_000;
const MAX_AUTOMATIC_WAIT = 60_000;

export function createApiClient({ now = systemClock.now, ...rest }: ClientOptions): ApiClient {
  // A host's settings are bounded too: ky refuses a timeout past 2^31 ms, and a wait of
  // days would leave a widget loading for days.
  const options = {
    ...rest,
    now,
    timeout: within(rest.timeout, 1, MAX_TIMEOUT, 15_000),
    retry: {
      limit: within(rest.retry.limit, 0, 5, 0),
      backoffLimit: within(rest.retry.backoffLimit, 0, MAX_AUTOMATIC_WAIT, 0),
      maxRetryAfter: within(rest.retry.maxRetryAfter, 0, MAX_AUTOMATIC_WAIT, 0),
    },
  };
  // ky 1.11 rather than 2 or a later 1.x: 1.9 KB less gzipped than ky 1.14, which the size
  // budgets need. ky makes the requests; the retries are ours (below), so that every wait
  // is one `parseRetryAfter` read by the portal clock and bounded, which no ky version does.
  const http: KyInstance = ky.create({
    prefixUrl: options.apiBase,
    // The timeout is the fetch's own, so that it covers the body as well as the headers.
    timeout: false,
    fetch: deadlineFetch({ ms: options.timeout, mode: 'whole' }),
    // A supplier's data never goes into the browser's HTTP cache: it is private to one person
    // and one portal, and a cached answer cut short once can stall the next identical request.
    cache: 'no-store',
    retry: 0,
  });

  /**
   * Tries a GET again after a network failure or a 408, 429 or 5xx, as often as the policy
   * allows: after the `Retry-After` of a 429 or 503 when it sent one (a longer wait than
   * `maxRetryAfter` is not waited out: the error is shown at once, with the wait), else
   * after a backoff doubling from 300 ms. Writes are never retried blindly.
   */
  async function retried(
    method: string,
    signal: AbortSignal | undefined,
    run: () => Promise<Response>,
  ) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        const { limit, backoffLimit, maxRetryAfter } = options.retry;
        if (method !== 'GET' || attempt > limit || !(error instanceof ApiError)) throw error;
        const status = error.status ?? 0;
        if (error.kind !== 'network' && ![408, 429, 500, 502, 503, 504].includes(status))
          throw error;
        const asked = status === 429 || status === 503 ? error.retryAfter : undefined;
        if (asked !== undefined && asked * 1000 > maxRetryAfter) throw error;
        await sleep(
          asked !== undefined ? asked * 1000 : Math.min(backoffLimit, 300 * 2 ** (attempt - 1)),
          signal,
        );
      }
    }
  }

  const tokens = tokenScopes();

  async function send(
    endpoint: Endpoint,
    call: CallOptions<Endpoint>,
    token: string,
    parse: Validation,
  ) {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
    };
    if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;
    const body = endpoint.body ? parse.parseInput(endpoint.body, call.body ?? {}) : undefined;
    return retried(endpoint.method, call.signal, async () => {
      try {
        return await http(pathOf(endpoint, call.params), {
          method: endpoint.method,
          headers,
          searchParams: queryOf(endpoint, call.query, parse),
          json: body,
          signal: call.signal,
          // A streamed export may take minutes; it only must not stall.
          ...(endpoint.response === 'csv'
            ? { fetch: deadlineFetch({ ms: options.timeout, mode: 'idle' }) }
            : {}),
        });
      } catch (error) {
        throw await failureOf(error, call.signal, options.now());
      }
    });
  }

  /**
   * A token may belong to another portal than the one a widget shows: an auth provider
   * that answers a refresh with the wrong organisation's token, say. Write replies cannot
   * always be told apart, so before a write (or after a refresh) the token is first asked
   * whose portal it opens, once per token.
   */
  async function confirm(token: string, call: CallOptions<Endpoint>): Promise<void> {
    const { portalId, supplierId } = call;
    if (!portalId || !supplierId || tokens.speaksFor(token, portalId, supplierId)) return;
    const { endpoint, parse } = await resolve(getPortal);
    const response = await send(endpoint, { signal: call.signal }, token, parse);
    const portal = await read(endpoint, response, { signal: call.signal }, parse);
    tokens.remember(token, portal);
    if (!tokens.speaksFor(token, portalId, supplierId)) {
      throw new ApiError('wrong-portal', {
        code: 'portal_mismatch',
        message: 'The session now opens another portal than the one shown',
      });
    }
  }

  async function attempt<E extends Endpoint>(
    resolving: Promise<Resolved<E>>,
    call: CallOptions<E>,
    refresh: boolean,
  ) {
    let token: string;
    try {
      token = await options.getToken(refresh);
    } catch (error) {
      throw new ApiError('unauthorized', { code: 'no_token', message: messageOf(error) });
    }
    const { endpoint, parse } = await resolving;
    if (refresh || endpoint.method !== 'GET') await confirm(token, call);
    return { token, response: await send(endpoint, call, token, parse) };
  }

  return {
    async call<E extends Endpoint>(
      operation: E | LazyEndpoint<E>,
      call: CallOptions<E> = {},
    ): Promise<Out<E>> {
      // The schemas load while the token is fetched; neither waits for the other.
      const resolving = resolve(operation);
      resolving.catch(() => undefined);
      let answer: { token: string; response: Response };
      try {
        answer = await attempt(resolving, call, false);
      } catch (error) {
        if (!(error instanceof ApiError && error.kind === 'unauthorized')) throw error;
        // One refresh and one retry; a second 401 means the session is really over.
        answer = await attempt(resolving, call, true);
      }
      const { endpoint, parse } = await resolving;
      if (endpoint.response === 'csv') return answer.response as Out<E>;
      const data = await read(endpoint, answer.response, call, parse, limitOf(call.query));
      if ((endpoint as Endpoint) === (await getPortal.load()))
        tokens.remember(answer.token, data as Portal);
      return (call.supplierId ? scopeToSupplier(data, call.supplierId) : data) as Out<E>;
    },
  };
}

async function read<E extends Endpoint>(
  endpoint: E,
  response: Response,
  call: Pick<CallOptions<E>, 'signal'>,
  parse: Validation,
  limit?: number,
): Promise<Out<E>> {
  const body = await readJson(response, call.signal);
  // A page holds what was asked for and no more, cut before it is parsed.
  if (limit !== undefined && isRecord(body) && Array.isArray(body.items)) {
    if (body.items.length > limit) body.items.length = limit;
  }
  return parse.parseWith(endpoint.response as z.ZodMiniType, body) as Out<E>;
}

function limitOf(query: unknown): number | undefined {
  const limit = isRecord(query) ? query.limit : undefined;
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which portal and supplier each recent token was seen to open. */
function tokenScopes() {
  const seen = new Map<string, string>();
  const scopeOf = (portalId: string, supplierId: string) => `${portalId}\u0000${supplierId}`;
  return {
    remember(token: string, portal: { portalId: string; supplierId: string }): void {
      seen.delete(token);
      seen.set(token, scopeOf(portal.portalId, portal.supplierId));
      // Tokens rotate every minute or so; a handful covers every portal a person switches to.
      for (const old of seen.keys()) if (seen.size > 8) seen.delete(old);
    },
    speaksFor(token: string, portalId: string, supplierId: string): boolean {
      return seen.get(token) === scopeOf(portalId, supplierId);
    },
  };
}

function pathOf(endpoint: Endpoint, params: Record<string, string> = {}): string {
  return endpoint.path
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`Missing path parameter "${name}"`);
      return encodeURIComponent(value);
    })
    .replace(/^\//, '');
}

function queryOf(
  endpoint: Endpoint,
  query: unknown,
  parse: Validation,
): Record<string, string> | undefined {
  if (!endpoint.query || query === undefined) return undefined;
  const parsed = parse.parseInput(endpoint.query, query) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
}

async function readJson(response: Response, signal: AbortSignal | undefined): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError('invalid-response', {
      status: response.status,
      code: 'not_json',
      message: `Expected JSON, got "${type || 'no content type'}"`,
    });
  }
  try {
    return await response.json();
  } catch (error) {
    if (signal?.aborted) throw abortError();
    if (timedOut(response))
      throw new ApiError('timeout', { message: 'The response took too long to arrive' });
    throw new ApiError('invalid-response', {
      status: response.status,
      code: 'bad_json',
      message: messageOf(error),
    });
  }
}

/** What a failed call threw, as an ApiError where it is one (an abort stays an abort). */
async function failureOf(
  error: unknown,
  signal: AbortSignal | undefined,
  now: number,
): Promise<unknown> {
  if (signal?.aborted) return abortError();
  if (error instanceof ApiError) return error;
  if (error instanceof TimeoutError)
    return new ApiError('timeout', { message: 'The request timed out' });
  if (error instanceof HTTPError) {
    const status = error.response.status;
    const body: unknown = await error.response.json().catch(() => undefined);
    // Details are only nice to have: without the schemas' chunk, the status still speaks.
    const detail = await loadValidation()
      .then((parse) => parse.errorDetail(body))
      .catch(() => undefined);
    return new ApiError(kindForStatus(status), {
      status,
      code: detail?.code,
      message: detail?.message ?? `HTTP ${status}`,
      fieldErrors: detail?.fieldErrors,
      retryAfter: parseRetryAfter(error.response.headers.get('Retry-After'), now),
    });
  }
  if (error instanceof TypeError) {
    return new ApiError('network', { message: messageOf(error) });
  }
  return error;
}

/** Waits `ms`, or less when the signal aborts (the next try then sees the abort). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** `value` within `min…max`, or `fallback` when it is not a number at all. */
function within(value: number, min: number, max: number, fallback: number): number {
  return Number.isNaN(value) || typeof value !== 'number'
    ? fallback
    : Math.min(max, Math.max(min, value));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
