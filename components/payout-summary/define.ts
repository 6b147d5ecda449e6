import { define } from '../../src/define.js';
import { LdPayoutSummary } from './payout-summary.js';

define('ld-payout-summary', LdPayoutSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ld-payout-summary': LdPayoutSummary;
  }
}

export { LdPayoutSummary };
