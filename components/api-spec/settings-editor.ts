import { html, nothing, type ReactiveElement } from 'lit';
import type {
  Integration,
  IntegrationUpdate,
  WebhookTestResult,
} from '../../src/api/contract/api-spec.js';
import { testWebhook, updateIntegration } from '../../src/api/operations.js';
import { WEBHOOK_EVENTS } from '../../src/api/contract/codes.js';
import type { DataController } from '../../src/controllers/data.js';
import { WriteController } from '../../src/controllers/write.js';
import { emit } from '../../src/events.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { Announcer } from '../../src/ui/announcer.js';
import type { ApiSpecStrings } from './api-spec.strings.js';
import type { WebhookEvent } from './integration-settings.js';

/** An https URL with a host, or an empty field (no webhook); anything else is refused before sending. */
export function parseWebhookUrl(value: string): string | null | undefined {
  const text = value.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface SettingsEditorOptions {
  data: DataController<Integration, undefined>;
  localize: LocalizeController<ApiSpecStrings>;
  /** Says and shows the outcome of a save beside the Edit button. */
  announcer: Announcer;
  /** Whether the person may change the settings. */
  canEdit(): boolean;
}

/**
 * The integration settings' lazy part (see parts.ts): the form for the webhook URL and
 * events, saved with `PUT /v1/integration` (validated first, a 422 shown at its field), and
 * a test delivery that reports the endpoint's status and latency.
 */
export class SettingsEditor {
  /** Whether the form is open. */
  editing = false;
  #host: ReactiveElement;
  #options: SettingsEditorOptions;
  #url: string | undefined;
  #events: Set<WebhookEvent> | undefined;
  #urlError: string | undefined;
  #formError: string | undefined;
  #test: WebhookTestResult | undefined;
  #testError: string | undefined;
  readonly #saveWrite: WriteController<IntegrationUpdate, Integration>;
  readonly #testWrite: WriteController<void, WebhookTestResult>;

  constructor(host: ReactiveElement, options: SettingsEditorOptions) {
    this.#host = host;
    this.#options = options;
    const { data } = options;
    this.#saveWrite = new WriteController(host, data, {
      send: (client, body, { signal }) => client.call(updateIntegration, { body, signal }),
      commit: (saved) => data.update(() => saved),
    });
    this.#testWrite = new WriteController(host, data, {
      send: (client, _args, { signal }) => client.call(testWebhook, { signal }),
    });
  }

  /** Which of its writes is being sent, if any. */
  get busy(): 'save' | 'test' | undefined {
    return this.#saveWrite.busy ? 'save' : this.#testWrite.busy ? 'test' : undefined;
  }

  /** Opens the form on the saved settings, its URL field focused. */
  async open(): Promise<void> {
    this.#url = this.#events = this.#urlError = this.#formError = undefined;
    this.editing = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#field()?.focus();
  }

  /** Back to the settings as saved (new data: another portal, or a save elsewhere). */
  reset(): void {
    this.editing = false;
    this.#url = this.#events = this.#urlError = this.#formError = undefined;
    this.#test = this.#testError = undefined;
  }

  render(integration: Integration) {
    const t = this.#options.localize.term.bind(this.#options.localize);
    const url = this.#url ?? integration.webhookUrl ?? '';
    const events = this.#events ?? new Set(integration.events);
    return html`<form
      class="settings"
      part="settings"
      novalidate
      aria-labelledby="settings-title"
      @submit=${(event: Event) => this.#save(event, integration)}
    >
      <h3 id="settings-title">${t('settings')}</h3>
      <fieldset>
        <label for="webhook-url">${t('webhookUrl')}</label>
        <input
          id="webhook-url"
          part="input"
          type="url"
          inputmode="url"
          autocomplete="url"
          placeholder="https://"
          .value=${url}
          aria-invalid=${this.#urlError ? 'true' : 'false'}
          aria-describedby="webhook-url-hint webhook-url-error"
          @input=${(event: Event) => (this.#url = (event.target as HTMLInputElement).value)}
        />
        <p id="webhook-url-hint" class="muted">${t('webhookUrlHint')}</p>
        <p id="webhook-url-error" class="field-error" role=${this.#urlError ? 'alert' : nothing}>
          ${this.#urlError ?? ''}
        </p>
        <fieldset class="events">
          <legend>${t('webhookEvents')}</legend>
          ${WEBHOOK_EVENTS.map(
            (name) =>
              html`<label>
                <input
                  type="checkbox"
                  .checked=${events.has(name)}
                  @change=${(event: Event) => this.#toggle(events, name, event)}
                />
                ${t(`event.${name}`)}
              </label>`,
          )}
        </fieldset>
        <div class="actions">
          <button
            type="submit"
            class="primary"
            aria-disabled=${this.busy === 'save' ? 'true' : 'false'}
          >
            ${this.busy === 'save' ? t('saving') : t('save')}
          </button>
          <button type="button" @click=${() => this.#close()}>${t('cancel')}</button>
        </div>
      </fieldset>
      ${this.#formError ? html`<p class="field-error" role="alert">${this.#formError}</p>` : nothing}
    </form>`;
  }

  renderTest() {
    const t = this.#options.localize.term.bind(this.#options.localize);
    if (this.#testError) return html`<p class="field-error" role="alert">${this.#testError}</p>`;
    const result = this.#test;
    if (!result) return nothing;
    const values = {
      status: result.statusCode ?? '—',
      ms: result.latencyMs,
      error: result.error ?? '',
    };
    return html`<p class="test-result" part="test-result" role="status">
      ${result.error ? t('testFailed', values) : t('testResult', values)}
    </p>`;
  }

  async sendTest(): Promise<void> {
    if (this.busy || !this.#options.canEdit()) return;
    this.#test = this.#testError = undefined;
    const outcome = await this.#testWrite.run();
    if (outcome.status === 'done') this.#test = outcome.value;
    else if (outcome.status === 'failed')
      this.#testError = this.#options.localize.term(`error.${outcome.error.kind}`);
    this.#host.requestUpdate();
  }

  #field() {
    return this.#host.renderRoot.querySelector<HTMLInputElement>('#webhook-url');
  }

  /** Closes the form; the focus goes back to its Edit button. */
  async #close(): Promise<void> {
    this.editing = false;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#save-settings')?.focus();
  }

  #toggle(events: Set<WebhookEvent>, name: WebhookEvent, event: Event): void {
    const next = new Set(events);
    if ((event.target as HTMLInputElement).checked) next.add(name);
    else next.delete(name);
    this.#events = next;
    this.#host.requestUpdate();
  }

  async #save(event: Event, integration: Integration): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.#options.canEdit()) return;
    const { localize } = this.#options;
    const webhookUrl = parseWebhookUrl(this.#url ?? integration.webhookUrl ?? '');
    if (webhookUrl === undefined) {
      this.#urlError = localize.term('webhookUrlInvalid');
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#field()?.focus();
      return;
    }
    // In the contract's order, whatever order they were ticked in.
    const events = WEBHOOK_EVENTS.filter((name) =>
      (this.#events ?? new Set(integration.events)).has(name),
    );
    this.#urlError = this.#formError = undefined;
    const outcome = await this.#saveWrite.run({ webhookUrl, events });
    if (outcome.status === 'done') {
      const saved = outcome.value;
      await this.#close();
      this.#options.announcer.confirm(localize.term('saved'), 'save-settings');
      emit(this.#host, 'ld-settings-save', {
        webhookUrl: saved.webhookUrl,
        events: [...saved.events],
      });
      return;
    }
    if (outcome.status === 'failed') {
      const { error } = outcome;
      const field = error.fieldErrors.find((item) => item.field === 'webhookUrl');
      if (error.kind === 'validation' && field) this.#urlError = field.message;
      else this.#formError = localize.term(`error.${error.kind}`);
    }
    this.#host.requestUpdate();
  }
}
