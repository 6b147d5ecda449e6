import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Makes a scrolling box a tab stop only while it scrolls, so keyboard users can scroll
 * long code or a wide table, and do not tab through every short one (WCAG 2.1.1 without
 * ten empty stops). Checks after each update and whenever the widget is resized.
 */
export class ScrollStops implements ReactiveController {
  #host: ReactiveElement;
  #selector: string;
  #resize: ResizeObserver | undefined;

  constructor(host: ReactiveElement, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resize ??= new ResizeObserver(() => this.sync());
    this.#resize.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
  }

  hostUpdated(): void {
    this.sync();
  }

  sync(): void {
    for (const box of this.#host.renderRoot.querySelectorAll<HTMLElement>(this.#selector)) {
      const scrolls =
        box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
      if (scrolls) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    }
  }
}
