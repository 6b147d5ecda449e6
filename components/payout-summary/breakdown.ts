import { html, type ReactiveElement } from 'lit';
import type { PayoutBucket, PayoutInterval } from '../../src/api/contract/payouts.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import { BarChart, renderChartFrame, type ChartBar } from '../../src/ui/bar-chart.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import type { PayoutSummaryStrings } from './payout-summary.strings.js';

export { valueScale } from '../../src/ui/bar-chart.js';

export interface BreakdownOptions {
  localize: LocalizeController<PayoutSummaryStrings>;
  currency: () => string;
}

/**
 * The earnings per day, week or month: a bar chart with the previous period behind it
 * (`BarChart`), and the same numbers as a table, one toggle away.
 */
export class Breakdown {
  /** Table instead of chart. */
  table = false;
  readonly #chart: BarChart;
  #host: ReactiveElement;
  #options: BreakdownOptions;

  constructor(host: ReactiveElement, options: BreakdownOptions) {
    this.#host = host;
    this.#options = options;
    this.#chart = new BarChart(host);
  }

  /** Back to the first bar, for a new range. */
  reset(): void {
    this.#chart.reset();
  }

  render(
    all: readonly PayoutBucket[],
    interval: PayoutInterval,
    previous?: readonly PayoutBucket[],
  ) {
    const t = this.#options.localize.term.bind(this.#options.localize);
    const list = bounded(all, LIST_BOUNDS.buckets);
    const buckets = list.shown;
    return renderChartFrame({
      id: 'breakdown-title',
      title: t(`chart.${interval}`),
      toggleLabel: t('showTable'),
      table: this.table,
      onToggle: () => {
        this.table = !this.table;
        this.#host.requestUpdate();
      },
      bars: buckets.length,
      chart: () =>
        this.#chart.render(this.#bars(buckets, interval, previous), {
          labelledBy: 'breakdown-title',
          series: [{ key: 'amount', label: t('legend.current') }],
          previousLabel: t('legend.previous'),
          axis: (amount) => this.#money(amount, true),
          rtl: this.#options.localize.dir() === 'rtl',
        }),
      renderTable: () => this.#renderTable(buckets, interval),
      after: renderCut(list, this.#options.localize),
    });
  }

  #bars(
    buckets: readonly PayoutBucket[],
    interval: PayoutInterval,
    previous: readonly PayoutBucket[] | undefined,
  ): ChartBar[] {
    const { localize } = this.#options;
    const t = localize.term.bind(localize);
    return buckets.map((bucket, index) => {
      const before = previous?.[index];
      const text = t('point', {
        period: this.#period(bucket, interval),
        amount: this.#money(bucket.amount),
        leads: bucket.paidLeads,
      });
      const was = before && t('previousAmount', { amount: this.#money(before.amount) });
      return {
        values: [bucket.amount],
        previous: before?.amount,
        period: this.#period(bucket, interval),
        tick: this.#tickDate(bucket, interval),
        label: was ? `${text}. ${was}` : text,
        lines: [
          this.#money(bucket.amount),
          `${t('column.paidLeads')}: ${localize.number(bucket.paidLeads)}`,
          ...(was ? [{ text: was, muted: true as const }] : []),
        ],
      };
    });
  }

  #period(bucket: PayoutBucket, interval: PayoutInterval): string {
    const { localize } = this.#options;
    if (interval === 'month')
      return localize.date(bucket.start, { month: 'long', year: 'numeric' });
    const day = localize.date(bucket.start, { month: 'short', day: 'numeric' });
    return interval === 'week' ? localize.term('weekOf', { date: day }) : day;
  }

  /** Money in the portal's currency; `compact` for an axis ("$1.5K"). */
  #money(amount: number, compact = false): string {
    return this.#options.localize.currency(
      amount,
      this.#options.currency(),
      compact ? { notation: 'compact', maximumFractionDigits: 1 } : {},
    );
  }

  /** A date label under the bars: the day, the week's first day, or the month. */
  #tickDate(bucket: PayoutBucket, interval: PayoutInterval): string {
    return this.#options.localize.date(
      bucket.start,
      interval === 'month'
        ? { month: 'short', year: '2-digit' }
        : { month: 'short', day: 'numeric' },
    );
  }

  #renderTable(buckets: readonly PayoutBucket[], interval: PayoutInterval) {
    const { localize } = this.#options;
    const t = localize.term.bind(localize);
    return html`<table part="table" aria-labelledby="breakdown-title">
      <thead>
        <tr>
          <th scope="col">${t('column.period')}</th>
          <th scope="col">${t('column.amount')}</th>
          <th scope="col">${t('column.paidLeads')}</th>
          <th scope="col">${t('column.leadsSent')}</th>
        </tr>
      </thead>
      <tbody>
        ${buckets.map(
          (bucket) =>
            html`<tr>
              <th scope="row">${this.#period(bucket, interval)}</th>
              <td>${this.#money(bucket.amount)}</td>
              <td>${localize.number(bucket.paidLeads)}</td>
              <td>${localize.number(bucket.leadsSent)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
