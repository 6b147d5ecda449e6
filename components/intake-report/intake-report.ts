import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  GroupStats,
  IngestionStats,
  ReasonStats,
  StatsBucket,
  StatsGroupBy,
  StatsInterval,
} from '../../src/api/contract/ingestion-stats.js';
import { getIngestionStats } from '../../src/api/operations.js';
import * as cacheKeys from '../../src/api/keys.js';
import { DataController, type Resource } from '../../src/controllers/data.js';
import { LdElement } from '../../src/element.js';
import { emit } from '../../src/events.js';
import {
  parseRange,
  RANGE_PRESETS,
  rangeDays,
  reportIntervalFor,
  reportIntervalsFor,
  type DateRange,
  type RangePreset,
} from '../../src/localize/date-range.js';
import { calendarDate } from '../../src/localize/time-zone.js';
import { LocalizeController } from '../../src/localize/localize.js';
import type { LogFilter } from '../../src/portal/drill-down.js';
import { chartStyles } from '../../src/styles/chart.js';
import { figureStyles } from '../../src/styles/figures.js';
import { Announcer } from '../../src/ui/announcer.js';
import { oneOf } from '../../src/ui/attributes.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import { csvFileName, download } from '../../src/ui/download.js';
import { renderGuideLink } from '../../src/ui/guide.js';
import { LazyPart } from '../../src/ui/lazy.js';
import {
  describeRange,
  emitRangeChange,
  filterStyles,
  rangeOf,
  renderRangePicker,
  type RangeChoice,
} from '../../src/ui/range-picker.js';
import { renderDataState } from '../../src/ui/states.js';
import { renderZoneNote } from '../../src/ui/zone-note.js';
import { shippedLanguages } from '../../locales/index.js';
import { intakeReportStrings, type IntakeReportStrings } from './intake-report.strings.js';
import { intakeReportStyles } from './intake-report.styles.js';
import { parts } from './parts.js';
import { ReportChart, sentOf } from './report-chart.js';
import { renderGroups, renderReasons, type GroupColumn, type GroupSort } from './report-tables.js';

export type ReportIntervalChoice = StatsInterval | 'auto';

/** What the supplier chose in the report, and the leads of it the log would list. */
export interface ReportSelectDetail {
  /** A rejection reason, a campaign, or one bar's period. */
  kind: 'reason' | 'campaign' | 'bucket';
  /** The days, in the supplier's time zone: the report's range, or the bar's. */
  from: string;
  to: string;
  /** The reason code, for `reason`. */
  reason: string | undefined;
  /** The campaign chosen, or the report's campaign filter. */
  campaignId: string | undefined;
  /** The count the report shows for the choice. */
  count: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ld-report-select': CustomEvent<ReportSelectDetail>;
  }
}

interface ReportParams extends RangeChoice {
  interval: ReportIntervalChoice;
  campaign: string | undefined;
  groupBy: StatsGroupBy;
}

const INTERVALS: readonly ReportIntervalChoice[] = ['auto', 'hour', 'day', 'week', 'month'];
const GROUP_BY: readonly StatsGroupBy[] = ['campaign', 'sub_id', 'none'];

/** The choice, unless the range cannot be read in it (hours of a quarter): then automatic. */
function usableInterval(choice: ReportIntervalChoice, range: DateRange): ReportIntervalChoice {
  return choice === 'auto' || reportIntervalsFor(range).includes(choice) ? choice : 'auto';
}

const statsResource: Resource<IngestionStats, ReportParams> = {
  key: (params) => {
    const range = parseRange(params.from, params.to);
    return cacheKeys.ingestionStats({
      range: range ? `${range.from}..${range.to}` : params.preset,
      interval: params.interval,
      campaign: params.campaign,
      groupBy: params.groupBy,
    });
  },
  load: (client, params, portal, signal) => {
    const range = rangeOf(params, portal.timeZone, client.now());
    const chosen = usableInterval(params.interval, range);
    return client.call(getIngestionStats, {
      query: {
        ...range,
        interval: chosen === 'auto' ? reportIntervalFor(range) : chosen,
        campaignId: params.campaign || undefined,
        groupBy: params.groupBy,
      },
      signal,
    });
  },
};

