import { css } from 'lit';

export const pauseToggleStyles = css`
  h3 {
    margin: var(--_space) 0 0.25rem;
    font-size: 1em;
    font-weight: 600;
  }
  .control {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }
  /* A native checkbox drawn as a switch: keyboard, form and screen-reader behaviour stay native. */
  [role='switch'] {
    appearance: none;
    position: relative;
    flex: none;
    inline-size: 2.75rem;
    block-size: 1.5rem;
    margin: 0;
    border-radius: 999px;
    background: var(--_track);
    border: 1px solid var(--_border);
    cursor: pointer;
  }
  [role='switch']::before {
    content: '';
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: calc(1.5rem - 6px);
    block-size: calc(1.5rem - 6px);
    border-radius: 50%;
    background: var(--_surface);
    box-shadow: 0 0 0 1px var(--_border);
    transition: inset-inline-start 0.15s;
  }
  [role='switch']:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  /* A logical offset, not a translate: the knob follows the widget's own direction, which
     its locale can set apart from the page's. */
  [role='switch']:checked::before {
    inset-inline-start: calc(100% - 1.5rem + 4px);
  }
  [role='switch']:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [role='switch'][aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  @media (forced-colors: active) {
    [role='switch'] {
      border-color: CanvasText;
    }
    [role='switch']:checked {
      background: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [role='switch']::before {
      transition: none;
    }
  }
  .status {
    margin-block: 0.5rem;
  }
  /* Paused is not the normal state: a banner in the warning colour, not a line of text. */
  .status[data-state='paused'] {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_warning);
    border-radius: calc(var(--_radius) * 0.5);
    background: color-mix(in srgb, var(--_warning) 12%, var(--_surface));
  }
  .status[data-state='paused'] strong {
    color: var(--_warning);
  }
  .notice {
    margin: 0.5rem 0;
    border-color: var(--_warning);
  }
  .failure {
    border-color: var(--_danger);
  }
  .failure p {
    margin: 0 0 0.25rem;
  }
  .history {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .history li > * + * {
    margin-inline-start: 0.5rem;
  }
`;
