import { css } from 'lit';

/**
 * The headline figures (`.totals`: a `dl` of labelled numbers, `.main` the largest), the
 * change against the previous period (`.change` with `data-direction`), and the tables of
 * figures, as the payout summary and the intake report show them.
 */
export const figureStyles = css`
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .totals dt {
    display: flex;
    align-items: center;
    gap: 0.375rem;
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
