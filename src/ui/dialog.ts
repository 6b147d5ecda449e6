import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface DialogContent {
  /** The heading, which names the dialog. */
  title: unknown;
  /** A sentence under the heading that describes it to screen readers too. */
  body?: unknown;
  /** The rest: fields, actions. */
  content?: unknown;
  /** The Close button's text. */
  closeLabel: string;
}

/**
 * A native modal `<dialog>` with one look across the widgets: a heading, a Close button,
 * Escape to close, the page behind it inert, and focus back where it was when it closes.
 */
export class ModalDialog implements ReactiveController {
  #host: ReactiveElement;
  #id: string;
  #onClose: (() => void) | undefined;
  #returnTo: (() => void) | undefined;

  constructor(host: ReactiveElement, id: string, onClose?: () => void) {
    this.#host = host;
    this.#id = id;
    this.#onClose = onClose;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#returnTo = undefined;
    this.close();
  }

  get element(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector(`#${this.#id}`);
  }

  get open(): boolean {
    return !!this.element?.open;
  }

  /**
   * Opens it: at once when it is already rendered, else after the host's next render.
   * `focus` picks what has the focus first (by default, the first control); `returnTo` where
   * focus goes on close (by default, what had it).
   */
  async show({ focus, returnTo }: { focus?: string; returnTo?: () => void } = {}): Promise<void> {
    const root = this.#host.renderRoot as ShadowRoot;
    const opener = root.activeElement as HTMLElement | null;
    this.#returnTo = returnTo ?? (() => opener?.focus());
    this.#host.requestUpdate();
    if (!this.element) await this.#host.updateComplete;
    const dialog = this.element;
    // Gone from the page meanwhile (a lazy part that arrived late): nothing to open.
    if (!dialog?.isConnected || dialog.open) return;
    dialog.showModal();
    if (!focus) return;
    let target = dialog.querySelector<HTMLElement>(focus);
    // Content that depends on the state that opened it may arrive with the next render.
    if (!target) {
      await this.#host.updateComplete;
      target = dialog.querySelector<HTMLElement>(focus);
    }
    target?.focus();
  }

  close(): void {
    this.element?.close();
  }

  render({ title, body, content, closeLabel }: DialogContent) {
    const id = this.#id;
    return html`<dialog
      id=${id}
      part="dialog"
      aria-labelledby="${id}-title"
      aria-describedby=${ifDefined(body ? `${id}-body` : undefined)}
      @close=${this.#closed}
    >
      <header class="dialog-head">
        <h3 id="${id}-title">${title}</h3>
        <button type="button" class="close" @click=${() => this.close()}>${closeLabel}</button>
      </header>
      ${body ? html`<p id="${id}-body">${body}</p>` : nothing} ${content}
    </dialog>`;
  }

  #closed = (event: Event) => {
    // A `close` from a dialog nested in the content is not ours.
    if (event.target !== this.element) return;
    const returnTo = this.#returnTo;
    this.#returnTo = undefined;
    this.#onClose?.();
    returnTo?.();
  };
}
