import type { IngestionLogEntry, LeadStatus } from '../../src/api/contract/ingestion.js';
import type { Portal } from '../../src/api/contract/portal.js';
import { csvLine, recordOf } from '../../src/mocks/ingestion.js';

/**
 * The bench's data set: row `i` is computed from `i` alone, so the in-page server holds
 * no copy of its own and every contender shows exactly the same leads.
 */

export const SUPPLIER_ID = 'sup_bench';

const CAMPAIGNS = [
  { id: 'cmp_auto', name: 'Auto insurance — US' },
  { id: 'cmp_home', name: 'Home loans' },
  { id: 'cmp_solar', name: 'Solar quotes, "premium"' },
  { id: 'cmp_health', name: 'Santé & bien-être' },
];

const REJECTIONS = [
  { code: 'invalid_phone', message: 'The phone number is not valid.', field: 'phone' },
  { code: 'invalid_email', message: 'The email address is not valid.', field: 'email' },
  { code: 'duplicate', message: 'This lead was already received in the last 30 days.' },
  { code: 'filtered_geo', message: 'The lead is outside the campaign’s regions.' },
];

/** The newest lead; one arrives every 3 seconds before it. */
const NEWEST = Date.parse('2026-11-24T15:00:00Z');

function statusOf(i: number): LeadStatus {
  if (i % 10 === 3 || i % 10 === 8) return 'rejected';
  if (i % 10 === 5) return 'unmatched';
  return i % 97 === 0 ? 'test' : 'accepted';
}

export function row(i: number): IngestionLogEntry {
  const status = statusOf(i);
  const campaign = CAMPAIGNS[i % CAMPAIGNS.length]!;
  const reason = status === 'rejected' ? REJECTIONS[(i >> 1) % REJECTIONS.length]! : undefined;
  return {
    id: `lead_${(1_000_000 - i).toString(36)}`,
    supplierId: SUPPLIER_ID,
    receivedAt: new Date(NEWEST - i * 3000).toISOString(),
    campaignId: campaign.id,
    campaignName: campaign.name,
    status,
    rejection: reason ? { code: reason.code, message: reason.message } : null,
    fieldErrors: reason?.field
      ? [{ field: reason.field, code: reason.code, message: `Check the ${reason.field} field` }]
      : [],
  };
}

export function rows(count: number): IngestionLogEntry[] {
  return Array.from({ length: count }, (_, i) => row(i));
}

export function csvRow(i: number): string {
  return csvLine(recordOf(row(i)));
}

export const portal: Portal = {
  portalId: 'ptl_bench',
  supplierId: SUPPLIER_ID,
  supplierName: 'Bench Leads',
  status: { state: 'active', pausedAt: null, pausedBy: null, reason: null, capId: null },
  statusHistory: [],
  timeZone: 'America/New_York',
  currency: 'USD',
  costMode: 'fixed',
  testMode: false,
  campaigns: CAMPAIGNS,
  permissions: [],
};
