import { html, type ReactiveElement } from 'lit';
import type { PayoutBucket, PayoutInterval } from '../../src/api/contract/payouts.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import { styleProps } from '../../src/ui/style-props.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import type { PayoutSummaryStrings } from './payout-summary.strings.js';

export interface BreakdownOptions {
  localize: LocalizeController<PayoutSummaryStrings>;
  currency: () => string;
}

/**
 * The earnings per day, week or month: a bar chart drawn with CSS in the template, whose
 * bars are reached with the arrow keys (one tab stop) and say their figures, and the same
 * numbers as a table, one toggle away.
 */
export class Breakdown {
  /** Table instead of chart. */
  table = false;
  /** The bar that holds the tab stop and shows its tooltip. */
  active = 0;
  /** The bar under the pointer, whose tooltip shows meanwhile. */
  #hover: number | undefined;
  /** Whether a bar has the keyboard focus: its tooltip shows then. */
  #focused = false;
  #host: ReactiveElement;
  #options: BreakdownOptions;

  constructor(host: ReactiveElement, options: BreakdownOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** Back to the first bar, for a new range. */
  reset(): void {
    this.active = 0;
    this.#hover = undefined;
  }

  render(all: readonly PayoutBucket[], interval: PayoutInterval) {
    const t = this.#options.localize.term.bind(this.#options.localize);
    const label = t(`chart.${interval}`);
    const list = bounded(all, LIST_BOUNDS.buckets);
    const buckets = list.shown;
    return html`<div class="breakdown" part="breakdown">
      <div class="breakdown-head">
        <h3 id="breakdown-title">${label}</h3>
        <button
          type="button"
          part="view-toggle"
          aria-pressed=${this.table}
          @click=${() => this.#toggle()}
        >
          ${t('showTable')}
        </button>
      </div>
      ${this.table ? this.#renderTable(buckets, interval) : this.#renderChart(buckets, interval)}
      ${renderCut(list, this.#options.localize)}
    </div>`;
  }

  #toggle(): void {
    this.table = !this.table;
    this.#host.requestUpdate();
  }

  #period(bucket: PayoutBucket, interval: PayoutInterval): string {
    const { localize } = this.#options;
    if (interval === 'month')
      return localize.date(bucket.start, { month: 'long', year: 'numeric' });
    const day = localize.date(bucket.start, { month: 'short', day: 'numeric' });
    return interval === 'week' ? localize.term('weekOf', { date: day }) : day;
  }

  #money(amount: number): string {
    return this.#options.localize.currency(amount, this.#options.currency());
  }

  #renderChart(buckets: readonly PayoutBucket[], interval: PayoutInterval) {
    const { localize } = this.#options;
    // A loop, not `Math.max(...)`: spread arguments overflow the stack on a long list.
    let peak = 1;
    for (const bucket of buckets) peak = Math.max(peak, Math.abs(bucket.amount));
    const active = Math.min(this.active, buckets.length - 1);
    const shown = this.#hover ?? active;
    const tip = this.#hover !== undefined || this.#focused ? buckets[shown] : undefined;
    return html`<div class="chart">
      <ol
        class="bars"
        part="chart"
        aria-labelledby="breakdown-title"
        @keydown=${(event: KeyboardEvent) => this.#onKey(event, buckets.length)}
        @pointerleave=${() => this.#setHover(undefined)}
        @focusout=${() => this.#focus(undefined)}
      >
        ${buckets.map((bucket, index) => {
          const text = localize.term('point', {
            period: this.#period(bucket, interval),
            amount: this.#money(bucket.amount),
            leads: bucket.paidLeads,
          });
          return html`<li
            class="slot"
            @pointerenter=${() => this.#setHover(index)}
            @focusin=${() => this.#focus(index)}
          >
            <span
              class="bar"
              part="bar"
              role="img"
              tabindex=${index === active ? 0 : -1}
              data-index=${index}
              data-negative=${bucket.amount < 0}
              aria-label=${text}
              ${styleProps({ '--_size': `${(Math.abs(bucket.amount) / peak) * 100}%` })}
            ></span>
          </li>`;
        })}
      </ol>
      ${
        tip
          ? html`<div
              class="tooltip"
              part="tooltip"
              aria-hidden="true"
              ${styleProps({ '--_at': `${((shown + 0.5) / buckets.length) * 100}%` })}
            >
              <strong>${this.#period(tip, interval)}</strong>
              <span>${this.#money(tip.amount)}</span>
              <span>${localize.term('column.paidLeads')}: ${localize.number(tip.paidLeads)}</span>
            </div>`
          : ''
      }
    </div>`;
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

  #setHover(index: number | undefined): void {
    this.#hover = index;
    this.#host.requestUpdate();
  }

  /** A bar took the focus, or (`undefined`) the chart lost it. */
  #focus(index: number | undefined): void {
    this.#focused = index !== undefined;
    if (index !== undefined) this.active = index;
    this.#host.requestUpdate();
  }

  #onKey(event: KeyboardEvent, count: number): void {
    const rtl = getComputedStyle(this.#host).direction === 'rtl';
    const moves: Record<string, number> = {
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
      ArrowUp: 1,
      ArrowDown: -1,
    };
    let next: number;
    if (event.key in moves) next = this.active + (moves[event.key] as number);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return;
    event.preventDefault();
    this.active = Math.max(0, Math.min(count - 1, next));
    this.#hover = undefined;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot
        ?.querySelector<HTMLElement>(`.bar[data-index="${this.active}"]`)
        ?.focus(),
    );
  }
}
