import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { ApiSpec, RotatedKey } from '../../src/api/contract/api-spec.js';
import { revealApiKey, rotateApiKey } from '../../src/api/operations.js';
import type { DataController } from '../../src/controllers/data.js';
import { WriteController } from '../../src/controllers/write.js';
import { emit } from '../../src/events.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { Announcer } from '../../src/ui/announcer.js';
import { ModalDialog } from '../../src/ui/dialog.js';
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
 * The supplier's API key, a lazy part of the spec (see parts.ts): revealed on request (with
 * the permission) and masked again after a while, on disconnect and on a portal switch; and
 * rotated after a confirmation, once however often it is asked, with the grace period the
 * server gives. The key itself never leaves this controller except into the page's text.
 */
export class ApiKey implements ReactiveController {
  /** The revealed key, while it is shown. */
  revealed: string | undefined;

  /** When the previous key stops working, after a rotation. */
  previousKeyExpiresAt: string | undefined;
  /** What went wrong with the last reveal or rotation. */
  error: { kind: 'reveal' | 'rotate'; text: string } | undefined;
  #host: ReactiveElement;
  #options: ApiKeyOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #portalId: string | undefined;
  readonly #reveal: WriteController<void, { apiKey: string }>;
  /** Idempotent: a retry after a timeout is the same rotation, until one succeeds. */
  readonly #rotate: WriteController<void, RotatedKey>;
  /** The rotation's confirmation. */
  readonly dialog: ModalDialog;

  constructor(host: ReactiveElement, options: ApiKeyOptions) {
    this.#host = host;
    this.#options = options;
    const { data } = options;
    this.#reveal = new WriteController(host, data, {
      send: (client, _args, { signal }) => client.call(revealApiKey, { signal }),
    });
    this.#rotate = new WriteController(host, data, {
      idempotent: true,
      send: (client, _args, { signal, idempotencyKey }) =>
        client.call(rotateApiKey, { signal, idempotencyKey }),
      commit: (result) => data.update((spec) => ({ ...spec, maskedKey: result.maskedKey })),
    });
    this.dialog = new ModalDialog(host, 'rotate-dialog');
    host.addController(this);
  }

  /** What is being sent, if anything. */
  get busy(): 'reveal' | 'rotate' | undefined {
    return this.#reveal.busy ? 'reveal' : this.#rotate.busy ? 'rotate' : undefined;
  }

  hostUpdate(): void {
    const portalId = this.#options.data.portal?.portalId;
    if (portalId === this.#portalId) return;
    // Another portal: nothing of the last one's key may stay, not even a pending rotation.
    this.#portalId = portalId;
    this.hide();
    this.previousKeyExpiresAt = this.error = undefined;
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
    const outcome = await this.#run('reveal', this.#reveal);
    if (!outcome) return;
    this.#show(outcome.apiKey);
    emit(this.#host, 'ld-key-reveal', { seconds: this.#options.seconds() });
  }

  async rotate(): Promise<boolean> {
    if (this.busy) return false;
    const result = await this.#run('rotate', this.#rotate);
    if (!result) return false;
    this.previousKeyExpiresAt = result.previousKeyExpiresAt;
    // A new key is shown only to whoever may see keys; it stays masked for the rest.
    if (this.revealed !== undefined) this.#show(result.apiKey);
    const { localize } = this.#options;
    this.#options.announcer.say(
      localize.term('rotated', {
        until: localize.zonedDateTime(result.previousKeyExpiresAt),
        relative: localize.relative(result.previousKeyExpiresAt),
      }),
    );
    emit(this.#host, 'ld-key-rotate', { previousKeyExpiresAt: result.previousKeyExpiresAt });
    return true;
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
            until: localize.zonedDateTime(until),
            relative: localize.relative(until),
          })}
        </p>`
      : nothing;
  }

  /** Opens the rotation's confirmation; focus goes back to `opener` when it closes. */
  askRotation(opener: HTMLElement): Promise<void> {
    // Cancel, not the irreversible action, has the focus first.
    return this.dialog.show({ focus: '.cancel', returnTo: () => opener.focus() });
  }

  renderRotation() {
    const t = this.#options.localize.term.bind(this.#options.localize);
    const rotating = this.busy === 'rotate';
    return this.dialog.render({
      title: t('rotateTitle'),
      body: t('rotateBody'),
      closeLabel: t('close'),
      content: html`${this.renderError('rotate')}
        <div class="actions">
          <button
            type="button"
            class="danger"
            aria-disabled=${rotating ? 'true' : 'false'}
            @click=${this.#confirmRotation}
          >
            ${rotating ? t('rotating') : t('rotateConfirm')}
          </button>
          <button type="button" class="cancel" @click=${() => this.dialog.close()}>
            ${t('cancel')}
          </button>
        </div>`,
    });
  }

  #confirmRotation = async () => {
    if (await this.rotate()) this.dialog.close();
  };

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

  /** Runs a write; a failure is shown at its control. */
  async #run<R>(
    kind: 'reveal' | 'rotate',
    write: WriteController<void, R>,
  ): Promise<R | undefined> {
    this.error = undefined;
    const outcome = await write.run();
    if (outcome.status === 'failed') {
      this.error = { kind, text: this.#options.localize.term(`error.${outcome.error.kind}`) };
      this.#host.requestUpdate();
    }
    return outcome.status === 'done' ? outcome.value : undefined;
  }
}
