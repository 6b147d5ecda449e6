import * as z from 'zod/mini';
import type { Endpoint } from '../endpoint.js';
import { CalendarDate, Count, FieldError, Id, Instant, ShortText, Text } from './common.js';

export const LeadStatus = z.enum(['accepted', 'unmatched', 'rejected', 'test']);
export type LeadStatus = z.infer<typeof LeadStatus>;

export { REJECTION_CODES } from './codes.js';

export const Rejection = z.object({
  /** One of `REJECTION_CODES` today; kept open so a new code still renders. */
  code: ShortText,
  message: Text,
});
export type Rejection = z.infer<typeof Rejection>;

export const IngestionLogEntry = z.object({
  id: Id,
  supplierId: Id,
  receivedAt: Instant,
  campaignId: Id,
  campaignName: ShortText,
  status: LeadStatus,
  rejection: z.nullable(Rejection),
  fieldErrors: z.array(FieldError),
});
export type IngestionLogEntry = z.infer<typeof IngestionLogEntry>;

export const IngestionLogPage = z.object({
  items: z.array(IngestionLogEntry),
  nextCursor: z.nullable(ShortText),
  /** Size of the whole filtered set, for `aria-rowcount` and export progress. */
  total: Count,
});
export type IngestionLogPage = z.infer<typeof IngestionLogPage>;

export const IngestionLogQuery = z.object({
  from: z.optional(CalendarDate),
  to: z.optional(CalendarDate),
  status: z.optional(LeadStatus),
  campaignId: z.optional(Id),
  /** Only rejections with this reason code (`invalid_phone`). */
  reason: z.optional(ShortText),
  q: z.optional(z.string().check(z.maxLength(200))),
  cursor: z.optional(ShortText),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
});
export type IngestionLogQuery = z.infer<typeof IngestionLogQuery>;

export const SubmittedValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ProcessingStep = z.object({
  at: Instant,
  name: ShortText,
  outcome: z.enum(['passed', 'failed', 'skipped']),
  message: z.nullable(Text),
});
export type ProcessingStep = z.infer<typeof ProcessingStep>;

export const IngestionLogDetail = z.object({
  ...IngestionLogEntry.shape,
  /** The fields exactly as the supplier submitted them. */
  fields: z.record(ShortText, SubmittedValue),
  steps: z.array(ProcessingStep),
});
export type IngestionLogDetail = z.infer<typeof IngestionLogDetail>;

export const listIngestionLogs = {
  method: 'GET',
  path: '/v1/ingestion-logs',
  query: IngestionLogQuery,
  response: IngestionLogPage,
} as const satisfies Endpoint;

export const exportIngestionLogs = {
  method: 'GET',
  path: '/v1/ingestion-logs/export',
  query: IngestionLogQuery,
  response: 'csv',
} as const satisfies Endpoint;

export const getIngestionLog = {
  method: 'GET',
  path: '/v1/ingestion-logs/{id}',
  response: IngestionLogDetail,
} as const satisfies Endpoint;
