import { ApiError } from './errors.js';

type Json = unknown;

/**
 * Enforces supplier scoping on a parsed response, however deep the records sit:
 * a record in a list whose `supplierId` is not the active supplier's is dropped,
 * and a response that is itself another supplier's record is refused.
 */
export function scopeToSupplier<T>(value: T, supplierId: string): T {
  if (isRecord(value) && 'supplierId' in value && value.supplierId !== supplierId) {
    throw new ApiError('invalid-response', {
      code: 'supplier_mismatch',
      message: 'The response belongs to another supplier',
    });
  }
  return strip(value, supplierId) as T;
}

function strip(value: Json, supplierId: string): Json {
  if (Array.isArray(value)) {
    const kept = value.filter(
      (item) => !(isRecord(item) && 'supplierId' in item && item.supplierId !== supplierId),
    );
    return kept.map((item) => strip(item, supplierId));
  }
  if (isRecord(value)) {
    const out: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) out[key] = strip(item, supplierId);
    return out;
  }
  return value;
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
