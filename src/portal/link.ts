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
  #consumer: ContextConsumer<typeof portalContext, ReactiveElement>;
  #release: (() => void) | undefined;
  #unsubscribe: (() => void) | undefined;
  #listeners = new Set<(change: RuntimeChange) => void>();

  constructor(host: ReactiveElement) {
    this.#host = host;
    // The consumer goes first so a provider above has answered before hostConnected below.
    this.#consumer = new ContextConsumer(host, {
      context: portalContext,
      subscribe: true,
      callback: (runtime) => this.#use(runtime),
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (!contextRoot) {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
    this.#use(this.#consumer.value ?? globalPortalRuntime());
  }

  hostDisconnected(): void {
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
    this.hostDisconnected();
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
