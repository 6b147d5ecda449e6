import { html, nothing, svg, type ReactiveElement, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';

/** Round ticks from the lowest value (or zero) to the highest, about four steps apart. */
export function valueScale(values: readonly number[], { minSpan = 100 } = {}) {
  let low = 0;
  let high = 0;
  // A loop, not `Math.max(...)`: spread arguments overflow the stack on a long list.
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (high === low) high = low + minSpan;
  const rough = (high - low) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // Counts step by whole numbers: a scale of 0–3 leads reads 0, 1, 2, 3, not 0, 0.75, 1.5.
  const steps = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).filter((s) => s >= 1 || minSpan < 1);
  const step = steps.find((s) => s >= rough) ?? Math.max(1, Math.ceil(rough));
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick < high + step; tick += step) ticks.push(tick);
  const first = ticks[0]!;
  return { ticks, low: first, span: ticks.at(-1)! - first };
}

/** One bar: its parts from the bottom up, in the order of the chart's series. */
export interface ChartBar {
  /** One value per series. A chart of one series may go below zero; stacked ones may not. */
  values: readonly number[];
  /** The previous period's figure at this bar, drawn as a dashed line. */
  previous?: number | undefined;
  /** The bar's period in full, the tooltip's heading ("Week of Nov 3"). */
  period: string;
  /** The short date under the bar ("Nov 3"). */
  tick: string;
  /** What a screen reader says for the bar: every figure of it. */
  label: string;
  /** The tooltip's lines under the heading; a muted one is secondary. */
  lines: readonly (string | { text: string; muted: true })[];
}

export interface ChartSeries {
  /** Named in `data-series`, which the chart's styles colour. */
  key: string;
  label: string;
}

export interface ChartOptions {
  /** The id of the chart's heading. */
  labelledBy: string;
  series: readonly ChartSeries[];
  /** The previous period's name in the legend, when bars carry `previous`. */
  previousLabel: string;
  /** A value as the axis shows it: compact ("$1.5K", "1.2K"). */
  axis: (value: number) => string;
  /** The page's direction, for the dashed line, which is drawn in SVG. */
  rtl: boolean;
  /** The least span of the axis when every value is equal (100 cents, or 4 leads). */
  minSpan?: number;
  /** Makes each bar a button (click, Enter or Space) that picks its period. */
  onSelect?: ((index: number) => void) | undefined;
}

/**
 * A bar chart drawn with CSS in the template (`chartStyles`): a value axis with round
 * ticks and gridlines, date labels under the bars, stacked series, the previous period as a
 * dashed line, and a tooltip for the bar under the pointer or in focus. The bars are one tab
 * stop, walked with the arrow keys, Home and End; each says its figures. A widget keeps one
 * per chart and offers its figures as a table beside it (`renderChartFrame`).
 */
