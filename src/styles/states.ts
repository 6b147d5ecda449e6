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
