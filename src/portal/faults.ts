import type { ApiError } from '../api/errors.js';

/** A widget's failed read, and how to try it again. */
export interface Fault {
  /** The widget that shows it: one widget with two failed reads is still one widget. */
  widget: object;
  error: ApiError;
  retry(): void;
}

/**
 * The failed reads of one portal's widgets. When two or more fail the same way (the
 * service is down, the person is offline) it is one fault: `ld-portal` shows it once,
 * with one "Try again" for all, and each widget only points to it.
 */
export class FaultBoard {
  #faults = new Map<object, Fault>();
  #listeners = new Set<() => void>();

  /** Records a widget's failure, or (`undefined`) that it no longer has one. */
  set(owner: object, fault: Fault | undefined): void {
    const before = this.#faults.get(owner);
    if (!fault && !before) return;
    if (fault) this.#faults.set(owner, fault);
    else this.#faults.delete(owner);
    for (const listener of [...this.#listeners]) listener();
  }

  /** The failure two or more widgets share, the most common one; `undefined` when none is. */
  get shared(): ApiError | undefined {
    const groups = new Map<string, { error: ApiError; widgets: Set<object> }>();
    for (const { error, widget } of this.#faults.values()) {
      const group = groups.get(sameFault(error)) ?? { error, widgets: new Set() };
      group.widgets.add(widget);
      groups.set(sameFault(error), group);
    }
    let best: { error: ApiError; widgets: Set<object> } | undefined;
    for (const group of groups.values())
      if (group.widgets.size > (best?.widgets.size ?? 1)) best = group;
    return best?.error;
  }

  /** Whether this failure is the shared one, shown once by the portal. */
  isShared(error: ApiError | undefined): boolean {
    const shared = this.shared;
    return !!error && !!shared && sameFault(error) === sameFault(shared);
  }

  /** Tries every read that failed the shared way again. */
  retryShared(): void {
    const shared = this.shared;
    if (!shared) return;
    for (const fault of [...this.#faults.values()])
      if (sameFault(fault.error) === sameFault(shared)) fault.retry();
  }

  clear(): void {
    this.#faults.clear();
    for (const listener of [...this.#listeners]) listener();
  }

  watch(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Two failures are the same fault when they are of one kind and status. */
const sameFault = (error: ApiError) => `${error.kind} ${error.status ?? ''}`;
