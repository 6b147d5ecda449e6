/**
 * What a careless server might add: buyer-side data and account economics. Every value
 * carries "LEAK" so a test can search the DOM, CSV and events for it.
 */
export const LEAKED_FIELDS = {
  buyerId: 'buy_LEAK_7781',
  buyerName: 'LEAK Apex Insurance Direct',
  buyerPrice: 4242,
  buyerCap: 9191,
  margin: 'LEAK-margin-31%',
  accountRevenue: 'LEAK-revenue-982000',
  planTier: 'LEAK-enterprise',
} as const;

/** A per-lead amount (in cents) a Revenue Share supplier must never see: $97.31. */
export const LEAKED_PER_LEAD = 9731;

export const RIVAL_SUPPLIER_ID = 'sup_LEAK_rival';
export const RIVAL_MARKER = 'LEAK rival supplier record';

/** Adds leaked fields to every object, and another supplier's record to every supplier list. */
export function leak(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(leak);
    const sample = value.find((item) => isRecord(item) && 'supplierId' in item);
    if (isRecord(sample)) items.push(leak(rivalCopy(sample)));
    return items;
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = leak(item);
    return { ...out, ...LEAKED_FIELDS };
  }
  return value;
}

function rivalCopy(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record, supplierId: RIVAL_SUPPLIER_ID };
  for (const [key, item] of Object.entries(copy)) {
    if (
      typeof item === 'string' &&
      key !== 'supplierId' &&
      !/At$|^(from|to|start|status|period|kind|costMode)$/.test(key)
    ) {
      copy[key] = key === 'id' ? `${item}_LEAK` : RIVAL_MARKER;
    }
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
