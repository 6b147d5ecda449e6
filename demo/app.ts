import { html, nothing, render } from 'lit';
import type { LdPortal } from '../components/portal/portal.js';
import type { MockApi } from '../src/mocks/api.js';
import type { MockFault } from '../src/mocks/control.js';
import { mockAuth } from '../src/mocks/auth.js';
import { DEFAULT_PERSON, mockPeople, mockPortals } from '../src/mocks/people.js';
import type { TokenAuthProvider } from '../src/auth/token-auth.js';
import type { FilterChangeDetail } from '../components/ingestion-log/ingestion-log.js';
import type { AuthExpiredDetail } from '../src/events.js';
import { DATA_STATES } from '../src/controllers/data.js';
import { DATA_WIDGET_TAGS } from '../entries/tags.js';
import { directionOf, listFormat } from '../src/localize/format.js';
import { demoText, type DemoPerson } from './demo.strings.js';
import { SHIPPED_LOCALES } from '../locales/index.js';

/** What the address bar keeps, so that a link can be shared and reloaded. */
export interface DemoState {
  /** The signed-in demo person; none shows the sign-in step. */
  person: string | undefined;
  portal: string | undefined;
  theme: 'light' | 'dark' | 'system' | 'brand';
  locale: string;
  /** The ingestion log's filters, as its attributes. */
  log: Record<string, string>;
}

/** The faults the panel offers: none, offline (0), and the statuses a widget treats apart. */
const FAULTS = [null, 0, 401, 403, 409, 429, 500, 503] as const;

/**
 * A fault as the server sends it; 429 and 503 say when to come back, later than a widget
 * waits out unseen (10 s), so the wait shows and the widget retries by itself after it.
 */
function faultFor(status: number): MockFault {
  return status === 429 || status === 503 ? { status, retryAfter: 20 } : { status };
}

const LOG_FILTERS = ['preset', 'from', 'to', 'status', 'campaign', 'reason', 'search'] as const;
const WIDGETS = DATA_WIDGET_TAGS;
export const LOCALES = SHIPPED_LOCALES;

export function readState(search: string): DemoState {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const log: Record<string, string> = {};
  for (const name of LOG_FILTERS) {
    const value = params.get(`log.${name}`);
    if (value) log[name] = value;
  }
  return {
    // No person in the address: the default one, signed in. An empty one: the sign-in step.
    person: params.has('person') ? params.get('person') || undefined : DEFAULT_PERSON,
    portal: params.get('portal') ?? undefined,
    theme: theme === 'dark' || theme === 'system' || theme === 'brand' ? theme : 'light',
    locale: LOCALES.some((item) => item.value === params.get('locale'))
      ? (params.get('locale') as string)
      : 'en-US',
    log,
  };
}

