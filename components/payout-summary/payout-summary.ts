import { renderZoneNote } from '../../src/ui/zone-note.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type {
  PayoutInterval,
  PayoutSegment,
  PayoutSummary,
} from '../../src/api/contract/payouts.js';
import { getPayouts } from '../../src/api/operations.js';
import type { Resource } from '../../src/controllers/data.js';
import { DataController } from '../../src/controllers/data.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import { LdElement } from '../../src/element.js';
import {
  intervalFor,
  intervalsFor,
  parseRange,
  RANGE_PRESETS,
  rangeDays,
  type DateRange,
  type RangePreset,
} from '../../src/localize/date-range.js';
import { LocalizeController } from '../../src/localize/localize.js';
import {
  describeRange,
  emitRangeChange,
  filterStyles,
  rangeOf,
  renderRangePicker,
  type RangeChoice,
  type RangeChangeDetail,
} from '../../src/ui/range-picker.js';

export type { RangeChangeDetail };
import { renderDataState } from '../../src/ui/states.js';
import { renderGuideLink } from '../../src/ui/guide.js';
import { Breakdown } from './breakdown.js';
import { chartStyles } from '../../src/styles/chart.js';
import { figureStyles } from '../../src/styles/figures.js';
import { payoutSummaryStyles } from './payout-summary.styles.js';
import { payoutSummaryStrings, type PayoutSummaryStrings } from './payout-summary.strings.js';
import { oneOf } from '../../src/ui/attributes.js';
import * as cacheKeys from '../../src/api/keys.js';
import { shippedLanguages } from '../../locales/index.js';

export type IntervalChoice = PayoutInterval | 'auto';

interface PayoutParams extends RangeChoice {
  interval: IntervalChoice;
}

const payoutsResource: Resource<PayoutSummary, PayoutParams> = {
  key: (params) => {
    const range = parseRange(params.from, params.to);
    return cacheKeys.payouts(range ? `${range.from}..${range.to}` : params.preset, params.interval);
  },
  load: (client, params, portal, signal) => {
    const range = rangeOf(params, portal.timeZone, client.now());
    const chosen = usableInterval(params.interval, range);
    const interval = chosen === 'auto' ? intervalFor(range) : chosen;
    return client.call(getPayouts, { query: { ...range, interval }, signal });
  },
};

/** The choice, unless the range cannot be read in it (months of one week): then automatic. */
function usableInterval(choice: IntervalChoice, range: DateRange): IntervalChoice {
  return choice === 'auto' || intervalsFor(range).includes(choice) ? choice : 'auto';
}

const INTERVALS: readonly IntervalChoice[] = ['auto', 'day', 'week', 'month'];

/**
 * @summary What a supplier earned in a date range: totals, pending/approved/paid,
 * the change against the previous period, how each cost mode paid, and a day, week or
 * month breakdown as a chart or a table. Ranges are counted in the supplier's time zone.
 * A Revenue Share supplier sees only their share: never a per-lead amount, a gross, a
 * buyer price or a margin.
 * @tagname ld-payout-summary
 *
 * @event ld-range-change - The supplier picked another range. `detail`: `{ preset, from, to }`.
 * @event ld-auth-expired - The session ended even after a token refresh.
 * @event ld-error - The widget entered its error state. `detail`: `{ kind, status, code }`.
 *
 * @slot loading - Replaces the loading skeleton.
 * @slot empty - Shown when no leads were sent in the range.
 * @slot error - Replaces the error message and its retry button.
 * @slot forbidden - Shown when the person may not see earnings.
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
 * @csspart filters - The range and interval pickers.
 * @csspart totals - The earned, paid-leads and leads-sent figures.
 * @csspart change - The comparison with the previous period.
 * @csspart stages - The pending, approved and paid amounts.
 * @csspart segments - How each cost mode paid.
 * @csspart breakdown - The chart or table of earnings per interval.
 * @csspart view-toggle - The button that shows the table instead of the chart.
 * @csspart chart - The bars.
 * @csspart bar - One bar.
 * @csspart tooltip - The figures of the bar in focus or under the pointer.
 * @csspart table - The breakdown as a table.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --ld-chart-height - Height of the chart. Default `10rem`.
 * @cssproperty --ld-color-surface - Background.
 * @cssproperty --ld-color-text - Text colour.
 * @cssproperty --ld-color-text-muted - Secondary text colour.
 * @cssproperty --ld-color-border - Borders.
 * @cssproperty --ld-color-accent - Bars, buttons and the focus ring.
 * @cssproperty --ld-color-success - A rise against the previous period.
 * @cssproperty --ld-color-danger - A fall, and negative adjustments.
 * @cssproperty --ld-font-family - Font.
 * @cssproperty --ld-radius - Corner radius.
 * @cssproperty --ld-spacing - Inner spacing.
 */
