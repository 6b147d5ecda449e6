import { renderZoneNote } from '../../src/ui/zone-note.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { IngestionLogEntry, LeadStatus } from '../../src/api/contract/ingestion.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import { LdElement } from '../../src/element.js';
import { emit } from '../../src/events.js';
import { parseRange, RANGE_PRESETS, type RangePreset } from '../../src/localize/date-range.js';
import { LocalizeController } from '../../src/localize/localize.js';
import { renderDataState } from '../../src/ui/states.js';
import { renderGuideLink } from '../../src/ui/guide.js';
import { styleProps } from '../../src/ui/style-props.js';
import { describeRange, filterStyles, renderRangePicker } from '../../src/ui/range-picker.js';
import { ingestionLogStrings, type IngestionLogStrings } from './ingestion-log.strings.js';
import {
  ingestionLogStyles,
  leadDetailStyles,
  liveStyles,
  logExportStyles,
} from './ingestion-log.styles.js';
import { LogPages, type LogFilters } from './log-pages.js';
import { Announcer } from '../../src/ui/announcer.js';
import { dialogStyles } from '../../src/styles/dialog.js';
import type { LeadDetail } from './lead-detail.js';
import { parts } from './parts.js';
import { LazyPart } from '../../src/ui/lazy.js';
import { LogExport } from './log-export.js';
import { DrillDownListener, type LogFilter } from '../../src/portal/drill-down.js';
import type { DataController } from '../../src/controllers/data.js';
import { RowWindow } from './row-window.js';
import { keyedRows, type KeyedRow } from './keyed-rows.js';
import { fieldErrorList } from './reason.js';
import { reasonLabel, renderReasonCode, renderRejection } from '../../src/ui/lead-terms.js';
import { REJECTION_CODES } from '../../src/api/contract/codes.js';
import { oneOf, text } from '../../src/ui/attributes.js';
import { shippedLanguages } from '../../locales/index.js';

export type LogColumn = 'receivedAt' | 'id' | 'campaign' | 'status' | 'reason';
export const LOG_COLUMNS: readonly LogColumn[] = [
  'receivedAt',
  'id',
  'campaign',
  'status',
  'reason',
];
const WIDTHS: Record<LogColumn, string> = {
  receivedAt: 'minmax(9.5rem, 11rem)',
  id: '9rem',
  campaign: 'minmax(6rem, 1fr)',
  status: '6.5rem',
  reason: 'minmax(6rem, 2fr)',
};
/** Cells whose text is one value: an id reads LTR, a name in its own script's direction. */
const CELL_DIRECTION: Partial<Record<LogColumn, 'ltr' | 'auto'>> = { id: 'ltr', campaign: 'auto' };
const STATUSES: readonly LeadStatus[] = ['accepted', 'unmatched', 'rejected', 'test'];
const ROW_HEIGHT = 44;
const SEARCH_DELAY = 300;

export interface FilterChangeDetail {
  preset: RangePreset | undefined;
  from: string | undefined;
  to: string | undefined;
  status: LeadStatus | undefined;
  campaignId: string | undefined;
  /** A rejection reason code. */
  reason: string | undefined;
  q: string | undefined;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ld-filter-change': CustomEvent<FilterChangeDetail>;
  }
}

const columnsConverter = {
  fromAttribute: (value: string | null) =>
    (value ?? '')
      .split(/[\s,]+/)
      .filter((name): name is LogColumn => (LOG_COLUMNS as string[]).includes(name)),
  toAttribute: (value: LogColumn[]) => value.join(' '),
};

