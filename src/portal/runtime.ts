import { createApiClient, type ApiClient, type CallOptions } from '../api/client.js';
import type { Endpoint, LazyEndpoint } from '../api/endpoint.js';
import { getPortal } from '../api/operations.js';
import { abortError, ApiError } from '../api/errors.js';
import * as cacheKeys from '../api/keys.js';
import type { CacheKey } from '../api/keys.js';
import type { Portal } from '../api/contract/portal.js';
import { sameAuthState, type AuthState } from '../auth/types.js';
import { ResourceCache, type LoadOptions } from './cache.js';
import { defaultConfig, scopeKeys, type PortalConfig } from './config.js';
import { FaultBoard } from './faults.js';
import { DrillDown } from './drill-down.js';

export type RuntimeChange = 'config' | 'scope';

/** A client whose every call is scoped to the active supplier, with its portal's clock. */
export interface ScopedClient {
  call: ApiClient['call'];
  /** Now by the portal's clock, in ms since the epoch: what "today" and presets count from. */
  now(): number;
}

export type ScopedFetcher<T> = (
  client: ScopedClient,
  portal: Portal,
  signal: AbortSignal,
) => Promise<T>;

/**
 * Everything one portal scope shares: its configuration, API client, auth subscription
 * and data cache. `ld-portal` owns one; widgets outside any `ld-portal` share the global
 * one that `configure()` sets up.
 */
export class PortalRuntime {
  #config: PortalConfig;
  #cache = new ResourceCache(() => this.#config.clock.now());
  #client: ApiClient | undefined;
  #listeners = new Set<(change: RuntimeChange) => void>();
  #users = 0;
  #unsubscribeAuth: (() => void) | undefined;
  #epoch = 0;
  /** Whether the host was told the session ended; reset by any success or a new scope. */
  #expiryReported = false;
  /** The auth state the cache was filled under, kept while nobody follows auth. */
  #scopeAuth: AuthState | undefined;

  constructor(config: Partial<PortalConfig> = {}) {
    this.#config = { ...defaultConfig, ...config };
  }

  get config(): Readonly<PortalConfig> {
    return this.#config;
  }

  /** Bumped whenever the scope changes: portal switch, sign-out, new auth or API base. */
  get epoch(): number {
    return this.#epoch;
  }

  get authState(): AuthState | { status: 'unconfigured' } {
    return this.#config.auth?.state ?? { status: 'unconfigured' };
  }

  get cache(): ResourceCache {
    return this.#cache;
  }

  /** The widgets' failed reads, to show a fault they share once. */
  readonly faults = new FaultBoard();
  /** The intake report's drill-downs, for the ingestion logs of this portal. */
  readonly drillDown = new DrillDown();

  configure(config: Partial<PortalConfig>): void {
    const before = this.#config;
    this.#config = { ...before, ...config };
    if (
      (Object.keys(config) as (keyof PortalConfig)[]).every(
        (key) => before[key] === this.#config[key],
      )
    )
      return;
    const scopeChanged = scopeKeys.some((key) => before[key] !== this.#config[key]);
    if (scopeChanged) {
      this.#client = undefined;
      if (before.auth !== this.#config.auth) {
        this.#scopeAuth = undefined;
        if (this.#users > 0) {
          this.#unsubscribeAuth?.();
          this.#subscribeAuth();
        }
      }
      this.#resetScope();
    } else {
      this.#emit('config');
    }
  }

  /** Widgets hold the runtime while connected; auth is followed only while someone holds it. */
  retain(): () => void {
    if (this.#users++ === 0) this.#subscribeAuth();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.#users === 0) {
        this.#unsubscribeAuth?.();
        this.#unsubscribeAuth = undefined;
      }
    };
  }

