import type { ReactiveElement } from 'lit';
import type { Portal, PortalStatus } from '../../src/api/contract/portal.js';
import { setPortalStatus } from '../../src/api/operations.js';
import type { ApiError } from '../../src/api/errors.js';
import * as cacheKeys from '../../src/api/keys.js';
import type { DataController } from '../../src/controllers/data.js';
import { WriteController } from '../../src/controllers/write.js';

interface Change {
  paused: boolean;
  reason: string | null;
  portalId: string;
}

const RETRYABLE = new Set(['timeout', 'network', 'server', 'rate-limited']);

/**
 * Sends a confirmed pause or resume through the write controller: shown at once in the
 * shared portal cache (every widget on the page sees it), sent as `PUT /v1/portal/status`
 * with one Idempotency-Key per change, and on failure the server's state is put back and
 * asked for again. A result that arrives after a portal switch is dropped: it belongs to
 * the other portal, and the change is sent again, with its key, when that portal is back.
 */
export class PauseFlow {
  /** The last failure, and whether trying the same change again may help. */
  failure: { error: ApiError; paused: boolean; retryable: boolean } | undefined;
  #failed: Change | undefined;
  /** A change cut off by a portal switch (or a removal) before its answer: it may have landed. */
  #unsettled: Change | undefined;
  #host: ReactiveElement;
  #data: DataController<Portal, undefined>;
  #write: WriteController<Change, Pick<Portal, 'status'>>;

  constructor(host: ReactiveElement, data: DataController<Portal, undefined>) {
    this.#host = host;
    this.#data = data;
    this.#write = new WriteController(host, data, {
      idempotent: true,
      send: (client, { paused, reason }, { signal, idempotencyKey }) =>
        client.call(setPortalStatus, { body: { paused, reason }, idempotencyKey, signal }),
      optimistic: (change) => {
        const previous = this.#data.portal?.status;
        this.#apply(change.portalId, (current) => ({
          ...current,
          status: change.paused
            ? {
                state: 'paused',
                pausedAt: new Date(this.#data.now()).toISOString(),
                pausedBy: null,
                reason: change.reason,
                capId: null,
              }
            : { state: 'active', pausedAt: null, pausedBy: null, reason: null, capId: null },
        }));
        return () =>
          previous && this.#apply(change.portalId, (current) => ({ ...current, status: previous }));
      },
      commit: (result, change) =>
        this.#apply(change.portalId, (current) => ({ ...current, ...result })),
      // A failure may come after the change landed (a timeout): ask the server.
      refreshes: (_change, result) => (result ? [] : [cacheKeys.portal]),
    });
  }

  /** The change being sent, if any. */
  get sending(): { paused: boolean } | undefined {
    return this.#write.pending;
  }

  /** Forgets a failed change (a portal switch, or another change asked for). */
  reset(): void {
    this.failure = this.#failed = undefined;
  }

  /** Sends the change; resolves with the new status, or undefined when it did not happen. */
  async send(paused: boolean, reason: string | null): Promise<PortalStatus | undefined> {
    const portal = this.#data.portal;
    if (this.#write.busy || !portal) return undefined;
    const change = { paused, reason, portalId: portal.portalId };
    this.#unsettled = undefined;
    this.failure = this.#failed = undefined;
    const outcome = await this.#write.run(change);
    if (outcome.status === 'done') return outcome.value.status;
    if (outcome.status === 'aborted') this.#unsettled = change;
    if (outcome.status === 'failed') {
      this.#failed = change;
      const { error } = outcome;
      this.failure = { error, paused, retryable: RETRYABLE.has(error.kind) };
      this.#host.requestUpdate();
    }
    return undefined;
  }

  /**
   * For a portal that is active again: sends a change it cut off once more (the same
   * key, so it is made at most once), then asks the server for its state, since a
   * replayed answer may be older than a change made meanwhile.
   */
  async settle(portalId: string): Promise<PortalStatus | undefined> {
    const unsettled = this.#unsettled;
    if (!unsettled || unsettled.portalId !== portalId || this.#write.busy) return undefined;
    const status = await this.send(unsettled.paused, unsettled.reason);
    if (status) await this.#data.refresh(cacheKeys.portal);
    return status;
  }

  /** Sends the failed change again, with its key. */
  retry(): Promise<PortalStatus | undefined> {
    const failed = this.#failed;
    return failed ? this.send(failed.paused, failed.reason) : Promise.resolve(undefined);
  }

  #apply(portalId: string, change: (portal: Portal) => Portal): void {
    this.#data.updatePortal((current) =>
      current.portalId === portalId ? change(current) : current,
    );
  }
}
