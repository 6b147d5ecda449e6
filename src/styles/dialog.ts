import { css } from 'lit';

// Apart from the dialog itself (src/ui/dialog.ts), which is in each widget's lazy parts: styles
// are static, so they load with the widget.
/** The one look of every widget's dialog. */
export const dialogStyles = css`
  dialog {
    inline-size: min(32rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 4rem);
    box-sizing: border-box;
    padding: var(--_space);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
    margin-block-end: 0.75rem;
  }
  dialog h3 {
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  dialog h4 {
    margin-block: 1rem 0.25rem;
    font-size: 0.95em;
  }
  dialog > p {
    margin-block-end: 0.5rem;
  }
`;
