/**
 * Runs a callback every so many seconds while the page is visible: the refresh of every
 * widget with a `refresh-interval`. Setting the same interval again changes nothing.
 */
export class RefreshTimer {
  #timer: ReturnType<typeof setInterval> | undefined;
  #seconds = 0;
  #tick: () => void;

  constructor(tick: () => void) {
    this.#tick = tick;
  }

  /** Seconds between ticks; 0 stops the timer. */
  set(seconds: number): void {
    if (seconds === this.#seconds) return;
    this.#seconds = seconds;
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (seconds > 0) {
      this.#timer = setInterval(() => {
        if (document.visibilityState === 'visible') this.#tick();
      }, seconds * 1000);
    }
  }
}
