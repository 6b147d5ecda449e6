import * as z from 'zod/mini';
import type { Endpoint } from '../endpoint.js';
import { Id, Instant, ShortText, Text } from './common.js';

export { hasPermission, PERMISSIONS, type Permission } from './codes.js';

export const CostMode = z.enum(['fixed', 'revenue_share']);
export type CostMode = z.infer<typeof CostMode>;

export const PortalStatus = z.object({
  state: z.enum(['active', 'paused']),
  pausedAt: z.nullable(Instant),
  pausedBy: z.nullable(ShortText),
  reason: z.nullable(Text),
  /** Set when a reached cap holds the pause; such a pause lifts only at the cap's reset. */
  capId: z.nullable(Id),
});
export type PortalStatus = z.infer<typeof PortalStatus>;

export const StatusChange = z.object({
  at: Instant,
  paused: z.boolean(),
  by: ShortText,
  reason: z.nullable(Text),
  /** The cap whose reaching paused, or whose reset resumed, intake; null for a person's change. */
  capId: z.nullable(Id),
});
export type StatusChange = z.infer<typeof StatusChange>;

export const Campaign = z.object({ id: Id, name: ShortText });
export type Campaign = z.infer<typeof Campaign>;

export const Portal = z.object({
  portalId: Id,
  supplierId: Id,
  supplierName: ShortText,
  status: PortalStatus,
  statusHistory: z.array(StatusChange).check(z.maxLength(10)),
  /** IANA zone of the account: every date the widgets show or compute uses it. */
  timeZone: ShortText.check(z.refine(isTimeZone, 'Unknown time zone')),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  costMode: CostMode,
  testMode: z.boolean(),
  campaigns: z.array(Campaign),
  /** Names the UI does not know are ignored; the server enforces every write anyway. */
  permissions: z.array(ShortText),
});
export type Portal = z.infer<typeof Portal>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const StatusUpdate = z.object({
  paused: z.boolean(),
  reason: z.nullable(z.string().check(z.maxLength(500))),
});
export type StatusUpdate = z.infer<typeof StatusUpdate>;

/** Carries the supplier it was made for, so a reply for anyone else is refused. */
export const StatusResult = z.object({
  supplierId: Id,
  status: PortalStatus,
  statusHistory: z.array(StatusChange).check(z.maxLength(10)),
});
export type StatusResult = z.infer<typeof StatusResult>;

export const getPortal = {
  method: 'GET',
  path: '/v1/portal',
  response: Portal,
} as const satisfies Endpoint;

export const setPortalStatus = {
  method: 'PUT',
  path: '/v1/portal/status',
  body: StatusUpdate,
  response: StatusResult,
  permission: 'org:portal:pause',
  idempotent: true,
} as const satisfies Endpoint;
