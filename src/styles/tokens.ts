import { css } from 'lit';

/**
 * Public `--ld-*` tokens feed private `--_*` variables, so a host themes every widget
 * without reaching inside. `light-dark()` follows the root's `color-scheme`, set from
 * the `theme` attribute (light, dark or system).
 */
export const tokens = css`
  :host {
    display: block;
    font-family: var(--ld-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--ld-font-size, 0.875rem);
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    color-scheme: light;
    --_surface: var(--ld-color-surface, light-dark(#ffffff, #111827));
    --_surface-alt: var(--ld-color-surface-alt, light-dark(#f3f4f6, #1f2937));
    --_text: var(--ld-color-text, light-dark(#111827, #f9fafb));
    --_muted: var(--ld-color-text-muted, light-dark(#4b5563, #d1d5db));
    --_border: var(--ld-color-border, light-dark(#d1d5db, #4b5563));
    --_accent: var(--ld-color-accent, light-dark(#1d4ed8, #93c5fd));
    --_on-accent: var(--ld-color-on-accent, light-dark(#ffffff, #111827));
    --_success: var(--ld-color-success, light-dark(#15803d, #86efac));
    --_warning: var(--ld-color-warning, light-dark(#854d0e, #fde047));
    --_danger: var(--ld-color-danger, light-dark(#b91c1c, #fca5a5));
    --_track: var(--ld-color-track, light-dark(#e5e7eb, #374151));
    --_radius: var(--ld-radius, 0.5rem);
    --_space: var(--ld-spacing, 1rem);
    --_focus: var(--ld-focus-ring, 2px solid var(--_accent));
    box-sizing: border-box;
    /* Layouts follow the space the widget is given, not the page: see each widget's @container rules. */
    container-type: inline-size;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .root[data-theme='dark'] {
    color-scheme: dark;
  }
  .root[data-theme='system'] {
    color-scheme: light dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-block-size: 2rem;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .root {
      border-color: CanvasText;
    }
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
