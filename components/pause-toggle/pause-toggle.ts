import { renderZoneNote } from '../../src/ui/zone-note.js';
import { html, nothing } from 'lit';
import type { Cap } from '../../src/api/contract/caps.js';
import type { Portal, PortalStatus } from '../../src/api/contract/portal.js';
import { hasPermission } from '../../src/api/contract/codes.js';
import { capsResource, portalResource } from '../../src/api/resources.js';
import { DataController } from '../../src/controllers/data.js';
import { LdElement } from '../../src/element.js';
import { emit } from '../../src/events.js';
import { LocalizeController } from '../../src/localize/localize.js';
import { Announcer } from '../../src/ui/announcer.js';
import { dialogStyles } from '../../src/styles/dialog.js';
import { LazyPart } from '../../src/ui/lazy.js';
import { renderDataState } from '../../src/ui/states.js';
import { parts } from './parts.js';
import type { PauseConfirm } from './pause-confirm.js';
import { pauseToggleStyles } from './pause-toggle.styles.js';
import { pauseToggleStrings, type PauseToggleStrings } from './pause-toggle.strings.js';
import { formStyles } from '../../src/styles/controls.js';
import { shippedLanguages } from '../../locales/index.js';

export interface PauseRequestDetail {
  /** Whether the supplier asked to pause (`true`) or to resume. */
  paused: boolean;
}

export interface PauseChangeDetail {
  paused: boolean;
  reason: string | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ld-pause-request': CustomEvent<PauseRequestDetail>;
    'ld-pause-change': CustomEvent<PauseChangeDetail>;
  }
}

/**
 * @summary Pauses and resumes the supplier's own traffic. Shows who paused it, when and
 * why, and a pause held by a reached cap (which cannot be lifted by hand). A change is
 * confirmed, shown at once on every widget of the page, sent once however often it is
 * clicked or retried, and rolled back with a clear message if it fails. Lists the last
 * ten changes.
 * @tagname ld-pause-toggle
 *
 * @event ld-pause-request - Cancelable; fired before the confirmation opens and before anything is sent. `detail`: `{ paused }`. A host that cancels it can ask its own question, then call `setPaused()`.
 * @event ld-pause-change - The change was made. `detail`: `{ paused, reason }`.
 * @event change - The change was made, as a native `change` event.
 * @event ld-auth-expired - The session ended even after a token refresh.
 * @event ld-error - The widget entered its error state. `detail`: `{ kind, status, code }`.
 *
 * @slot loading - Replaces the loading skeleton.
 * @slot error - Replaces the error message and its retry button.
 * @slot forbidden - Shown when the person may not see the status.
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
 * @csspart switch - The switch.
 * @csspart status - The current state, and who paused it when.
 * @csspart notice - Why the switch cannot be used, or what failed.
 * @csspart dialog - The confirmation.
 * @csspart reason - The reason field of the confirmation.
 * @csspart history - The list of recent changes.
 * @csspart retry - The retry button of the error state, and of a failed change.
 *
 * @cssproperty --ld-color-surface - Background.
 * @cssproperty --ld-color-text - Text colour.
 * @cssproperty --ld-color-text-muted - Secondary text colour.
 * @cssproperty --ld-color-border - Borders.
 * @cssproperty --ld-color-accent - The switch when on, buttons and the focus ring.
 * @cssproperty --ld-color-track - The switch when off.
 * @cssproperty --ld-color-danger - A failed change.
 * @cssproperty --ld-font-family - Font.
 * @cssproperty --ld-radius - Corner radius.
 * @cssproperty --ld-spacing - Inner spacing.
 */
export class LdPauseToggle extends LdElement {
  /** The tag the package registers it under. */
  static readonly tag = 'ld-pause-toggle';
  static override styles = [LdElement.styles, formStyles, dialogStyles, pauseToggleStyles];

  protected readonly localize = new LocalizeController<PauseToggleStrings>(this, {
    defaults: pauseToggleStrings,
    part: 'pause-toggle',
    languages: shippedLanguages,
    portal: this.portalText,
  });

