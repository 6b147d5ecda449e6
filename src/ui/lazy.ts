import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { ApiError } from '../api/errors.js';
import type { LocalizeController } from '../localize/localize.js';
import type { CommonStrings } from '../localize/strings.js';
import { renderFailure } from './states.js';

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
  /** Where the last use failed, and what its retry does. */
  #failedUse: { at: string; again: () => unknown } | undefined;
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

  /**
   * The module, for a use at the place `at` (a control, a row): loaded now if need be. When it
   * does not load, `renderFailure(localize, at)` shows the error there with a retry that runs
   * `again`, and that retry takes the focus: the control that had it may be gone.
   */
  async use(at: string, again: () => unknown): Promise<M | undefined> {
    this.#failedUse = undefined;
    const module = await this.get();
    if (module) return module;
    this.#failedUse = { at, again };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot
      .querySelector<HTMLElement>(`.part-failure[data-at="${CSS.escape(at)}"] [part="retry"]`)
      ?.focus();
    return undefined;
  }

  /** Whether the last use at `at` failed, and its failure shows there. */
  failed(at: string): boolean {
    return this.#failedUse?.at === at && !!this.error;
  }

  /** The failure of the last use at `at`, with its retry; nothing when there is none. */
  renderFailure(localize: LocalizeController<CommonStrings>, at: string) {
    const failed = this.#failedUse;
    const error = this.error;
    return failed && this.failed(at) && error
      ? html`<div class="part-failure" data-at=${at}>
          ${renderFailure(error, localize, () => failed.again())}
        </div>`
      : nothing;
  }

  /** Forgets a failed use (another portal, say): its message goes. */
  forget(): void {
    this.#failedUse = undefined;
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
