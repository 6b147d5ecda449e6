import { html, nothing } from 'lit';
import type { LocalizeController } from '../localize/localize.js';
import type { CommonStrings } from '../localize/strings.js';

/**
 * The most items of each list a widget draws. A server that sends 10,000 caps or
 * 150,000 chart buckets would otherwise hold the page in one long task; what is left out
 * is said, never dropped silently.
 */
export const LIST_BOUNDS = {
  caps: 50,
  buckets: 400,
  segments: 50,
  fields: 200,
  responses: 20,
  headers: 20,
  steps: 100,
  fieldErrors: 100,
  campaigns: 500,
  portals: 100,
} as const;

export interface Bounded<T> {
  shown: readonly T[];
  /** How many were left out. */
  hidden: number;
}

/**
 * The first `max` items of a list, and how many more there were. An item `keep` picks (the
 * one chosen, say) is shown however far down it is.
 */
export function bounded<T>(
  items: readonly T[],
  max: number,
  keep?: (item: T) => boolean,
): Bounded<T> {
  if (items.length <= max) return { shown: items, hidden: 0 };
  const shown = items.slice(0, max);
  const kept = keep && items.slice(max).find(keep);
  if (kept) shown.push(kept);
  return { shown, hidden: items.length - shown.length };
}

/** "Showing the first 200 of 10,000." after a cut list, or nothing. */
export function renderCut<T>(list: Bounded<T>, localize: LocalizeController<CommonStrings>) {
  if (!list.hidden) return nothing;
  return html`<p class="muted list-cut" part="list-cut">
    ${localize.term('listCut', {
      shown: list.shown.length,
      total: list.shown.length + list.hidden,
    })}
  </p>`;
}
