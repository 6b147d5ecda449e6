import * as z from 'zod/mini';
import type { Endpoint } from '../endpoint.js';
import { CalendarDate, Count, Id, Instant, ShortText } from './common.js';

export const StatsInterval = z.enum(['hour', 'day', 'week', 'month']);
export type StatsInterval = z.infer<typeof StatsInterval>;

export const StatsGroupBy = z.enum(['campaign', 'sub_id', 'none']);
export type StatsGroupBy = z.infer<typeof StatsGroupBy>;

/** A share or a rate, from 0 to 1. */
const Ratio = z.number().check(z.minimum(0), z.maximum(1));

/** Leads by status. "Sent" is the first three: test leads are never sold or counted as sent. */
export const StatusCounts = z.object({
  accepted: Count,
  unmatched: Count,
  rejected: Count,
  test: Count,
});
export type StatusCounts = z.infer<typeof StatusCounts>;

export const StatsBucket = z.object({
  /** When the bucket begins: midnight (or the hour) in the supplier's time zone. */
  start: Instant,
  ...StatusCounts.shape,
});
export type StatsBucket = z.infer<typeof StatsBucket>;

export const ReasonStats = z.object({
  /** One of `REJECTION_CODES` today; kept open so a new code still shows. */
  code: ShortText,
  count: Count,
  /** Of all rejected leads in the range. */
  share: Ratio,
  /** Its count in each bucket, in the buckets' order: the reason's trend. */
  buckets: z.array(Count),
});
export type ReasonStats = z.infer<typeof ReasonStats>;

export const GroupStats = z.object({
  /** The campaign id or the sub-id. */
  key: ShortText,
  /** The campaign's name; the sub-id itself for a sub-id. */
  name: ShortText,
  sent: Count,
  accepted: Count,
  /** `accepted / sent`; null when nothing was sent. */
  acceptanceRate: z.nullable(Ratio),
});
export type GroupStats = z.infer<typeof GroupStats>;

const PeriodStats = {
  from: CalendarDate,
  to: CalendarDate,
  totals: StatusCounts,
  /** `accepted / (accepted + unmatched + rejected)`; null when nothing was sent. */
  acceptanceRate: z.nullable(Ratio),
  reasons: z.array(ReasonStats),
  groups: z.array(GroupStats),
};

export const IngestionStats = z.object({
  supplierId: Id,
  interval: StatsInterval,
  groupBy: StatsGroupBy,
  ...PeriodStats,
  buckets: z.array(StatsBucket),
  /** The same figures for the period of the same length just before. */
  previous: z.object({ ...PeriodStats, buckets: z.array(StatsBucket) }),
});
export type IngestionStats = z.infer<typeof IngestionStats>;

export const IngestionStatsQuery = z.object({
  from: CalendarDate,
  to: CalendarDate,
  interval: z.optional(StatsInterval),
  campaignId: z.optional(Id),
  groupBy: z.optional(StatsGroupBy),
});
export type IngestionStatsQuery = z.infer<typeof IngestionStatsQuery>;

export const getIngestionStats = {
  method: 'GET',
  path: '/v1/ingestion-stats',
  query: IngestionStatsQuery,
  response: IngestionStats,
} as const satisfies Endpoint;
