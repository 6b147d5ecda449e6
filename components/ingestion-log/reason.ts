import type { IngestionLogEntry } from '../../src/api/contract/ingestion.js';
import { bounded, LIST_BOUNDS } from '../../src/ui/bounded.js';

/** The field errors of a lead, as one line, bounded. */
export function fieldErrorList(entry: Pick<IngestionLogEntry, 'fieldErrors'>): string {
  return bounded(entry.fieldErrors, LIST_BOUNDS.fieldErrors)
    .shown.map((error) => `${error.field}: ${error.message}`)
    .join('; ');
}
