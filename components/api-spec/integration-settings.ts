import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import type { Integration, WEBHOOK_EVENTS } from '../../src/api/contract/api-spec.js';
import { getIntegration } from '../../src/api/operations.js';
import { DataController, type Resource } from '../../src/controllers/data.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { PortalLink } from '../../src/portal/link.js';
import type { Announcer } from '../../src/ui/announcer.js';
import { LazyPart } from '../../src/ui/lazy.js';
import { renderError, renderSkeleton } from '../../src/ui/states.js';
import type { ApiSpecStrings } from './api-spec.strings.js';
import * as cacheKeys from '../../src/api/keys.js';
import { parts } from './parts.js';
import type { SettingsEditor } from './settings-editor.js';

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface SettingsSaveDetail {
  webhookUrl: string | null;
  events: WebhookEvent[];
}

const integrationResource: Resource<Integration, undefined> = {
  key: () => cacheKeys.integration,
  load: (client, _params, _portal, signal) => client.call(getIntegration, { signal }),
};

export interface IntegrationSettingsOptions {
  localize: LocalizeController<ApiSpecStrings>;
  /** Says and shows the outcome of a save beside the Edit button. */
  announcer: Announcer;
  /** Whether the person may change the settings; otherwise they are shown read-only. */
  canEdit(): boolean;
}

/**
 * The webhook URL and events as saved; with the permission, Edit opens the form and Send
 * test webhook tries the endpoint. Both are the settings editor, a lazy part (see parts.ts).
 */
export class IntegrationSettings implements ReactiveController {
  readonly data: DataController<Integration, undefined>;
  #host: ReactiveElement;
  #options: IntegrationSettingsOptions;
  readonly #part: LazyPart<Awaited<ReturnType<typeof parts.settings>>>;
  #editor: SettingsEditor | undefined;

  constructor(host: ReactiveElement, link: PortalLink, options: IntegrationSettingsOptions) {
    this.#host = host;
    this.#options = options;
    this.data = new DataController(host, link, { resource: integrationResource });
    this.#part = new LazyPart(host, () => parts.settings());
    host.addController(this);
  }

  hostUpdate(): void {
    // New data (another portal, or a save): the form starts from it again.
    if (this.data.status !== 'ready') {
      this.#editor?.reset();
      this.#part.forget();
    }
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
    const canEdit = this.#options.canEdit();
    const editor = this.#editor;
    if (canEdit && editor?.editing)
      return html`${editor.render(integration)}${editor.renderTest()}`;
    if (canEdit) this.#part.prefetchWhenIdle();
    const busy = editor?.busy;
    return html`<section class="settings" part="settings" aria-labelledby="settings-title">
      <h3 id="settings-title">${t('settings')}</h3>
      ${canEdit ? nothing : html`<p class="muted">${t('settingsReadOnly')}</p>`}
      <dl>
        <dt>${t('webhookUrl')}</dt>
        <dd><code>${integration.webhookUrl ?? '—'}</code></dd>
        <dt>${t('webhookEvents')}</dt>
        <dd>${localize.list(integration.events.map((name) => t(`event.${name}`))) || '—'}</dd>
      </dl>
      ${
        canEdit
          ? html`<div class="actions">
                <button
                  type="button"
                  id="save-settings"
                  @click=${this.#edit}
                  @pointerenter=${this.#part.prefetch}
                  @focus=${this.#part.prefetch}
                >
                  ${t('editSettings')}
                </button>
                <button
                  type="button"
                  part="test-button"
                  aria-disabled=${busy === 'test' ? 'true' : 'false'}
                  @click=${this.#test}
                  @pointerenter=${this.#part.prefetch}
                  @focus=${this.#part.prefetch}
                >
                  ${busy === 'test' ? t('testing') : t('testWebhook')}
                </button>
                ${this.#options.announcer.beside('save-settings')}
              </div>
              ${this.#part.renderFailure(localize, 'settings')} ${editor?.renderTest()}`
          : nothing
      }
    </section>`;
  }

  /** The editor, loaded now if need be; when it does not load, says so with a retry. */
  async #use(again: () => void): Promise<SettingsEditor | undefined> {
    const module = await this.#part.use('settings', again);
    if (!module) return undefined;
    return (this.#editor ??= new module.SettingsEditor(this.#host, {
      data: this.data,
      ...this.#options,
    }));
  }

  #edit = () => void this.#use(this.#edit).then((editor) => editor?.open());

  #test = () => void this.#use(this.#test).then((editor) => editor?.sendTest());
}
