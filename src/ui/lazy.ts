import type { ReactiveController, ReactiveElement } from 'lit';
import { ApiError } from '../api/errors.js';

// Safari has no requestIdleCallback: a short timer stands in for "after the first screen".
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 500);
  return () => clearTimeout(id);
};

/**
 * A part of a widget that only an interaction needs (an editor, a dialog, an export), in a
 * chunk of its own loaded with `import()` on first use. It is fetched ahead when the browser
 * is idle, and when a person points at or focuses the control that needs it, so using it
 * shows no delay. A part that fails to load (offline, a CSP block) rejects with a `network`
 * ApiError, never an uncaught error, and the next use tries again.
 */
export class LazyPart<M> implements ReactiveController {
  /** The part's module, once loaded. */
  module: M | undefined;
  /** Why the last load failed, until the next try. */
  error: ApiError | undefined;

  #host: ReactiveElement;
  #load: () => Promise<M>;
  #pending: Promise<M> | undefined;
  #cancelIdle: (() => void) | undefined;

  constructor(host: ReactiveElement, load: () => Promise<M>) {
    this.#host = host;
    this.#load = load;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  /** Fetches the part once the browser is idle, unless it is loaded or on its way. */
  prefetchWhenIdle(): void {
    if (this.module || this.#pending || this.#cancelIdle || this.error) return;
    this.#cancelIdle = whenIdle(() => {
      this.#cancelIdle = undefined;
      this.prefetch();
    });
  }

  /** Fetches the part now; a failure waits for the use that needs it. For hover and focus. */
  readonly prefetch = (): void => {
    if (!this.module && !this.error) this.load().catch(() => undefined);
  };

  /**
   * The module, for the use that needs it: loaded now if need be, or `undefined` when it
   * did not load (`error` says why, and the host renders again to show it).
   */
  async get(): Promise<M | undefined> {
    return this.module ?? this.load().catch(() => undefined);
  }

  load(): Promise<M> {
    if (this.module) return Promise.resolve(this.module);
    this.error = undefined;
    return (this.#pending ??= this.#load().then(
      (module) => {
        this.module = module;
        this.#pending = undefined;
        // A host that shows a placeholder for the part shows the part now.
        this.#host.requestUpdate();
        return module;
      },
      (cause: unknown) => {
        this.#pending = undefined;
        this.error = new ApiError('network', {
          code: 'part_load_failed',
          message: `A part of the widget did not load: ${String(cause)}`,
        });
        this.#host.requestUpdate();
        throw this.error;
      },
    ));
  }
}
