import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { portalContext } from './context.js';
import { globalPortalRuntime, type PortalRuntime, type RuntimeChange } from './runtime.js';

let contextRoot: ContextRoot | undefined;

/**
 * Finds the runtime a widget belongs to: the nearest `ld-portal`, else the global one.
 * An `ld-portal` upgraded after the widget still claims it, through a `ContextRoot`.
 */
export class PortalLink implements ReactiveController {
  runtime: PortalRuntime | undefined;
  #host: ReactiveElement;
  #release: (() => void) | undefined;
  #unsubscribe: (() => void) | undefined;
  #listeners = new Set<(change: RuntimeChange) => void>();
  /** Whether a provider answered since this connect; a moved widget may have left its portal. */
  #answered = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
    // The consumer goes first so a provider above has answered before hostConnected below.
    new ContextConsumer(host, {
      context: portalContext,
      subscribe: true,
      callback: (runtime) => {
        this.#answered = true;
        this.#use(runtime);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (!contextRoot) {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
    if (!this.#answered) this.#use(globalPortalRuntime());
  }

  hostDisconnected(): void {
    this.#answered = false;
    this.#detach();
  }

  #detach(): void {
    this.#release?.();
    this.#unsubscribe?.();
    this.#release = this.#unsubscribe = undefined;
  }

  /** Called on every config or scope change, including a move to another runtime. */
  onChange(listener: (change: RuntimeChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #use(runtime: PortalRuntime): void {
    if (runtime === this.runtime && this.#release) return;
    const moved = runtime !== this.runtime;
    this.#detach();
    this.runtime = runtime;
    this.#release = runtime.retain();
    this.#unsubscribe = runtime.subscribe((change) => this.#notify(change));
    if (moved) this.#notify('scope');
  }

  #notify(change: RuntimeChange): void {
    this.#host.requestUpdate();
    for (const listener of [...this.#listeners]) listener(change);
  }
}
