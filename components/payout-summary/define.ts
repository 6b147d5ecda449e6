// `@leaddistro/supplier-widgets/payout-summary`: registers <ld-payout-summary> on import.
import { define } from '../../src/define.js';
import { LdPayoutSummary } from './payout-summary.js';

define(LdPayoutSummary.tag, LdPayoutSummary);

export * from './index.js';
