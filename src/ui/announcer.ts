import { html, nothing, type ReactiveController, type ReactiveElement } from 'lit';

/** How long a confirmation stays beside its control. */
export const SHOWN_MS = 4000;

/**
 * A widget's one live region, and the confirmations a sighted person sees: `confirm()` says
 * a message and shows it briefly beside the control that caused it ("Copied", "Settings
 * saved."), so nothing happens silently on screen or in a screen reader.
 */
export class Announcer implements ReactiveController {
  #host: ReactiveElement;
  #said = '';
  #shown: { where: string; text: string } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#shown = undefined;
  }

  /** Tells screen readers; the same words twice are still announced. */
  say(message: string): void {
    // A trailing zero-width space alternates, so a repeated message is a change.
    this.#said = this.#said === message ? `${message}\u200b` : message;
    this.#host.requestUpdate();
  }

  /** Shows `message` beside the control named `where` (see `beside()`) for a few seconds. */
  show(message: string, where: string): void {
    clearTimeout(this.#timer);
    this.#shown = { where, text: message };
    this.#timer = setTimeout(() => {
      this.#shown = undefined;
      this.#host.requestUpdate();
    }, SHOWN_MS);
    this.#host.requestUpdate();
  }

  /** Says and shows: the outcome of something a person did with the control `where`. */
  confirm(message: string, where: string): void {
    this.say(message);
    this.show(message, where);
  }

  /** The live region; render it once, inside the widget's root. */
  region() {
    return html`<div class="visually-hidden" role="status">${this.#said}</div>`;
  }

  /**
   * The visible confirmation for the control `where`, while one shows: render it beside that
   * control. The live region has already said it, so this copy is hidden from screen readers.
   */
  beside(where: string) {
    const shown = this.#shown;
    return shown?.where === where
      ? html`<span class="confirmation" part="confirmation" aria-hidden="true">${shown.text}</span>`
      : nothing;
  }
}
