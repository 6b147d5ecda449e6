import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { updateCap, type Cap } from '../../src/api/contract/caps.js';
import * as cacheKeys from '../../src/api/keys.js';
import type { DataController } from '../../src/controllers/data.js';
import { WriteController } from '../../src/controllers/write.js';
import { emit } from '../../src/events.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { CapFormat } from './cap-format.js';
import { parseLimit } from './cap-state.js';
import type { CapsMeterStrings } from './caps-meter.strings.js';

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
  readonly #save: WriteController<{ cap: Cap; limit: number; id: string; format: CapFormat }, Cap>;

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
    </form>`;
  }

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
    const outcome = await this.#save.run({ cap, limit, id, format });
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
