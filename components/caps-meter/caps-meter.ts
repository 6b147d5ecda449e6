import { renderZoneNote } from '../../src/ui/zone-note.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Cap, CapKind } from '../../src/api/contract/caps.js';
import { hasPermission } from '../../src/api/contract/codes.js';
import { capsResource } from '../../src/api/resources.js';
import { DataController } from '../../src/controllers/data.js';
import { LdElement } from '../../src/element.js';
import { LocalizeController } from '../../src/localize/localize.js';
import { renderDataState } from '../../src/ui/states.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import { styleProps } from '../../src/ui/style-props.js';
import { Announcer } from '../../src/ui/announcer.js';
import type { CapEditor } from './cap-editor.js';
import { parts } from './parts.js';
import { LazyPart } from '../../src/ui/lazy.js';
import { capFormat, type CapFormat } from './cap-format.js';
import { capState, usageRatio, type CapState } from './cap-state.js';
import { capsMeterStyles } from './caps-meter.styles.js';
import { capsMeterStrings, type CapsMeterStrings } from './caps-meter.strings.js';
import { oneOf } from '../../src/ui/attributes.js';
import { shippedLanguages } from '../../locales/index.js';

export interface CapChangeDetail {
  cap: Pick<Cap, 'id' | 'period' | 'kind' | 'limit' | 'used'>;
  previousLimit: number | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ld-cap-change': CustomEvent<CapChangeDetail>;
  }
}

const ANNOUNCE: Partial<Record<CapState, keyof CapsMeterStrings>> = {
  ok: 'announceOk',
  warning: 'announceWarning',
  critical: 'announceCritical',
  reached: 'announceReached',
};

/**
 * @summary A supplier's usage against its daily, weekly, monthly and total caps, for
 * lead counts and budgets. Warns at 80% and 90%, shows when a cap was reached and when
 * it resets (in the account's time zone), and lets suppliers with the caps permission
 * change a limit within the bounds the server allows.
 * @tagname ld-caps-meter
 *
 * @event ld-cap-change - The supplier changed a cap's limit. `detail`: `{ cap, previousLimit }`.
 * @event ld-auth-expired - The session ended even after a token refresh.
 * @event ld-error - The widget entered its error state. `detail`: `{ kind, status, code }`.
 *
 * @slot loading - Replaces the loading skeleton.
 * @slot empty - Shown when the supplier has no caps.
 * @slot error - Replaces the error message and its retry button.
 * @slot forbidden - Shown when the person may not see caps.
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
 * @csspart notice - The "paused by a cap" notice.
 * @csspart list - The list of caps.
 * @csspart cap - One cap.
 * @csspart badge - A cap's state label.
 * @csspart meter - A cap's usage bar.
 * @csspart indicator - The filled part of the usage bar.
 * @csspart edit-button - The button that opens a cap's limit editor.
 * @csspart form - The limit editor.
 * @csspart input - The limit field.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --ld-meter-height - Height of a usage bar. Default `0.5rem`.
 * @cssproperty --ld-color-surface - Background.
 * @cssproperty --ld-color-text - Text colour.
 * @cssproperty --ld-color-text-muted - Secondary text colour.
 * @cssproperty --ld-color-border - Borders.
 * @cssproperty --ld-color-accent - Buttons, focus ring and a cap on track.
 * @cssproperty --ld-color-warning - A cap over 80%.
 * @cssproperty --ld-color-critical - A cap over 90%.
 * @cssproperty --ld-color-danger - A reached cap.
 * @cssproperty --ld-color-track - The empty part of a usage bar.
 * @cssproperty --ld-font-family - Font.
 * @cssproperty --ld-radius - Corner radius.
 * @cssproperty --ld-spacing - Inner spacing.
 */
export class LdCapsMeter extends LdElement {
  /** The tag the package registers it under. */
  static readonly tag = 'ld-caps-meter';
  static override styles = [LdElement.styles, capsMeterStyles];

  /** Only these periods, space-separated (`daily weekly monthly total`). All when unset. */
  @property() periods: string | undefined;

  /** Only caps of this kind: `leads` or `budget`. Both when unset. */
  @property({ converter: oneOf('ld-caps-meter', 'kind', ['leads', 'budget'], undefined) }) kind:
    CapKind | undefined;