/**
 * @summary Every lead the supplier sent: when it arrived (in the supplier's time zone),
 * its id, campaign and status, and for a rejection the reason and the field errors.
 * Filters by date range, status, campaign, rejection reason and a search; pages through the server by
 * cursor and renders only the rows in view, so 100,000 rows scroll smoothly.
 * @tagname ld-ingestion-log
 *
 * @event ld-filter-change - The supplier changed a filter. `detail`: the filters sent to the API.
 * @event ld-auth-expired - The session ended even after a token refresh.
 * @event ld-error - The widget entered its error state. `detail`: `{ kind, status, code, message }`.
 *
 * @slot loading - Replaces the loading skeleton.
 * @slot empty - Shown when no lead matches the filters.
 * @slot error - Replaces the error message and its retry button.
 * @slot forbidden - Shown when the person may not see the log.
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
 * @csspart filters - The filter bar.
 * @csspart table - The table of leads.
 * @csspart row - A row of the table.
 * @csspart badge - A lead's status.
 * @csspart dialog - The lead detail dialog.
 * @csspart export - The export button and its progress.
 * @csspart export-button - The button that starts a CSV export.
 * @csspart export-cancel - The button that stops a running export.
 * @csspart reason-filter - The note that only one rejection reason is listed, with its way back.
 * @csspart clear-reason - The button that shows every reason again.
 * @csspart new-leads - The "N new leads" button shown when leads arrive while reading further down.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --ld-log-height - Height of the scrolling rows. Default `28rem`.
 * @cssproperty --ld-log-min-width - Width below which the table scrolls sideways. Default `36rem`; below 640 px the log is a list of cards instead.
 * @cssproperty --ld-color-success - Accepted leads.
 * @cssproperty --ld-color-warning - Unmatched leads.
 * @cssproperty --ld-color-danger - Rejected leads.
 */
export class LdIngestionLog extends LdElement {
  /** The tag the package registers it under. */
  static readonly tag = 'ld-ingestion-log';
  static override styles = [
    LdElement.styles,
    dialogStyles,
    filterStyles,
    ingestionLogStyles,
    leadDetailStyles,
    logExportStyles,
    liveStyles,
  ];

  /** A preset date range, counted in the supplier's time zone. Ignored while `from` and `to` are set. */
  @property({
    reflect: true,
    converter: oneOf('ld-ingestion-log', 'preset', RANGE_PRESETS, 'last-7-days'),
  })
  preset: RangePreset = 'last-7-days';

  /** First day of a custom range (`YYYY-MM-DD`, supplier's time zone); needs `to`. */
  @property({ reflect: true }) from: string | undefined;

  /** Last day of a custom range, included. */
  @property({ reflect: true }) to: string | undefined;

  /** Only leads of this status. */
  @property({ reflect: true, converter: oneOf('ld-ingestion-log', 'status', STATUSES, undefined) })
  status: LeadStatus | undefined;

  /** Only leads of this campaign id. */
  @property({ reflect: true }) campaign: string | undefined;

  /** Only rejections with this reason code (`invalid_phone`); the intake report sets it on a drill-down. */
  @property({ reflect: true }) reason: string | undefined;

  /** A lead id (or its start), an email or a phone number. */
  @property({ reflect: true, converter: text }) search = '';

  /**
   * How the CSV export is built: `stream` reads the export endpoint as it arrives;
   * `pages` builds the file from the list endpoint, for hosts whose proxies cannot stream.
   */
  @property({
    attribute: 'export-mode',
    converter: oneOf('ld-ingestion-log', 'export-mode', ['stream', 'pages'], 'stream'),
  })
  exportMode: 'stream' | 'pages' = 'stream';

  /**
   * Seconds between checks for new leads, while the page is visible; `0` (default) turns
   * them off. New leads go on top without moving the rows being read.
   */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 0;

  /** Which columns to show, in order: `receivedAt id campaign status reason`. */
  @property({ converter: columnsConverter }) columns: LogColumn[] = [...LOG_COLUMNS];

  protected readonly localize = new LocalizeController<IngestionLogStrings>(this, {
    defaults: ingestionLogStrings,
    part: 'ingestion-log',
    languages: shippedLanguages,
    portal: this.portalText,
  });

  /** The search the API was last asked for; trails `search` by a short pause while typing. */
  @state() private query = '';
  /** The row that holds the keyboard focus. */
  @state() private active = 0;
  /** New leads put on top while the reader was scrolled away from it. */
  @state() private unseen = 0;

