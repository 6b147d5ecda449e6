import {
  adoptStyles,
  html,
  nothing,
  type LitElement,
  type ReactiveController,
  type ReactiveElement,
} from 'lit';
import { formStyles } from '../../src/styles/controls.js';
import { dialogStyles } from '../../src/styles/dialog.js';
import type { Cap } from '../../src/api/contract/caps.js';
import { updateCap } from '../../src/api/operations.js';
import * as cacheKeys from '../../src/api/keys.js';
import type { DataController } from '../../src/controllers/data.js';
import { WriteController } from '../../src/controllers/write.js';
import { ModalDialog } from '../../src/ui/dialog.js';
import { emit } from '../../src/events.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { CapFormat } from './cap-format.js';
import { parseLimit } from './cap-state.js';
import type { CapsMeterStrings } from './caps-meter.strings.js';

interface Change {
  cap: Cap;
  limit: number;
  id: string;
  format: CapFormat;
}

export interface CapEditorOptions {
  data: DataController<Cap[], undefined>;
  localize: LocalizeController<CapsMeterStrings>;
  /** Says `message`, and shows it beside the control `where`. */
  announce(message: string, where: string): void;
}

/**
 * Edits one cap's limit at a time: validates within the server's bounds, saves through
 * `PATCH /v1/caps/{id}` once however often Save is pressed, shows a 422 at the field, and
 * returns focus to the edit button.
 */
export class CapEditor implements ReactiveController {
  /** The id of the cap being edited. */
  editing: string | undefined;
  #host: ReactiveElement;
  #options: CapEditorOptions;
  #draft = '';
  #fieldError: string | undefined;
  #formError: string | undefined;
  readonly #save: WriteController<Change, Cap>;
  /** Asks before a limit at or below what is used, which pauses intake at once. */
  readonly #confirm: ModalDialog;
  #asking: Change | undefined;

