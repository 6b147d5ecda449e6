import type { ReactiveElement } from 'lit';
import { isAbortError, toApiError, type ApiError } from '../api/errors.js';
import type { CacheKey } from '../api/keys.js';
import type { Portal } from '../api/contract/portal.js';
import type { ScopedClient } from '../portal/runtime.js';
import type { DataController } from './data.js';

export interface WriteRequest {
  signal: AbortSignal;
  /** Set for an `idempotent` write: the same for every attempt of one change. */
  idempotencyKey: string | undefined;
}

export interface WriteSpec<A, R> {
  send(client: ScopedClient, args: A, request: WriteRequest): Promise<R>;
  /**
   * Sends an Idempotency-Key: one per change, kept for every attempt of that change (a retry
   * after a timeout, a resend after a portal switch) until one succeeds, so it is made once.
   */
  idempotent?: boolean;
  /** Shows the change at once, in the shared cache; returns how to undo it if the write fails. */
  optimistic?(args: A): () => void;
  /** Puts the server's answer in the shared cache, so every widget sees it. */
  commit?(result: R, args: A): void;
  /**
   * The cache entries to fetch again: after a success (`result` given) those the change also
   * moved on the server, and after a failure those it may have changed before failing.
   */
  refreshes?(args: A, result?: R): CacheKey<unknown>[];
  /**
   * Runs right after a success is committed, in the same task: events and announcements that
   * must come before any widget renders the new value.
   */
  done?(result: R, args: A): void;
}

export type WriteOutcome<R> =
  | { status: 'done'; value: R }
  | { status: 'failed'; error: ApiError }
  /** Cut off by a disconnect or a portal switch before its answer: it may have landed. */
  | { status: 'aborted' }
  /** Another change of this write was still being sent: a double click. */
  | { status: 'busy' };

type Data = Pick<DataController<unknown, unknown>, 'send' | 'refresh' | 'portal'>;

/**
 * The one way widgets write: one change at a time (a double click sends once), in the
 * widget's portal scope (a result that arrives after a portal switch is dropped), with a
 * typed error, an Idempotency-Key per change, an optimistic change rolled back on failure,
 * and the cache entries it refreshes. Failures are the widget's to show, at the control; a
 * widget that changes its own state on the outcome renders again itself.
 */
export class WriteController<A, R> {
  /** The change being sent, if any. */
  pending: A | undefined;

  #host: ReactiveElement;
  #data: Data;
  #spec: WriteSpec<A, R>;
  #change: { args: A; key: string; portalId: string | undefined } | undefined;
  #sending = false;

  constructor(host: ReactiveElement, data: Data, spec: WriteSpec<A, R>) {
    this.#host = host;
    this.#data = data;
    this.#spec = spec;
  }

  get busy(): boolean {
    return this.#sending;
  }

  async run(args: A): Promise<WriteOutcome<R>> {
    if (this.busy) return { status: 'busy' };
    const spec = this.#spec;
    const portalId = this.#data.portal?.portalId;
    const last = this.#change;
    const change =
      // The same change (equal arguments, same portal) keeps its key.
      last && last.portalId === portalId && JSON.stringify(last.args) === JSON.stringify(args)
        ? last
        : { args, key: crypto.randomUUID(), portalId };
    this.#change = change;
    this.#sending = true;
    this.pending = args;
    this.#host.requestUpdate();
    const undo = spec.optimistic?.(args);
    try {
      const value = await this.#data.send((client, _portal: Portal, signal) =>
        spec.send(client, args, {
          signal,
          idempotencyKey: spec.idempotent ? change.key : undefined,
        }),
      );
      this.#change = undefined;
      spec.commit?.(value, args);
      this.#refresh(spec.refreshes?.(args, value));
      spec.done?.(value, args);
      return { status: 'done', value };
    } catch (error) {
      if (isAbortError(error)) return { status: 'aborted' };
      const apiError = toApiError(error);
      undo?.();
      this.#refresh(spec.refreshes?.(args));
      return { status: 'failed', error: apiError };
    } finally {
      this.#sending = false;
      this.pending = undefined;
      this.#host.requestUpdate();
    }
  }

  #refresh(keys: CacheKey<unknown>[] = []): void {
    for (const key of keys) void this.#data.refresh(key);
  }
}