export function writeState(state: DemoState): string {
  const params = new URLSearchParams();
  params.set('person', state.person ?? '');
  if (state.portal) params.set('portal', state.portal);
  if (state.theme !== 'light') params.set('theme', state.theme);
  if (state.locale !== 'en-US') params.set('locale', state.locale);
  for (const [name, value] of Object.entries(state.log)) params.set(`log.${name}`, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

const portalName = (portalId: string) => {
  const seed = mockPortals.find((item) => item.portalId === portalId);
  return seed ? `${seed.supplierName} · ${seed.agency}` : portalId;
};

/**
 * The hosted demo: a demo person signs in, picks one of their supplier portals and sees
 * every widget against the mock API, with theme, locale and a panel that simulates
 * latency, faults, malformed and leaking responses.
 */
export class DemoApp {
  state: DemoState;
  #root: HTMLElement;
  #mock: MockApi;
  #auth: TokenAuthProvider | undefined;
  #onState: (state: DemoState) => void;
  /** The widgets said the session ended: the header says so too, as a host's would. */
  #expired = false;

  constructor(
    root: HTMLElement,
    mock: MockApi,
    state: DemoState,
    onState: (state: DemoState) => void,
  ) {
    this.#root = root;
    this.#mock = mock;
    this.state = state;
    this.#onState = onState;
    const person = mockPeople.find((item) => item.id === state.person);
    if (person && !person.memberships.some((item) => item.portalId === state.portal))
      this.state.portal = person.memberships[0]?.portalId;
    if (person) this.#auth = mockAuth({ person: person.id, portalId: this.state.portal });
    this.#render();
    // The simulate panel's list of each widget's state, kept live while the page is.
    const timer = setInterval(
      () => (root.isConnected ? this.#showStates() : clearInterval(timer)),
      250,
    );
  }

  /** Signs a demo person in (or out, with `undefined`), on their first portal. */
  signIn(personId: string | undefined): void {
    this.#expired = false;
    const person = mockPeople.find((item) => item.id === personId);
    this.#auth = person ? mockAuth({ person: person.id }) : undefined;
    this.#update({ person: person?.id, portal: person?.memberships[0]?.portalId, log: {} });
  }

  /** Re-scopes every widget to another of the person's portals. */
  switchPortal(portalId: string): void {
    this.#auth?.setPortal(portalId);
    this.#update({ portal: portalId, log: {} });
  }

  #update(change: Partial<DemoState>): void {
    this.state = { ...this.state, ...change };
    this.#onState(this.state);
    this.#render();
  }

  /** The demo's own text in the chosen language. */
  #t = (key: Parameters<typeof demoText>[1], values?: Parameters<typeof demoText>[2]) =>
    demoText(this.state.locale, key, values);

  #render(): void {
    const person = mockPeople.find((item) => item.id === this.state.person);
    const t = this.#t;
    // The page speaks the chosen language, as a host's own page would.
    document.documentElement.lang = this.state.locale;
    document.documentElement.dir = directionOf(this.state.locale);
    // The whole page takes the theme, as a host's own page would, not only the widgets.
    document.documentElement.dataset.theme = this.state.theme;
    render(
      html`<header class="bar">
          <h1>Supplier Portal <span class="tag">${t('tag')}</span></h1>
          ${
            person && this.#expired
              ? html`<p class="who expired" role="status">
                  ${t('sessionEnded', { name: person.name })}
                  <button type="button" class="primary" @click=${() => this.signIn(person.id)}>
                    ${t('signInAgain')}
                  </button>
                </p>`
              : person
                ? html`<p class="who">
                    ${t('signedInAs', { name: person.name })}
                    <button type="button" @click=${() => this.signIn(undefined)}>
                      ${t('switchPerson')}
                    </button>
                  </p>`
                : nothing
          }
        </header>
        ${person ? this.#renderPortalView(person) : this.#renderSignIn()}`,
      this.#root,
    );
    // A widget new to the registry shows at the end until the layout gives it a place.
    const portal = this.#root.querySelector('ld-portal');
    for (const tag of DATA_WIDGET_TAGS)
      if (portal && !portal.querySelector(tag)) portal.append(document.createElement(tag));
  }

  #renderSignIn() {
    return html`<main class="sign-in">
      <h2>${this.#t('choosePerson')}</h2>
      <ul class="people">
        ${mockPeople.map(
          (person) =>
            html`<li>
              <button type="button" data-person=${person.id} @click=${() => this.signIn(person.id)}>
                <strong>${person.name}</strong> <span>${person.email}</span>
                <span>${this.#t(`shows.${person.id as DemoPerson}`)}</span>
                <span class="muted"
                  >${listFormat(this.state.locale, 'conjunction').format(
                    person.memberships.map((item) => portalName(item.portalId)),
                  )}</span
                >
              </button>
            </li>`,
        )}
      </ul>
    </main>`;
  }

  #renderPortalView(person: (typeof mockPeople)[number]) {
    const { state } = this;
    const theme = state.theme === 'brand' ? 'light' : state.theme;
    const t = this.#t;
    return html`<main class=${state.theme === 'brand' ? 'brand' : ''}>
      <form class="toolbar" aria-label=${t('settings')} @submit=${(e: Event) => e.preventDefault()}>
        <label
          >${t('portal')}
          <select
            id="portal"
            @change=${(e: Event) => this.switchPortal((e.target as HTMLSelectElement).value)}
          >
            ${person.memberships.map((item) => html`<option value=${item.portalId} ?selected=${item.portalId === state.portal}>${portalName(item.portalId)}</option>`)}
          </select>
        </label>
        <label
          >${t('theme')}
          <select
            @change=${(e: Event) => this.#update({ theme: (e.target as HTMLSelectElement).value as DemoState['theme'] })}
          >
            ${(['light', 'dark', 'system', 'brand'] as const).map((value) => html`<option value=${value} ?selected=${state.theme === value}>${t(`theme.${value}`)}</option>`)}
          </select>
        </label>
        <label
          >${t('language')}
          <select
            @change=${(e: Event) => this.#update({ locale: (e.target as HTMLSelectElement).value })}
          >
            ${LOCALES.map((item) => html`<option value=${item.value} ?selected=${state.locale === item.value}>${item.label}</option>`)}
          </select>
        </label>
      </form>
      ${this.#renderSimulate()}
      <ld-portal
        api-base="/api"
        .auth=${this.#auth}
        .clock=${this.#mock.clock}
        theme=${theme}
        locale=${state.locale}
        class="widgets"
        @ld-auth-expired=${this.#onExpired}
      >
        <ld-pause-toggle></ld-pause-toggle>
        <ld-caps-meter></ld-caps-meter>
        <ld-payout-summary></ld-payout-summary>
        <ld-intake-report class="wide"></ld-intake-report>
        <ld-ingestion-log
          class="wide"
          preset=${state.log.preset ?? 'last-7-days'}
          from=${state.log.from ?? nothing}
          to=${state.log.to ?? nothing}
          status=${state.log.status ?? nothing}
          campaign=${state.log.campaign ?? nothing}
          reason=${state.log.reason ?? nothing}
          search=${state.log.search ?? ''}
          @ld-filter-change=${this.#onFilters}
        ></ld-ingestion-log>
        <ld-api-spec class="wide"></ld-api-spec>
      </ld-portal>
    </main>`;
  }

  #renderSimulate() {
    const control = this.#mock.control;
    const t = this.#t;
    const set = (change: () => void) => () => {
      change();
      this.#reload();
    };
    return html`<details class="simulate">
      <summary>${t('simulate')}</summary>
      <div class="simulate-panel">
        <label
          >${t('latency')}
          <input
            type="number"
            min="0"
            step="100"
            .value=${String(control.latency)}
            @change=${(e: Event) => set(() => (control.latency = Number((e.target as HTMLInputElement).value) || 0))()}
        /></label>
        <label
          >${t('fault')}
          <select
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              set(() => (control.faults = value === '' ? [] : [faultFor(Number(value))]))();
            }}
          >
            ${FAULTS.map((status) => html`<option value=${status ?? ''} ?selected=${(control.faults[0]?.status ?? null) === status}>${status === null ? t('faultNone') : status === 0 ? t('offline') : String(status)}</option>`)}
          </select>
        </label>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${!!control.malformed}
            @change=${(e: Event) => set(() => (control.malformed = (e.target as HTMLInputElement).checked ? { kind: 'types' } : null))()}
          />
          ${t('malformed')}</label
        >
        <label class="check"
          ><input
            type="checkbox"
            .checked=${control.leak}
            @change=${(e: Event) => set(() => (control.leak = (e.target as HTMLInputElement).checked))()}
          />
          ${t('leak')}</label
        >
        <dl class="states" aria-label=${t('states')}></dl>
      </div>
    </details>`;
  }

  #showStates(): void {
    const list = this.#root.querySelector('.states');
    if (!list) return;
    render(
      WIDGETS.map((name) => {
        const widget = this.#root.querySelector(name);
        const state = DATA_STATES.find((item) => widget?.matches(`:state(${item})`)) ?? '—';
        return html`<div>
          <dt>${name}</dt>
          <dd data-state=${state}>${state}</dd>
        </div>`;
      }),
      list as HTMLElement,
    );
  }

  /** Asks every widget for its data again, under the simulated conditions. */
  #reload(): void {
    const portal = this.#root.querySelector<LdPortal>('ld-portal');
    if (!portal || !this.#auth) return;
    // A fresh sign-in of the same person drops every cached answer and loads again.
    this.#auth = mockAuth({ person: this.state.person, portalId: this.state.portal });
    portal.auth = this.#auth;
  }

  /** The session ended; "Sign in again" in a widget opens the demo's own sign-in (a fresh one). */
  #onExpired = (event: CustomEvent<AuthExpiredDetail>) => {
    this.#expired = true;
    if (event.detail.requested) {
      event.preventDefault();
      this.signIn(this.state.person);
      return;
    }
    this.#render();
  };

  #onFilters = ({ detail }: CustomEvent<FilterChangeDetail>) => {
    const filters: Record<string, string | undefined> = {
      preset: detail.preset,
      from: detail.from,
      to: detail.to,
      status: detail.status,
      campaign: detail.campaignId,
      reason: detail.reason,
      search: detail.q,
    };
    const log: Record<string, string> = {};
    for (const [name, value] of Object.entries(filters)) if (value) log[name] = value;
    this.state = { ...this.state, log };
    this.#onState(this.state);
  };
}
