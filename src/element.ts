import { html, LitElement, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LocalizeController } from './localize/localize.js';
import type { Strings } from './localize/strings.js';
import type { Theme } from './portal/config.js';
import { PortalLink } from './portal/link.js';
import { controlStyles } from './styles/controls.js';
import { stateStyles } from './styles/states.js';
import { tokens } from './styles/tokens.js';

/**
 * What every widget shares: theme, locale, text overrides and its link to a portal.
 * Behaviour lives in controllers; this class only wires them to attributes.
 */
export abstract class LdElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, stateStyles, controlStyles];

  /** `light`, `dark` or `system`. Defaults to the portal's theme, then `light`. */
  @property({ reflect: true }) theme: Theme | undefined;

  /** A BCP 47 locale; wins over `lang`, the enclosing `lang` and the portal's locale. */
  @property({ reflect: true }) locale: string | undefined;

  /** Text overrides by key, for this element only. */
  @property({ attribute: false }) strings: Strings | undefined;

  protected readonly link = new PortalLink(this);

  readonly #internals = this.attachInternals();

  /**
   * Tells CSS (`:state(loading)`, `:state(ready)`, `:state(error)`…) and a host's
   * `matches()` which state the widget's data is in.
   */
  protected showState(state: string): void {
    const states = this.#internals.states;
    if (states.has(state)) return;
    states.clear();
    states.add(state);
  }

  protected abstract readonly localize: LocalizeController<Strings>;

  /** Wraps a widget's content in its themed, localized root. */
  protected frame(content: unknown): TemplateResult {
    const theme = this.theme ?? this.link.runtime?.config.theme ?? 'light';
    return html`<div
      part="base"
      class="root"
      data-theme=${theme}
      dir=${this.localize.dir()}
      lang=${this.localize.lang()}
    >
      ${content}
    </div>`;
  }

  /** Locale and text overrides of the enclosing portal, for the localize controller. */
  protected readonly portalText = () => this.link.runtime?.config;
}
