// Finds the ingestion log's parts and uses it as a person would (see test/support/harness.ts).
import { WidgetHarness } from '../../test/support/harness.js';
import { withoutIsolates } from '../../test/support/dom.js';
import { ingestionLogStrings } from './ingestion-log.strings.js';
import type { LdIngestionLog } from './ingestion-log.js';

export class IngestionLogHarness extends WidgetHarness<LdIngestionLog> {
  override stringKeys(): string[] {
    return Object.keys(ingestionLogStrings);
  }

  /** The rows on screen, in order. */
  rows(): HTMLElement[] {
    return this.all('.body .row');
  }

  /** The lead detail dialog. */
  dialog(): HTMLDialogElement | null {
    return this.q<HTMLDialogElement>('dialog');
  }

  /** Opens the lead in the `index`th row on screen; resolves once its detail shows. */
  async openLead(index = 0): Promise<boolean> {
    const row = this.rows()[index];
    row?.click();
    return (
      Boolean(row) &&
      this.until(() => this.dialog()?.open && !this.dialog()!.querySelector('.skeleton'))
    );
  }

  /** Presses Export CSV; resolves once the export is ready or has failed. */
  async exportCsv(): Promise<boolean> {
    const button = this.q('[part="export-button"]');
    button?.click();
    return (
      Boolean(button) && this.until(() => /Export ready|failed/i.test(this.everything()), 8000)
    );
  }

  /** What the export area says now. */
  exportMessage(): string {
    return withoutIsolates(this.q('[part="export"]')?.textContent ?? '').replace(/\s+/g, ' ');
  }

  override exercise(): Promise<string[]> {
    return this.steps({
      'open a lead': async () => {
        const shown = await this.openLead();
        this.dialog()?.close();
        return shown;
      },
      'export CSV': () => this.exportCsv(),
    });
  }
}
