import type { ReactiveElement } from 'lit';
import { setPortalStatus, type Portal, type PortalStatus } from '../../src/api/contract/portal.js';
import { ApiError, isAbortError, toApiError } from '../../src/api/errors.js';
import type { DataController } from '../../src/controllers/data.js';

interface Attempt {
  paused: boolean;
  reason: string | null;
  /** One key per confirmed change: a retry (after a timeout, say) is the same change. */
  key: string;
  portalId: string;
}

const RETRYABLE = new Set(['timeout', 'network', 'server', 'rate-limited']);

/**
 * Sends a confirmed pause or resume: shows it at once in the shared portal cache (every
 * widget on the page sees it), sends `PUT /v1/portal/status` with an Idempotency-Key,
 * and on failure puts the server's state back, keeping the key for a retry. A result
 * that arrives after a portal switch is dropped: it belongs to the other portal.
 */
export class PauseFlow {
  /** The change being sent, if any. */
  sending: { paused: boolean } | undefined;
  /** The last failure, and whether trying the same change again may help. */
  failure: { error: ApiError; paused: boolean; retryable: boolean } | undefined;
  #attempt: Attempt | undefined;
  /**
   * A change cut off by a portal switch (or a removal) before its answer: it may have
   * landed. It is sent again, with its key, when its portal is back.
   */
  #unsettled: Attempt | undefined;
  #host: ReactiveElement;
  #data: DataController<Portal, undefined>;

  constructor(host: ReactiveElement, data: DataController<Portal, undefined>) {
    this.#host = host;
    this.#data = data;
  }

  /** Forgets a failed change (a portal switch, or another change asked for). */
  reset(): void {
    this.failure = this.#attempt = undefined;
  }

  /** Sends the change; resolves with the new status, or undefined when it did not happen. */
  async send(paused: boolean, reason: string | null): Promise<PortalStatus | undefined> {
    const portal = this.#data.portal;
    if (this.sending || !portal) return undefined;
    const same = this.#attempt ?? this.#unsettled;
    const attempt =
      same && same.paused === paused && same.reason === reason && same.portalId === portal.portalId
        ? same
        : { paused, reason, key: crypto.randomUUID(), portalId: portal.portalId };
    this.#attempt = attempt;
    this.#unsettled = undefined;
    this.failure = undefined;
    this.sending = { paused };
    const previous = portal.status;
    this.#apply(attempt.portalId, (current) => ({
      ...current,
      status: paused
        ? {
            state: 'paused',
            pausedAt: new Date(this.#data.now()).toISOString(),
            pausedBy: null,
            reason,
            capId: null,
          }
        : { state: 'active', pausedAt: null, pausedBy: null, reason: null, capId: null },
    }));
    try {
      const result = await this.#data.send((client, _portal, signal) =>
        client.call(setPortalStatus, {
          body: { paused, reason },
          idempotencyKey: attempt.key,
          signal,
        }),
      );
      this.#attempt = undefined;
      this.#apply(attempt.portalId, (current) => ({ ...current, ...result }));
      return result.status;
    } catch (error) {
      if (isAbortError(error)) {
        this.#unsettled = attempt;
        return undefined;
      }
      const apiError = toApiError(error);
      this.failure = { error: apiError, paused, retryable: RETRYABLE.has(apiError.kind) };
      this.#apply(attempt.portalId, (current) => ({ ...current, status: previous }));
      // The change may have landed before the failure (a timeout): ask the server.
      void this.#data.runtime?.portal({ force: true }).catch(() => undefined);
      return undefined;
    } finally {
      this.sending = undefined;
      this.#host.requestUpdate();
    }
  }

  /**
   * For a portal that is active again: sends a change it cut off once more (the same
   * key, so it is made at most once), then asks the server for its state, since a
   * replayed answer may be older than a change made meanwhile.
   */
  async settle(portalId: string): Promise<PortalStatus | undefined> {
    const unsettled = this.#unsettled;
    if (!unsettled || unsettled.portalId !== portalId || this.sending) return undefined;
    const status = await this.send(unsettled.paused, unsettled.reason);
    if (status) await this.#data.runtime?.portal({ force: true }).catch(() => undefined);
    return status;
  }

  /** Sends the failed change again, with its key. */
  retry(): Promise<PortalStatus | undefined> {
    const attempt = this.#attempt;
    return attempt ? this.send(attempt.paused, attempt.reason) : Promise.resolve(undefined);
  }

  #apply(portalId: string, change: (portal: Portal) => Portal): void {
    this.#data.updatePortal((current) =>
      current.portalId === portalId ? change(current) : current,
    );
    this.#host.requestUpdate();
  }
}
