// Finds the intake report's parts and uses it as a person would (see test/support/harness.ts).
import { WidgetHarness } from '../../test/support/harness.js';
import { intakeReportStrings } from './intake-report.strings.js';
import type { LdIntakeReport } from './intake-report.js';

export class IntakeReportHarness extends WidgetHarness<LdIntakeReport> {
  override stringKeys(): string[] {
    return Object.keys(intakeReportStrings);
  }

  bars(): HTMLElement[] {
    return this.all('.bar');
  }

  /** The buttons of the rejection reasons, most frequent first. */
  reasons(): HTMLButtonElement[] {
    return this.all<HTMLButtonElement>('[part="reason"]');
  }

  override exercise(): Promise<string[]> {
    return this.steps({
      'pick another range': async () => {
        if (!this.q('select')) return false;
        this.pickPreset('last-7-days');
        return this.until(() => this.q('.totals'));
      },
      'sort by acceptance': async () => {
        const sort = this.q<HTMLButtonElement>('[part="sort"][data-column="rate"]');
        sort?.click();
        return !!sort && this.until(() => sort.closest('[aria-sort="descending"]'));
      },
    });
  }
}
