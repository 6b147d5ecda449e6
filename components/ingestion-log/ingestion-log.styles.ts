import { css } from 'lit';

export const ingestionLogStyles = css`
  input[type='search'] {
    inline-size: 14rem;
  }
  .reason-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0 0 calc(var(--_space) * 0.75);
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .reason-note button {
    margin-inline-start: auto;
  }
  .table {
    /* In px, as RowWindow counts: a root font size of the host's must not change it. */
    --_row: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* A narrow screen scrolls the whole table sideways, header and rows together. */
    overflow-x: auto;
    overflow-y: hidden;
  }
  .head,
  .scroller {
    min-inline-size: var(--ld-log-min-width, 36rem);
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    gap: 0.75rem;
    block-size: var(--_row);
    padding-inline: 0.75rem;
    border-block-end: 1px solid var(--_track);
  }
  .head .row {
    font-weight: 600;
    background: var(--_surface-alt);
    border-block-end-color: var(--_border);
  }
  .scroller {
    block-size: var(--ld-log-height, 28rem);
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .spacer {
    position: relative;
  }
  /* New filters are loading: the old rows stay, dimmed, so nothing jumps meanwhile. */
  .table[aria-busy='true'] .body {
    opacity: 0.45;
    transition: opacity 0.15s 0.1s;
  }
  .body .row {
    cursor: pointer;
  }
  .body .row:hover {
    background: var(--_surface-alt);
  }
  .body .row:focus-visible {
    outline-offset: -2px;
  }
  .cell {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    /* A cell set to its value's direction still lines up with the table's. */
    text-align: match-parent;
    min-inline-size: 0;
  }
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .badge[data-status='accepted'] {
    --_state: var(--_success);
  }
  .badge[data-status='rejected'] {
    --_state: var(--_danger);
  }
  .badge[data-status='unmatched'] {
    --_state: var(--_warning);
  }
  .foot {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.5rem 0.75rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /*
   * Too narrow for five columns: each lead becomes a card of three lines (when, status;
   * campaign, lead ID; reason), so status and reason stay on screen with no sideways scroll.
   */
  @container (inline-size < 640px) {
    .table {
      --_row: 88px;
      overflow-x: hidden;
    }
    .head,
    .scroller {
      min-inline-size: 0;
    }
    .head {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .body .row {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'receivedAt status'
        'campaign id'
        'reason reason';
      align-content: center;
      gap: 0 0.75rem;
    }
    [data-column='receivedAt'] {
      grid-area: receivedAt;
      font-weight: 600;
    }
    [data-column='status'] {
      grid-area: status;
      justify-self: end;
    }
    [data-column='campaign'] {
      grid-area: campaign;
      color: var(--_muted);
    }
    [data-column='id'] {
      grid-area: id;
      justify-self: end;
    }
    [data-column='reason'] {
      grid-area: reason;
    }
  }
  @media (forced-colors: active) {
    .body .row:hover {
      outline: 1px solid Highlight;
    }
  }
`;

export const leadDetailStyles = css`
  /* A lead's detail is wider than a question. */
  dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.75rem;
  }
  .steps {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .steps [data-outcome='failed'] {
    color: var(--_danger);
  }
  .steps [data-outcome='skipped'] {
    color: var(--_muted);
  }
  .fields {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .fields div {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr;
    gap: 0.75rem;
  }
  .fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

export const logExportStyles = css`
  .export {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .progress {
    display: grid;
    gap: 0.125rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  progress {
    inline-size: 10rem;
    accent-color: var(--_accent);
  }
  .export-error {
    color: var(--_danger);
  }
`;

export const liveStyles = css`
  .table-wrap {
    position: relative;
  }
  .new-leads {
    position: absolute;
    inset-block-start: calc(var(--_row) + 0.5rem);
    inset-inline-start: 50%;
    translate: -50% 0;
    z-index: 1;
    border-radius: 999px;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
`;
