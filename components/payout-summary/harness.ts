// Finds the payout summary's parts and uses it as a person would (see test/support/harness.ts).
import { WidgetHarness } from '../../test/support/harness.js';
import { payoutSummaryStrings } from './payout-summary.strings.js';
import type { LdPayoutSummary } from './payout-summary.js';

export class PayoutSummaryHarness extends WidgetHarness<LdPayoutSummary> {
  override stringKeys(): string[] {
    return Object.keys(payoutSummaryStrings);
  }

  bars(): HTMLElement[] {
    return this.all('.bar');
  }

  override exercise(): Promise<string[]> {
    return this.steps({
      'pick another range': async () => {
        if (!this.q('select')) return false;
        this.pickPreset('last-7-days');
        return this.until(() => this.q('.totals'));
      },
    });
  }
}
