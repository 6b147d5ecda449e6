/**
 * The in-page half of the bench. Each contender (this widget, vaadin-grid, a plain Lit
 * table) is its own bundle that calls `expose()`; the runner drives `window.bench` over
 * CDP and takes script time and heap from Chromium itself.
 */

export interface Contender {
  /** Before any clock starts: the data made (or served) and the page's setup done. */
  prepare(count: number): Promise<void>;
  /** Loads and defines the view's module (a dynamic import: its first use on the page). */
  load(): Promise<unknown>;
  /**
   * Creates the view. With `data`, it gets its rows at once; without, it waits for
   * `deliver()` (this widget's first request is held by the in-page server).
   */
  mount(stage: HTMLElement, data: boolean): void;
  /** Hands a mounted, waiting view its rows: sets them, or lets the held response go. */
  deliver(): void;
  /** Whether the first lead's row is in the view, with its text. */
  painted(): boolean;
  /** How many rows the view holds. */
  loaded(): number;
  /** The element the rows scroll in. */
  scroller(): HTMLElement;
  /** Exports the whole set as CSV; resolves with the file's size in bytes. */
  exportCsv?(mode: string): Promise<number>;
}

export interface ScrollResult {
  steps: number;
  longTasks: number;
  longestTask: number;
}

export interface ExportResult {
  ms: number;
  bytes: number;
  /** Heap in use when the export started, and the most seen while it ran. */
  heapBefore: number;
  heapPeak: number;
}

/** Resolves after the next frame has been rendered: rAF, then a task queued from it. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** DOM nodes in the page, through every shadow root. */
function countNodes(root: Node): number {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += countNodes(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) count += countNodes(child);
  return count;
}

/** Chromium's heap figure; precise with `--enable-precise-memory-info`. */
function heapUsed(): number {
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

export function expose(contender: Contender): void {
  const stage = document.getElementById('stage')!;
  // Checked in each frame before it is drawn: the frame that finds rows is the one that paints them.
  const painted = async () => {
    while (
      !(await new Promise<boolean>((r) => requestAnimationFrame(() => r(contender.painted()))))
    );
    return new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  };
  const bench = {
    /** Sets up; with `load`, the view's module is evaluated now, outside every clock. */
    async prepare(count: number, load = true): Promise<void> {
      await contender.prepare(count);
      if (load) await contender.load();
    },

    /** Puts the view on the page, waiting for its data, and lets it settle. */
    async mountWaiting(): Promise<void> {
      contender.mount(stage, false);
      for (let i = 0; i < 5; i++) await afterPaint();
    },

    /**
     * Milliseconds from the data landing in the waiting view to the end of the frame that
     * shows its rows. The clock starts just after a frame, for every view.
     */
    async dataToRows(): Promise<number> {
      await afterPaint();
      const start = performance.now();
      contender.deliver();
      return (await painted()) - start;
    },

    /** Milliseconds from the data at hand to rows, the view's module loaded first: its first use. */
    async firstUseToRows(): Promise<number> {
      await afterPaint();
      const start = performance.now();
      await contender.load();
      contender.mount(stage, true);
      return (await painted()) - start;
    },

    /** Milliseconds from creating the view, its data at hand, to the frame that shows rows. */
    async mountToRows(): Promise<number> {
      await afterPaint();
      const start = performance.now();
      contender.mount(stage, true);
      return (await painted()) - start;
    },

    /** Scrolls to the end until the view holds `count` rows; ms taken (0 if it had them). */
    async loadAll(count: number): Promise<number> {
      const start = performance.now();
      if (contender.loaded() >= count) return 0;
      const scroller = contender.scroller();
      while (contender.loaded() < count) {
        scroller.scrollTop = scroller.scrollHeight;
        await afterPaint();
      }
      scroller.scrollTop = 0;
      await afterPaint();
      return performance.now() - start;
    },

    nodes: () => countNodes(document),
    loaded: () => contender.loaded(),

    /** One view height per step, each step waiting for its frame; counts long tasks. */
    async scroll(steps: number): Promise<ScrollResult> {
      const scroller = contender.scroller();
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => tasks.push(entry.duration)),
      );
      observer.observe({ type: 'longtask' });
      for (let i = 0; i < steps; i++) {
        scroller.scrollTop += scroller.clientHeight;
        await afterPaint();
      }
      // Work a view defers (debounced re-renders) still belongs to the scroll.
      await idle(300);
      observer.disconnect();
      return { steps, longTasks: tasks.length, longestTask: Math.max(0, ...tasks) };
    },

    async exportCsv(mode: string): Promise<ExportResult> {
      if (!contender.exportCsv) throw new Error('This contender does not export');
      await idle(50);
      const heapBefore = heapUsed();
      let heapPeak = heapBefore;
      const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, heapUsed())), 5);
      const start = performance.now();
      const bytes = await contender.exportCsv(mode);
      const ms = performance.now() - start;
      clearInterval(sampler);
      heapPeak = Math.max(heapPeak, heapUsed());
      return { ms, bytes, heapBefore, heapPeak };
    },
  };
  Object.assign(window, { bench });
}
