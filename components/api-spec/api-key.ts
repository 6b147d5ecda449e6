import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { revealApiKey, rotateApiKey, type ApiSpec } from '../../src/api/contract/api-spec.js';
import { ApiError, isAbortError } from '../../src/api/errors.js';
import type { DataController } from '../../src/controllers/data.js';
import { emit } from '../../src/events.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { Announcer } from '../../src/ui/announcer.js';
import type { ApiSpecStrings } from './api-spec.strings.js';

export interface KeyRevealDetail {
  /** Seconds until the key is masked again. */
  seconds: number;
}

export interface KeyRotateDetail {
  /** Until when the previous key keeps working. */
  previousKeyExpiresAt: string;
}

export interface ApiKeyOptions {
  data: DataController<ApiSpec, undefined>;
  localize: LocalizeController<ApiSpecStrings>;
  announcer: Announcer;
  /** How long a revealed key stays on screen. */
  seconds(): number;
}

/**
 * The supplier's API key: masked, revealed on request (with the permission) and masked
 * again after a while, on disconnect and on a portal switch; and rotated after a
 * confirmation, once however often it is asked, with the grace period the server gives.
 * The key itself never leaves this controller except into the page's text.
 */
export class ApiKey implements ReactiveController {
  /** The revealed key, while it is shown. */
  revealed: string | undefined;
  busy: 'reveal' | 'rotate' | undefined;
  /** When the previous key stops working, after a rotation. */
  previousKeyExpiresAt: string | undefined;
  /** What went wrong with the last reveal or rotation. */
  error: { kind: 'reveal' | 'rotate'; text: string } | undefined;
  #host: ReactiveElement;
  #options: ApiKeyOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #portalId: string | undefined;
  /** Reused until a rotation succeeds, so a retry after a timeout is the same rotation. */
  #rotation: string | undefined;

  constructor(host: ReactiveElement, options: ApiKeyOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const portalId = this.#options.data.portal?.portalId;
    if (portalId === this.#portalId) return;
    // Another portal: nothing of the last one's key may stay, not even a pending rotation.
    this.#portalId = portalId;
    this.hide();
    this.previousKeyExpiresAt = this.error = this.#rotation = undefined;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onPrint);
    this.hide();
  }

  /** A printout never holds the key: it is masked before the page is laid out for print. */
  #onPrint = () => this.hide();

  hide(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.revealed === undefined) return;
    this.revealed = undefined;
    this.#host.requestUpdate();
  }

  async reveal(): Promise<void> {
    if (this.busy) return;
    await this.#run('reveal', async () => {
      const { apiKey } = await this.#options.data.send((client, _portal, signal) =>
        client.call(revealApiKey, { signal }),
      );
      this.#show(apiKey);
      emit(this.#host, 'ld-key-reveal', { seconds: this.#options.seconds() });
    });
  }

  async rotate(): Promise<boolean> {
    if (this.busy) return false;
    const idempotencyKey = (this.#rotation ??= crypto.randomUUID());
    return this.#run('rotate', async () => {
      const result = await this.#options.data.send((client, _portal, signal) =>
        client.call(rotateApiKey, { signal, idempotencyKey }),
      );
      this.#rotation = undefined;
      this.#options.data.update((spec) => ({ ...spec, maskedKey: result.maskedKey }));
      this.previousKeyExpiresAt = result.previousKeyExpiresAt;
      // A new key is shown only to whoever may see keys; it stays masked for the rest.
      if (this.revealed !== undefined) this.#show(result.apiKey);
      const { localize } = this.#options;
      this.#options.announcer.say(
        localize.term('rotated', {
          until: localize.dateTime(result.previousKeyExpiresAt),
          relative: localize.relative(result.previousKeyExpiresAt),
        }),
      );
      emit(this.#host, 'ld-key-rotate', { previousKeyExpiresAt: result.previousKeyExpiresAt });
    });
  }

  /** The key as the page may show it: revealed, or masked. */
  shown(spec: ApiSpec): string {
    return this.revealed ?? spec.maskedKey;
  }

  /** After a rotation: until when the previous key works. */
  renderNotice() {
    const { localize } = this.#options;
    const until = this.previousKeyExpiresAt;
    return until
      ? html`<p class="notice" part="notice">
          ${localize.term('rotated', {
            until: localize.dateTime(until),
            relative: localize.relative(until),
          })}
        </p>`
      : nothing;
  }

  renderError(kind: 'reveal' | 'rotate') {
    return this.error?.kind === kind
      ? html`<p class="field-error" role="alert">${this.error.text}</p>`
      : nothing;
  }

  #show(apiKey: string): void {
    clearTimeout(this.#timer);
    this.revealed = apiKey;
    this.#host.requestUpdate();
    this.#timer = setTimeout(() => this.hide(), this.#options.seconds() * 1000);
  }

  async #run(kind: 'reveal' | 'rotate', work: () => Promise<void>): Promise<boolean> {
    this.busy = kind;
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      await work();
      return true;
    } catch (error) {
      if (!isAbortError(error)) {
        const kindOf = error instanceof ApiError ? error.kind : 'server';
        this.error = { kind, text: this.#options.localize.term(`error.${kindOf}`) };
      }
      return false;
    } finally {
      this.busy = undefined;
      this.#host.requestUpdate();
    }
  }
}
