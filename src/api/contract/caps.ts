import * as z from 'zod/mini';
import type { Endpoint } from '../endpoint.js';
import { Count, Id, Instant } from './common.js';

export const CapPeriod = z.enum(['daily', 'weekly', 'monthly', 'total']);
export type CapPeriod = z.infer<typeof CapPeriod>;
/** `leads` counts leads; `budget` counts money in minor units of the portal currency. */
export const CapKind = z.enum(['leads', 'budget']);
export type CapKind = z.infer<typeof CapKind>;

export const Cap = z.object({
  id: Id,
  supplierId: Id,
  period: CapPeriod,
  kind: CapKind,
  /** `null` means unlimited. */
  limit: z.nullable(Count),
  used: Count,
  /** `null` for a total cap, which resets only by hand. */
  resetsAt: z.nullable(Instant),
  reachedAt: z.nullable(Instant),
  /** Bounds within which the supplier may set `limit`. */
  min: Count,
  max: Count,
});
export type Cap = z.infer<typeof Cap>;

export const CapList = z.object({ items: z.array(Cap) });
export type CapList = z.infer<typeof CapList>;

export const CapUpdate = z.object({ limit: Count });
export type CapUpdate = z.infer<typeof CapUpdate>;

export const listCaps = {
  method: 'GET',
  path: '/v1/caps',
  response: CapList,
} as const satisfies Endpoint;

export const updateCap = {
  method: 'PATCH',
  path: '/v1/caps/{id}',
  body: CapUpdate,
  response: Cap,
  permission: 'org:portal:caps',
} as const satisfies Endpoint;
