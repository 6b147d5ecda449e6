import { css } from 'lit';

export const capsMeterStyles = css`
  h3 {
    font-size: 1em;
    font-weight: 600;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cap {
    --_state: var(--_accent);
    display: grid;
    align-content: start;
    gap: 0.375rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .cap[data-state='warning'] {
    --_state: var(--_warning);
  }
  /* Over 90% is its own colour, between the warning's amber and the reached red. */
  .cap[data-state='critical'] {
    --_state: var(--ld-color-critical, light-dark(#c2410c, #fb923c));
    border-color: var(--_state);
    /* A second pixel of border without moving the content. */
    box-shadow: inset 0 0 0 1px var(--_state);
  }
  .cap[data-state='reached'] {
    --_state: var(--_danger);
    border-color: var(--_danger);
  }
  .cap[data-state='unlimited'] {
    --_state: var(--_muted);
  }
  .cap-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 0.5rem;
  }
  .meter {
    block-size: var(--ld-meter-height, 0.5rem);
    border-radius: 999px;
    background: var(--_track);
    overflow: hidden;
  }
  .indicator {
    block-size: 100%;
    background: var(--_state);
    border-radius: inherit;
    transition: inline-size 0.3s ease;
  }
  .usage {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }
  .remaining::before {
    content: '·';
    margin-inline-end: 0.375rem;
  }
  .reached {
    color: var(--_danger);
  }
  .notice {
    margin-block-end: var(--_space);
    border-color: var(--_danger);
  }
  .edit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .editor {
    display: grid;
    gap: 0.375rem;
  }
  .editor-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input {
    inline-size: 9rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .indicator {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .meter {
      border: 1px solid CanvasText;
    }
    .indicator {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
