import { html, type ReactiveElement } from 'lit';
import type {
  IngestionStats,
  StatsBucket,
  StatsInterval,
} from '../../src/api/contract/ingestion-stats.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import { BarChart, renderChartFrame, type ChartBar } from '../../src/ui/bar-chart.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import type { IntakeReportStrings } from './intake-report.strings.js';

type Localize = LocalizeController<IntakeReportStrings>;
const SERIES = ['accepted', 'unmatched', 'rejected'] as const;

export const sentOf = (counts: Pick<StatsBucket, 'accepted' | 'unmatched' | 'rejected'>) =>
  counts.accepted + counts.unmatched + counts.rejected;

/**
 * Leads per hour, day, week or month, stacked by status, with the previous period's leads
 * sent as a dashed line; the same figures as a table, one toggle away. A bar is a button
 * that shows its period's leads in the portal's ingestion log.
 */
export class ReportChart {
  table = false;
  readonly #chart: BarChart;
  #host: ReactiveElement;
  #localize: Localize;

  constructor(host: ReactiveElement, localize: Localize) {
    this.#host = host;
    this.#localize = localize;
    this.#chart = new BarChart(host);
  }

  reset(): void {
    this.#chart.reset();
  }

  render(stats: IngestionStats, onSelect: (bucket: StatsBucket) => void) {
    const t = this.#localize.term.bind(this.#localize);
    const list = bounded(stats.buckets, LIST_BOUNDS.buckets);
    const buckets = list.shown;
    return renderChartFrame({
      id: 'chart-title',
      title: t(`chart.${stats.interval}`),
      toggleLabel: t('showTable'),
      table: this.table,
      onToggle: () => {
        this.table = !this.table;
        this.#host.requestUpdate();
      },
      bars: buckets.length,
      chart: () =>
        this.#chart.render(this.#bars(buckets, stats), {
          labelledBy: 'chart-title',
          series: SERIES.map((key) => ({ key, label: t(`status.${key}`) })),
          previousLabel: t('legend.previous'),
          axis: (count) =>
            this.#localize.number(count, { notation: 'compact', maximumFractionDigits: 1 }),
          rtl: this.#localize.dir() === 'rtl',
          minSpan: 4,
          onSelect: (index) => {
            const bucket = buckets[index];
            if (bucket) onSelect(bucket);
          },
        }),
      renderTable: () => this.#renderTable(buckets, stats.interval),
      after: renderCut(list, this.#localize),
    });
  }

  #bars(buckets: readonly StatsBucket[], stats: IngestionStats): ChartBar[] {
    const t = this.#localize.term.bind(this.#localize);
    return buckets.map((bucket, index) => {
      const before = stats.previous.buckets[index];
      const was = before && t('previousSent', { count: sentOf(before) });
      const text = t('point', { period: this.period(bucket, stats.interval), ...bucket });
      return {
        values: SERIES.map((key) => bucket[key]),
        previous: before && sentOf(before),
        period: this.period(bucket, stats.interval),
        tick: this.#tick(bucket, stats.interval),
        label: `${text}${was ? `. ${was}` : ''}. ${t('showInLog')}`,
        lines: [
          ...SERIES.map((key) => `${t(`status.${key}`)}: ${this.#localize.number(bucket[key])}`),
          ...(was ? [{ text: was, muted: true as const }] : []),
        ],
      };
    });
  }

  /** The bucket's period in full: "Nov 3, 2 PM", "Nov 3", "Week of Nov 3", "November 2026". */
  period(bucket: StatsBucket, interval: StatsInterval): string {
    const localize = this.#localize;
    if (interval === 'hour')
      return localize.dateTime(bucket.start, { month: 'short', day: 'numeric', hour: 'numeric' });
    if (interval === 'month')
      return localize.dateTime(bucket.start, { month: 'long', year: 'numeric' });
    const day = localize.dateTime(bucket.start, { month: 'short', day: 'numeric' });
    return interval === 'week' ? localize.term('weekOf', { date: day }) : day;
  }

  #tick(bucket: StatsBucket, interval: StatsInterval): string {
    return this.#localize.dateTime(
      bucket.start,
      interval === 'hour'
        ? { hour: 'numeric' }
        : interval === 'month'
          ? { month: 'short', year: '2-digit' }
          : { month: 'short', day: 'numeric' },
    );
  }

  #renderTable(buckets: readonly StatsBucket[], interval: StatsInterval) {
    const localize = this.#localize;
    const t = localize.term.bind(localize);
    return html`<table part="table" aria-labelledby="chart-title">
      <thead>
        <tr>
          <th scope="col">${t('column.period')}</th>
          ${SERIES.map((key) => html`<th scope="col">${t(`status.${key}`)}</th>`)}
          <th scope="col">${t('column.acceptance')}</th>
        </tr>
      </thead>
      <tbody>
        ${buckets.map((bucket) => {
          const sent = sentOf(bucket);
          return html`<tr>
            <th scope="row">${this.period(bucket, interval)}</th>
            ${SERIES.map((key) => html`<td>${localize.number(bucket[key])}</td>`)}
            <td>${sent ? localize.percent(bucket.accepted / sent, 1) : '–'}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
