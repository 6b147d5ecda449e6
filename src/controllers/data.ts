import type { ReactiveController, ReactiveElement } from 'lit';
import { ApiError, isAbortError, toApiError } from '../api/errors.js';
import * as cacheKeys from '../api/keys.js';
import type { CacheKey } from '../api/keys.js';
import type { Portal } from '../api/contract/portal.js';
import type { PortalChoice } from '../auth/types.js';
import { systemClock } from '../clock/clock.js';
import { Deadline } from '../clock/deadline.js';
import { emit } from '../events.js';
import type { PortalLink } from '../portal/link.js';
import { RefreshTimer } from './refresh-timer.js';
import type { LoadOptions } from '../portal/cache.js';
import type { PortalRuntime, ScopedClient, ScopedFetcher } from '../portal/runtime.js';

/** A read-only resource of the active portal, as widgets ask for it. */
export interface Resource<T, P> {
  /** Cache key (see `cacheKeys`); equal keys share one request and one value across widgets. */
  key(params: P): CacheKey<T>;
  load(client: ScopedClient, params: P, portal: Portal, signal: AbortSignal): Promise<T>;
  /**
   * The instant (ms) by the portal's clock at which a loaded value stops being true (a cap
   * window resets): the value is loaded again then, with the portal, once per instant.
   */
  staleAt?(value: T): number | undefined;
}

/** What parts of a widget need to read beside its main data: see `DataController.read()`. */
export interface DataReader {
  read<R>(key: CacheKey<R>, fetcher: ScopedFetcher<R>, options?: ReadOptions): Promise<R>;
}

export interface ReadOptions extends Omit<LoadOptions, 'maxAge'> {
  /** A background read (live refresh): a failure is not an `ld-error`. */
  quiet?: boolean;
}

/** Every state a widget's data can be in; widgets expose it as `:state(…)`. */
export const DATA_STATES = [
  'loading',
  'ready',
  'error',
  'forbidden',
  'signed-out',
  'choose-portal',
  'unconfigured',
] as const;

export type DataStatus = (typeof DATA_STATES)[number];

export interface DataOptions<T, P> {
  resource: Resource<T, P>;
  params?: () => P;
  /** Seconds between quiet reloads while the page is visible; 0 turns it off. */
  refreshInterval?: () => number;
  /** Told every status, for the host to show it (a widget's `:state()`). */
  onStatus?: (status: DataStatus) => void;
  /**
   * New params (a filter) keep what is on screen, marked `pending`, until their data comes,
   * instead of a skeleton: the layout does not jump. A new scope always starts afresh.
   */
  keepWhileLoading?: boolean;
}

/**
 * The one way widgets get data. It follows the widget's portal runtime (auth, portal
 * scope, cache and de-duplication), aborts on disconnect, and never shows data from a
 * scope that is no longer active.
 */
export class DataController<T, P = undefined> implements ReactiveController, DataReader {
  status: DataStatus = 'loading';
  value: T | undefined;
  portal: Portal | undefined;
  error: ApiError | undefined;
  /** The person's portals, in the `choose-portal` state. */
  portals: PortalChoice[] | undefined;

