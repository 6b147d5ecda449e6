// Finds the caps meter's parts and uses it as a person would (see test/support/harness.ts).
import { WidgetHarness } from '../../test/support/harness.js';
import { capsMeterStrings } from './caps-meter.strings.js';
import type { LdCapsMeter } from './caps-meter.js';

export class CapsMeterHarness extends WidgetHarness<LdCapsMeter> {
  override stringKeys(): string[] {
    return Object.keys(capsMeterStrings);
  }

  caps(): HTMLElement[] {
    return this.all('.cap');
  }

  /** The cap whose heading is `name` ("Daily leads"). */
  cap(name: string): HTMLElement {
    const found = this.caps().find((item) => item.querySelector('h3')?.textContent === name);
    if (!found) throw new Error(`no cap "${name}" in ${this.text()}`);
    return found;
  }

  /** Opens the limit editor of the named cap (loading it on first use); returns its field. */
  async openEditor(name: string): Promise<HTMLInputElement> {
    this.cap(name).querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
    await this.until(() => this.cap(name).querySelector('[part="input"]'));
    await this.element.updateComplete;
    return this.q<HTMLInputElement>('[part="input"]')!;
  }

  /** Types a value (when given) into the open editor and presses Save. */
  save(value?: string): void {
    const input = this.q<HTMLInputElement>('[part="input"]')!;
    if (value !== undefined) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    this.q<HTMLButtonElement>('form button[type="submit"]')!.click();
  }

  override exercise(): Promise<string[]> {
    return this.steps({
      'edit a cap': async () => {
        this.q('[part="edit-button"]')?.click();
        if (!(await this.until(() => this.q('[part="input"]')))) return false;
        this.save();
        return this.until(() => !this.q('[part="input"]'));
      },
    });
  }
}
