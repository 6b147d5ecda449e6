import type {
  IngestionLogDetail,
  IngestionLogEntry,
  IngestionLogQuery,
} from '../api/contract/ingestion.js';
import { calendarDate } from '../localize/time-zone.js';
import type { MockPortalState } from './db.js';
import type { MockLead } from './leads.js';
import { RIVAL_MARKER, RIVAL_SUPPLIER_ID } from './leak.js';

export function filterLeads(state: MockPortalState, query: IngestionLogQuery): MockLead[] {
  const zone = state.seed.timeZone;
  const q = query.q?.trim().toLowerCase();
  const digits = q?.replace(/\D/g, '');
  return state.leads().filter((lead) => {
    if (query.status && lead.status !== query.status) return false;
    if (query.campaignId && lead.campaignId !== query.campaignId) return false;
    if (query.reason && lead.rejection?.code !== query.reason) return false;
    if (query.from || query.to) {
      const date = calendarDate(new Date(lead.receivedAt), zone);
      if ((query.from && date < query.from) || (query.to && date > query.to)) return false;
    }
    if (q) {
      return (
        lead.id.toLowerCase().startsWith(q) ||
        lead.email === q ||
        (!!digits && digits.length >= 4 && lead.phone.includes(digits))
      );
    }
    return true;
  });
}

export function toEntry(lead: MockLead): IngestionLogEntry {
  const { id, supplierId, receivedAt, campaignId, campaignName, status, rejection, fieldErrors } =
    lead;
  return { id, supplierId, receivedAt, campaignId, campaignName, status, rejection, fieldErrors };
}

export function toDetail(lead: MockLead): IngestionLogDetail {
  return { ...toEntry(lead), fields: lead.fields, steps: lead.steps };
}

/** The columns of the server's export, `supplier_id` included (the widget checks it). */
export const EXPORT_SOURCE_COLUMNS = [
  'received_at',
  'lead_id',
  'supplier_id',
  'campaign',
  'status',
  'reason_code',
  'reason_message',
  'field_errors',
];

export function recordOf(lead: IngestionLogEntry): string[] {
  return [
    lead.receivedAt,
    lead.id,
    lead.supplierId,
    lead.campaignName,
    lead.status,
    lead.rejection?.code ?? '',
    lead.rejection?.message ?? '',
    lead.fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; '),
  ];
}

/**
 * Streams the filtered set as CSV in chunks, as the real export does. With `leak`, it
 * also sends a buyer-price column and, every 100 rows, another supplier's row.
 */
export function exportCsv(
  leads: MockLead[],
  { leak = false, cut = false } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(
        encoder.encode(
          csvLine(leak ? [...EXPORT_SOURCE_COLUMNS, 'buyer_price'] : EXPORT_SOURCE_COLUMNS),
        ),
      );
    },
    pull(controller) {
      // A connection lost mid-export: the first chunk arrives, then the stream breaks.
      if (cut && index > 0) {
        controller.error(new TypeError('The connection was reset'));
        return;
      }
      const rows = leads.slice(index, index + 500).flatMap((lead, offset) => {
        const record = recordOf(lead);
        if (!leak) return [csvLine(record)];
        const out = [csvLine([...record, String(lead.buyerPrice)])];
        if ((index + offset) % 100 === 0) {
          out.push(
            csvLine([
              lead.receivedAt,
              `${lead.id}_LEAK`,
              RIVAL_SUPPLIER_ID,
              RIVAL_MARKER,
              'accepted',
              '',
              '',
              '',
              '4242',
            ]),
          );
        }
        return out;
      });
      index += 500;
      if (rows.length) controller.enqueue(encoder.encode(rows.join('')));
      if (index >= leads.length) controller.close();
    },
  });
}

/** One record as the server writes it: RFC 4180 quoting, nothing defused. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
