import { html, nothing } from 'lit';
import {
  REJECTION_CODES,
  type IngestionLogEntry,
  type Rejection,
} from '../../src/api/contract/ingestion.js';
import { bounded, LIST_BOUNDS } from '../../src/ui/bounded.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { IngestionLogStrings } from './ingestion-log.strings.js';

type Localize = LocalizeController<IngestionLogStrings>;
const KNOWN = new Set<string>(REJECTION_CODES);

/** The code's label in the page's language; none for a code this version does not know. */
export function reasonLabel(localize: Localize, code: string): string | undefined {
  return KNOWN.has(code)
    ? localize.term(`reason.${code as (typeof REJECTION_CODES)[number]}`)
    : undefined;
}

/** The field errors of a lead, as one line, bounded. */
export function fieldErrorList(entry: Pick<IngestionLogEntry, 'fieldErrors'>): string {
  return bounded(entry.fieldErrors, LIST_BOUNDS.fieldErrors)
    .shown.map((error) => `${error.field}: ${error.message}`)
    .join('; ');
}

/**
 * A rejection as the log and the detail show it: the code (an identifier, so always LTR),
 * its translated label, then the server's message, which is data and stays as sent. Each
 * is isolated, so their order holds in either direction and an ellipsis cuts the message.
 */
export function renderReason(localize: Localize, rejection: Rejection) {
  const label = reasonLabel(localize, rejection.code);
  return html`<bdi class="mono" dir="ltr">${rejection.code}</bdi>${
      label ? html` <span class="reason-label">${label}</span>` : nothing
    }
    — <bdi>${rejection.message}</bdi>`;
}