/**
 * @summary Supplier-side reporting: how many leads were accepted, unmatched and rejected
 * in a date range, the acceptance rate against the previous period, a chart per hour, day,
 * week or month, the reasons leads were rejected with their trend, and acceptance per
 * campaign or sub-ID. Choosing a reason, a campaign or a bar shows those leads in the
 * portal's `ld-ingestion-log`. Days are counted in the supplier's time zone.
 * @tagname ld-intake-report
 *
 * @event ld-report-select - The supplier chose a reason, a campaign or a bar. Cancelable: unless the host calls `preventDefault()`, every `ld-ingestion-log` of the same portal lists those leads and comes into view. `detail`: `{ kind, from, to, reason, campaignId, count }`.
 * @event ld-range-change - The supplier picked another range. `detail`: `{ preset, from, to }`.
 * @event ld-auth-expired - The session ended even after a token refresh.
 * @event ld-error - The widget entered its error state. `detail`: `{ kind, status, code, message }`.
 *
 * @slot loading - Replaces the loading skeleton.
 * @slot empty - Shown when no lead was received in the range.
 * @slot error - Replaces the error message and its retry button.
 * @slot forbidden - Shown when the person may not see the report.
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
 * @csspart zone - The note of the supplier's time zone.
 * @csspart filters - The range, interval, campaign and comparison pickers.
 * @csspart export-button - The button that downloads the report's table as CSV.
 * @csspart totals - The acceptance rate and the counts by status.
 * @csspart change - The acceptance rate against the previous period.
 * @csspart breakdown - The chart or table of leads per period.
 * @csspart view-toggle - The button that shows the table instead of the chart.
 * @csspart chart - The bars.
 * @csspart bar - One bar: a button that shows its period's leads in the log.
 * @csspart tooltip - The figures of the bar in focus or under the pointer.
 * @csspart table - The leads per period as a table.
 * @csspart reasons - The rejection reasons.
 * @csspart reason - A reason's button, which shows its rejections in the log.
 * @csspart groups - The table per campaign or sub-ID.
 * @csspart sort - A column's sort button.
 * @csspart campaign - A campaign's button, which shows its leads in the log.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --ld-chart-height - Height of the chart. Default `10rem`.
 * @cssproperty --ld-color-success - Accepted leads, and a rise in acceptance.
 * @cssproperty --ld-color-warning - Unmatched leads.
 * @cssproperty --ld-color-danger - Rejected leads, and a fall in acceptance.
 * @cssproperty --ld-color-accent - Buttons, links and the focus ring.
 */
export class LdIntakeReport extends LdElement {
  /** The tag the package registers it under. */
  static readonly tag = 'ld-intake-report';
  static override styles = [
    LdElement.styles,
    filterStyles,
    figureStyles,
    chartStyles,
    intakeReportStyles,
  ];

  /** A preset range, counted in the supplier's time zone; `from` and `to` win when both are valid. */
  @property({
    reflect: true,
    converter: oneOf('ld-intake-report', 'preset', RANGE_PRESETS, 'last-30-days'),
  })
  preset: RangePreset = 'last-30-days';

  /** First day of a custom range (`YYYY-MM-DD`), with `to`. */
  @property({ reflect: true }) from: string | undefined;

  /** Last day of a custom range (`YYYY-MM-DD`), included. */
  @property({ reflect: true }) to: string | undefined;

  /** The chart's step: `hour`, `day`, `week`, `month`, or `auto` (chosen from the range's length). */
  @property({ reflect: true, converter: oneOf('ld-intake-report', 'interval', INTERVALS, 'auto') })
  interval: ReportIntervalChoice = 'auto';

  /** Only leads of this campaign id. */
  @property({ reflect: true }) campaign: string | undefined;

  /** The comparison table: per `campaign`, per `sub_id`, or `none`. */
  @property({
    attribute: 'group-by',
    reflect: true,
    converter: oneOf('ld-intake-report', 'group-by', GROUP_BY, 'campaign'),
  })
  groupBy: StatsGroupBy = 'campaign';

  protected readonly localize = new LocalizeController<IntakeReportStrings>(this, {
    defaults: intakeReportStrings,
    part: 'intake-report',
    languages: shippedLanguages,
    portal: this.portalText,
  });

  @state() private sort: GroupSort = { column: 'sent', descending: true };

