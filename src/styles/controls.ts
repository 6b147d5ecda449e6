import { css } from 'lit';

/**
 * The controls every widget shares: fields, field errors, notices and the visible
 * confirmation beside a control (see `Announcer`).
 */
export const controlStyles = css`
  select,
  input:not([type='checkbox']),
  textarea {
    font: inherit;
    font-size: 1rem;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: 2rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  /* A native select (its keyboard and picker) drawn like the other fields; the chevron is two gradients. */
  select {
    appearance: none;
    padding-inline-end: 1.75rem;
    background-image:
      linear-gradient(45deg, transparent 50%, currentColor 50%),
      linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position:
      calc(100% - 0.9rem) 55%,
      calc(100% - 0.6rem) 55%;
    background-size: 0.3rem 0.3rem;
    background-repeat: no-repeat;
  }
  .root[dir='rtl'] select {
    background-position:
      0.6rem 55%,
      0.9rem 55%;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
  }
  .field-error:empty {
    display: none;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .confirmation {
    margin-inline-start: 0.5rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .confirmation::before {
    content: '✓ ';
  }
  input[type='checkbox'] {
    accent-color: var(--_accent);
  }
  /* A finger needs 44 px (WCAG 2.5.5): every control, and a checkbox's label with it. */
  @media (pointer: coarse) {
    button,
    select,
    input:not([type='checkbox']),
    textarea {
      min-block-size: 44px;
      min-inline-size: 44px;
    }
    input[type='checkbox']:not([role='switch']) {
      inline-size: 1.25rem;
      block-size: 1.25rem;
    }
    label:has(> input[type='checkbox']),
    input[type='checkbox'] + label {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 44px;
    }
  }
`;

/** Forms with several actions (a dialog, the settings): a full-width text area, the action row and the danger button. */
export const formStyles = css`
  textarea {
    display: block;
    inline-size: 100%;
    box-sizing: border-box;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-accent);
  }
  @media (forced-colors: active) {
    button.danger {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