  readonly #pages = new LogPages(this, this.link, {
    filters: () => this.#filters(),
    refreshInterval: () => this.refreshInterval,
    onNewLeads: (count) => void this.#onNewLeads(count),
    onStatus: (status) => this.showState(status),
  });
  readonly #rows = new RowWindow(this, {
    rowHeight: ROW_HEIGHT,
    count: () => this.#pages.items.length,
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
  });
  /** The lead detail dialog, loaded on the first lead opened (or ahead, see `#openLead`). */
  readonly #detailPart = new LazyPart(this, () => parts.detail());
  #detail: LeadDetail | undefined;
  readonly #announcer = new Announcer(this);
  readonly #export = new LogExport(this, {
    announcer: this.#announcer,
    data: this.#pages.data as DataController<unknown, unknown>,
    localize: this.localize,
    filters: () => this.#filters(),
    total: () => this.#pages.total,
    mode: () => this.exportMode,
  });
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #generation = -1;

  constructor() {
    super();
    // Listens while connected; the controller is the host's from here on.
    new DrillDownListener(this, this.link, (filter) => void this.#showDrillDown(filter));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A search still waiting on its pause is applied rather than lost.
    if (this.#searchTimer !== undefined) {
      clearTimeout(this.#searchTimer);
      this.#searchTimer = undefined;
      this.query = this.search;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A search set from outside applies at once; typing goes through the debounce below.
    if (changed.has('search') && this.#searchTimer === undefined) this.query = this.search;
    // New filters, a new list: the keyboard starts again at its first row.
    const filters = ['query', 'preset', 'from', 'to', 'status', 'campaign', 'reason'];
    if (filters.some((name) => (changed as Map<string, unknown>).has(name))) this.active = 0;
    // A portal switch or sign-out: the open lead belongs to the old portal.
    if (this.#detail?.openId && !this.#pages.data.portal) this.#detail.close();
    if (this.#pages.generation !== this.#generation) {
      // The list started over: nothing of the old one (focus, "N new") carries across.
      this.#generation = this.#pages.generation;
      this.active = 0;
      this.unseen = 0;
    }
  }

  protected override updated(): void {
    // After this update, not inside it: loading more re-renders the footer.
    queueMicrotask(() => this.#pages.ensure(this.#rows.last));
  }

  protected override render() {
    const pages = this.#pages;
    const portal = pages.data.portal;
    this.localize.timeZone = portal?.timeZone;
    const t = this.localize.term.bind(this.localize);
    return this.frame(html`
      <section aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title" tabindex="-1">${t('title')}</h2>
          ${renderZoneNote(this.localize, !!portal)}
          ${
            // Kept while the list is empty (it exports only the header), so the header does not jump.
            this.#export.running || pages.data.status === 'ready' ? this.#export.render() : nothing
          }
        </header>
        ${this.#renderFilters()} ${this.#renderReasonNote()}
        ${renderDataState(pages.data, this.localize, () => this.#renderTable(), {
          isEmpty: pages.items.length === 0,
          ...this.#emptyState(),
          skeletonLines: 8,
        })}
        ${this.#renderDetail()} ${this.#announcer.region()}
      </section>
    `);
  }

  #filters(): LogFilters {
    const range = parseRange(this.from, this.to);
    return {
      ...(range ?? { preset: this.preset }),
      // A removed attribute reads as null; the query wants the filter left out instead.
      status: this.status ?? undefined,
      campaignId: this.campaign || undefined,
      reason: this.#reason() || undefined,
      q: this.query.trim() || undefined,
    };
  }

  #renderFilters() {
    const t = this.localize.term.bind(this.localize);
    // A campaign chosen by attribute stays in the list, however far down it is.
    const campaigns = bounded(
      this.#pages.data.portal?.campaigns ?? [],
      LIST_BOUNDS.campaigns,
      (item) => item.id === this.campaign,
    );
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-label=${t('filters')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${renderRangePicker(this, {
        term: t,
        timeZone: this.#pages.data.portal?.timeZone,
        now: () => this.localize.now(),
        onChange: (next) => this.#change(next),
      })}
      <label>
        ${t('filter.status')}
        <select
          @change=${(e: Event) => this.#change({ status: (value(e) || undefined) as LeadStatus | undefined })}
        >
          <option value="" ?selected=${!this.status}>${t('filter.allStatuses')}</option>
          ${STATUSES.map((status) => html`<option value=${status} ?selected=${this.status === status}>${t(`status.${status}`)}</option>`)}
        </select>
      </label>
      <label>
        ${t('filter.campaign')}
        <select
          data-filter="campaign"
          @change=${(e: Event) => this.#change({ campaign: value(e) || undefined })}
        >
          <option value="" ?selected=${!this.campaign}>${t('filter.allCampaigns')}</option>
          ${campaigns.shown.map((campaign) => html`<option value=${campaign.id} ?selected=${this.campaign === campaign.id}>${campaign.name}</option>`)}
        </select>
      </label>
      ${renderCut(campaigns, this.localize)}
      <label>
        ${t('filter.reason')}
        <select
          data-filter="reason"
          @change=${(e: Event) => this.#change({ reason: value(e) || undefined })}
        >
          <option value="" ?selected=${!this.#reason()}>${t('filter.allReasons')}</option>
          ${this.#reasonCodes().map((code) => html`<option value=${code} ?selected=${this.#reason() === code}>${reasonLabel(t, code) ?? code}</option>`)}
        </select>
      </label>
      <label>
        ${t('filter.search')}
        <input
          type="search"
          .value=${this.search}
          placeholder=${t('filter.searchHint')}
          autocomplete="off"
          spellcheck="false"
          @input=${this.#onSearch}
        />
      </label>
    </form>`;
  }

  /** The known codes, and a code this version does not know when the filter holds one. */
  #reasonCodes(): string[] {
    const current = this.#reason();
    return current && !(REJECTION_CODES as readonly string[]).includes(current)
      ? [...REJECTION_CODES, current]
      : [...REJECTION_CODES];
  }

  #reason(): string {
    return (this.reason ?? '').trim();
  }

  /** Says that only one reason's rejections are listed (after a drill-down, say), with the way back. */
  #renderReasonNote() {
    const code = this.#reason();
    if (!code) return nothing;
    const t = this.localize.term.bind(this.localize);
    return html`<p class="reason-note" part="reason-filter">
      <span>${renderReasonCode(t, code)}</span>
      <span>${t('reasonFiltered')}</span>
      <button type="button" part="clear-reason" @click=${this.#clearReason}>
        ${t('clearReason')}
      </button>
    </p>`;
  }

  #clearReason = async () => {
    this.#change({ reason: undefined });
    await this.updateComplete;
    this.#focusFilter('reason');
  };

  /** Focus to a filter's field, by what it filters. */
  #focusFilter(name: 'reason' | 'search'): void {
    const selector = name === 'search' ? 'input[type="search"]' : 'select[data-filter="reason"]';
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #renderTable() {
    const pages = this.#pages;
    // Rows on screen: the detail dialog is fetched ahead, once the page is idle.
    this.#detailPart.prefetchWhenIdle();
    const t = this.localize.term.bind(this.localize);
    const { first, last, offset, totalHeight } = this.#rows;
    const columns = this.columns.length ? this.columns : LOG_COLUMNS;
    const indices = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
    // One row is the table's tab stop: the active one, or the first in view when it scrolled away.
    const focusable = this.active >= first && this.active <= last ? this.active : first;
    return html`
      <div class="table-wrap">
        ${
          this.unseen
            ? html`<button
                type="button"
                class="new-leads"
                part="new-leads"
                @click=${this.#showNewest}
              >
                ${t('newLeads', { count: this.unseen })}
              </button>`
            : nothing
        }
        <div
          class="table"
          part="table"
          role="table"
          aria-label=${t('tableLabel')}
          aria-busy=${pages.data.pending ? 'true' : 'false'}
          aria-rowcount=${pages.total + 1}
          ${styleProps({ '--_columns': columns.map((column) => WIDTHS[column]).join(' ') })}
        >
          <div class="head" role="rowgroup">
            <div class="row" role="row" aria-rowindex="1">
              ${columns.map(
                (column) =>
                  html`<div class="cell" role="columnheader" data-column=${column}>
                    ${t(`column.${column}`, { zone: this.localize.zoneName(undefined, 'offset') })}
                  </div>`,
              )}
            </div>
          </div>
          <div class="scroller" @scroll=${this.#onScroll}>
            <div class="spacer" ${styleProps({ height: `${totalHeight}px` })}>
              <div
                class="body"
                role="rowgroup"
                ${styleProps({ transform: `translateY(${offset}px)` })}
                ${keyedRows(
                  indices.map((index) =>
                    this.#row(pages.items[index] as IngestionLogEntry, index, columns, focusable),
                  ),
                )}
                @keydown=${this.#onKey}
                @click=${this.#onClick}
                @focusin=${this.#onFocusIn}
                @pointerenter=${this.#detailPart.prefetch}
              ></div>
            </div>
          </div>
        </div>
      </div>
      <div class="foot" aria-live="polite">
        <span>${t('count', { count: pages.total })}</span>
        ${pages.loadingMore ? html`<span>${t('loadingMore')}</span>` : nothing}
        ${
          pages.moreError?.code === 'cursor_loop'
            ? html`<span role="alert">${t('pagesLooped')}</span>`
            : pages.moreError
              ? html`<span
                  >${t('moreFailed')}
                  <button type="button" @click=${() => pages.retryMore()}>
                    ${t('retry')}
                  </button></span
                >`
              : nothing
        }
      </div>
    `;
  }

  /** One row, keyed by its lead: a focused row stays on its lead as the window moves. */
  #row(
    entry: IngestionLogEntry,
    index: number,
    columns: readonly LogColumn[],
    focusable: number,
  ): KeyedRow {
    return {
      key: entry.id,
      attributes: {
        class: 'row',
        part: 'row',
        role: 'row',
        id: `row-${index}`,
        'aria-rowindex': String(index + 2),
        tabindex: index === focusable ? '0' : '-1',
        'data-index': String(index),
      },
      content: html`${columns.map(
        (column) =>
          html`<div
            class="cell"
            role="cell"
            data-column=${column}
            dir=${CELL_DIRECTION[column] ?? nothing}
            title=${column === 'reason' || column === 'campaign' ? this.#title(entry, column) : nothing}
          >
            ${this.#cell(entry, column)}
          </div>`,
      )}`,
    };
  }

  #cell(entry: IngestionLogEntry, column: LogColumn) {
    const t = this.localize.term.bind(this.localize);
    switch (column) {
      case 'receivedAt':
        return this.localize.dateTime(entry.receivedAt, {
          month: 'short',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          second: '2-digit',
        });
      case 'id':
        return html`<span class="mono">${entry.id}</span>`;
      case 'campaign':
        return entry.campaignName;
      case 'status':
        return html`<span class="badge" part="badge" data-status=${entry.status}
          >${t(`status.${entry.status}`)}</span
        >`;
      case 'reason': {
        if (!entry.rejection) return nothing;
        const errors = fieldErrorList(entry);
        // The code first, in its own LTR island: an ellipsis cuts the end, never the code.
        return html`${renderRejection(t, entry.rejection)}${
          errors ? html` <span class="muted">${t('fieldErrors', { errors })}</span>` : nothing
        }`;
      }
    }
  }

  /** The cell's whole text, for its tooltip: the cell may cut it. */
  #title(entry: IngestionLogEntry, column: 'reason' | 'campaign'): string {
    if (column === 'campaign') return entry.campaignName;
    if (!entry.rejection) return '';
    const errors = fieldErrorList(entry);
    return [
      entry.rejection.code,
      reasonLabel(this.localize.term.bind(this.localize), entry.rejection.code),
      entry.rejection.message,
      errors && this.localize.term('fieldErrors', { errors }),
    ]
      .filter(Boolean)
      .join(' — ');
  }

  /**
   * Empty, said for what it is: filters that match nothing (with "Clear filters"), or a
   * range with no leads at all (with the way to the API guide that starts traffic).
   */
  #emptyState() {
    const t = this.localize.term.bind(this.localize);
    if (this.status || this.campaign || this.#reason() || this.query.trim())
      return {
        emptyTitle: t('emptyFilteredTitle'),
        emptyText: t('emptyFiltered', { filters: this.#describeFilters() }),
        emptyAction: html`<button type="button" part="clear-filters" @click=${this.#clearFilters}>
          ${t('clearFilters')}
        </button>`,
      };
    return {
      emptyTitle: t('noLeadsTitle'),
      emptyText: t('firstLeadHint'),
      emptyAction: renderGuideLink(this, this.localize),
    };
  }

  /**
   * The leads an intake report in this portal points to: its range (or one bar's), and its
   * reason or campaign. The log comes into view and takes the focus, so the person lands on it.
   */
  async #showDrillDown(filter: LogFilter): Promise<void> {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    Object.assign(this, {
      from: filter.from,
      to: filter.to,
      status: filter.status,
      reason: filter.reason,
      campaign: filter.campaignId,
      search: '',
    });
    this.query = '';
    this.#announceFilters();
    await this.updateComplete;
    this.scrollIntoView({ block: 'start' });
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus({ preventScroll: true });
  }

  /** Back to every lead of the date range; focus goes to the search, where filtering starts. */
  #clearFilters = async () => {
    this.status = undefined;
    this.campaign = undefined;
    this.reason = undefined;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    this.search = this.query = '';
    this.#announceFilters();
    await this.updateComplete;
    this.#focusFilter('search');
  };

  #describeFilters(): string {
    const t = this.localize.term.bind(this.localize);
    const campaign = this.#pages.data.portal?.campaigns.find(
      (item) => item.id === this.campaign,
    )?.name;
    return this.localize.list(
      [
        describeRange(this, t),
        this.status ? t(`status.${this.status}`) : undefined,
        campaign,
        this.#reason() ? (reasonLabel(t, this.#reason()) ?? this.#reason()) : undefined,
        this.query.trim() ? t('quoted', { text: this.query.trim() }) : undefined,
      ].filter((item): item is string => !!item),
      'unit',
    );
  }

  #onSearch = (event: Event) => {
    this.search = value(event);
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = undefined;
      this.query = this.search;
      this.#announceFilters();
    }, SEARCH_DELAY);
  };

  #change(
    changes: Partial<Pick<this, 'preset' | 'from' | 'to' | 'status' | 'campaign' | 'reason'>>,
  ) {
    Object.assign(this, changes);
    this.#announceFilters();
  }

  #announceFilters() {
    const filters = this.#filters();
    emit(this, 'ld-filter-change', {
      preset: filters.preset,
      from: filters.from,
      to: filters.to,
      status: filters.status,
      campaignId: filters.campaignId,
      reason: filters.reason,
      q: filters.q,
    });
  }

  /** Puts focus back on a lead's row (after the detail closes), wherever it is now. */
  #focusLead(id: string): void {
    const index = this.#pages.items.findIndex((item) => item.id === id);
    if (index >= 0) void this.#moveTo(index);
  }

  /** Keeps the rows being read where they are when new ones arrive above them. */
  async #onNewLeads(count: number): Promise<void> {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    const reading = !!scroller && scroller.scrollTop > 0;
    const hadFocus = this.renderRoot.querySelector('.body .row:focus') !== null;
    this.active += count;
    if (reading) this.unseen += count;
    await this.updateComplete;
    if (reading && scroller) scroller.scrollTop += count * this.#rows.rowHeight;
    this.#rows.update();
    if (hadFocus) {
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(`#row-${this.active}`)
        ?.focus({ preventScroll: true });
    }
  }

  #showNewest = () => {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) scroller.scrollTop = 0;
    this.unseen = 0;
    void this.#moveTo(0);
  };

  #onScroll = (event: Event) => {
    if (this.unseen && (event.target as HTMLElement).scrollTop === 0) this.unseen = 0;
  };

  #onFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) this.active = Number(row.dataset.index);
    this.#detailPart.prefetch();
  };

  /** Opens a lead's detail, loading the dialog first if it is not yet here. */
  async #openLead(id: string, returnTo: () => void): Promise<void> {
    // Below the list, maybe out of view: the retry's focus takes the reader to it.
    const module = await this.#detailPart.use('detail', () => this.#openLead(id, returnTo));
    if (!module) return;
    this.#detail ??= new module.LeadDetail(this, this.localize, this.#pages.data);
    await this.#detail.open(id, returnTo);
  }

  #renderDetail() {
    return html`${this.#detailPart.renderFailure(this.localize, 'detail')}
    ${this.#detail?.render() ?? nothing}`;
  }

  #onClick = (event: Event) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const entry = row && this.#pages.items[Number(row.dataset.index)];
    if (entry) void this.#openLead(entry.id, () => this.#focusLead(entry.id));
  };

  #onKey = (event: KeyboardEvent) => {
    const count = this.#pages.items.length;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | undefined;
    if (event.key in step) next = this.active + (step[event.key] as number);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key === 'Enter') {
      // Without this, the same Enter would press the dialog's first button once it has focus.
      event.preventDefault();
      const entry = this.#pages.items[this.active];
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      const lead = row ? this.#pages.items[Number(row.dataset.index)] : entry;
      if (lead) void this.#openLead(lead.id, () => this.#focusLead(lead.id));
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    this.#moveTo(Math.max(0, Math.min(count - 1, next)));
  };

  async #moveTo(index: number) {
    if (index < 0) return;
    this.active = index;
    this.#rows.reveal(index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#row-${index}`)?.focus();
  }
}

function value(event: Event): string {
  return (event.target as HTMLInputElement | HTMLSelectElement).value;
}