  #host: ReactiveElement;
  #link: PortalLink;
  #options: DataOptions<T, P>;
  #abort: AbortController | undefined;
  /** Lives from connect to disconnect: writes must survive reloads, but not removal. */
  #connection = new AbortController();
  #seq = 0;
  #key: CacheKey<T> | undefined;
  #epoch = -1;
  #runtime: PortalRuntime | undefined;
  #offLink: (() => void) | undefined;
  #unwatch: (() => void)[] = [];
  #refresh = new RefreshTimer(() => this.status === 'ready' && this.reload({ quiet: true }));
  /** The instant the value on screen stops being true, once reloaded for. */
  #staleAt = new Deadline((at) => {
    this.#reloadedFor = at;
    if (this.status === 'ready') this.reload({ quiet: true });
  });
  #reloadedFor: number | undefined;
  /** The instant a `Retry-After` named: the read is tried again then, by itself. */
  #retryAt = new Deadline(() => this.status === 'error' && this.reload());
  /** Automatic retries since the last success: a service that keeps refusing is left to the person. */
  #retries = 0;
  /** Whether the failure on show is tried again by itself (after its wait, or back online). */
  autoRetry = false;
  /** New params are loading while the old value stays on screen (`keepWhileLoading`). */
  pending = false;
  /** Back online: a read that failed for the connection is tried again. */
  #onOnline = () => this.status === 'error' && this.error?.retryable && this.reload();
  /** Back to the tab: access asked for meanwhile may have been granted. */
  #onVisible = () =>
    document.visibilityState === 'visible' && this.status === 'forbidden' && this.reload();

  constructor(host: ReactiveElement, link: PortalLink, options: DataOptions<T, P>) {
    this.#host = host;
    this.#link = link;
    this.#options = options;
    host.addController(this);
  }

  get runtime(): PortalRuntime | undefined {
    return this.#link.runtime;
  }

  /** Now by the portal's clock, in ms since the epoch. */
  now(): number {
    return (this.runtime?.config.clock ?? systemClock).now();
  }

  hostConnected(): void {
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    this.#offLink = this.#link.onChange((change) => change === 'scope' && this.#start());
    addEventListener('online', this.#onOnline);
    document.addEventListener('visibilitychange', this.#onVisible);
    this.#start();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#connection.abort();
    this.#offLink?.();
    this.#stopWatching();
    this.#refresh.set(0);
    this.#staleAt.clear();
    this.#retryAt.clear();
    removeEventListener('online', this.#onOnline);
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#runtime?.faults.set(this, undefined);
  }

  /**
   * Whether this widget's failure is one several widgets share: the portal shows it once,
   * with one retry, and the widget only points to it.
   */
  get sharedFault(): boolean {
    return this.status === 'error' && !!this.#runtime?.faults.isShared(this.error);
  }

  hostUpdate(): void {
    if (this.#runtime && this.#options.resource.key(this.#params()) !== this.#key) this.#start();
    this.#refresh.set(this.#options.refreshInterval?.() ?? 0);
  }

  /** Loads again. `quiet` keeps the current data on screen until the new data arrives. */
  reload({ quiet = false } = {}): void {
    this.#start({ force: true, quiet });
  }

  /** Runs a write for the active portal; it is aborted on disconnect or portal switch. */
  send<R>(
    fetcher: (client: ScopedClient, portal: Portal, signal: AbortSignal) => Promise<R>,
  ): Promise<R> {
    const runtime = this.runtime;
    if (!runtime) return Promise.reject(new ApiError('unauthorized', { code: 'unconfigured' }));
    return runtime.send(fetcher, this.#connection.signal).catch((error: unknown) => {
      this.#reportExpiry(runtime, error);
      throw error;
    });
  }

  /** Applies a confirmed change to the shared cache, so every widget sees it at once. */
  update(change: (value: T) => T): void {
    if (this.#key) this.runtime?.cache.update(this.#key, change);
  }

  updatePortal(change: (portal: Portal) => Portal): void {
    this.runtime?.cache.update(cacheKeys.portal, change);
  }

  /**
   * A read beside the main one (a further page, a lead's detail) in the same scope, cached
   * and shared under `key`, and reported like the main one: `ld-error`, and `ld-auth-expired`
   * once (`quiet`, for a background check: only the latter). It rejects with an ApiError (or
   * an abort); the widget's `status` stays as it is.
   */
  async read<R>(
    key: CacheKey<R>,
    fetcher: ScopedFetcher<R>,
    options: ReadOptions = {},
  ): Promise<R> {
    const runtime = this.runtime;
    if (!runtime) throw new ApiError('unauthorized', { code: 'unconfigured' });
    const { quiet = false, ...load } = options;
    try {
      return await runtime.load(key, fetcher, load);
    } catch (error) {
      if (isAbortError(error)) throw error;
      const apiError = toApiError(error);
      if (quiet) this.#reportExpiry(runtime, apiError);
      else this.#report(runtime, apiError);
      throw apiError;
    }
  }

  /**
   * Fetches a cache entry again for every widget that shows it, after a write changed it on
   * the server. Only the portal record is refreshed so today; failures are left to the
   * widgets that show it, on their next load.
   */
  async refresh(key: CacheKey<unknown>): Promise<void> {
    if (key === cacheKeys.portal)
      await this.runtime?.portal({ force: true }).catch(() => undefined);
  }

  /**
   * The person asked to sign in again (a 401's action): tells the host with a cancelable
   * `ld-auth-expired` (`requested: true`), and unless it takes over, opens the auth
   * provider's own sign-in where it has one (Clerk's).
   */
  signIn(): void {
    requestSignIn(this.#host, this.runtime);
  }

  /** Activates one of the person's portals, from the choose-a-portal state. */
  async selectPortal(portalId: string): Promise<void> {
    const runtime = this.runtime;
    try {
      await runtime?.config.auth?.selectPortal(portalId);
    } catch (error) {
      // Clerk's setActive can fail (offline, revoked membership): say so, with a retry.
      if (runtime)
        this.#fail(
          runtime,
          new ApiError('network', { code: 'select_failed', message: String(error) }),
          false,
        );
    }
  }

  #params(): P {
    return (this.#options.params?.() ?? undefined) as P;
  }

  async #start({ force = false, quiet = false } = {}): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const seq = ++this.#seq;
    const runtime = this.runtime;
    if (!runtime) return;
    const params = this.#params();
    const key = this.#options.resource.key(params);
    if (runtime !== this.#runtime || runtime.epoch !== this.#epoch) {
      // A new scope: nothing of the old portal may stay on screen, even for a frame.
      this.#runtime?.faults.set(this, undefined);
      this.#runtime = runtime;
      this.#epoch = runtime.epoch;
      this.value = this.portal = this.error = this.portals = undefined;
      this.pending = false;
      this.#staleAt.clear();
      this.#reloadedFor = undefined;
      quiet = false;
    }
    const keep =
      !!this.#options.keepWhileLoading &&
      key !== this.#key &&
      this.status === 'ready' &&
      this.value !== undefined &&
      !quiet;
    if (key !== this.#key || this.#unwatch.length === 0) this.#watch(runtime, key);
    this.#key = key;

    const auth = runtime.authState;
    if (auth.status === 'unconfigured') this.#warnIfStillUnconfigured();
    if (auth.status !== 'active') {
      this.#set(
        auth.status === 'no-portal'
          ? 'choose-portal'
          : auth.status === 'unconfigured'
            ? 'unconfigured'
            : auth.status,
      );
      if (auth.status === 'no-portal') this.#loadPortals(runtime, seq);
      return;
    }
    if (keep) {
      this.pending = true;
      this.#host.requestUpdate();
    } else if (!quiet) this.#set('loading');
    try {
      const portal = await runtime.portal({ signal: abort.signal, force });
      if (seq !== this.#seq) return;
      const value: T = await runtime.load(
        key,
        (client, current, signal) => this.#options.resource.load(client, params, current, signal),
        { signal: abort.signal, force },
      );
      if (seq !== this.#seq) return;
      this.portal = portal;
      this.value = value;
      this.error = undefined;
      this.pending = false;
      this.#retries = 0;
      this.#followStaleness(runtime);
      this.#set('ready');
    } catch (error) {
      if (seq !== this.#seq || isAbortError(error)) return;
      // What was kept on screen belonged to the old params: the failure is shown instead.
      if (this.pending) this.status = 'loading';
      this.pending = false;
      this.#fail(runtime, error, quiet);
    }
  }

  #fail(runtime: PortalRuntime, error: unknown, quiet: boolean): void {
    const apiError = toApiError(error);
    this.error = apiError;
    if (quiet && this.status === 'ready') {
      this.#reportExpiry(runtime, apiError);
      this.#host.requestUpdate();
      return;
    }
    this.#report(runtime, apiError);
    this.#set(apiError.kind === 'forbidden' ? 'forbidden' : 'error');
    if (this.status !== 'error') return;
    runtime.faults.set(this, { widget: this.#host, error: apiError, retry: () => this.reload() });
    const wait = apiError.retryable ? apiError.retryAfter : undefined;
    this.autoRetry = apiError.kind === 'network';
    if (wait !== undefined && this.#retries < MAX_AUTOMATIC_RETRIES) {
      this.autoRetry = true;
      this.#retries += 1;
      // At least a second: a `Retry-After: 0` must not become a loop.
      this.#retryAt.set(
        runtime.config.clock.now() + Math.max(1, wait) * 1000,
        runtime.config.clock,
      );
    }
  }

  /** Tells the host of a failed read: `ld-error`, and a dead session once. */
  #report(runtime: PortalRuntime, apiError: ApiError): void {
    this.#reportExpiry(runtime, apiError);
    emit(this.#host, 'ld-error', {
      kind: apiError.kind,
      status: apiError.status,
      code: apiError.code,
      message: apiError.message,
    });
  }

  /** A session that stayed dead after a token refresh is told to the host once, reads or writes. */
  #reportExpiry(runtime: PortalRuntime, error: unknown): void {
    if (
      !(error instanceof ApiError && error.kind === 'unauthorized') ||
      !runtime.claimAuthExpired()
    )
      return;
    const auth = runtime.authState;
    emit(this.#host, 'ld-auth-expired', {
      portalId: auth.status === 'active' ? auth.portalId : undefined,
      requested: false,
    });
  }

  async #loadPortals(runtime: PortalRuntime, seq: number): Promise<void> {
    let portals: PortalChoice[] = [];
    try {
      portals = (await runtime.config.auth?.listPortals()) ?? [];
    } catch {
      // An empty list still tells the person what to do next.
    }
    if (seq !== this.#seq) return;
    this.portals = portals;
    this.#host.requestUpdate();
  }

  /** Follows writes and loads by other widgets of the same scope, with no fetch of our own. */
  #watch(runtime: PortalRuntime, key: CacheKey<T>): void {
    this.#stopWatching();
    const sync = () => {
      if (this.status !== 'ready') return;
      this.portal = runtime.cache.get(cacheKeys.portal) ?? this.portal;
      this.value = runtime.cache.get(key) ?? this.value;
      this.#followStaleness(runtime);
      this.#host.requestUpdate();
    };
    this.#unwatch = [
      runtime.cache.watch(cacheKeys.portal, sync),
      runtime.cache.watch(key, sync),
      // Another widget's failure can make this one's shared, or no longer.
      runtime.faults.watch(() => this.status === 'error' && this.#host.requestUpdate()),
    ];
  }

  /**
   * Loads again when the value stops being true by the portal's clock. A server that still
   * answers with the passed instant is not asked again for it, so there is no loop.
   */
  #followStaleness(runtime: PortalRuntime): void {
    const at = this.value === undefined ? undefined : this.#options.resource.staleAt?.(this.value);
    if (at === undefined || at === this.#reloadedFor || !this.#host.isConnected)
      return this.#staleAt.clear();
    this.#staleAt.set(at, runtime.config.clock);
  }

  #stopWatching(): void {
    for (const unwatch of this.#unwatch) unwatch();
    this.#unwatch = [];
  }

  /**
   * A host often sets auth just after the widget connects (a framework binding, a script
   * that runs next), so the warning waits a moment and speaks only if nothing came.
   */
  #warnIfStillUnconfigured(): void {
    setTimeout(() => {
      if (this.#host.isConnected && this.status === 'unconfigured')
        warnUnconfigured(this.#host.localName);
    }, UNCONFIGURED_GRACE);
  }

  #set(status: DataStatus): void {
    if (status !== 'error') {
      this.#retryAt.clear();
      this.#runtime?.faults.set(this, undefined);
    }
    this.status = status;
    this.#options.onStatus?.(status);
    this.#host.requestUpdate();
  }
}

/**
 * The person asked to sign in again: a cancelable `ld-auth-expired` (`requested: true`)
 * from `host`, then the auth provider's own sign-in (Clerk's) unless the host took over.
 */
export function requestSignIn(host: EventTarget, runtime: PortalRuntime | undefined): void {
  const auth = runtime?.config.auth;
  const state = auth?.state;
  const proceed = emit(
    host,
    'ld-auth-expired',
    { portalId: state?.status === 'active' ? state.portalId : undefined, requested: true },
    { cancelable: true },
  );
  if (proceed) void auth?.signIn?.();
}

const UNCONFIGURED_GRACE = 1000;
const MAX_AUTOMATIC_RETRIES = 5;
const unconfigured = new Set<string>();

/** Tells the page's developer, once per element type, why a widget shows no data. */
function warnUnconfigured(tag: string): void {
  if (unconfigured.has(tag)) return;
  unconfigured.add(tag);
  console.warn(
    `[ld] <${tag}> has no auth: put it in an <ld-portal> with auth set, or call configure({ auth }).`,
  );
}
