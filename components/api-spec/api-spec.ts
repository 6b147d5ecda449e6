import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiSpec, SpecField } from '../../src/api/contract/api-spec.js';
import { getApiSpec } from '../../src/api/operations.js';
import { hasPermission } from '../../src/api/contract/codes.js';
import { DataController, type Resource } from '../../src/controllers/data.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import { LdElement } from '../../src/element.js';
import { emit } from '../../src/events.js';
import { LocalizeController } from '../../src/localize/localize.js';
import { copyText } from '../../src/ui/copy.js';
import { Announcer } from '../../src/ui/announcer.js';
import { ScrollStops } from '../../src/ui/scroll-stops.js';
import { dialogStyles } from '../../src/styles/dialog.js';
import { LazyPart } from '../../src/ui/lazy.js';
import { renderDataState, renderFailure, renderSkeleton } from '../../src/ui/states.js';
import type { ApiKey, KeyRevealDetail, KeyRotateDetail } from './api-key.js';
import { parts } from './parts.js';
import { apiSpecStyles } from './api-spec.styles.js';
import { apiSpecStrings, type ApiSpecStrings } from './api-spec.strings.js';
import { CodeTabs, type CodeSample } from './code-tabs.js';
import { IntegrationSettings, type SettingsSaveDetail } from './integration-settings.js';
import {
  curlRequest,
  KEY_PLACEHOLDER,
  nodeVerifier,
  REQUEST_LANGUAGES,
  VERIFIER_LANGUAGES,
  type SnippetValue,
} from './snippets.js';
import * as cacheKeys from '../../src/api/keys.js';
import { formStyles } from '../../src/styles/controls.js';
import { shippedLanguages } from '../../locales/index.js';

export interface CopyDetail {
  /** What was copied: the endpoint, a request snippet or a webhook verifier. */
  what: 'endpoint' | 'request' | 'verifier';
  /** The snippet's language, for snippets. */
  language?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ld-copy': CustomEvent<CopyDetail>;
    'ld-key-reveal': CustomEvent<KeyRevealDetail>;
    'ld-key-rotate': CustomEvent<KeyRotateDetail>;
    'ld-settings-save': CustomEvent<SettingsSaveDetail>;
  }
}

const specResource: Resource<ApiSpec, undefined> = {
  key: () => cacheKeys.apiSpec,
  load: (client, _params, _portal, signal) => client.call(getApiSpec, { signal }),
};

const FIELD_COLUMNS = ['name', 'type', 'required', 'format', 'allowed', 'example'] as const;

/** Required fields first, each group in the server's order. */
const byRequired = (fields: readonly SpecField[]) =>
  [...fields].sort((a, b) => Number(b.required) - Number(a.required));

/**
 * @summary A supplier's integration guide: the endpoint and auth header, the field table,
 * request snippets in curl, JavaScript, Python and PHP that are correct to paste whatever
 * the values hold, example responses, rate limits, webhook signature checks, the API key
 * (masked; revealed and rotated with the permissions) and the webhook settings. Prints
 * legibly, with the key masked.
 * @tagname ld-api-spec
 *
 * @event ld-copy - Something was copied. `detail`: `{ what, language }`; never the text itself.
 * @event ld-key-reveal - The key was revealed. `detail`: `{ seconds }` until it is masked again; never the key.
 * @event ld-key-rotate - The key was rotated. `detail`: `{ previousKeyExpiresAt }`; never a key.
 * @event ld-settings-save - The webhook settings were saved. `detail`: `{ webhookUrl, events }`.
 * @event ld-auth-expired - The session ended even after a token refresh.
 * @event ld-error - The widget entered its error state. `detail`: `{ kind, status, code }`.
 *
 * @slot loading - Replaces the loading skeleton.
 * @slot error - Replaces the error message and its retry button.
 * @slot forbidden - Shown when the person may not see the spec.
 * @slot signed-out - Shown when nobody is signed in.
 * @slot choose-portal - Replaces the list of portals offered when none is active.
 * @slot unconfigured - Shown when the widget is in no `ld-portal` and `configure()` was not called.
 *
 * @cssstate loading - Waiting for its data (`:state(loading)`).
 * @cssstate ready - Showing its data.
 * @cssstate error - Showing an error with a retry.
 * @cssstate forbidden - The person may not see this data.
 * @cssstate signed-out - Nobody is signed in.
 * @cssstate choose-portal - No portal is active; the person's portals are offered.
 * @cssstate unconfigured - In no `ld-portal`, and `configure()` was not called.
 *
 * @csspart base - The widget's frame.
 * @csspart header - The title row.
 * @csspart title - The heading.
 * @csspart notice - The test-mode and key-rotation notices.
 * @csspart key - The API key, masked or revealed.
 * @csspart fields - The field table.
 * @csspart filter - The field filter.
 * @csspart tab - A snippet's tab.
 * @csspart code - A snippet's code.
 * @csspart copy-button - A copy button.
 * @csspart settings - The integration settings form.
 * @csspart input - The webhook URL field.
 * @csspart test-button - The "send test webhook" button.
 * @csspart test-result - The test webhook's outcome.
 * @csspart rotation - The key rotation section, set apart from the settings.
 * @csspart dialog - The key rotation confirmation.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --ld-code-background - Background of code. Default: the alternate surface.
 * @cssproperty --ld-font-family-mono - Font of code and keys.
 * @cssproperty --ld-color-surface - Background.
 * @cssproperty --ld-color-text - Text colour.
 * @cssproperty --ld-color-text-muted - Secondary text colour.
 * @cssproperty --ld-color-border - Borders.
 * @cssproperty --ld-color-accent - Buttons, tabs and the focus ring.
 * @cssproperty --ld-color-warning - The test-mode notice.
 * @cssproperty --ld-color-danger - Errors.
 * @cssproperty --ld-font-family - Font.
 * @cssproperty --ld-radius - Corner radius.
 * @cssproperty --ld-spacing - Inner spacing.
 */