export class LdPayoutSummary extends LdElement {
  /** The tag the package registers it under. */
  static readonly tag = 'ld-payout-summary';
  static override styles = [
    LdElement.styles,
    filterStyles,
    figureStyles,
    chartStyles,
    payoutSummaryStyles,
  ];

  /** A preset range, counted in the supplier's time zone; `from` and `to` win when both are valid. */
  @property({
    reflect: true,
    converter: oneOf('ld-payout-summary', 'preset', RANGE_PRESETS, 'last-30-days'),
  })
  preset: RangePreset = 'last-30-days';

  /** First day of a custom range (`YYYY-MM-DD`), with `to`. */
  @property({ reflect: true }) from: string | undefined;

  /** Last day of a custom range (`YYYY-MM-DD`), included. */
  @property({ reflect: true }) to: string | undefined;

  /** The breakdown's step: `day`, `week`, `month`, or `auto` (chosen from the range's length). */
  @property({ reflect: true, converter: oneOf('ld-payout-summary', 'interval', INTERVALS, 'auto') })
  interval: IntervalChoice = 'auto';

  protected readonly localize = new LocalizeController<PayoutSummaryStrings>(this, {
    defaults: payoutSummaryStrings,
    part: 'payout-summary',
    languages: shippedLanguages,
    portal: this.portalText,
  });

