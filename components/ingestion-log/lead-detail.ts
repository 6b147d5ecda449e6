import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { Announcer } from '../../src/ui/announcer.js';
import { copyText } from '../../src/ui/copy.js';
import { ModalDialog } from '../../src/ui/dialog.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import { getApiSpec } from '../../src/api/operations.js';
import type { IngestionLogDetail } from '../../src/api/contract/ingestion.js';
import { getIngestionLog } from '../../src/api/operations.js';
import { ApiError, isAbortError, toApiError } from '../../src/api/errors.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import * as cacheKeys from '../../src/api/keys.js';
import type { DataReader } from '../../src/controllers/data.js';
import type { IngestionLogStrings } from './ingestion-log.strings.js';
import { renderRejection } from '../../src/ui/lead-terms.js';

/**
 * The submitted fields shown are only those the supplier's API spec accepts: the record
 * is free-form, so it is allow-listed by name here rather than by its schema.
 */
async function loadDetail(
  data: DataReader,
  id: string,
  signal: AbortSignal,
): Promise<IngestionLogDetail> {
  const [detail, spec] = await Promise.all([
    data.read(
      cacheKeys.lead(id),
      (client, _portal, s) => client.call(getIngestionLog, { params: { id }, signal: s }),
      { signal },
    ),
    data.read(cacheKeys.apiSpec, (client, _portal, s) => client.call(getApiSpec, { signal: s }), {
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
  #data: DataReader;
  #id: string | undefined;
  #detail: IngestionLogDetail | undefined;
  #error: ApiError | undefined;
  #abort: AbortController | undefined;
  #dialog: ModalDialog;
  /** Inside the dialog: the page behind a modal dialog is inert, its live regions too. */
  #announcer: Announcer;

  constructor(
    host: ReactiveElement,
    localize: LocalizeController<IngestionLogStrings>,
    data: DataReader,
  ) {
    this.#host = host;
    this.#localize = localize;
    this.#data = data;
    this.#dialog = new ModalDialog(host, 'lead-detail', this.#onClose);
    this.#announcer = new Announcer(host);
    host.addController(this);
  }

  get openId(): string | undefined {
    return this.#id;
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#id = this.#detail = this.#error = undefined;
  }

  /** Opens a lead; `returnTo` puts focus back where the reader was when it closes. */
  async open(id: string, returnTo?: () => void): Promise<void> {
    this.#id = id;
    this.#detail = this.#error = undefined;
    await this.#dialog.show({ returnTo });
    await this.#load();
  }

  close(): void {
    this.#dialog.close();
  }

  render() {
    const t = this.#localize.term.bind(this.#localize);
    const id = this.#id;
    return this.#dialog.render({
      title: id ? t('detailTitle', { id }) : '',
      closeLabel: t('close'),
      content: id ? html`${this.#body()} ${this.#announcer.region()}` : nothing,
    });
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
        <bdi>${lead.campaignName}</bdi>
      </p>
      <p class="muted">${t('timeZoneNote', { zone: this.#localize.zoneName(lead.receivedAt) })}</p>
      <div class="copy">
        <button type="button" @click=${() => this.#copy(lead.id, t('copiedId'), 'copy-id')}>
          ${t('copyId')}
        </button>
        <button
          type="button"
          @click=${() =>
            this.#copy(JSON.stringify(lead.fields, null, 2), t('copiedPayload'), 'copy-payload')}
        >
          ${t('copyPayload')}
        </button>
        ${this.#announcer.beside('copy-id')} ${this.#announcer.beside('copy-payload')}
      </div>
      ${
        lead.rejection
          ? html`<h4>${t('detailReason')}</h4>
              <p>${renderRejection(this.#localize.term.bind(this.#localize), lead.rejection)}</p>
              ${
                lead.fieldErrors.length
                  ? html`<ul>
                        ${fieldErrors.shown.map(
                          (error) =>
                            html`<li>
                              <bdi class="mono" dir="ltr">${error.field}</bdi>:
                              <bdi>${error.message}</bdi> (<bdi dir="ltr">${error.code}</bdi>)
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
              <strong><bdi>${step.name}</bdi></strong> —
              ${t(`outcome.${step.outcome}`)}${
                step.message ? html`: <bdi>${step.message}</bdi>` : nothing
              }
            </li>`,
        )}
      </ol>
      ${renderCut(steps, this.#localize)}
      <h4>${t('detailFields')}</h4>
      <dl class="fields">
        ${fields.shown.map(
          ([name, value]) =>
            html`<div>
              <dt><bdi class="mono" dir="ltr">${name}</bdi></dt>
              <dd><bdi>${value === null ? '—' : String(value)}</bdi></dd>
            </div>`,
        )}
      </dl>
      ${renderCut(fields, this.#localize)}
    `;
  }

  async #load(): Promise<void> {
    const id = this.#id;
    if (!id) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      const detail = await loadDetail(this.#data, id, abort.signal);
      if (this.#id === id) this.#detail = detail;
    } catch (error) {
      if (isAbortError(error) || this.#id !== id) return;
      this.#error = toApiError(error);
    }
    this.#host.requestUpdate();
  }

  async #copy(text: string, done: string, where: string): Promise<void> {
    const copied = await copyText(text, this.#dialog.element ?? this.#host.renderRoot);
    this.#announcer.confirm(copied ? done : this.#localize.term('copyFailed'), where);
  }

  #onClose = () => {
    this.#abort?.abort();
    this.#id = undefined;
    this.#host.requestUpdate();
  };
}
