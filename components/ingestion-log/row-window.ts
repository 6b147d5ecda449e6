import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RowWindowOptions {
  /**
   * Every row's height in px. Fixed heights keep the window a few lines of arithmetic.
   * The scroller's `--_row` (in px) wins when set, so a container query can change it.
   */
  rowHeight: number;
  /** Rows rendered beyond each edge of the view, so fast scrolling shows no gap. */
  overscan?: number;
  /** How many rows there are. */
  count: () => number;
  /** The element that scrolls (in the host's shadow root); looked up after each update. */
  scroller: () => HTMLElement | null | undefined;
}

/**
 * Which rows to render for a fixed-height list: only those in view plus an overscan,
 * so the DOM stays the same size for ten rows or a million. A hand-rolled window rather
 * than @lit-labs/virtualizer: with one fixed row height it is a scroll listener and a
 * division (well under 1 KB), where the virtualizer adds about 10 KB for variable
 * heights and layouts this table does not need, and paints 100,000 rows more slowly.
 */
export class RowWindow implements ReactiveController {
  /** First and last row index to render, inclusive. */
  first = 0;
  last = -1;
  #host: ReactiveControllerHost;
  #options: Required<RowWindowOptions>;
  #scroller: HTMLElement | undefined;
  #resize: ResizeObserver | undefined;
  #onScroll = () => this.update();
  #rowHeight: number;
  #onResize = () => {
    this.#measureRow();
    this.update();
  };

  constructor(host: ReactiveControllerHost, options: RowWindowOptions) {
    this.#host = host;
    this.#options = { overscan: 8, ...options };
    this.#rowHeight = options.rowHeight;
    host.addController(this);
  }

  /** Pixels above the first rendered row, to position it. */
  get offset(): number {
    return this.first * this.#rowHeight;
  }

  /** The height of every row together, for the scrollbar. */
  get totalHeight(): number {
    return this.#options.count() * this.#rowHeight;
  }

  get rowHeight(): number {
    return this.#rowHeight;
  }

  hostUpdate(): void {
    // Before rendering, so a changed row count is reflected in this same render.
    this.#compute();
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller() ?? undefined;
    if (scroller === this.#scroller) return;
    this.#attach(scroller);
    // The view's height is known only now that it is rendered; re-render once, after this update.
    queueMicrotask(() => this.update());
  }

  hostDisconnected(): void {
    this.#attach(undefined);
  }

  /** Works out the range again; asks the host to render only when it changed. */
  update(): void {
    if (this.#compute()) this.#host.requestUpdate();
  }

  #compute(): boolean {
    const { overscan, count } = this.#options;
    const rowHeight = this.#rowHeight;
    const total = count();
    const view = this.#scroller;
    const top = view?.scrollTop ?? 0;
    const height = view?.clientHeight || rowHeight * 20;
    const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
    const last = Math.min(total - 1, Math.ceil((top + height) / rowHeight) + overscan);
    if (first === this.first && last === this.last) return false;
    this.first = first;
    this.last = last;
    return true;
  }

  /** Scrolls just enough for a row to be in full view. */
  reveal(index: number): void {
    const view = this.#scroller;
    if (!view) return;
    const rowHeight = this.#rowHeight;
    const top = index * rowHeight;
    if (top < view.scrollTop) view.scrollTop = top;
    else if (top + rowHeight > view.scrollTop + view.clientHeight)
      view.scrollTop = top + rowHeight - view.clientHeight;
    this.update();
  }

  #attach(scroller: HTMLElement | undefined): void {
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#resize?.disconnect();
    this.#scroller = scroller;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#resize ??= new ResizeObserver(this.#onResize);
    this.#resize.observe(scroller);
    this.#measureRow();
  }

  /** Takes the row height from CSS; the row at the top of the view stays there. */
  #measureRow(): void {
    const view = this.#scroller;
    if (!view) return;
    const height =
      parseFloat(getComputedStyle(view).getPropertyValue('--_row')) || this.#options.rowHeight;
    if (height === this.#rowHeight) return;
    const top = view.scrollTop / this.#rowHeight;
    this.#rowHeight = height;
    this.#host.requestUpdate();
    // Once the spacer has its new height, or the browser would clamp the position.
    void this.#host.updateComplete.then(() => {
      view.scrollTop = top * height;
      this.update();
    });
  }
}
