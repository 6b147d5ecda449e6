import type { IngestionStats } from '../../src/api/contract/ingestion-stats.js';
import { csvRecord } from '../../src/ui/download.js';

/**
 * The report's table as CSV: one row per period with its counts by status, its acceptance
 * rate and its rejections by reason, one column per reason the range has. Only allow-listed
 * figures of the parsed (and supplier-scoped) report are written, every cell defused.
 */
export function reportCsv(stats: IngestionStats): { blob: Blob; rows: number } {
  const reasons = stats.reasons.map((reason) => reason.code);
  // A BOM first, as the log's export: spreadsheets then read the file as UTF-8.
  const lines = [
    '\uFEFF',
    csvRecord([
      'period_start',
      'accepted',
      'unmatched',
      'rejected',
      'test',
      'acceptance_rate',
      ...reasons.map((code) => `rejected_${code}`),
    ]),
  ];
  stats.buckets.forEach((bucket, index) => {
    const sent = bucket.accepted + bucket.unmatched + bucket.rejected;
    lines.push(
      csvRecord([
        bucket.start,
        String(bucket.accepted),
        String(bucket.unmatched),
        String(bucket.rejected),
        String(bucket.test),
        sent ? (bucket.accepted / sent).toFixed(4) : '',
        ...stats.reasons.map((reason) => String(reason.buckets[index] ?? 0)),
      ]),
    );
  });
  return { blob: new Blob(lines, { type: 'text/csv;charset=utf-8' }), rows: stats.buckets.length };
}
