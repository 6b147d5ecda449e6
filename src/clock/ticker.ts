import type { Clock } from './clock.js';

/** An element that shows times relative to now ("resets in 5 hours"). */
export interface TimeWatcher {
  /** Whether what it shows would read differently now. */
  stale(): boolean;
  /** How often it must be checked, in ms: often for seconds, rarely for hours. */
  readonly resolution: number;
  /** Renders again. */
  refresh(): void;
}

/** The longest wait between checks, whatever is shown: a clock may be set by the system. */
const LONGEST = 60_000;

const watchers = new Map<TimeWatcher, { clock: Clock; off: (() => void) | undefined }>();
let timer: ReturnType<typeof setInterval> | undefined;
let period = 0;

const check = (watcher: TimeWatcher) => watcher.stale() && watcher.refresh();

function tick(): void {
  watchers.forEach((_, watcher) => check(watcher));
  // A pace can change as a time draws near ("in 2 minutes" to "in 59 seconds").
  arm();
}

/** One timer for the page, at the pace of the finest time shown anywhere on it. */
function arm(): void {
  let next = 0;
  watchers.forEach(
    (_, watcher) => (next = Math.min(next || LONGEST, Math.max(1000, watcher.resolution))),
  );
  if (next === period) return;
  clearInterval(timer);
  period = next;
  timer = next ? setInterval(tick, next) : undefined;
}

/**
 * Keeps a watcher's relative times current: it renders again when, by its clock, what it
 * shows would change, and at once when that clock jumps. Calling it again updates the clock
 * or the pace.
 */
export function watchTime(watcher: TimeWatcher, clock: Clock): void {
  const entry = watchers.get(watcher);
  if (entry?.clock !== clock) {
    entry?.off?.();
    watchers.set(watcher, { clock, off: clock.subscribe?.(() => check(watcher)) });
  }
  arm();
}

export function unwatchTime(watcher: TimeWatcher): void {
  watchers.get(watcher)?.off?.();
  if (watchers.delete(watcher)) arm();
}
