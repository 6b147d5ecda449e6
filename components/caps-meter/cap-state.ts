import type { Cap } from '../../src/api/contract/caps.js';

export type CapState = 'ok' | 'warning' | 'critical' | 'reached' | 'unlimited';

export const WARNING_AT = 0.8;
export const CRITICAL_AT = 0.9;

/** Share of the limit used; may exceed 1 when the server lets a cap overshoot. */
export function usageRatio(cap: Cap): number | undefined {
  if (cap.limit === null) return undefined;
  return cap.limit === 0 ? 1 : cap.used / cap.limit;
}

export function capState(cap: Cap): CapState {
  const ratio = usageRatio(cap);
  if (ratio === undefined) return 'unlimited';
  if (cap.reachedAt || ratio >= 1) return 'reached';
  if (ratio >= CRITICAL_AT) return 'critical';
  if (ratio >= WARNING_AT) return 'warning';
  return 'ok';
}

export type LimitProblem = 'invalid.empty' | 'invalid.whole' | 'invalid.bounds';

/**
 * Reads the limit typed by the supplier (whole leads, or money in major units) and
 * returns it in the API's units (leads, or minor units), or what is wrong with it.
 */
export function parseLimit(text: string, cap: Cap, minorPerMajor: number): number | LimitProblem {
  const trimmed = text.trim();
  if (!trimmed) return 'invalid.empty';
  const scaled = Number(trimmed) * (cap.kind === 'budget' ? minorPerMajor : 1);
  const limit = Math.round(scaled);
  if (!Number.isFinite(scaled) || Math.abs(scaled - limit) > 1e-6) return 'invalid.whole';
  if (limit < cap.min || limit > cap.max) return 'invalid.bounds';
  return limit;
}
