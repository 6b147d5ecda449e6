import { css } from 'lit';

export const stateStyles = css`
  /* Every widget's title row: its heading, and the time zone or actions beside it. */
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  [part='title'] {
    font-size: 1.125em;
    font-weight: 600;
  }
  /* The zone note sits under the title in every widget; actions stay on the title's row. */
  [part='zone'] {
    flex-basis: 100%;
    order: 1;
    font-size: 0.875em;
  }
  /* One badge for every widget: a pill in its state's colour (\`--_state\`). */
  .badge {
    display: inline-block;
    padding-inline: 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
    color: var(--_state, var(--_muted));
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  .state {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
  }
  .state h3 {
    font-size: 1em;
    font-weight: 600;
  }
  .error-note {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .state .detail {
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .skeleton span {
    display: block;
    block-size: 1rem;
    border-radius: 0.25rem;
    background: var(--_track);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:nth-child(3n + 2) {
    inline-size: 70%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  .portals {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    margin: 0;
    list-style: none;
  }
`;
