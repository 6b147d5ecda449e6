import { html } from 'lit';
import type { PayoutBucket } from '../../src/api/contract/payouts.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import type { PayoutSummaryStrings } from './payout-summary.strings.js';

export interface TableOptions {
  localize: LocalizeController<PayoutSummaryStrings>;
  /** A bucket's period, as the chart names it. */
  period(bucket: PayoutBucket): string;
  money(amount: number): string;
}

/** The breakdown's table view, a lazy part (see parts.ts): the chart's numbers as a table. */
export function renderTable(
  buckets: readonly PayoutBucket[],
  { localize, period, money }: TableOptions,
) {
  const t = localize.term.bind(localize);
  return html`<table part="table" aria-labelledby="breakdown-title">
    <thead>
      <tr>
        <th scope="col">${t('column.period')}</th>
        <th scope="col">${t('column.amount')}</th>
        <th scope="col">${t('column.paidLeads')}</th>
        <th scope="col">${t('column.leadsSent')}</th>
      </tr>
    </thead>
    <tbody>
      ${buckets.map(
        (bucket) =>
          html`<tr>
            <th scope="row">${period(bucket)}</th>
            <td>${money(bucket.amount)}</td>
            <td>${localize.number(bucket.paidLeads)}</td>
            <td>${localize.number(bucket.leadsSent)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