  readonly #data = new DataController(this, this.link, {
    resource: statsResource,
    params: () => ({
      preset: this.preset,
      from: this.from,
      to: this.to,
      interval: this.interval,
      campaign: this.campaign || undefined,
      groupBy: this.groupBy ?? 'campaign',
    }),
    onStatus: (status) => this.showState(status),
    keepWhileLoading: true,
  });
  readonly #chart = new ReportChart(this, this.localize);
  readonly #announcer = new Announcer(this);
  readonly #exporter = new LazyPart(this, () => parts.exporter());

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      ['preset', 'from', 'to', 'interval'].some((name) =>
        (changed as Map<string, unknown>).has(name),
      )
    )
      this.#chart.reset();
  }

  protected override render() {
    const data = this.#data;
    this.localize.timeZone = data.portal?.timeZone;
    const t = this.localize.term.bind(this.localize);
    const stats = data.value;
    return this.frame(html`
      <section aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${t('title')}</h2>
          ${renderZoneNote(this.localize, !!data.portal, 'zoneNote')}
          ${
            data.status === 'ready'
              ? html`<button
                  type="button"
                  part="export-button"
                  ?disabled=${!stats?.buckets.length}
                  @click=${this.#export}
                  @pointerenter=${this.#exporter.prefetch}
                  @focus=${this.#exporter.prefetch}
                >
                  ${t('export')}
                </button>`
              : nothing
          }
        </header>
        ${this.#renderFilters()} ${this.#exporter.renderFailure(this.localize, 'export')}
        ${renderDataState(data, this.localize, (value) => this.#renderReport(value), {
          isEmpty: !!stats && sentOf(stats.totals) + stats.totals.test === 0,
          emptyTitle: t('noLeadsTitle'),
          emptyText: `${t('emptyText', { range: describeRange(this, t) })} ${t('firstLeadHint')}`,
          emptyAction: renderGuideLink(this, this.localize),
          skeletonLines: 8,
        })}
        ${this.#announcer.region()}
      </section>
    `);
  }

  #renderFilters() {
    const t = this.localize.term.bind(this.localize);
    const portal = this.#data.portal;
    const range = rangeOf(this, portal?.timeZone ?? 'UTC', this.localize.now());
    const usable = reportIntervalsFor(range);
    const current = usableInterval(this.interval, range);
    const campaigns = bounded(
      portal?.campaigns ?? [],
      LIST_BOUNDS.campaigns,
      (item) => item.id === this.campaign,
    );
    return html`<form
      class="filters"
      part="filters"
      aria-label=${t('filters')}
      @submit=${(event: Event) => event.preventDefault()}
    >
      ${renderRangePicker(this, {
        term: t,
        timeZone: portal?.timeZone,
        now: () => this.localize.now(),
        onChange: (next) => this.#pickRange(next),
      })}
      <label>
        ${t('interval.label')}
        <select
          data-filter="interval"
          @change=${(e: Event) => (this.interval = value(e) as ReportIntervalChoice)}
        >
          ${INTERVALS.map((choice) => html`<option value=${choice} ?selected=${current === choice} ?disabled=${choice !== 'auto' && !usable.includes(choice)}>${t(`interval.${choice}`)}</option>`)}
        </select>
      </label>
      <label>
        ${t('filter.campaign')}
        <select
          data-filter="campaign"
          @change=${(e: Event) => (this.campaign = value(e) || undefined)}
        >
          <option value="" ?selected=${!this.campaign}>${t('filter.allCampaigns')}</option>
          ${campaigns.shown.map((item) => html`<option value=${item.id} ?selected=${this.campaign === item.id}>${item.name}</option>`)}
        </select>
      </label>
      ${renderCut(campaigns, this.localize)}
      ${
        this.groupBy === 'none'
          ? nothing
          : html`<label>
              ${t('groupBy.label')}
              <select
                data-filter="group-by"
                @change=${(e: Event) => (this.groupBy = value(e) as StatsGroupBy)}
              >
                ${(['campaign', 'sub_id'] as const).map((choice) => html`<option value=${choice} ?selected=${this.groupBy === choice}>${t(`groupBy.${choice}`)}</option>`)}
              </select>
            </label>`
      }
    </form>`;
  }

  #renderReport(stats: IngestionStats) {
    return html`
      ${this.#renderTotals(stats)}
      ${this.#chart.render(stats, (bucket) => this.#selectBucket(stats, bucket))}
      ${renderReasons(this.localize, stats, (reason) => this.#selectReason(stats, reason))}
      ${renderGroups(this.localize, stats, {
        sort: this.sort,
        onSort: (column) => this.#sortBy(column),
        onSelect: (group) => this.#selectCampaign(stats, group),
      })}
    `;
  }

  #renderTotals(stats: IngestionStats) {
    const { localize } = this;
    const t = localize.term.bind(localize);
    const { totals } = stats;
    const rate = stats.acceptanceRate;
    return html`<dl class="totals" part="totals">
        <div class="figure main">
          <dt>${t('acceptance')}</dt>
          <dd>${rate === null ? t('noAcceptance') : localize.percent(rate, 1)}</dd>
        </div>
        <div class="figure">
          <dt>${t('sent')}</dt>
          <dd>${localize.number(sentOf(totals))}</dd>
        </div>
        ${(['accepted', 'unmatched', 'rejected'] as const).map(
          (status) =>
            html`<div class="figure" data-series=${status}>
              <dt><span class="key" aria-hidden="true"></span>${t(`status.${status}`)}</dt>
              <dd>${localize.number(totals[status])}</dd>
            </div>`,
        )}
      </dl>
      ${this.#renderChange(stats)}
      ${
        totals.test
          ? html`<p class="muted test-note">${t('testLeads', { count: totals.test })}</p>`
          : nothing
      }`;
  }

  /** The acceptance rate against the previous period, in percentage points. */
  #renderChange(stats: IngestionStats) {
    const t = this.localize.term.bind(this.localize);
    const days = rangeDays(stats);
    const now = stats.acceptanceRate;
    const before = stats.previous.acceptanceRate;
    if (now === null) return nothing;
    if (before === null)
      return html`<p class="change" part="change" data-direction="none">
        ${t('change.none', { days })}
      </p>`;
    const points = Math.round((now - before) * 1000) / 10;
    const direction = points > 0 ? 'up' : points < 0 ? 'down' : 'same';
    // The arrow and the words carry the direction; colour only repeats it.
    return html`<p class="change" part="change" data-direction=${direction}>
      <span aria-hidden="true">${direction === 'up' ? '▲' : direction === 'down' ? '▼' : '='}</span>
      ${t(`change.${direction}`, {
        points: this.localize.number(Math.abs(points), { maximumFractionDigits: 1 }),
        days,
      })}
    </p>`;
  }

  #sortBy(column: GroupColumn): void {
    // A new column starts with its most telling end: names A to Z, figures highest first.
    this.sort =
      this.sort.column === column
        ? { column, descending: !this.sort.descending }
        : { column, descending: column !== 'name' };
  }

  #selectReason(stats: IngestionStats, reason: ReasonStats): void {
    this.#select(
      { kind: 'reason', from: stats.from, to: stats.to, reason: reason.code, count: reason.count },
      { status: 'rejected' },
    );
  }

  #selectCampaign(stats: IngestionStats, group: GroupStats): void {
    this.#select({
      kind: 'campaign',
      from: stats.from,
      to: stats.to,
      reason: undefined,
      campaignId: group.key,
      count: group.sent,
    });
  }

  /** A bar: its period's days in the supplier's zone (an hour's bar, its day). */
  #selectBucket(stats: IngestionStats, bucket: StatsBucket): void {
    const zone = this.#data.portal?.timeZone ?? 'UTC';
    const index = stats.buckets.indexOf(bucket);
    const next = stats.buckets[index + 1];
    const from = calendarDate(new Date(bucket.start), zone);
    const last = next ? calendarDate(new Date(Date.parse(next.start) - 1), zone) : stats.to;
    this.#select({
      kind: 'bucket',
      from: from < stats.from ? stats.from : from,
      to: last > stats.to ? stats.to : last,
      reason: undefined,
      count: sentOf(bucket) + bucket.test,
    });
  }

  /**
   * Tells the host what was chosen; unless it cancels, the portal's ingestion logs list
   * those leads. With no log to take it, the person is told where the leads would show.
   */
  #select(
    choice: Omit<ReportSelectDetail, 'campaignId'> & { campaignId?: string | undefined },
    extra: Pick<LogFilter, 'status'> = {},
  ): void {
    const detail: ReportSelectDetail = {
      ...choice,
      campaignId: choice.campaignId ?? (this.campaign || undefined),
    };
    if (!emit(this, 'ld-report-select', detail, { cancelable: true })) return;
    const taken = this.link.runtime?.drillDown.send({
      from: detail.from,
      to: detail.to,
      reason: detail.reason,
      campaignId: detail.campaignId,
      ...extra,
    });
    if (!taken) this.#announcer.say(this.localize.term('noLog'));
  }

  #pickRange(next: RangeChoice): void {
    Object.assign(this, next);
    emitRangeChange(this, next, this.#data.portal?.timeZone, this.localize.now());
  }

  #export = async () => {
    const stats = this.#data.value;
    const portal = this.#data.portal;
    const module = await this.#exporter.use('export', () => this.#export());
    if (!module || !stats || !portal) return;
    const { blob, rows } = module.reportCsv(stats);
    download(blob, csvFileName(portal.supplierName, 'intake', stats.from, stats.to));
    this.#announcer.say(this.localize.term('exportDone', { rows }));
  };
}

function value(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}
