import type { ReactiveController, ReactiveElement } from 'lit';
import type { LeadStatus } from '../api/contract/ingestion.js';
import type { PortalLink } from './link.js';

/** The leads a report points to: what an ingestion log in the same portal then lists. */
export interface LogFilter {
  from: string;
  to: string;
  status?: LeadStatus | undefined;
  reason?: string | undefined;
  campaignId?: string | undefined;
}

/**
 * A portal's drill-down channel: the intake report sends a filter, and every ingestion log
 * of the same portal (the same runtime) applies it. Widgets of another portal never hear it.
 */
export class DrillDown {
  #listeners = new Set<(filter: LogFilter) => void>();

  listen(listener: (filter: LogFilter) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Sends the filter; returns how many widgets took it. */
  send(filter: LogFilter): number {
    for (const listener of [...this.#listeners]) listener(filter);
    return this.#listeners.size;
  }
}

/** Keeps a widget listening on its current portal's channel while it is connected. */
export class DrillDownListener implements ReactiveController {
  #link: PortalLink;
  #apply: (filter: LogFilter) => void;
  #stop: (() => void) | undefined;
  #unwatch: (() => void) | undefined;

  constructor(host: ReactiveElement, link: PortalLink, apply: (filter: LogFilter) => void) {
    this.#link = link;
    this.#apply = apply;
    host.addController(this);
  }

  hostConnected(): void {
    this.#listen();
    this.#unwatch = this.#link.onChange(() => this.#listen());
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#unwatch?.();
    this.#stop = this.#unwatch = undefined;
  }

  #listen(): void {
    this.#stop?.();
    this.#stop = this.#link.runtime?.drillDown.listen(this.#apply);
  }
}
