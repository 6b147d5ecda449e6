import { html, nothing, type ReactiveElement } from 'lit';
import type { Portal, PortalStatus } from '../../src/api/contract/portal.js';
import type { DataController } from '../../src/controllers/data.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import { ModalDialog } from '../../src/ui/dialog.js';
import { PauseFlow } from './pause-flow.js';
import type { PauseToggleStrings } from './pause-toggle.strings.js';

/** Longest reason sent with a change. */
export const REASON_MAX = 200;

export interface PauseConfirmOptions {
  data: DataController<Portal, undefined>;
  localize: LocalizeController<PauseToggleStrings>;
  /** Tells the outcome of a change (`undefined`: it did not happen). */
  finish(status: PortalStatus | undefined): void;
  /** What holds a cap-reached pause, for a 409. */
  capHold(): string;
  /** The person confirmed: the host checks the change may still be made, then sends it. */
  confirm(paused: boolean, reason: string | null): void;
}

/**
 * The pause switch's lazy part (see parts.ts): the confirmation dialog, with a reason when
 * pausing, and the change it sends (PauseFlow), with its failure and retry.
 */
export class PauseConfirm {
  readonly flow: PauseFlow;
  /** The change the confirmation asks about (`true`: pause), while it is open. */
  #asking: boolean | undefined;
  #host: ReactiveElement;
  #options: PauseConfirmOptions;
  #dialog: ModalDialog;

  constructor(host: ReactiveElement, options: PauseConfirmOptions) {
    this.#host = host;
    this.#options = options;
    this.flow = new PauseFlow(host, options.data);
    this.#dialog = new ModalDialog(host, 'confirm', () => {
      this.#asking = undefined;
      const reason = this.#reason();
      if (reason) reason.value = '';
    });
  }

  /** Another portal: a question or a failure about the last one means nothing here. */
  reset(portalId: string | undefined): void {
    this.flow.reset();
    this.#asking = undefined;
    this.#dialog.close();
    if (portalId)
      void this.flow.settle(portalId).then((status) => status && this.#options.finish(status));
  }

  /** Asks about a change; focus goes back to `opener` when the dialog closes. */
  ask(paused: boolean, opener: HTMLElement): Promise<void> {
    this.flow.reset();
    this.#asking = paused;
    return this.#dialog.show({
      focus: paused ? '#reason' : '[value="confirm"]',
      returnTo: () => opener.focus(),
    });
  }

  async send(paused: boolean, reason: string | null): Promise<PortalStatus | undefined> {
    const text = reason?.trim().slice(0, REASON_MAX) || null;
    return this.flow.send(paused, text);
  }

  renderFailure() {
    const failure = this.flow.failure;
    if (!failure) return nothing;
    const t = this.#options.localize.term.bind(this.#options.localize);
    const { error } = failure;
    const cause = error.kind === 'conflict' ? this.#options.capHold() : t(`error.${error.kind}`);
    return html`<div class="failure notice" part="notice" role="alert">
      <p>${t(`failed.${failure.paused ? 'pause' : 'resume'}`)} ${cause}</p>
      ${
        failure.retryable
          ? html`<button type="button" part="retry" @click=${this.#retry}>${t('retry')}</button>`
          : nothing
      }
    </div>`;
  }

  renderDialog() {
    const t = this.#options.localize.term.bind(this.#options.localize);
    const asking = this.#asking;
    const change = asking ? 'pause' : 'resume';
    return this.#dialog.render({
      title: t(`confirm.${change}`),
      body: t(`confirmBody.${change}`),
      closeLabel: t('close'),
      content: html`<form method="dialog" @submit=${this.#onConfirm}>
        ${
          asking
            ? html`<label for="reason">${t('reason')}</label>
                <textarea
                  id="reason"
                  part="reason"
                  rows="2"
                  maxlength=${REASON_MAX}
                  aria-describedby="reason-hint"
                ></textarea>
                <p id="reason-hint" class="muted">${t('reasonHint', { max: REASON_MAX })}</p>`
            : nothing
        }
        <div class="actions">
          <button type="submit" class=${asking ? 'danger' : 'primary'} value="confirm">
            ${t(`confirmButton.${change}`)}
          </button>
          <button type="submit" value="cancel" formnovalidate>${t('cancel')}</button>
        </div>
      </form>`,
    });
  }

  #reason() {
    return this.#host.renderRoot.querySelector<HTMLTextAreaElement>('#reason');
  }

  #onConfirm = (event: SubmitEvent) => {
    const confirmed = (event.submitter as HTMLButtonElement | null)?.value === 'confirm';
    const reason = this.#reason()?.value ?? null;
    const paused = this.#asking;
    if (confirmed && paused !== undefined) this.#options.confirm(paused, paused ? reason : null);
  };

  #retry = async () => {
    if (this.flow.failure && !this.flow.sending) this.#options.finish(await this.flow.retry());
  };
}
