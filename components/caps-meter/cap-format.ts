import type { Cap } from '../../src/api/contract/caps.js';
import { minorUnits } from '../../src/localize/format.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { CapsMeterStrings } from './caps-meter.strings.js';

/** How a cap reads: its name, its amounts (leads, or money in the portal currency), its dates. */
export interface CapFormat {
  name(cap: Cap): string;
  amount(cap: Cap, value: number): string;
  /** Minor units per unit typed in the editor: 100 for a USD budget, 1 for leads. */
  scale(cap: Cap): number;
  date(iso: string): string;
}

export function capFormat(
  localize: LocalizeController<CapsMeterStrings>,
  currency: string | undefined,
): CapFormat {
  const isMoney = (cap: Cap) => cap.kind === 'budget' && !!currency;
  return {
    name: (cap) => localize.term(`cap.${cap.period}.${cap.kind}`),
    amount: (cap, value) =>
      isMoney(cap) ? localize.currency(value, currency as string) : localize.number(value),
    scale: (cap) => (isMoney(cap) ? minorUnits(currency as string) : 1),
    date: (iso) =>
      localize.dateTime(iso, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  };
}
