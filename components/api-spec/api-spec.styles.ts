import { css } from 'lit';

export const apiSpecStyles = css`
  h3 {
    margin: calc(var(--_space) * 1.25) 0 0.5rem;
    font-size: 1em;
    font-weight: 600;
  }
  code,
  pre,
  .key {
    font-family: var(
      --ld-font-family-mono,
      ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      monospace
    );
    font-size: 0.9em;
    /* Code, keys and URLs read left to right inside right-to-left text too. */
    direction: ltr;
    unicode-bidi: isolate;
  }
  pre {
    text-align: start;
    margin: 0;
    padding: 0.75rem;
    overflow: auto;
    max-block-size: 24rem;
    white-space: pre;
    background: var(--ld-code-background, var(--_surface-alt));
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  pre:focus-visible,
  .table-scroll:focus-visible {
    outline: var(--_focus);
  }
  .notice.test-mode {
    border-color: var(--_warning);
  }
  .endpoint {
    display: grid;
    gap: 0.75rem;
    margin: 0 0 0.75rem;
  }
  .endpoint dt {
    font-weight: 600;
  }
  .endpoint dd {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin: 0.25rem 0 0;
  }
  .endpoint dd p {
    flex-basis: 100%;
    margin: 0;
  }
  code {
    overflow-wrap: anywhere;
  }
  .filter {
    display: inline-grid;
    gap: 0.125rem;
    margin-block-end: 0.5rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  input[type='url'] {
    inline-size: min(100%, 32rem);
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_track);
  }
  th .muted {
    font-weight: 400;
  }
  /* A field name breaks only where it must, never mid-word to make a column narrower. */
  th code {
    overflow-wrap: break-word;
  }
  /*
   * Too narrow for six columns: each field is a card, its name first, then each fact with
   * its column's name. Explicit roles keep it a table for screen readers.
   */
  @container (inline-size < 640px) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_track);
    }
    th,
    td {
      padding: 0;
      border: 0;
    }
    /* Type, required and format are short: one line together. */
    td:nth-of-type(-n + 3) {
      display: inline-block;
      margin-inline-end: 0.75rem;
    }
    td:empty {
      display: none;
    }
    td::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
  }
  /* One row however narrow: the tabs scroll sideways rather than stack above the code. */
  [role='tablist'] {
    display: flex;
    flex: 1;
    gap: 0.25rem;
    min-inline-size: 0;
    margin-block-end: -1px;
    padding-block-start: 4px;
    overflow-x: auto;
    scrollbar-width: none;
  }
  [role='tab'] {
    flex: none;
  }
  [role='tab'] {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .code-bar {
    display: flex;
    align-items: end;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
  }
  .code-bar .copy {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.25rem;
  }
  .code-bar .confirmation {
    margin: 0;
  }
  .responses {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .responses p {
    margin: 0 0 0.25rem;
  }
  .settings fieldset {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .settings .events {
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    margin-block: 0.5rem;
  }
  .settings legend {
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .settings p {
    margin: 0;
  }
  .rotation {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .rotation h3 {
    margin: 0;
  }
  /* Outlined until the dialog's own (filled) danger button confirms it. */
  .rotation > button.danger {
    background: var(--_surface);
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .print-only {
    display: none;
  }
  @media print {
    button,
    [role='tablist'],
    .filter,
    .actions,
    .rotation,
    .key[data-revealed='true'] {
      display: none !important;
    }
    .print-only {
      display: block;
      font-weight: 600;
    }
    code.print-only {
      display: inline;
    }
    [role='tabpanel'][hidden] {
      display: block;
    }
    .panel {
      break-inside: avoid;
      margin-block-end: 0.75rem;
    }
    pre {
      max-block-size: none;
      overflow: visible;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  }
`;
