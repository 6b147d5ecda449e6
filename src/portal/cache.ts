import { abortError } from '../api/errors.js';
import type { CacheKey } from '../api/keys.js';

interface Entry {
  value?: unknown;
  loadedAt: number;
  promise?: Promise<unknown> | undefined;
  controller?: AbortController | undefined;
  waiters: number;
}

export interface LoadOptions {
  signal?: AbortSignal | undefined;
  /** A cached value older than this (ms) is fetched again. */
  maxAge?: number | undefined;
  /** Fetch again even when a value is cached (retry, refresh). */
  force?: boolean | undefined;
}

/**
 * The data cache of one portal scope. Concurrent loads of a key share one request;
 * the request is aborted only when every caller waiting on it has gone.
 */
export class ResourceCache {
  #entries = new Map<string, Entry>();
  #watchers = new Map<string, Set<() => void>>();
  #now: () => number;

  /** `now` is the portal's clock, by which cached values age. */
  constructor(now: () => number) {
    this.#now = now;
  }

  get<T>(key: CacheKey<T>): T | undefined {
    return this.#entries.get(key)?.value as T | undefined;
  }

  has(key: CacheKey<unknown>): boolean {
    return this.#entries.get(key)?.value !== undefined;
  }

  load<T>(
    key: CacheKey<T>,
    fetcher: (signal: AbortSignal) => Promise<T>,
    options: LoadOptions = {},
  ): Promise<T> {
    if (options.signal?.aborted) return Promise.reject(abortError());
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { loadedAt: 0, waiters: 0 };
      this.#entries.set(key, entry);
    }
    const { maxAge = Infinity, force = false } = options;
    if (
      !force &&
      !entry.promise &&
      entry.value !== undefined &&
      this.#now() - entry.loadedAt <= maxAge
    ) {
      return Promise.resolve(entry.value as T);
    }
    if (!entry.promise) {
      const current = entry;
      const controller = new AbortController();
      const promise: Promise<unknown> = fetcher(controller.signal).then(
        (value) => {
          if (current.promise === promise) {
            current.promise = undefined;
            this.set(key, value);
          }
          return value;
        },
        (error: unknown) => {
          if (current.promise === promise) current.promise = undefined;
          throw error;
        },
      );
      // Callers get their own promise from #wait; this one must never reject unheard.
      promise.catch(() => undefined);
      entry.promise = promise;
      entry.controller = controller;
      entry.waiters = 0;
    }
    return this.#wait(entry, options.signal) as Promise<T>;
  }

  set<T>(key: CacheKey<T>, value: T): void {
    const entry = this.#entries.get(key) ?? { loadedAt: 0, waiters: 0 };
    entry.value = value;
    entry.loadedAt = this.#now();
    this.#entries.set(key, entry);
    for (const watcher of [...(this.#watchers.get(key) ?? [])]) watcher();
  }

  /** Changes a cached value in place, as after a successful write; nothing is fetched. */
  update<T>(key: CacheKey<T>, change: (value: T) => T): void {
    const value = this.get<T>(key);
    if (value !== undefined) this.set(key, change(value));
  }

  watch(key: CacheKey<unknown>, watcher: () => void): () => void {
    let set = this.#watchers.get(key);
    if (!set) this.#watchers.set(key, (set = new Set()));
    set.add(watcher);
    return () => {
      set.delete(watcher);
      if (!set.size) this.#watchers.delete(key);
    };
  }

  /** Drops every value and aborts every request: the scope they belonged to is gone. */
  clear(): void {
    for (const entry of this.#entries.values()) {
      entry.controller?.abort();
      entry.promise = undefined;
    }
    this.#entries.clear();
  }

  #wait(entry: Entry, signal: AbortSignal | undefined): Promise<unknown> {
    const promise = entry.promise as Promise<unknown>;
    entry.waiters++;
    return new Promise((resolve, reject) => {
      let done = false;
      const leave = (): boolean => {
        if (done) return false;
        done = true;
        signal?.removeEventListener('abort', onAbort);
        entry.waiters--;
        return true;
      };
      const onAbort = () => {
        if (!leave()) return;
        if (entry.waiters === 0 && entry.promise === promise) {
          entry.controller?.abort();
          entry.promise = undefined;
        }
        reject(abortError());
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      promise.then(
        (value) => leave() && resolve(value),
        (error: unknown) => leave() && reject(error),
      );
    });
  }
}
