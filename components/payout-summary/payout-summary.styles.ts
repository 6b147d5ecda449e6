import { css } from 'lit';

export const payoutSummaryStyles = css`
  .stages {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .stages dt {
    font-size: 0.85em;
    color: var(--_muted);
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
`;
