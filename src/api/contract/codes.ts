// The contract's names that widgets need before any data: no schema here, so importing them
// brings no zod into a widget's first bytes.
import type { Portal } from './portal.js';

export const PERMISSIONS = [
  'org:portal:pause',
  'org:portal:caps',
  'org:portal:integration',
  'org:portal:reveal_key',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function hasPermission(portal: Portal | undefined, permission: Permission): boolean {
  return !!portal && portal.permissions.includes(permission);
}

/** The rejection reasons this version names; the API may send others. */
export const REJECTION_CODES = [
  'duplicate',
  'missing_field',
  'invalid_phone',
  'invalid_email',
  'filtered_geo',
  'suppressed',
  'cap_reached',
  'supplier_paused',
  'outside_hours',
  'no_buyer',
  'missing_consent',
] as const;

/** The webhook events a supplier may subscribe to. */
export const WEBHOOK_EVENTS = [
  'lead.accepted',
  'lead.unmatched',
  'lead.rejected',
  'cap.reached',
  'supplier.paused',
  'supplier.resumed',
] as const;
