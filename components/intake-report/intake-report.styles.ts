import { css } from 'lit';

export const intakeReportStyles = css`
  section > section {
    margin-block-start: calc(var(--_space) * 1.25);
  }
  section > section > h3 {
    margin-block-end: 0.5rem;
  }
  .test-note {
    margin: 0 0 var(--_space);
  }
  .table-scroll {
    overflow-x: auto;
  }
  thead th {
    font-weight: 600;
    white-space: nowrap;
  }
  tbody th {
    font-weight: normal;
  }
  .mono {
    font-family: var(--ld-font-family-mono, ui-monospace, SFMono-Regular, Menlo, monospace);
    font-size: 0.9em;
  }
  /* A row's way into the log reads as a link, and is a button: it acts on this page. */
  button.link {
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.link .mono {
    color: var(--_text);
  }
  button.sort {
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
  }
  /* On a touch screen they are full-size targets, as every other control. */
  @media (pointer: coarse) {
    button.link,
    button.sort {
      min-block-size: 44px;
      min-inline-size: 44px;
    }
  }
  .arrow {
    display: inline-block;
    min-inline-size: 1em;
    margin-inline-start: 0.25em;
    font-size: 0.75em;
  }
  .share {
    display: inline-block;
    vertical-align: middle;
    inline-size: 3rem;
    block-size: 0.375rem;
    margin-inline-end: 0.375rem;
    border-radius: 999px;
    background: var(--_track);
    overflow: hidden;
  }
  /* A fixed width, so every row's bar starts at the same place. */
  .share-value {
    display: inline-block;
    min-inline-size: 3.25em;
  }
  .share-bar {
    display: block;
    block-size: 100%;
    inline-size: var(--_share);
    background: var(--_danger);
  }
  .trend {
    white-space: nowrap;
  }
  .spark {
    inline-size: 4rem;
    block-size: 1.25rem;
    vertical-align: middle;
    margin-inline-end: 0.375rem;
    overflow: visible;
  }
  .root[dir='rtl'] .spark {
    scale: -1 1;
  }
  .spark polyline {
    fill: none;
    stroke: var(--_danger);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  [part='bar'] {
    cursor: pointer;
  }
  /* On a phone the trend's words go; the line and the table's other figures stay. */
  /* On a phone the trend's words, the share's bar and the accepted count (the rate says it)
     go; every other figure stays, and the tables fit without scrolling sideways. */
  @container (inline-size < 480px) {
    .trend .muted,
    .share,
    [data-column='accepted'] {
      display: none;
    }
    .spark {
      inline-size: 3rem;
      margin: 0;
    }
    th,
    td {
      padding-inline: 0.25rem;
    }
  }
`;