  /** Seconds between quiet refreshes while the page is visible; `0` (default) turns them off. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 0;

  protected readonly localize = new LocalizeController<CapsMeterStrings>(this, {
    defaults: capsMeterStrings,
    part: 'caps-meter',
    languages: shippedLanguages,
    portal: this.portalText,
  });

  readonly #data = new DataController(this, this.link, {
    resource: capsResource,
    refreshInterval: () => this.refreshInterval,
    onStatus: (status) => this.showState(status),
  });

  /** The limit editor, loaded the first time someone may edit (see `#edit`). */
  readonly #editorPart = new LazyPart(this, () => parts.editor());
  #editor: CapEditor | undefined;

  /** Says saves and caps crossing a threshold; shows a save beside its cap's Edit button. */
  readonly #announcer = new Announcer(this);

  /** Fetches the caps again, keeping the current ones on screen until the new ones arrive. */
  refresh(): void {
    this.#data.reload({ quiet: true });
  }

  #seen: Cap[] | undefined;
  #states = new Map<string, CapState>();
  #queued: string[] = [];
  /** Element ids per cap, stable while the list reorders; API ids are not safe as DOM ids. */
  #ids = new Map<string, string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const caps = this.#data.value;
    if (caps !== this.#seen) this.#noteStates(caps);
    if (this.#queued.length) {
      this.#announcer.say(this.#queued.join(' '));
      this.#queued = [];
    }
  }

  protected override render() {
    const data = this.#data;
    this.localize.timeZone = data.portal?.timeZone;
    const format = capFormat(this.localize, data.portal?.currency);
    const caps = this.#visible(data.value ?? []);
    const t = this.localize.term.bind(this.localize);
    return this.frame(html`
      <section aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${t('title')}</h2>
          ${renderZoneNote(this.localize, !!data.portal)}
        </header>
        ${renderDataState(data, this.localize, () => this.#renderCaps(caps, format), {
          isEmpty: caps.length === 0,
          emptyTitle: t('noCapsTitle'),
          emptyText: t('emptyText'),
          skeletonLines: 4,
        })}
        ${this.#announcer.region()}
      </section>
    `);
  }