  subscribe(listener: (change: RuntimeChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The active portal: supplier, status, time zone, currency and permissions. */
  portal(options: LoadOptions = {}): Promise<Portal> {
    return this.#inScope(
      this.#cache.load(cacheKeys.portal, (signal) => this.#fetchPortal(signal), {
        maxAge: this.#config.maxAge,
        ...options,
      }),
    );
  }

  /**
   * Loads a resource of the active portal: the portal first (cached, shared), then
   * the resource, through a client that drops any other supplier's records.
   */
  async load<T>(
    key: CacheKey<T>,
    fetcher: ScopedFetcher<T>,
    options: LoadOptions = {},
  ): Promise<T> {
    const portal = await this.portal({ signal: options.signal });
    return this.#inScope(
      this.#cache.load(key, (signal) => fetcher(this.#scoped(portal), portal, signal), {
        maxAge: this.#config.maxAge,
        ...options,
      }),
    );
  }

  /** Runs a write in the current scope; its result is refused if the scope changed meanwhile. */
  async send<T>(fetcher: ScopedFetcher<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) throw abortError();
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const unsubscribe = this.subscribe((change) => change === 'scope' && abort());
    try {
      const portal = await this.portal({ signal: controller.signal });
      return await this.#inScope(fetcher(this.#scoped(portal), portal, controller.signal));
    } finally {
      unsubscribe();
      signal?.removeEventListener('abort', abort);
    }
  }

  /** True once per scope: the first widget to see a dead session tells the host. */
  claimAuthExpired(): boolean {
    if (this.#expiryReported) return false;
    this.#expiryReported = true;
    return true;
  }

  async #fetchPortal(signal: AbortSignal): Promise<Portal> {
    const portal = await this.#api.call(getPortal, { signal });
    const auth = this.authState;
    // Every later scoping check trusts this record, so it must be the portal we asked for.
    if (auth.status === 'active' && portal.portalId !== auth.portalId) {
      throw new ApiError('wrong-portal', {
        code: 'portal_mismatch',
        message: 'The portal API answered for another portal',
      });
    }
    return portal;
  }

  get #api(): ApiClient {
    const { auth, apiBase, timeout, retry } = this.#config;
    const now = () => this.#config.clock.now();
    return (this.#client ??= createApiClient({
      apiBase,
      timeout,
      retry,
      now,
      getToken: (refresh) =>
        auth
          ? auth.getToken({ refresh, now: now() })
          : Promise.reject(new Error('No auth provider configured')),
    }));
  }

  #scoped(portal: Portal): ScopedClient {
    const api = this.#api;
    return {
      call: <E extends Endpoint>(endpoint: E | LazyEndpoint<E>, options: CallOptions<E> = {}) =>
        api.call(endpoint, {
          ...options,
          supplierId: portal.supplierId,
          portalId: portal.portalId,
        }),
      now: () => this.#config.clock.now(),
    };
  }

  async #inScope<T>(promise: Promise<T>): Promise<T> {
    const epoch = this.#epoch;
    let value: T;
    try {
      value = await promise;
    } catch (error) {
      // Nor is its failure: an answer that arrives just after a switch fails the new
      // portal's checks (wrong-portal), but it belongs to the old one.
      if (epoch !== this.#epoch) throw abortError();
      throw error;
    }
    // A response for a scope that is gone is never handed to a widget.
    if (epoch !== this.#epoch) throw abortError();
    this.#expiryReported = false;
    return value;
  }

  #subscribeAuth(): void {
    const auth = this.#config.auth;
    if (!auth) return;
    // The portal may have switched while no widget was connected: the cache is then stale.
    if (this.#scopeAuth && !sameAuthState(this.#scopeAuth, auth.state)) this.#resetScope();
    this.#scopeAuth = auth.state;
    this.#unsubscribeAuth = auth.subscribe((state) => {
      const changed = !sameAuthState(state, this.#scopeAuth ?? state);
      this.#scopeAuth = state;
      if (changed) this.#resetScope();
    });
  }

  #resetScope(): void {
    this.#epoch++;
    this.#expiryReported = false;
    this.#cache.clear();
    this.faults.clear();
    this.#emit('scope');
  }

  #emit(change: RuntimeChange): void {
    for (const listener of [...this.#listeners]) listener(change);
  }
}

let globalRuntime: PortalRuntime | undefined;

/** The runtime of widgets outside any `ld-portal`. Created on first use, never on import. */
export function globalPortalRuntime(): PortalRuntime {
  return (globalRuntime ??= new PortalRuntime());
}

/** Sets the defaults for every widget that is not inside an `ld-portal`. */
export function configure(config: Partial<PortalConfig>): void {
  globalPortalRuntime().configure(config);
}
