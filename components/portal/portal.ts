import { ContextProvider } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { requestSignIn } from '../../src/controllers/data.js';
import { LocalizeController } from '../../src/localize/localize.js';
import { commonStrings } from '../../src/localize/strings.js';
import { renderError } from '../../src/ui/states.js';
import { stateStyles } from '../../src/styles/states.js';
import { controlStyles } from '../../src/styles/controls.js';
import { tokens } from '../../src/styles/tokens.js';
import { shippedLanguages } from '../../locales/index.js';
import { property } from 'lit/decorators.js';
import type { TokenAuthProvider } from '../../src/auth/token-auth.js';
import type { AuthProvider } from '../../src/auth/types.js';
import type { Clock } from '../../src/clock/clock.js';
import type { Strings } from '../../src/localize/strings.js';
import type { PortalConfig, Theme } from '../../src/portal/config.js';
import { portalContext } from '../../src/portal/context.js';
import { PortalRuntime } from '../../src/portal/runtime.js';

/**
 * @summary Gives every widget inside it the portal configuration: API base URL, auth,
 * locale and theme. Its only content of its own is a message when two or more widgets
 * fail the same way (offline, the service down, the session over): shown once, above
 * them, with one action for all, while each widget only points to it. Widgets outside
 * any `ld-portal` use the defaults set with `configure()`.
 * @tagname ld-portal
 * @slot - The widgets of this portal.
 * @csspart fault - The message for a fault the widgets share, with its retry or sign-in.
 * @csspart retry - Its "Try again" button.
 * @csspart sign-in - Its "Sign in again" button, after the session ended.
 */
export class LdPortal extends LitElement {
  /** The tag the package registers it under. */
  static readonly tag = 'ld-portal';
  static override styles = [
    tokens,
    stateStyles,
    controlStyles,
    css`
      :host {
        display: contents;
      }
      /* Spans the row when the portal lays its widgets out in a grid. */
      .fault {
        grid-column: 1 / -1;
        border-inline-start: 4px solid var(--_danger);
      }
    `,
  ];

  /** Base URL of the portal API, such as `https://api.leaddistro.ai`. Defaults to the page's origin. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /** The auth provider: `clerkAuth(...)` or `tokenAuth(...)`. */
  @property({ attribute: false }) auth: AuthProvider | null = null;

  /** Locale for every widget inside, unless a widget sets its own. */
  @property() locale: string | undefined;

  /** `light`, `dark` or `system`, for every widget inside unless one sets its own. */
  @property() theme: Theme | undefined;

  /** Text overrides for every widget inside, by string key. */
  @property({ attribute: false }) strings: Strings | undefined;

  /**
   * Switches the active portal, for auth providers the host drives (`tokenAuth`). With
   * Clerk, the active organization decides instead.
   */
  @property({ attribute: 'portal-id' }) portalId: string | undefined;

  /** Per-attempt request timeout in milliseconds. */
  @property({ type: Number }) timeout: number | undefined;

  /**
   * Where every widget inside reads the time (`{ now() }`, in ms). The real time by
   * default; a test, story or screenshot sets a fixed one with `manualClock()`.
   */
  @property({ attribute: false }) clock: Clock | undefined;

  /** The shared state of this portal's widgets. */
  readonly runtime = new PortalRuntime();

  protected readonly localize = new LocalizeController(this, {
    defaults: commonStrings,
    languages: shippedLanguages,
    portal: () => this.runtime.config,
  });

  #unwatch: (() => void) | undefined;

  constructor() {
    super();
    new ContextProvider(this, { context: portalContext, initialValue: this.runtime });
  }

  override connectedCallback(): void {
    // Configure before the first render, so widgets inside never start unconfigured.
    this.#apply();
    super.connectedCallback();
    this.#unwatch = this.runtime.faults.watch(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#apply();
    if (changed.has('portalId') || changed.has('auth')) this.#applyPortalId();
  }

  /** Only providers the host drives take the attribute; Clerk follows its active organization. */
  #applyPortalId(): void {
    const auth = this.auth;
    if (!this.portalId || !auth || !('setPortal' in auth)) return;
    const state = auth.state;
    if (state.status !== 'active' || state.portalId !== this.portalId) {
      (auth as TokenAuthProvider).setPortal(this.portalId);
    }
  }

  protected override render() {
    const faults = this.runtime.faults;
    const shared = faults.shared;
    // A fault two or more widgets share, once, above them, with one action for all.
    return html`${
        shared
          ? html`<div
              part="fault"
              class="root fault"
              data-theme=${this.theme ?? 'light'}
              dir=${this.localize.dir()}
              lang=${this.localize.lang()}
            >
              ${renderError(
                {
                  error: shared,
                  reload: () => faults.retryShared(),
                  signIn: () => requestSignIn(this, this.runtime),
                },
                this.localize,
              )}
            </div>`
          : nothing
      }<slot></slot>`;
  }

  #apply(): void {
    const config: Partial<PortalConfig> = {
      auth: this.auth,
      locale: this.locale,
      theme: this.theme,
      strings: this.strings,
    };
    if (this.apiBase !== undefined) config.apiBase = this.apiBase;
    if (this.timeout !== undefined) config.timeout = this.timeout;
    if (this.clock) config.clock = this.clock;
    this.runtime.configure(config);
  }
}
