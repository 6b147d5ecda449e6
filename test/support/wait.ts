import { until } from './dom.js';

/**
 * Waits until `predicate` holds, or fails with `message`: 5 s unless told, room for a slow
 * machine (two cores under load, or a run under faketime).
 */
export async function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  if (!(await until(predicate, { timeout: 5000, ...options })))
    throw new Error(message ?? 'waitUntil timed out');
}
