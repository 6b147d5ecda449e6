import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/**
 * `waitUntil` from @open-wc/testing with room for a slow machine (two cores under load, or a
 * run under faketime): 5 s unless told. Tests wait for a state to come; they never time it.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 5000, ...options });
}