  constructor(host: ReactiveElement, options: CapEditorOptions) {
    this.#host = host;
    this.#options = options;
    const { data } = options;
    this.#save = new WriteController(host, data, {
      send: (client, { cap, limit }, { signal }) =>
        client.call(updateCap, { params: { id: cap.id }, body: { limit }, signal }),
      commit: (updated) =>
        data.update((caps) => caps.map((item) => (item.id === updated.id ? updated : item))),
      // Told before the meter renders the new limit, so the save is said first.
      done: (updated, { cap, limit, id, format }) => {
        const { period, kind, used } = updated;
        emit(host, 'ld-cap-change', {
          cap: { id: updated.id, period, kind, limit: updated.limit, used },
          previousLimit: cap.limit,
        });
        options.announce(
          options.localize.term('saved', {
            cap: format.name(cap),
            limit: format.amount(cap, limit),
          }),
          `${id}-edit`,
        );
      },
      // Reaching or leaving a cap pauses or resumes the supplier; every widget should see it.
      refreshes: ({ cap }, updated) =>
        updated && !!updated.reachedAt !== !!cap.reachedAt ? [cacheKeys.portal] : [],
    });
    this.#confirm = new ModalDialog(host, 'reach-confirm', () => (this.#asking = undefined));
    // The dialog's styles come with this part: a meter that is never edited never loads them.
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) {
      const own = (host.constructor as typeof LitElement).elementStyles;
      adoptStyles(root, [...own, formStyles, dialogStyles]);
    }
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Closes the editor without a trace, as when the portal changes. */
  reset(): void {
    this.editing = this.#fieldError = this.#formError = undefined;
    this.#host.requestUpdate();
  }

  async open(cap: Cap, format: CapFormat): Promise<void> {
    this.editing = cap.id;
    this.#draft = cap.limit === null ? '' : String(cap.limit / format.scale(cap));
    this.#fieldError = this.#formError = undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#input()?.focus();
  }

  render(cap: Cap, id: string, format: CapFormat) {
    const t = this.#options.localize.term.bind(this.#options.localize);
    const scale = format.scale(cap);
    const name = format.name(cap);
    return html`<form
        class="editor"
        part="form"
        novalidate
        @submit=${(event: Event) => this.#submit(event, cap, id, format)}
        @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && (event.preventDefault(), this.#close(id))}
      >
        <label for="${id}-input">${t('newLimit', { cap: name })}</label>
        <div class="editor-row">
          <input
            id="${id}-input"
            part="input"
            type="number"
            inputmode=${cap.kind === 'budget' ? 'decimal' : 'numeric'}
            min=${cap.min / scale}
            max=${cap.max / scale}
            step=${1 / scale}
            required
            .value=${this.#draft}
            aria-invalid=${this.#fieldError ? 'true' : 'false'}
            aria-describedby="${id}-hint ${id}-error"
            @input=${(event: Event) => (this.#draft = (event.target as HTMLInputElement).value)}
          />
          <button type="submit" class="primary" aria-disabled=${this.#save.busy ? 'true' : 'false'}>
            ${this.#save.busy ? t('saving') : t('save')}
          </button>
          <button type="button" @click=${() => this.#close(id)}>${t('cancel')}</button>
        </div>
        <p id="${id}-hint" class="muted">
          ${t('bounds', { min: format.amount(cap, cap.min), max: format.amount(cap, cap.max) })}
        </p>
        <p id="${id}-error" class="field-error" role=${this.#fieldError ? 'alert' : nothing}>
          ${this.#fieldError ?? ''}
        </p>
        ${this.#formError ? html`<p class="field-error" role="alert">${this.#formError}</p>` : nothing}
      </form>
      ${this.#renderConfirm()}`;
  }

  /** The question before a limit that pauses intake now: the same dialog as the pause switch's. */
  #renderConfirm() {
    const change = this.#asking;
    if (!change) return nothing;
    const t = this.#options.localize.term.bind(this.#options.localize);
    const { cap, limit, format } = change;
    return this.#confirm.render({
      title: t('reachNow.title'),
      body: t('reachNow.body', {
        cap: format.name(cap),
        used: format.amount(cap, cap.used),
        limit: format.amount(cap, limit),
      }),
      closeLabel: t('close'),
      content: html`<form method="dialog" @submit=${this.#onConfirm}>
        <div class="actions">
          <button type="submit" class="danger" value="confirm">${t('reachNow.confirm')}</button>
          <button type="submit" value="cancel" formnovalidate>${t('cancel')}</button>
        </div>
      </form>`,
    });
  }

  #onConfirm = (event: SubmitEvent) => {
    const change = this.#asking;
    if ((event.submitter as HTMLButtonElement | null)?.value !== 'confirm' || !change) return;
    void this.#send(change);
  };

  async #close(id: string): Promise<void> {
    this.reset();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLButtonElement>(`#${id}-edit`)?.focus();
  }

  async #submit(event: Event, cap: Cap, id: string, format: CapFormat): Promise<void> {
    event.preventDefault();
    if (this.#save.busy) return;
    const { localize } = this.#options;
    const limit = parseLimit(this.#draft, cap, format.scale(cap));
    if (typeof limit === 'string') {
      this.#showFieldError(
        localize.term(limit, {
          min: format.amount(cap, cap.min),
          max: format.amount(cap, cap.max),
        }),
      );
      return;
    }
    if (limit === cap.limit) return this.#close(id);
    this.#fieldError = this.#formError = undefined;
    // At or below what is used, the cap is reached the moment it is saved: intake pauses.
    if (!cap.reachedAt && limit <= cap.used) {
      this.#asking = { cap, limit, id, format };
      await this.#confirm.show({ focus: '[value="cancel"]' });
      return;
    }
    await this.#send({ cap, limit, id, format });
  }

  async #send(change: Change): Promise<void> {
    const { localize } = this.#options;
    const { id } = change;
    const outcome = await this.#save.run(change);
    if (outcome.status === 'done') {
      await this.#close(id);
    } else if (outcome.status === 'failed') {
      const { error } = outcome;
      if (error.kind === 'validation') {
        this.#showFieldError(
          error.fieldErrors.find((item) => item.field === 'limit')?.message ?? error.message,
        );
      } else {
        this.#formError = localize.term(`error.${error.kind}`);
        this.#host.requestUpdate();
      }
    }
  }

  #showFieldError(message: string): void {
    this.#fieldError = message;
    this.#host.requestUpdate();
    this.#input()?.focus();
  }

  #input(): HTMLInputElement | null | undefined {
    return this.#host.renderRoot.querySelector<HTMLInputElement>('input[part="input"]');
  }
}
