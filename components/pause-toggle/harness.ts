// Finds the pause switch's parts and uses it as a person would (see test/support/harness.ts).
import { WidgetHarness } from '../../test/support/harness.js';
import { withoutIsolates } from '../../test/support/dom.js';
import { pauseToggleStrings } from './pause-toggle.strings.js';
import type { LdPauseToggle } from './pause-toggle.js';

export class PauseToggleHarness extends WidgetHarness<LdPauseToggle> {
  override stringKeys(): string[] {
    return Object.keys(pauseToggleStrings);
  }

  switch(): HTMLInputElement | null {
    return this.q<HTMLInputElement>('[role="switch"]');
  }

  /** The confirmation, once its lazy part has loaded. */
  dialog(): HTMLDialogElement | null {
    return this.q<HTMLDialogElement>('dialog');
  }

  dialogOpen(): boolean {
    return !!this.dialog()?.open;
  }

  dialogButton(value: 'confirm' | 'cancel'): HTMLButtonElement {
    return this.q<HTMLButtonElement>(`dialog button[value="${value}"]`)!;
  }

  /** The current state line, without the history below it. */
  statusText(): string {
    return withoutIsolates(this.q('.status')?.textContent ?? '');
  }

  /** Clicks the switch and confirms, with an optional reason. */
  async pause(reason = ''): Promise<void> {
    this.switch()!.click();
    if (!(await this.until(() => this.dialogOpen())))
      throw new Error('the confirmation did not open');
    const field = this.q<HTMLTextAreaElement>('#reason');
    if (field) field.value = reason;
    this.dialogButton('confirm').click();
  }

  override exercise(): Promise<string[]> {
    return this.steps({
      pause: async () => {
        this.switch()?.click();
        if (!(await this.until(() => this.dialogOpen()))) return false;
        this.q('dialog button[value="confirm"]')?.click();
        return this.until(() => !this.dialogOpen());
      },
    });
  }
}
