import { css } from 'lit';

export const payoutSummaryStyles = css`
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .totals,
  .stages {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .totals dt,
  .stages dt {
    font-size: 0.85em;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .totals dd {
    font-size: 1.25em;
    font-weight: 600;
  }
  .totals .main dd {
    font-size: 1.75em;
  }
  .change {
    margin: 0 0 var(--_space);
  }
  .change[data-direction='up'] span {
    color: var(--_success);
  }
  .change[data-direction='down'] span {
    color: var(--_danger);
  }
  .segments {
    display: grid;
    gap: 0.25rem;
    margin: 0.25rem 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .segments li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .muted {
    color: var(--_muted);
  }
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
    padding-block-start: 3.5rem;
  }
  .bars {
    display: flex;
    align-items: flex-end;
    gap: 2px;
    block-size: var(--ld-chart-height, 10rem);
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-end: 1px solid var(--_border);
  }
  .slot {
    display: flex;
    flex: 1 1 0;
    align-items: flex-end;
    block-size: 100%;
    min-inline-size: 0;
  }
  .bar {
    inline-size: 100%;
    block-size: max(var(--_size), 2px);
    background: var(--_accent);
    border-radius: 2px 2px 0 0;
  }
  .bar[data-negative='true'] {
    background: repeating-linear-gradient(45deg, var(--_danger) 0 3px, transparent 3px 6px);
    outline: 1px solid var(--_danger);
  }
  .bar:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
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
  }
  :host(:dir(rtl)) .tooltip {
    translate: 50% 0;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    text-align: end;
    border-block-end: 1px solid var(--_track);
  }
  th:first-child {
    text-align: start;
  }
`;
