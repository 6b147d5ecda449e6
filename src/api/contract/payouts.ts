import * as z from 'zod/mini';
import type { Endpoint } from '../endpoint.js';
import { CalendarDate, Count, Id, Money } from './common.js';

export const PayoutInterval = z.enum(['day', 'week', 'month']);
export type PayoutInterval = z.infer<typeof PayoutInterval>;

const SegmentBase = {
  from: CalendarDate,
  to: CalendarDate,
  amount: Money,
  paidLeads: Count,
};

/**
 * A stretch of the range under one cost mode. Only a Fixed segment carries a rate:
 * a Revenue Share rate per lead would reveal what the buyer paid.
 */
export const PayoutSegment = z.union([
  z.object({ costMode: z.literal('fixed'), ratePerLead: Money, ...SegmentBase }),
  z.object({ costMode: z.literal('revenue_share'), ...SegmentBase }),
]);
export type PayoutSegment = z.infer<typeof PayoutSegment>;

export const PayoutTotals = z.object({ amount: Money, leadsSent: Count, paidLeads: Count });
export type PayoutTotals = z.infer<typeof PayoutTotals>;

export const PayoutBucket = z.object({ start: CalendarDate, ...PayoutTotals.shape });
export type PayoutBucket = z.infer<typeof PayoutBucket>;

export const PayoutSummary = z.object({
  supplierId: Id,
  from: CalendarDate,
  to: CalendarDate,
  interval: PayoutInterval,
  totals: PayoutTotals,
  pending: Money,
  approved: Money,
  paid: Money,
  segments: z.array(PayoutSegment),
  breakdown: z.array(PayoutBucket),
  previous: z.object({
    from: CalendarDate,
    to: CalendarDate,
    ...PayoutTotals.shape,
    /** The previous period in the same interval, drawn behind the breakdown; older servers omit it. */
    breakdown: z.optional(z.array(PayoutBucket)),
  }),
});
export type PayoutSummary = z.infer<typeof PayoutSummary>;

export const PayoutQuery = z.object({
  from: CalendarDate,
  to: CalendarDate,
  interval: z.optional(PayoutInterval),
});
export type PayoutQuery = z.infer<typeof PayoutQuery>;

export const getPayouts = {
  method: 'GET',
  path: '/v1/payouts',
  query: PayoutQuery,
  response: PayoutSummary,
} as const satisfies Endpoint;
