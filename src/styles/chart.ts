import { css } from 'lit';

/** The styles of `BarChart` and `renderChartFrame` (src/ui/bar-chart.ts). */
export const chartStyles = css`
  .breakdown-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin-block-end: 0.5rem;
  }
  .chart {
    position: relative;
    padding-block-start: 4rem;
  }
  .legend {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: 0.25rem 0.75rem;
    margin: 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    white-space: nowrap;
  }
  .key {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 2px;
    background: var(--_series, var(--_accent));
  }
  [data-series='accepted'] {
    --_series: var(--_success);
  }
  [data-series='unmatched'] {
    --_series: var(--_warning);
  }
  [data-series='rejected'] {
    --_series: var(--_danger);
  }
  .key.previous {
    block-size: 0;
    border-block-start: 2px dashed var(--_text);
    background: none;
  }
  /* The value axis on the start side, the bars beside it, the date labels below. */
  .plot {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.5rem;
    padding-block-end: 1.5rem;
  }
  /* Ticks are evenly spaced, so zero-height labels spread from the bottom sit on their lines. */
  .y-axis {
    display: flex;
    flex-direction: column-reverse;
    justify-content: space-between;
    block-size: var(--ld-chart-height, 10rem);
    font-size: 0.75em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .y-axis span {
    display: flex;
    align-items: center;
    justify-content: end;
    block-size: 0;
    white-space: nowrap;
  }
  .area {
    position: relative;
    block-size: var(--ld-chart-height, 10rem);
  }
  .grid-line {
    position: absolute;
    inset-inline: 0;
    inset-block-end: var(--_at);
    border-block-start: 1px solid var(--_track);
  }
  .grid-line[data-zero='true'] {
    border-block-start-color: var(--_border);
  }
  .bars {
    position: relative;
    display: grid;
    grid-template-columns: repeat(var(--_count), minmax(0, 1fr));
    gap: 2px;
    block-size: 100%;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .slot {
    position: relative;
    min-inline-size: 0;
  }
  .bar {
    position: absolute;
    inset-block-end: var(--_from);
    inset-inline: 0;
    margin-inline: auto;
    max-inline-size: 3rem;
    block-size: max(var(--_size), 2px);
    display: flex;
    flex-direction: column-reverse;
    overflow: hidden;
    border-radius: 2px 2px 0 0;
  }
  /* Stacked parts share the bar's height by their values; one part fills it. */
  .segment {
    flex: var(--_share) 1 0px;
    min-block-size: 0;
    background: var(--_series, var(--_accent));
  }
  .bar[data-negative='true'] {
    outline: 1px solid var(--_danger);
    border-radius: 0 0 2px 2px;
  }
  .bar[data-negative='true'] .segment {
    background: repeating-linear-gradient(45deg, var(--_danger) 0 3px, transparent 3px 6px);
  }
  .bar:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .date {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 50%;
    translate: -50% 0;
    font-size: 0.75em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .root[dir='rtl'] .date {
    translate: 50% 0;
  }
  /* The first and last labels keep inside the chart: aligned to their edge, not centred. */
  .date[data-edge='start'] {
    inset-inline-start: 0;
    translate: none;
  }
  .date[data-edge='end'] {
    inset-inline: auto 0;
    translate: none;
  }
  @container (inline-size < 420px) {
    .date[data-minor='true'] {
      display: none;
    }
  }
  .ghost {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .ghost polyline {
    fill: none;
    stroke: var(--_text);
    stroke-opacity: 0.75;
    stroke-width: 2;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .tooltip {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: clamp(4rem, var(--_at), calc(100% - 4rem));
    translate: -50% 0;
    display: grid;
    padding: 0.25rem 0.5rem;
    font-size: 0.85em;
    white-space: nowrap;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    pointer-events: none;
    z-index: 1;
  }
  .tooltip .muted {
    color: var(--_muted);
  }
  .root[dir='rtl'] .tooltip {
    translate: 50% 0;
  }
`;
