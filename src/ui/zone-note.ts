import { html, nothing } from 'lit';
import type { LocalizeController } from '../localize/localize.js';
import type { CommonStrings } from '../localize/strings.js';

/**
 * The header's note of the zone a widget's times are in ("Times in Eastern Time (GMT-5)"),
 * once the portal, and so its zone, is known.
 */
export function renderZoneNote(
  localize: LocalizeController<CommonStrings>,
  known: boolean,
  key: 'timeZoneNote' | 'zoneNote' = 'timeZoneNote',
) {
  if (!known) return nothing;
  const terms = localize as LocalizeController<CommonStrings & { zoneNote: string }>;
  return html`<span class="muted zone" part="zone"
    >${terms.term(key, { zone: localize.zoneName() })}</span
  >`;
}
