// The base of every widget's harness (components/<name>/harness.ts), as in Material Web: one
// object that finds a widget's parts and uses it the way a person would, so the unit tests,
// the demo check and the hardening suites drive a widget the same way.
import {
  everything,
  shadow,
  stateOf,
  until,
  untilText,
  visibleText,
  withoutIsolates,
} from './dom.js';

export class WidgetHarness<E extends HTMLElement = HTMLElement> {
  constructor(readonly element: E) {}

  get root(): ShadowRoot {
    return shadow(this.element);
  }

  q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** Picks a range preset ("last-7-days") in the widget's range picker, its first select. */
  pickPreset(preset: string): void {
    const select = this.q<HTMLSelectElement>('select')!;
    select.value = preset;
    select.dispatchEvent(new Event('change'));
  }

  /** The button whose text is `text`. */
  button(text: string): HTMLButtonElement | undefined {
    return this.all<HTMLButtonElement>('button').find(
      (item) => withoutIsolates(item.textContent!).trim() === text,
    );
  }

  /** The text of the element at `selector` (its own live region by default), isolates left out. */
  said(selector = '.visually-hidden[role="status"]'): string {
    return withoutIsolates(this.q(selector)?.textContent ?? '');
  }

  /** What a person can read in it; see `visibleText()`. */
  text(options?: Parameters<typeof visibleText>[1]): string {
    return visibleText(this.element, options);
  }

  /** Every string in it, attributes and field values too. */
  everything(): string {
    return everything(this.element);
  }

  state() {
    return stateOf(this.element);
  }

  /** Done loading: in a state, and no skeleton left. */
  settled(): boolean {
    const state = this.state();
    return state !== 'loading' && state !== 'none' && !this.q('.skeleton');
  }

  until(check: () => unknown, timeout?: number): Promise<boolean> {
    return until(check, { timeout });
  }

  /** Waits for `text` to show; fails with what shows instead. */
  untilText(text: string | RegExp, timeout?: number): Promise<void> {
    return untilText(this.element, text, timeout);
  }

  /** Every text a host may override through the widget's `strings` property. */
  stringKeys(): string[] {
    return [];
  }

  /**
   * Uses the widget the way a person would, so every view and event gets its data (the
   * hardening suites run this on every widget). Returns the steps that could not be taken.
   */
  async exercise(): Promise<string[]> {
    return [];
  }

  /** Runs the named steps in order; returns the names of those that failed. */
  protected async steps(steps: Record<string, () => Promise<unknown>>): Promise<string[]> {
    const missed: string[] = [];
    for (const [name, step] of Object.entries(steps)) {
      const done = await step().catch(() => false);
      if (!done) missed.push(`${this.element.localName}: ${name}`);
    }
    return missed;
  }
}
