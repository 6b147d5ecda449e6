import { manualClock } from '../../src/clock/clock.js';
import type { MockApi } from '../../src/mocks/api.js';

/**
 * The instant every test and story lives at. The mock's data is seeded there and the
 * widgets' clock reads it, so the two always agree, whatever the machine's date.
 */
export const TEST_NOW = new Date('2026-11-24T15:30:00Z');

/** The clock of tests and stories: the mock's and the widgets' alike. It stands still until moved. */
export const testClock = manualClock(TEST_NOW);

/** The start of every test and story: the clock back at `TEST_NOW`, and fresh mock data seeded there. */
export function resetTestTime(api: MockApi): void {
  testClock.set(TEST_NOW);
  api.reset();
}
