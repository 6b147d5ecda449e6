import { html, nothing, svg, type ReactiveElement } from 'lit';
import type { PayoutBucket, PayoutInterval } from '../../src/api/contract/payouts.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import { styleProps } from '../../src/ui/style-props.js';
import { bounded, LIST_BOUNDS, renderCut } from '../../src/ui/bounded.js';
import type { PayoutSummaryStrings } from './payout-summary.strings.js';

/** Round ticks from the lowest amount (or zero) to the highest, about four steps apart. */
export function valueScale(amounts: readonly number[]) {
  let low = 0;
  let high = 0;
  // A loop, not `Math.max(...)`: spread arguments overflow the stack on a long list.
  for (const amount of amounts) {
    low = Math.min(low, amount);
    high = Math.max(high, amount);
  }
  if (high === low) high = low + 100;
  const rough = (high - low) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick < high + step; tick += step) ticks.push(tick);
  const first = ticks[0]!;
  return { ticks, low: first, span: ticks.at(-1)! - first };
}

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

  render(
    all: readonly PayoutBucket[],
    interval: PayoutInterval,
    previous?: readonly PayoutBucket[],
  ) {
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
      ${
        // One bucket is one full-width block: its row reads better.
        this.table || buckets.length < 2
          ? this.#renderTable(buckets, interval)
          : this.#renderChart(buckets, interval, previous)
      }
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

  /** Money in the portal's currency; `compact` for an axis ("$1.5K"). */
  #money(amount: number, compact = false): string {
    return this.#options.localize.currency(
      amount,
      this.#options.currency(),
      compact ? { notation: 'compact', maximumFractionDigits: 1 } : {},
    );
  }

  #renderChart(
    buckets: readonly PayoutBucket[],
    interval: PayoutInterval,
    previous: readonly PayoutBucket[] | undefined,
  ) {
    const { localize } = this.#options;
    const t = localize.term.bind(localize);
    const ghost = previous?.length ? previous.slice(0, buckets.length) : undefined;
    const scale = valueScale([...buckets, ...(ghost ?? [])].map((bucket) => bucket.amount));
    const at = (amount: number) => `${((amount - scale.low) / scale.span) * 100}%`;
    const active = Math.min(this.active, buckets.length - 1);
    const shown = this.#hover ?? active;
    const tip = this.#hover !== undefined || this.#focused ? buckets[shown] : undefined;
    const count = buckets.length;
    // About six date labels, whatever the count; the container query halves them on a phone.
    const every = Math.max(1, Math.ceil(count / 6));
    const rtl = localize.dir() === 'rtl';
    const x = (index: number) => (((index + 0.5) / count) * 100).toFixed(2);
    const y = (amount: number) => (100 - ((amount - scale.low) / scale.span) * 100).toFixed(2);
    return html`<div class="chart">
      ${
        ghost
          ? html`<p class="legend" aria-hidden="true">
              <span class="key current"></span>${t('legend.current')}
              <span class="key previous"></span>${t('legend.previous')}
            </p>`
          : nothing
      }
      <div class="plot">
        <div class="y-axis" aria-hidden="true">
          ${scale.ticks.map(
            (tick) => html`<span data-tick="value">${this.#money(tick, true)}</span>`,
          )}
        </div>
        <div class="area">
          ${scale.ticks.map(
            (tick) =>
              html`<span
                class="grid-line"
                data-zero=${tick === 0}
                aria-hidden="true"
                ${styleProps({ '--_at': at(tick) })}
              ></span>`,
          )}
          <ol
            class="bars"
            part="chart"
            aria-labelledby="breakdown-title"
            ${styleProps({ '--_count': String(count) })}
            @keydown=${(event: KeyboardEvent) => this.#onKey(event, count)}
            @pointerleave=${() => this.#setHover(undefined)}
            @focusout=${() => this.#focus(undefined)}
          >
            ${buckets.map((bucket, index) => {
              const before = ghost?.[index];
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
                  aria-label=${before ? `${text}. ${t('previousAmount', { amount: this.#money(before.amount) })}` : text}
                  ${styleProps({
                    '--_from': at(Math.min(0, bucket.amount)),
                    '--_size': `${(Math.abs(bucket.amount) / scale.span) * 100}%`,
                  })}
                ></span>
                ${
                  index % every === 0
                    ? html`<span
                        class="date"
                        data-tick="date"
                        data-minor=${index % (every * 2) !== 0}
                        data-edge=${index === 0 ? 'start' : index >= count - every ? 'end' : nothing}
                        aria-hidden="true"
                        >${this.#tickDate(bucket, interval)}</span
                      >`
                    : nothing
                }
              </li>`;
            })}
          </ol>
          ${
            ghost
              ? svg`<svg class="ghost" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
                  <polyline points=${ghost.map((bucket, index) => `${rtl ? 100 - Number(x(index)) : x(index)},${y(bucket.amount)}`).join(' ')}></polyline>
                </svg>`
              : nothing
          }
        </div>
      </div>
      ${
        tip
          ? html`<div
              class="tooltip"
              part="tooltip"
              aria-hidden="true"
              ${styleProps({ '--_at': `${((shown + 0.5) / count) * 100}%` })}
            >
              <strong>${this.#period(tip, interval)}</strong>
              <span>${this.#money(tip.amount)}</span>
              <span>${localize.term('column.paidLeads')}: ${localize.number(tip.paidLeads)}</span>
              ${
                ghost?.[shown]
                  ? html`<span class="muted"
                      >${t('previousAmount', { amount: this.#money(ghost[shown].amount) })}</span
                    >`
                  : nothing
              }
            </div>`
          : nothing
      }
    </div>`;
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
