import type { IngestionLogEntry } from '../../src/api/contract/ingestion.js';
import { portal } from './data.js';

/** What the peers show in each column: the same text the widget shows. */

const time = new Intl.DateTimeFormat('en-US', {
  timeZone: portal.timeZone,
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

export const COLUMNS = [
  {
    header: 'Received (ET)',
    text: (lead: IngestionLogEntry) => time.format(new Date(lead.receivedAt)),
  },
  { header: 'Lead id', text: (lead: IngestionLogEntry) => lead.id },
  { header: 'Campaign', text: (lead: IngestionLogEntry) => lead.campaignName },
  { header: 'Status', text: (lead: IngestionLogEntry) => lead.status },
  {
    header: 'Reason',
    text: (lead: IngestionLogEntry) => {
      if (!lead.rejection) return '';
      const errors = lead.fieldErrors.map((error) => `${error.field}: ${error.message}`).join('; ');
      return `${lead.rejection.code} — ${lead.rejection.message}${errors ? ` (${errors})` : ''}`;
    },
  },
];