  readonly #data = new DataController(this, this.link, {
    resource: portalResource,
    onStatus: (status) => this.showState(status),
  });
  // Shared with the caps meter through the cache: it names the cap that holds a pause.
  readonly #caps = new DataController(this, this.link, { resource: capsResource });
  readonly #announcer = new Announcer(this);
  readonly #part = new LazyPart(this, () => parts.confirm());
  /** The confirmation and the change it sends, once its part has loaded. */
  #confirm: PauseConfirm | undefined;
  #portalId: string | undefined;

  /** Whether the supplier's traffic is paused, as last known; `undefined` before it loads. */
  get paused(): boolean | undefined {
    const status = this.#data.portal?.status;
    return status && status.state === 'paused';
  }

  /**
   * Makes a change without this widget's confirmation: for a host that cancelled
   * `ld-pause-request` and asked its own question. Resolves with whether it was made.
   */
  async setPaused(paused: boolean, reason: string | null = null): Promise<boolean> {
    if (!this.#canChange(paused)) return false;
    const confirm = await this.#load(() => void this.setPaused(paused, reason));
    if (!confirm || !this.#canChange(paused)) return false;
    return this.#finish(await confirm.send(paused, reason));
  }

  /** The confirmation part, loaded now if need be; on failure, its error with a retry. */
  async #load(again: () => void): Promise<PauseConfirm | undefined> {
    const module = await this.#part.use('switch', again);
    if (!module) return undefined;
    return (this.#confirm ??= new module.PauseConfirm(this, {
      data: this.#data,
      localize: this.localize,
      finish: (status) => this.#finish(status),
      capHold: () => this.#capHold(this.#data.portal!) ?? this.localize.term('capHoldUnknown'),
      confirm: (paused, reason) => void this.setPaused(paused, reason),
    }));
  }

  /** Tells the outcome of a change to screen readers and, when it was made, to the host. */
  #finish(status: PortalStatus | undefined): boolean {
    const failure = this.#confirm?.flow.failure;
    if (!status) {
      if (failure)
        this.#announcer.say(this.localize.term(`failed.${failure.paused ? 'pause' : 'resume'}`));
      return false;
    }
    const detail = { paused: status.state === 'paused', reason: status.reason };
    this.#announcer.say(this.localize.term(`done.${detail.paused ? 'pause' : 'resume'}`));
    emit(this, 'ld-pause-change', detail);
    this.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }

  protected override willUpdate(): void {
    const portalId = this.#data.portal?.portalId;
    if (portalId === this.#portalId) return;
    this.#portalId = portalId;
    this.#part.forget();
    this.#confirm?.reset(portalId);
  }

  protected override render() {
    const data = this.#data;
    this.localize.timeZone = data.portal?.timeZone;
    const t = this.localize.term.bind(this.localize);
    return this.frame(html`
      <section aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${t('title')}</h2>
          ${renderZoneNote(this.localize, !!data.portal)}
        </header>
        ${renderDataState(data, this.localize, () => this.#renderPortal(data.portal!), {
          skeletonLines: 3,
          // Not knowing is said as such: intake itself is not off because this failed.
          errorNote: t('unknownState'),
        })}
        ${this.#announcer.region()}
      </section>
    `);
  }

  #renderPortal(portal: Portal) {
    const t = this.localize.term.bind(this.localize);
    const { status } = portal;
    const sending = this.#confirm?.flow.sending;
    const paused = status.state === 'paused';
    const why = this.#blocked(portal);
    if (!why) this.#part.prefetchWhenIdle();
    return html`
      <div class="control">
        <input
          id="switch"
          part="switch"
          type="checkbox"
          role="switch"
          .checked=${!paused}
          aria-checked=${paused ? 'false' : 'true'}
          aria-disabled=${why || sending ? 'true' : 'false'}
          aria-describedby="state ${why ? 'why' : ''}"
          @click=${this.#onSwitch}
          @pointerenter=${this.#part.prefetch}
          @focus=${this.#part.prefetch}
        />
        <label for="switch">${t('switchLabel')}</label>
      </div>
      <div id="state" class="status" part="status" data-state=${status.state}>
        <strong
          >${sending ? t(sending.paused ? 'pausing' : 'resuming') : t(paused ? 'paused' : 'active')}</strong
        >
        ${
          paused && status.pausedAt
            ? html` ${
                // A cap is not a person: say what paused it, and when.
                status.capId
                  ? t('pausedByCap', {
                      cap: this.#capName(status.capId),
                      ...this.#when(status.pausedAt),
                    })
                  : status.pausedBy
                    ? t('pausedBy', { by: status.pausedBy, ...this.#when(status.pausedAt) })
                    : nothing
              }`
            : nothing
        }
        ${paused && status.reason ? html`<div>${t('pausedReason', { reason: status.reason })}</div>` : nothing}
      </div>
      ${why ? html`<p id="why" class="notice" part="notice">${why}</p>` : nothing}
      ${this.#part.renderFailure(this.localize, 'switch')} ${this.#confirm?.renderFailure()}
      ${this.#confirm?.renderDialog()} ${this.#renderHistory(portal)}
    `;
  }

  #renderHistory(portal: Portal) {
    const t = this.localize.term.bind(this.localize);
    return html`<h3 id="history-title">${t('history')}</h3>
      ${
        portal.statusHistory.length
          ? html`<ol class="history" part="history" aria-labelledby="history-title">
              ${portal.statusHistory.map((change) => {
                const when = this.#when(change.at);
                return html`<li>
                  <span
                    >${
                      change.capId
                        ? t(change.paused ? 'history.pausedByCap' : 'history.resumedByCap', {
                            cap: this.#capName(change.capId),
                          })
                        : t(change.paused ? 'history.paused' : 'history.resumed', { by: change.by })
                    }</span
                  >
                  <time datetime=${change.at}>${t('history.when', when)}</time>
                  ${change.reason ? html`<span class="muted">${t('pausedReason', { reason: change.reason })}</span>` : nothing}
                </li>`;
              })}
            </ol>`
          : html`<p class="muted">${t('noHistory')}</p>`
      }`;
  }

  /** An instant, absolute (in the supplier's zone, named) and relative. */
  #when(at: string) {
    return {
      date: this.localize.zonedDateTime(at),
      relative: this.localize.relative(at),
    };
  }

  /**
   * Why the switch cannot be used now, if it cannot. A cap's hold comes first: it says when
   * intake resumes, which matters to everyone, the person who could not switch it too.
   */
  #blocked(portal: Portal): string | undefined {
    if (portal.status.state === 'paused' && portal.status.capId) return this.#capHold(portal);
    return hasPermission(portal, 'org:portal:pause')
      ? undefined
      : this.localize.term('noPermission');
  }

  /** A cap's name for a sentence ("daily leads"), or a generic one while caps are unknown. */
  #capName(capId: string): string {
    const cap = this.#caps.value?.find((item) => item.id === capId);
    return cap
      ? this.localize.term(`cap.${cap.period}.${cap.kind}`)
      : this.localize.term('cap.unknown');
  }

  /** What holds a cap-reached pause, and until when. */
  #capHold(portal: Portal): string | undefined {
    const capId = portal.status.capId;
    if (!capId) return undefined;
    const cap: Cap | undefined = this.#caps.value?.find((item) => item.id === capId);
    if (!cap) return this.localize.term('capHoldUnknown');
    const name = this.localize.term(`cap.${cap.period}.${cap.kind}`);
    return cap.resetsAt
      ? this.localize.term('capHold', { cap: name, date: this.#when(cap.resetsAt).date })
      : this.localize.term('capHoldTotal', { cap: name });
  }

  #canChange(paused: boolean): boolean {
    const portal = this.#data.portal;
    return (
      !!portal && !this.#blocked(portal) && !this.#confirm?.flow.sending && this.paused !== paused
    );
  }

  #onSwitch = (event: Event) => {
    // The switch shows the server's state, never a change that has not been made.
    event.preventDefault();
    const toggle = event.currentTarget as HTMLElement;
    const ask = async () => {
      const paused = !this.paused;
      if (!this.#canChange(paused)) return;
      if (!emit(this, 'ld-pause-request', { paused }, { cancelable: true })) return;
      const confirm = await this.#load(() => void ask());
      // Focus goes back to the switch when the dialog closes.
      if (confirm && this.#canChange(paused)) await confirm.ask(paused, toggle);
    };
    void ask();
  };
}
