import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import {
  getIntegration,
  testWebhook,
  updateIntegration,
  WEBHOOK_EVENTS,
  type Integration,
  type IntegrationUpdate,
  type WebhookTestResult,
} from '../../src/api/contract/api-spec.js';
import { DataController, type Resource } from '../../src/controllers/data.js';
import { WriteController } from '../../src/controllers/write.js';
import { emit } from '../../src/events.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { PortalLink } from '../../src/portal/link.js';
import type { Announcer } from '../../src/ui/announcer.js';
import { renderError, renderSkeleton } from '../../src/ui/states.js';
import type { ApiSpecStrings } from './api-spec.strings.js';
import * as cacheKeys from '../../src/api/keys.js';

type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface SettingsSaveDetail {
  webhookUrl: string | null;
  events: WebhookEvent[];
}

const integrationResource: Resource<Integration, undefined> = {
  key: () => cacheKeys.integration,
  load: (client, _params, _portal, signal) => client.call(getIntegration, { signal }),
};

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

export interface IntegrationSettingsOptions {
  localize: LocalizeController<ApiSpecStrings>;
  /** Says and shows the outcome of a save beside its button. */
  announcer: Announcer;
  /** Whether the person may change the settings; otherwise they are shown read-only. */
  canEdit(): boolean;
}

/**
 * The webhook URL and events, saved with `PUT /v1/integration` (validated first, a 422
 * shown at its field), and a test delivery that reports the endpoint's status and latency.
 */
export class IntegrationSettings implements ReactiveController {
  readonly data: DataController<Integration, undefined>;
  #host: ReactiveElement;
  #options: IntegrationSettingsOptions;
  #url: string | undefined;
  #events: Set<WebhookEvent> | undefined;
  #urlError: string | undefined;
  #formError: string | undefined;
  #test: WebhookTestResult | undefined;
  #testError: string | undefined;
  readonly #saveWrite: WriteController<IntegrationUpdate, Integration>;
  readonly #testWrite: WriteController<void, WebhookTestResult>;

  constructor(host: ReactiveElement, link: PortalLink, options: IntegrationSettingsOptions) {
    this.#host = host;
    this.#options = options;
    const data = (this.data = new DataController(host, link, { resource: integrationResource }));
    this.#saveWrite = new WriteController(host, data, {
      send: (client, body, { signal }) => client.call(updateIntegration, { body, signal }),
      commit: (saved) => data.update(() => saved),
    });
    this.#testWrite = new WriteController(host, data, {
      send: (client, _args, { signal }) => client.call(testWebhook, { signal }),
    });
    host.addController(this);
  }

  /** Which of its writes is being sent, if any. */
  get #busy(): 'save' | 'test' | undefined {
    return this.#saveWrite.busy ? 'save' : this.#testWrite.busy ? 'test' : undefined;
  }

  hostUpdate(): void {
    // New data (another portal, or a save): the form starts from it again.
    if (this.data.status !== 'ready') this.#reset();
  }

  render() {
    const integration = this.data.value;
    const { localize } = this.#options;
    const t = localize.term.bind(localize);
    // The section keeps its place while its data loads or fails, so the settings never just
    // vanish: a skeleton, or the error with its retry.
    if (this.data.status !== 'ready' || !integration) {
      const status = this.data.status;
      if (status === 'signed-out' || status === 'choose-portal' || status === 'unconfigured')
        return nothing;
      return html`<section class="settings-state" part="settings" aria-labelledby="settings-title">
        <h3 id="settings-title">${t('settings')}</h3>
        ${
          status === 'loading'
            ? renderSkeleton(localize, 1)
            : status === 'forbidden'
              ? html`<p class="muted">${t('forbidden')}</p>`
              : renderError(this.data, localize)
        }
      </section>`;
    }
    if (!this.#options.canEdit()) return this.#renderReadOnly(integration);
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
            aria-disabled=${this.#busy === 'save' ? 'true' : 'false'}
          >
            ${this.#busy === 'save' ? t('saving') : t('save')}
          </button>
          <button
            type="button"
            part="test-button"
            aria-disabled=${this.#busy === 'test' ? 'true' : 'false'}
            @click=${() => this.#sendTest()}
          >
            ${this.#busy === 'test' ? t('testing') : t('testWebhook')}
          </button>
          ${this.#options.announcer.beside('save-settings')}
        </div>
      </fieldset>
      ${this.#formError ? html`<p class="field-error" role="alert">${this.#formError}</p>` : nothing}
      ${this.#renderTest()}
    </form>`;
  }

  /** Without the permission: the settings as text, and why they cannot be changed. */
  #renderReadOnly(integration: Integration) {
    const t = this.#options.localize.term.bind(this.#options.localize);
    return html`<section class="settings" part="settings" aria-labelledby="settings-title">
      <h3 id="settings-title">${t('settings')}</h3>
      <p class="muted">${t('settingsReadOnly')}</p>
      <dl>
        <dt>${t('webhookUrl')}</dt>
        <dd><code>${integration.webhookUrl ?? '—'}</code></dd>
        <dt>${t('webhookEvents')}</dt>
        <dd>${integration.events.map((name) => t(`event.${name}`)).join(', ') || '—'}</dd>
      </dl>
    </section>`;
  }

  #renderTest() {
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

  #reset(): void {
    this.#url = this.#events = this.#urlError = this.#formError = undefined;
    this.#test = this.#testError = undefined;
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
    if (this.#busy || !this.#options.canEdit()) return;
    const { localize } = this.#options;
    const webhookUrl = parseWebhookUrl(this.#url ?? integration.webhookUrl ?? '');
    if (webhookUrl === undefined) {
      this.#urlError = localize.term('webhookUrlInvalid');
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLInputElement>('#webhook-url')?.focus();
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
      this.#url = this.#events = undefined;
      this.#options.announcer.confirm(localize.term('saved'), 'save-settings');
      emit(this.#host, 'ld-settings-save', {
        webhookUrl: saved.webhookUrl,
        events: [...saved.events],
      });
    } else if (outcome.status === 'failed') {
      const { error } = outcome;
      const field = error.fieldErrors.find((item) => item.field === 'webhookUrl');
      if (error.kind === 'validation' && field) this.#urlError = field.message;
      else this.#formError = localize.term(`error.${error.kind}`);
    }
    this.#host.requestUpdate();
  }

  async #sendTest(): Promise<void> {
    if (this.#busy || !this.#options.canEdit()) return;
    this.#test = this.#testError = undefined;
    const outcome = await this.#testWrite.run();
    if (outcome.status === 'done') this.#test = outcome.value;
    else if (outcome.status === 'failed')
      this.#testError = this.#options.localize.term(`error.${outcome.error.kind}`);
    this.#host.requestUpdate();
  }
}