  #visible(caps: Cap[]): Cap[] {
    const periods = this.periods?.split(/\s+/).filter(Boolean);
    return caps.filter(
      (cap) =>
        (!periods?.length || periods.includes(cap.period)) &&
        (!this.kind || cap.kind === this.kind),
    );
  }

  #renderCaps(caps: Cap[], format: CapFormat) {
    const portal = this.#data.portal;
    const heldBy = portal?.status.capId
      ? caps.find((cap) => cap.id === portal.status.capId)
      : undefined;
    const canEdit = hasPermission(portal, 'org:portal:caps');
    // Whoever may edit gets the editor ahead of the click, once the page is idle.
    if (canEdit) this.#editorPart.prefetchWhenIdle();
    const list = bounded(caps, LIST_BOUNDS.caps);
    return html`
      ${
        heldBy
          ? html`<p class="notice" part="notice">
              ${this.localize.term('pausedByCap', { cap: format.name(heldBy) })}
            </p>`
          : nothing
      }
      <ul class="list" part="list">
        ${repeat(
          list.shown,
          (cap) => cap.id,
          (cap) => this.#renderCap(cap, this.#idOf(cap), canEdit, format),
        )}
      </ul>
      ${renderCut(list, this.localize)}
    `;
  }

  #renderCap(cap: Cap, id: string, canEdit: boolean, format: CapFormat) {
    const t = this.localize.term.bind(this.localize);
    const state = capState(cap);
    const name = format.name(cap);
    return html`<li class="cap" part="cap" data-state=${state}>
      <div class="cap-head">
        <h3 id="${id}-name">${name}</h3>
        <span class="badge" part="badge"
          >${
            state === 'unlimited'
              ? t('state.unlimited')
              : t('badge', {
                  state: t(`state.${state}`),
                  percent: this.localize.percent(usageRatio(cap) ?? 0),
                })
          }</span
        >
      </div>
      ${
        cap.limit === null
          ? html`<p>${t('usedUnlimited', { used: format.amount(cap, cap.used) })}</p>`
          : this.#renderMeter(cap, cap.limit, id, format)
      }
      ${
        cap.reachedAt
          ? html`<p class="reached">
              ${t(cap.period === 'total' ? 'reachedTotal' : 'reachedAt', { date: format.date(cap.reachedAt) })}
            </p>`
          : nothing
      }
      <p class="muted">
        ${
          cap.resetsAt
            ? t('resets', {
                date: format.date(cap.resetsAt),
                relative: this.localize.relative(cap.resetsAt),
              })
            : t('neverResets')
        }
      </p>
      ${
        canEdit && this.#editor?.editing === cap.id
          ? this.#editor.render(cap, id, format)
          : canEdit && this.#editorPart.failed(cap.id)
            ? this.#editorPart.renderFailure(this.localize, cap.id)
            : canEdit
              ? html`<div class="edit">
                  <button
                    type="button"
                    part="edit-button"
                    id="${id}-edit"
                    @click=${() => this.#edit(cap, format)}
                    @pointerenter=${this.#editorPart.prefetch}
                    @focus=${this.#editorPart.prefetch}
                  >
                    ${t('edit')}<span class="visually-hidden"> — ${name}</span>
                  </button>
                  ${this.#announcer.beside(`${id}-edit`)}
                </div>`
              : nothing
      }
    </li>`;
  }

  #renderMeter(cap: Cap, limit: number, id: string, format: CapFormat) {
    const t = this.localize.term.bind(this.localize);
    const ratio = usageRatio(cap) ?? 0;
    const used = format.amount(cap, cap.used);
    const max = format.amount(cap, limit);
    return html`
      <div
        class="meter"
        part="meter"
        role="meter"
        aria-labelledby="${id}-name"
        aria-valuemin="0"
        aria-valuemax=${limit}
        aria-valuenow=${Math.min(cap.used, limit)}
        aria-valuetext=${t('meterText', { used, limit: max, percent: this.localize.percent(ratio) })}
      >
        <div
          class="indicator"
          part="indicator"
          ${styleProps({ 'inline-size': `${Math.min(ratio, 1) * 100}%` })}
        ></div>
      </div>
      <p class="usage">
        <span>${t('usage', { used, limit: max })}</span>
        ${
          cap.used < limit
            ? html`<span class="muted remaining"
                >${t('remaining', { remaining: format.amount(cap, limit - cap.used) })}</span
              >`
            : nothing
        }
      </p>
    `;
  }

  /** Opens a cap's limit editor, loading it first if it is not yet here. */
  async #edit(cap: Cap, format: CapFormat): Promise<void> {
    // Said in the cap's place, with a retry; the rest of the meter stays as it is.
    const module = await this.#editorPart.use(cap.id, () => this.#edit(cap, format));
    if (!module) return;
    this.#editor ??= new module.CapEditor(this, {
      data: this.#data,
      localize: this.localize,
      announce: (message, where) => {
        this.#queued.push(message);
        this.#announcer.show(message, where);
      },
    });
    await this.#editor.open(cap, format);
  }

  #idOf(cap: Cap): string {
    let id = this.#ids.get(cap.id);
    if (!id) this.#ids.set(cap.id, (id = `c${this.#ids.size}`));
    return id;
  }

  /** Queues announcements for caps that crossed a threshold since the last data, not on first sight. */
  #noteStates(caps: Cap[] | undefined) {
    const previous = this.#seen;
    this.#seen = caps;
    if (!caps) {
      // A new scope (portal switch, sign-out): nothing of the old one stays, drafts included.
      this.#states.clear();
      this.#ids.clear();
      this.#editor?.reset();
      this.#editorPart.forget();
      return;
    }
    const format = capFormat(this.localize, this.#data.portal?.currency);
    for (const cap of caps) {
      const state = capState(cap);
      const before = this.#states.get(cap.id);
      this.#states.set(cap.id, state);
      const key = ANNOUNCE[state];
      if (previous && before && before !== state && key) {
        this.#queued.push(this.localize.term(key, { cap: format.name(cap) }));
      }
    }
  }
}