  readonly #data = new DataController(this, this.link, {
    resource: payoutsResource,
    params: () => ({ preset: this.preset, from: this.from, to: this.to, interval: this.interval }),
    onStatus: (status) => this.showState(status),
  });

  readonly #breakdown = new Breakdown(this, {
    localize: this.localize,
    currency: () => this.#currency(),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      ['preset', 'from', 'to', 'interval'].some((name) =>
        (changed as Map<string, unknown>).has(name),
      )
    )
      this.#breakdown.reset();
  }

  protected override render() {
    const data = this.#data;
    this.localize.timeZone = data.portal?.timeZone;
    const t = this.localize.term.bind(this.localize);
    return this.frame(html`
      <section aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${t('title')}</h2>
          ${renderZoneNote(this.localize, !!data.portal, 'zoneNote')}
        </header>
        <form
          class="filters"
          part="filters"
          aria-label=${t('filters')}
          @submit=${(event: Event) => event.preventDefault()}
        >
          ${renderRangePicker(this, {
            term: t,
            timeZone: data.portal?.timeZone,
            now: () => this.localize.now(),
            onChange: (next) => this.#pick(next),
          })}
          ${this.#renderInterval(data.portal?.timeZone)}
        </form>
        ${renderDataState(data, this.localize, (summary) => this.#renderSummary(summary), {
          isEmpty:
            !!data.value && data.value.totals.leadsSent === 0 && data.value.totals.amount === 0,
          emptyTitle: t('noEarningsTitle'),
          emptyText: `${t('emptyText', { range: describeRange(this, t) })} ${t('firstLeadHint')}`,
          emptyAction: renderGuideLink(this, this.localize),
          skeletonLines: 6,
        })}
      </section>
    `);
  }

  /** Group by, offering only what the range can be read in; a choice it cannot is set aside. */
  #renderInterval(timeZone: string | undefined) {
    const t = this.localize.term.bind(this.localize);
    const range = rangeOf(this, timeZone ?? 'UTC', this.localize.now());
    const usable = intervalsFor(range);
    const current = usableInterval(this.interval, range);
    return html`<label>
      ${t('interval.label')}
      <select @change=${this.#onInterval}>
        ${INTERVALS.map((choice) => html`<option value=${choice} ?selected=${current === choice} ?disabled=${choice !== 'auto' && !usable.includes(choice)}>${t(`interval.${choice}`)}</option>`)}
      </select>
    </label>`;
  }

  #renderSummary(summary: PayoutSummary) {
    const { localize } = this;
    const t = localize.term.bind(localize);
    const money = (amount: number) => localize.currency(amount, this.#currency());
    const { totals } = summary;
    return html`
      <dl class="totals" part="totals">
        <div class="figure main">
          <dt>${t('total.amount')}</dt>
          <dd>${money(totals.amount)}</dd>
        </div>
        <div class="figure">
          <dt>${t('total.paidLeads')}</dt>
          <dd>${localize.number(totals.paidLeads)}</dd>
        </div>
        <div class="figure">
          <dt>${t('total.leadsSent')}</dt>
          <dd>${localize.number(totals.leadsSent)}</dd>
        </div>
      </dl>
      ${this.#renderChange(summary)}
      <h3 class="visually-hidden">${t('stages')}</h3>
      <dl class="stages" part="stages">
        ${(['pending', 'approved', 'paid'] as const).map(
          (stage) =>
            html`<div>
              <dt>${t(`stage.${stage}`)}</dt>
              <dd>${money(summary[stage])}</dd>
            </div>`,
        )}
      </dl>
      ${this.#renderSegments(summary.segments)}
      ${this.#breakdown.render(summary.breakdown, summary.interval, summary.previous.breakdown)}
    `;
  }

  #renderChange({ totals, previous, from, to }: PayoutSummary) {
    const { localize } = this;
    const change = totals.amount - previous.amount;
    const days = rangeDays({ from, to });
    const values = {
      amount: localize.currency(Math.abs(change), this.#currency()),
      percent: previous.amount ? localize.percent(Math.abs(change / previous.amount), 1) : '',
      days,
    };
    const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
    const key =
      direction === 'up' && previous.amount <= 0 ? 'change.new' : (`change.${direction}` as const);
    // The arrow and the words carry the direction; colour only repeats it.
    return html`<p class="change" part="change" data-direction=${direction}>
      <span aria-hidden="true">${direction === 'up' ? '▲' : direction === 'down' ? '▼' : '='}</span>
      ${localize.term(key, values)}
    </p>`;
  }

  #renderSegments(segments: readonly PayoutSegment[]) {
    if (!segments.length) return nothing;
    const { localize } = this;
    const t = localize.term.bind(localize);
    const money = (amount: number) => localize.currency(amount, this.#currency());
    // Dates only matter when the mode changed within the range.
    const dated = segments.length > 1;
    const list = bounded(segments, LIST_BOUNDS.segments);
    return html`<h3>${t('segments')}</h3>
      <ul class="segments" part="segments">
        ${list.shown.map(
          (segment) =>
            html`<li data-mode=${segment.costMode}>
              <strong>${t(`mode.${segment.costMode}`)}</strong>
              ${
                dated
                  ? html`<span class="muted"
                      >${t('segmentDates', {
                        from: localize.date(segment.from),
                        to: localize.date(segment.to),
                      })}</span
                    >`
                  : nothing
              }
              <span>
                ${
                  segment.costMode === 'fixed'
                    ? t('fixedDetail', {
                        rate: money(segment.ratePerLead),
                        leads: segment.paidLeads,
                        amount: money(segment.amount),
                      })
                    : t('shareDetail', {
                        amount: money(segment.amount),
                        leads: segment.paidLeads,
                      })
                }
              </span>
            </li>`,
        )}
      </ul>
      ${renderCut(list, localize)}`;
  }

  #currency(): string {
    return this.#data.portal?.currency ?? 'USD';
  }

  #pick(next: RangeChoice): void {
    Object.assign(this, next);
    emitRangeChange(this, next, this.#data.portal?.timeZone, this.localize.now());
  }

  #onInterval = (event: Event) => {
    this.interval = (event.target as HTMLSelectElement).value as IntervalChoice;
  };
}
