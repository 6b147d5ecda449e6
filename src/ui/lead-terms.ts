import { html, nothing } from 'lit';
import type { Rejection } from '../api/contract/ingestion.js';
import { REJECTION_CODES } from '../api/contract/codes.js';

/** English names of a lead's statuses and rejection reasons, shared by the log and the report. */
export const leadStrings = {
  'reason.duplicate': 'Duplicate',
  'reason.missing_field': 'Missing field',
  'reason.invalid_phone': 'Invalid phone number',
  'reason.invalid_email': 'Invalid email address',
  'reason.filtered_geo': 'Outside the buyers’ areas',
  'reason.suppressed': 'On a suppression list',
  'reason.cap_reached': 'Cap reached',
  'reason.supplier_paused': 'Intake paused',
  'reason.outside_hours': 'Outside buying hours',
  'reason.no_buyer': 'No buyer matched',
  'reason.missing_consent': 'Missing consent',
  'status.accepted': 'Accepted',
  'status.unmatched': 'Unmatched',
  'status.rejected': 'Rejected',
  'status.test': 'Test',
};

type Term = (key: keyof typeof leadStrings) => string;
const KNOWN = new Set<string>(REJECTION_CODES);

/** The code's label in the page's language; none for a code this version does not know. */
export function reasonLabel(term: Term, code: string): string | undefined {
  return KNOWN.has(code) ? term(`reason.${code as (typeof REJECTION_CODES)[number]}`) : undefined;
}

/**
 * A reason code with its label: the code is an identifier, so always LTR and isolated, and
 * the label follows it in the page's direction.
 */
export function renderReasonCode(term: Term, code: string) {
  const label = reasonLabel(term, code);
  return html`<bdi class="mono" dir="ltr">${code}</bdi>${
      label ? html` <span class="reason-label">${label}</span>` : nothing
    }`;
}

/** A rejection as the log and the detail show it: the code and label, then the server's message. */
export function renderRejection(term: Term, rejection: Rejection) {
  return html`${renderReasonCode(term, rejection.code)} — <bdi>${rejection.message}</bdi>`;
}
