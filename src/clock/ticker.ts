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

const watchers = new Map<TimeWatcher, Clock>();
const jumps = new Map<Clock, { users: number; unsubscribe: (() => void) | undefined }>();
let timer: ReturnType<typeof setInterval> | undefined;
let period = 0;

function check(): void {
  for (const watcher of [...watchers.keys()]) if (watcher.stale()) watcher.refresh();
  // A pace can change as a time draws near ("in 2 minutes" to "in 59 seconds").
  arm();
}

/** One timer for the page, at the pace of the finest time shown anywhere on it. */
function arm(): void {
  let next = 0;
  for (const watcher of watchers.keys())
    next = Math.min(next || LONGEST, Math.max(1000, watcher.resolution));
  if (next === period) return;
  clearInterval(timer);
  period = next;
  timer = next ? setInterval(check, next) : undefined;
}

function follow(clock: Clock): void {
  const entry = jumps.get(clock);
  if (entry) entry.users++;
  else jumps.set(clock, { users: 1, unsubscribe: clock.subscribe?.(check) });
}

function unfollow(clock: Clock): void {
  const entry = jumps.get(clock);
  if (!entry || --entry.users > 0) return;
  entry.unsubscribe?.();
  jumps.delete(clock);
}

/**
 * Keeps a watcher's relative times current: it renders again when, by its clock, what it
 * shows would change, and at once when that clock jumps. Calling it again updates the clock
 * or the pace.
 */
export function watchTime(watcher: TimeWatcher, clock: Clock): void {
  const before = watchers.get(watcher);
  if (before !== clock) {
    if (before) unfollow(before);
    follow(clock);
    watchers.set(watcher, clock);
  }
  arm();
}

export function unwatchTime(watcher: TimeWatcher): void {
  const clock = watchers.get(watcher);
  if (!clock) return;
  watchers.delete(watcher);
  unfollow(clock);
  arm();
}