export class LdApiSpec extends LdElement {
  /** The tag the package registers it under. */
  static readonly tag = 'ld-api-spec';
  static override styles = [LdElement.styles, formStyles, dialogStyles, apiSpecStyles];

  protected readonly localize = new LocalizeController<ApiSpecStrings>(this, {
    defaults: apiSpecStrings,
    part: 'api-spec',
    languages: shippedLanguages,
    portal: this.portalText,
  });

  /** Seconds a revealed key stays on screen before it is masked again. */
  @property({ type: Number, attribute: 'reveal-seconds' }) revealSeconds = 30;

  /** Only fields whose name holds this text. */
  @state() private fieldFilter = '';
  /** Says copies, reveals, rotations and saves, and shows copies and saves beside their button. */
  readonly #announcer = new Announcer(this);
  /** Code and the field table are tab stops only while they scroll. */
  protected readonly scrollStops = new ScrollStops(this, 'pre, .table-scroll');
  readonly #keyPart = new LazyPart(this, () => parts.key());
  /** The key's reveal and rotation, once their part has loaded. */
  #key: ApiKey | undefined;

  readonly #data = new DataController(this, this.link, {
    resource: specResource,
    onStatus: (status) => {
      this.showState(status);
      // One retry brings the whole widget back: settings that failed with the spec try again.
      if (status === 'loading' && this.#settings.data.status === 'error')
        this.#settings.data.reload();
    },
  });
  readonly #settings = new IntegrationSettings(this, this.link, {
    localize: this.localize,
    announcer: this.#announcer,
    canEdit: () => hasPermission(this.#data.portal, 'org:portal:integration'),
  });
  readonly #tabs = new CodeTabs(this, {
    copy: (group, sample) =>
      void this.#copy(
        sample.code,
        { what: group === 'verify' ? 'verifier' : 'request', language: sample.id },
        `copy-${group}`,
      ),
    confirmation: (group) => this.#announcer.beside(`copy-${group}`),
    copyLabel: () => this.localize.term('copy'),
    pending: () => {
      const part = this.#snippetPart;
      return part.error
        ? renderFailure(part.error, this.localize, () => void part.load().catch(() => undefined))
        : renderSkeleton(this.localize, 3);
    },
    wanted: () => this.#snippetPart.prefetch(),
  });
  /** The other languages' snippets, fetched after the first screen; the first tabs are here. */
  readonly #snippetPart = new LazyPart(this, () => parts.snippets());

  protected override render() {
    const data = this.#data;
    this.localize.timeZone = data.portal?.timeZone;
    const t = this.localize.term.bind(this.localize);
    return this.frame(html`
      <section aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${t('title')}</h2>
        </header>
        ${renderDataState(data, this.localize, (spec) => this.#renderSpec(spec), { skeletonLines: 10 })}
        ${this.#announcer.region()}
      </section>
    `);
  }

  #renderSpec(spec: ApiSpec) {
    const t = this.localize.term.bind(this.localize);
    const portal = this.#data.portal;
    return html`
      ${portal?.testMode ? html`<p class="notice test-mode" part="notice">${t('testMode')}</p>` : nothing}
      ${this.#renderEndpoint(spec)} ${this.#renderFields(spec.fields)}
      <h3>${t('requests')}</h3>
      <p class="muted">${t('requestsNote')}</p>
      ${this.#tabs.render('request', t('requests'), this.#requestSamples(spec))}
      ${this.#renderResponses(spec)}
      <h3>${t('webhooks')}</h3>
      <p>${t('webhooksNote', { header: spec.webhookSigning.header })}</p>
      ${this.#tabs.render(
        'verify',
        t('webhooks'),
        VERIFIER_LANGUAGES.map((language) => ({
          id: language,
          label: t(`language.${language}`),
          code:
            language === 'node'
              ? nodeVerifier(spec.webhookSigning.header)
              : this.#snippetPart.module?.verifierSnippet(language, spec.webhookSigning.header),
        })),
      )}
      ${this.#settings.render()} ${this.#renderRotation()}
    `;
  }

  #renderEndpoint(spec: ApiSpec) {
    const t = this.localize.term.bind(this.localize);
    const canReveal = hasPermission(this.#data.portal, 'org:portal:reveal_key');
    const key = this.#key;
    const revealed = key?.revealed;
    if (canReveal || this.#canRotate()) this.#keyPart.prefetchWhenIdle();
    return html`<dl class="endpoint">
        <div>
          <dt>${t('endpoint')}</dt>
          <dd>
            <code>${spec.method} ${spec.endpoint}</code>
            <button
              type="button"
              part="copy-button"
              @click=${() => this.#copy(spec.endpoint, { what: 'endpoint' }, 'copy-endpoint')}
            >
              ${t('copyEndpoint')}
            </button>
            ${this.#announcer.beside('copy-endpoint')}
          </dd>
        </div>
        <div>
          <dt>${t('auth')}</dt>
          <dd>
            <code
              >${spec.authHeader}:
              <span part="key" class="key" data-revealed=${revealed !== undefined}
                >${revealed ?? spec.maskedKey}</span
              ></code
            >
            ${revealed !== undefined ? html`<code class="print-only">${spec.maskedKey}</code>` : nothing}
            ${
              canReveal
                ? html`<button
                    type="button"
                    id="reveal"
                    aria-disabled=${key?.busy === 'reveal' ? 'true' : 'false'}
                    @click=${this.#toggleReveal}
                    @pointerenter=${this.#keyPart.prefetch}
                    @focus=${this.#keyPart.prefetch}
                  >
                    ${revealed === undefined ? t('reveal') : t('hide')}
                  </button>`
                : html`<span class="muted">${t('noReveal')}</span>`
            }
            ${key?.renderError('reveal')} ${this.#keyPart.renderFailure(this.localize, 'reveal')}
            <p class="muted">${t('authNote')}</p>
          </dd>
        </div>
      </dl>
      <p>
        ${t('rateLimit', {
          perMinute: spec.rateLimit.requestsPerMinute,
          burst: spec.rateLimit.burst,
        })}
        ${t('contentTypes', { types: this.localize.list(spec.contentTypes, 'disjunction') })}
      </p>`;
  }

  #renderFields(fields: readonly SpecField[]) {
    const t = this.localize.term.bind(this.localize);
    const filter = this.fieldFilter.trim().toLowerCase();
    const list = bounded(
      byRequired(fields).filter((field) => field.name.toLowerCase().includes(filter)),
      LIST_BOUNDS.fields,
    );
    const shown = list.shown;
    return html`<h3 id="fields-title">${t('fields')}</h3>
      <label class="filter">
        ${t('filterFields')}
        <input
          type="search"
          part="filter"
          .value=${this.fieldFilter}
          @input=${(event: Event) => (this.fieldFilter = (event.target as HTMLInputElement).value)}
        />
      </label>
      <div class="table-scroll" role="region" aria-labelledby="fields-title">
        <table part="fields" role="table">
          <thead>
            <tr role="row">
              ${FIELD_COLUMNS.map((column) => html`<th scope="col" role="columnheader">${t(`column.${column}`)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${shown.map((field) => {
              const cells: Record<(typeof FIELD_COLUMNS)[number], unknown> = {
                name: '',
                type: field.type,
                required: field.required ? t('yes') : t('no'),
                format: field.format ?? '',
                allowed: field.allowedValues?.join(', ') ?? '',
                example:
                  field.example === null ? '' : html`<code>${JSON.stringify(field.example)}</code>`,
              };
              return html`<tr role="row">
                <th scope="row" role="rowheader">
                  <code>${field.name}</code>
                  ${field.description ? html`<div class="muted">${field.description}</div>` : nothing}
                </th>
                ${FIELD_COLUMNS.slice(1).map(
                  (column) =>
                    html`<td role="cell" data-label=${t(`column.${column}`)}>${cells[column]}</td>`,
                )}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${renderCut(list, this.localize)}
      ${shown.length ? nothing : html`<p role="status">${t('noFields', { filter: this.fieldFilter })}</p>`}`;
  }

  #requestSamples(spec: ApiSpec): CodeSample[] {
    const body: [string, SnippetValue][] = [];
    for (const field of spec.fields)
      if (field.example !== null) body.push([field.name, field.example]);
    const input = {
      endpoint: spec.endpoint,
      authHeader: spec.authHeader,
      apiKey: this.#key?.revealed ?? KEY_PLACEHOLDER,
      body,
    };
    // Their panels are on the page (hidden, and shown in print) with a placeholder: the
    // other languages are fetched right after this first screen, not when a tab is chosen.
    this.#snippetPart.prefetch();
    return REQUEST_LANGUAGES.map((language) => ({
      id: language,
      label: this.localize.term(`language.${language}`),
      code:
        language === 'curl'
          ? curlRequest(input)
          : this.#snippetPart.module?.requestSnippet(language, input),
    }));
  }

  #renderResponses(spec: ApiSpec) {
    const t = this.localize.term.bind(this.localize);
    const responses = bounded(spec.exampleResponses, LIST_BOUNDS.responses);
    return html`<h3>${t('responses')}</h3>
      <ul class="responses">
        ${responses.shown.map(
          (response) =>
            html`<li>
              <p><strong>${response.status}</strong> ${response.label}</p>
              ${bounded(response.headers ?? [], LIST_BOUNDS.headers).shown.map(
                (header) =>
                  html`<p class="muted">
                    ${t('retryAfterHeader', { name: header.name, value: header.value })}
                  </p>`,
              )}
              <pre><code>${response.body}</code></pre>
            </li>`,
        )}
      </ul>
      ${renderCut(responses, this.localize)}`;
  }

  #canRotate(): boolean {
    return hasPermission(this.#data.portal, 'org:portal:integration');
  }

  #renderRotation() {
    if (!this.#canRotate()) return nothing;
    const t = this.localize.term.bind(this.localize);
    // Set apart from the settings' Save, in the danger style: it breaks every sender until updated.
    return html`<div class="rotation" part="rotation">
      <h3 id="rotate-title">${t('rotateSection')}</h3>
      <p class="muted" id="rotate-hint">${t('rotateHint')}</p>
      <button
        type="button"
        id="rotate"
        class="danger"
        aria-describedby="rotate-hint"
        @click=${this.#openRotation}
        @pointerenter=${this.#keyPart.prefetch}
        @focus=${this.#keyPart.prefetch}
      >
        ${this.localize.term('rotate')}
      </button>
      ${this.#key?.renderNotice()} ${this.#keyPart.renderFailure(this.localize, 'rotate')}
      ${this.#key?.renderRotation()}
    </div>`;
  }

  /** The key's part, loaded now if need be; when it does not load, says so at `at`. */
  async #useKey(at: 'reveal' | 'rotate', again: () => void): Promise<ApiKey | undefined> {
    const module = await this.#keyPart.use(at, again);
    if (!module) return undefined;
    return (this.#key ??= new module.ApiKey(this, {
      data: this.#data,
      localize: this.localize,
      announcer: this.#announcer,
      seconds: () => Math.max(1, this.revealSeconds),
    }));
  }

  #toggleReveal = () => {
    const toggle = (key: ApiKey) => (key.revealed === undefined ? key.reveal() : key.hide());
    // Loaded: at once, so a Hide masks the key in the same task.
    if (this.#key) return void toggle(this.#key);
    void this.#useKey('reveal', this.#toggleReveal).then((key) => key && toggle(key));
  };

  #openRotation = (event: Event) => {
    const opener = event.currentTarget as HTMLElement;
    const open = () => {
      if (this.#key) return void this.#key.askRotation(opener);
      void this.#useKey('rotate', open).then((key) => key?.askRotation(opener));
    };
    open();
  };

  async #copy(text: string, detail: CopyDetail, where: string): Promise<void> {
    const dialog = this.#key?.dialog.element;
    const copied = await copyText(text, dialog?.open ? dialog : this.renderRoot);
    this.#announcer.confirm(this.localize.term(copied ? 'copied' : 'copyFailed'), where);
    if (copied) emit(this, 'ld-copy', detail);
  }
}
