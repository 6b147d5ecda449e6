import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { copyText } from '../../src/ui/copy.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import { getApiSpec } from '../../src/api/contract/api-spec.js';
import { getIngestionLog, type IngestionLogDetail } from '../../src/api/contract/ingestion.js';
import { ApiError, isAbortError, asApiError } from '../../src/api/errors.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { PortalRuntime } from '../../src/portal/runtime.js';
import type { IngestionLogStrings } from './ingestion-log.strings.js';

/**
 * The submitted fields shown are only those the supplier's API spec accepts: the record
 * is free-form, so it is allow-listed by name here rather than by its schema.
 */
async function loadDetail(
  runtime: PortalRuntime,
  id: string,
  signal: AbortSignal,
): Promise<IngestionLogDetail> {
  const [detail, spec] = await Promise.all([
    runtime.load(
      `ingestion-log/${id}`,
      (client, _portal, s) => client.call(getIngestionLog, { params: { id }, signal: s }),
      { signal },
    ),
    runtime.load('api-spec', (client, _portal, s) => client.call(getApiSpec, { signal: s }), {
      signal,
    }),
  ]);
  const accepted = new Set(spec.fields.map((field) => field.name));
  const fields = Object.fromEntries(
    Object.entries(detail.fields).filter(([name]) => accepted.has(name)),
  );
  return { ...detail, fields };
}

/**
 * One lead in full, in a modal dialog: what was submitted, each processing step, and why
 * it was rejected. The native modal dialog keeps focus inside; closing returns focus to
 * the row it was opened from.
 */
export class LeadDetail implements ReactiveController {
  #host: ReactiveElement;
  #localize: LocalizeController<IngestionLogStrings>;
  #runtime: () => PortalRuntime | undefined;
  #id: string | undefined;
  #detail: IngestionLogDetail | undefined;
  #error: ApiError | undefined;
  #abort: AbortController | undefined;
  #returnTo: (() => void) | undefined;
  #copied = '';

  constructor(
    host: ReactiveElement,
    localize: LocalizeController<IngestionLogStrings>,
    runtime: () => PortalRuntime | undefined,
  ) {
    this.#host = host;
    this.#localize = localize;
    this.#runtime = runtime;
    host.addController(this);
  }

  get openId(): string | undefined {
    return this.#id;
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#id = this.#detail = this.#error = undefined;
    this.#returnTo = undefined;
    this.close();
  }

  /** Opens a lead; `returnTo` puts focus back where the reader was when it closes. */
  async open(id: string, returnTo?: () => void): Promise<void> {
    this.#id = id;
    this.#returnTo = returnTo;
    this.#detail = this.#error = undefined;
    this.#copied = '';
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog();
    if (dialog && !dialog.open) dialog.showModal();
    await this.#load();
  }

  close(): void {
    this.#dialog()?.close();
  }

  render() {
    const t = this.#localize.term.bind(this.#localize);
    return html`<dialog part="dialog" aria-labelledby="detail-title" @close=${this.#onClose}>
      ${
        this.#id
          ? html`<header class="dialog-head">
                <h3 id="detail-title">${t('detailTitle', { id: this.#id })}</h3>
                <button type="button" class="close" @click=${() => this.close()}>
                  ${t('close')}
                </button>
              </header>
              ${this.#body()}
              <div class="visually-hidden" role="status">${this.#copied}</div>`
          : nothing
      }
    </dialog>`;
  }

  #body() {
    const t = this.#localize.term.bind(this.#localize);
    if (this.#error) {
      return html`<div class="state" role="alert">
        <p>${t(`error.${this.#error.kind}`)}</p>
        <button type="button" @click=${() => this.#load()}>${t('retry')}</button>
      </div>`;
    }
    const lead = this.#detail;
    if (!lead) return html`<p role="status">${t('loading')}</p>`;
    const fields = bounded(Object.entries(lead.fields), LIST_BOUNDS.fields);
    const steps = bounded(lead.steps, LIST_BOUNDS.steps);
    const fieldErrors = bounded(lead.fieldErrors, LIST_BOUNDS.fieldErrors);
    return html`
      <p>
        <span class="badge" data-status=${lead.status}>${t(`status.${lead.status}`)}</span>
        ${this.#localize.dateTime(lead.receivedAt, { dateStyle: 'medium', timeStyle: 'medium' })} ·
        ${lead.campaignName}
      </p>
      <div class="copy">
        <button type="button" @click=${() => this.#copy(lead.id, t('copiedId'))}>
          ${t('copyId')}
        </button>
        <button
          type="button"
          @click=${() => this.#copy(JSON.stringify(lead.fields, null, 2), t('copiedPayload'))}
        >
          ${t('copyPayload')}
        </button>
      </div>
      ${
        lead.rejection
          ? html`<h4>${t('detailReason')}</h4>
              <p><span class="mono">${lead.rejection.code}</span> — ${lead.rejection.message}</p>
              ${
                lead.fieldErrors.length
                  ? html`<ul>
                        ${fieldErrors.shown.map(
                          (error) =>
                            html`<li>
                              <span class="mono">${error.field}</span>: ${error.message}
                              (${error.code})
                            </li>`,
                        )}
                      </ul>
                      ${renderCut(fieldErrors, this.#localize)}`
                  : nothing
              }`
          : nothing
      }
      <h4>${t('detailSteps')}</h4>
      <ol class="steps">
        ${steps.shown.map(
          (step) =>
            html`<li data-outcome=${step.outcome}>
              <strong>${step.name}</strong> —
              ${t(`outcome.${step.outcome}`)}${step.message ? html`: ${step.message}` : nothing}
            </li>`,
        )}
      </ol>
      ${renderCut(steps, this.#localize)}
      <h4>${t('detailFields')}</h4>
      <dl class="fields">
        ${fields.shown.map(
          ([name, value]) =>
            html`<div>
              <dt class="mono">${name}</dt>
              <dd>${value === null ? '—' : String(value)}</dd>
            </div>`,
        )}
      </dl>
      ${renderCut(fields, this.#localize)}
    `;
  }

  async #load(): Promise<void> {
    const runtime = this.#runtime();
    const id = this.#id;
    if (!runtime || !id) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      const detail = await loadDetail(runtime, id, abort.signal);
      if (this.#id === id) this.#detail = detail;
    } catch (error) {
      if (isAbortError(error) || this.#id !== id) return;
      this.#error = asApiError(error);
    }
    this.#host.requestUpdate();
  }

  async #copy(text: string, done: string): Promise<void> {
    const within = this.#dialog() ?? this.#host.renderRoot;
    const copied = await copyText(text, within);
    this.#copied = copied ? done : this.#localize.term('copyFailed');
    this.#host.requestUpdate();
  }

  #onClose = () => {
    this.#abort?.abort();
    this.#id = undefined;
    this.#host.requestUpdate();
    this.#returnTo?.();
  };

  #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }
}
