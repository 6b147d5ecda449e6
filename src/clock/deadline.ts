import { systemClock, type Clock } from './clock.js';
import { unwatchTime, watchTime, type TimeWatcher } from './ticker.js';

/**
 * Calls back once when a clock passes an instant (a cap window closing), on the page's
 * shared timer: checked every minute, then every second in the last one, and at once when
 * the clock jumps.
 */
export class Deadline implements TimeWatcher {
  #at: number | undefined;
  #clock: Clock = systemClock;
  #onPass: (at: number) => void;

  constructor(onPass: (at: number) => void) {
    this.#onPass = onPass;
  }

  /** Waits for `at` by `clock`; `undefined` waits for nothing. */
  set(at: number | undefined, clock: Clock): void {
    this.#at = at;
    this.#clock = clock;
    if (at === undefined) unwatchTime(this);
    else watchTime(this, clock);
  }

  clear(): void {
    this.set(undefined, this.#clock);
  }

  stale(): boolean {
    return this.#at !== undefined && this.#clock.now() >= this.#at;
  }

  get resolution(): number {
    return this.#at !== undefined && this.#at - this.#clock.now() <= 60_000 ? 1000 : 60_000;
  }

  refresh(): void {
    const at = this.#at;
    this.clear();
    if (at !== undefined) this.#onPass(at);
  }
}
