/**
 * Where the widgets read the time. Every date they show or work out ("today" in the
 * supplier's zone, "resets in 5 hours", a cache's age, a `Retry-After` date) comes from the
 * clock of their portal configuration, so a test, a story or a screenshot can fix it.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, like `Date.now()`. */
  now(): number;
  /**
   * Called whenever the clock jumps (a test or story moving it), so relative times
   * re-render at once. The real clock never jumps, and needs none.
   */
  subscribe?(listener: () => void): () => void;
}

/** The real time. This module is the only one in shipped code that reads the wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until it is moved. */
export interface ManualClock extends Clock {
  subscribe(listener: () => void): () => void;
  /** Jumps to an instant. */
  set(at: Date | string | number): void;
  /** Moves on by some milliseconds (back, when negative). */
  advance(ms: number): void;
}

/** A clock for tests, stories and reproducible screenshots: it reads `at` until moved. */
export function manualClock(at: Date | string | number): ManualClock {
  let now = instantOf(at);
  const listeners = new Set<() => void>();
  const jump = (to: number) => {
    if (to === now) return;
    now = to;
    for (const listener of [...listeners]) listener();
  };
  return {
    now: () => now,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (to) => jump(instantOf(to)),
    advance: (ms) => jump(now + ms),
  };
}

function instantOf(at: Date | string | number): number {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'string' ? Date.parse(at) : at;
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(at)}`);
  return ms;
}