export class BarChart {
  /** The bar that holds the tab stop and shows its tooltip. */
  active = 0;
  #hover: number | undefined;
  #focused = false;
  #onSelect: ((index: number) => void) | undefined;
  #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
  }

  /** Back to the first bar, for a new range. */
  reset(): void {
    this.active = 0;
    this.#hover = undefined;
  }

  render(bars: readonly ChartBar[], options: ChartOptions): TemplateResult {
    const count = bars.length;
    this.#onSelect = options.onSelect;
    const withPrevious = bars.some((bar) => bar.previous !== undefined);
    const total = (bar: ChartBar) => bar.values.reduce((sum, value) => sum + value, 0);
    const scale = valueScale(
      [...bars.map(total), ...bars.flatMap((bar) => bar.previous ?? [])],
      options,
    );
    const at = (value: number) => `${((value - scale.low) / scale.span) * 100}%`;
    const active = Math.min(this.active, count - 1);
    const shown = this.#hover ?? active;
    const tip = this.#hover !== undefined || this.#focused ? bars[shown] : undefined;
    // About six date labels, whatever the count; the container query halves them on a phone.
    const every = Math.max(1, Math.ceil(count / 6));
    const x = (index: number) => ((index + 0.5) / count) * 100;
    const y = (value: number) => (100 - ((value - scale.low) / scale.span) * 100).toFixed(2);
    const legend = options.series.length > 1 || withPrevious;
    return html`<div class="chart" data-legend=${legend}>
      ${
        legend
          ? html`<p class="legend" aria-hidden="true">
              ${options.series.map(
                (series) =>
                  html`<span class="legend-item"
                    ><span class="key" data-series=${series.key}></span>${series.label}</span
                  >`,
              )}
              ${
                withPrevious
                  ? html`<span class="legend-item"
                      ><span class="key previous"></span>${options.previousLabel}</span
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      <div class="plot">
        <div class="y-axis" aria-hidden="true">
          ${scale.ticks.map((tick) => html`<span data-tick="value">${options.axis(tick)}</span>`)}
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
            aria-labelledby=${options.labelledBy}
            ${styleProps({ '--_count': String(count) })}
            @keydown=${(event: KeyboardEvent) => this.#onKey(event, count)}
            @click=${this.#onClick}
            @pointerleave=${() => this.#setHover(undefined)}
            @focusout=${() => this.#focus(undefined)}
          >
            ${bars.map((bar, index) => {
              const sum = total(bar);
              return html`<li
                class="slot"
                @pointerenter=${() => this.#setHover(index)}
                @focusin=${() => this.#focus(index)}
              >
                <span
                  class="bar"
                  part="bar"
                  role=${options.onSelect ? 'button' : 'img'}
                  tabindex=${index === active ? 0 : -1}
                  data-index=${index}
                  data-negative=${sum < 0}
                  aria-label=${bar.label}
                  ${styleProps({
                    '--_from': at(Math.min(0, sum)),
                    '--_size': `${(Math.abs(sum) / scale.span) * 100}%`,
                  })}
                  >${bar.values.map((value, part) =>
                    value
                      ? html`<span
                          class="segment"
                          data-series=${options.series[part]?.key ?? nothing}
                          ${styleProps({ '--_share': String(Math.abs(value)) })}
                        ></span>`
                      : nothing,
                  )}</span
                >
                ${
                  index % every === 0
                    ? html`<span
                        class="date"
                        data-tick="date"
                        data-minor=${index % (every * 2) !== 0}
                        data-edge=${index === 0 ? 'start' : index >= count - every ? 'end' : nothing}
                        aria-hidden="true"
                        >${bar.tick}</span
                      >`
                    : nothing
                }
              </li>`;
            })}
          </ol>
          ${
            withPrevious
              ? svg`<svg class="ghost" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
                  <polyline points=${bars
                    .flatMap((bar, index) =>
                      bar.previous === undefined
                        ? []
                        : `${(options.rtl ? 100 - x(index) : x(index)).toFixed(2)},${y(bar.previous)}`,
                    )
                    .join(' ')}></polyline>
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
              ${styleProps({ '--_at': `${x(shown)}%` })}
            >
              <strong>${tip.period}</strong>
              ${tip.lines.map((line) =>
                typeof line === 'string'
                  ? html`<span>${line}</span>`
                  : html`<span class="muted">${line.text}</span>`,
              )}
            </div>`
          : nothing
      }
    </div>`;
  }

  /** A click on a bar picks it, when bars are buttons; one listener for them all. */
  #onClick = (event: Event): void => {
    const bar = (event.target as Element).closest<HTMLElement>('.bar');
    if (bar && this.#onSelect) this.#onSelect(Number(bar.dataset.index));
  };

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
    else if ((event.key === 'Enter' || event.key === ' ') && this.#onSelect) {
      event.preventDefault();
      this.#onSelect(this.active);
      return;
    } else return;
    event.preventDefault();
    const chart = event.currentTarget as HTMLElement;
    this.active = Math.max(0, Math.min(count - 1, next));
    this.#hover = undefined;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      chart.querySelector<HTMLElement>(`.bar[data-index="${this.active}"]`)?.focus(),
    );
  }
}

export interface ChartFrameOptions {
  /** The heading's id, which the chart and the table are labelled by. */
  id: string;
  title: string;
  /** "Show as a table". */
  toggleLabel: string;
  /** Whether the table shows instead of the chart. */
  table: boolean;
  onToggle: () => void;
  chart: () => TemplateResult;
  renderTable: () => TemplateResult;
  /** Below the chart or table: a note that the list was cut. */
  after?: unknown;
  /** Fewer than two bars read better as the table's rows than as one full-width block. */
  bars: number;
}

/** A chart's heading with its table toggle, then the chart or its table. */
export function renderChartFrame(options: ChartFrameOptions): TemplateResult {
  return html`<div class="breakdown" part="breakdown">
    <div class="breakdown-head">
      <h3 id=${options.id}>${options.title}</h3>
      <button
        type="button"
        part="view-toggle"
        aria-pressed=${options.table}
        @click=${options.onToggle}
      >
        ${options.toggleLabel}
      </button>
    </div>
    ${options.table || options.bars < 2 ? options.renderTable() : options.chart()}
    ${options.after ?? nothing}
  </div>`;
}
