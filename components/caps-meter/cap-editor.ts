import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { updateCap, type Cap } from '../../src/api/contract/caps.js';
import { isAbortError, toApiError } from '../../src/api/errors.js';
import type { DataController } from '../../src/controllers/data.js';
import { emit } from '../../src/events.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { CapFormat } from './cap-format.js';
import { parseLimit } from './cap-state.js';
import type { CapsMeterStrings } from './caps-meter.strings.js';

export interface CapEditorOptions {
  data: DataController<Cap[], undefined>;
  localize: LocalizeController<CapsMeterStrings>;
  /** Tells screen readers, through the widget's live region. */
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
  #saving = false;

  constructor(host: ReactiveElement, options: CapEditorOptions) {
    this.#host = host;
    this.#options = options;
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
        <button type="submit" class="primary" aria-disabled=${this.#saving ? 'true' : 'false'}>
          ${this.#saving ? t('saving') : t('save')}
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
    if (this.#saving) return;
    const { data, localize, announce } = this.#options;
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
    this.#saving = true;
    this.#fieldError = this.#formError = undefined;
    this.#host.requestUpdate();
    try {
      const updated = await data.send((client, _portal, signal) =>
        client.call(updateCap, { params: { id: cap.id }, body: { limit }, signal }),
      );
      data.update((caps) => caps.map((item) => (item.id === updated.id ? updated : item)));
      // Reaching or leaving a cap pauses or resumes the supplier; every widget should see it.
      if (!!updated.reachedAt !== !!cap.reachedAt)
        data.runtime?.portal({ force: true }).catch(() => undefined);
      const { period, kind, used } = updated;
      emit(this.#host, 'ld-cap-change', {
        cap: { id: updated.id, period, kind, limit: updated.limit, used },
        previousLimit: cap.limit,
      });
      announce(
        localize.term('saved', { cap: format.name(cap), limit: format.amount(cap, limit) }),
        `${id}-edit`,
      );
      await this.#close(id);
    } catch (error) {
      if (isAbortError(error)) return;
      const apiError = toApiError(error);
      if (apiError.kind === 'validation') {
        this.#showFieldError(
          apiError.fieldErrors.find((item) => item.field === 'limit')?.message ?? apiError.message,
        );
      } else {
        this.#formError = localize.term(`error.${apiError.kind}`);
      }
    } finally {
      this.#saving = false;
      this.#host.requestUpdate();
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
