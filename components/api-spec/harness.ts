// Finds the API spec's parts and uses it as a person would (see test/support/harness.ts).
import { WidgetHarness } from '../../test/support/harness.js';
import { apiSpecStrings } from './api-spec.strings.js';
import type { LdApiSpec } from './api-spec.js';

export class ApiSpecHarness extends WidgetHarness<LdApiSpec> {
  override stringKeys(): string[] {
    return Object.keys(apiSpecStrings);
  }

  /** The code of one snippet: `group` "request" or "verify", `language` "curl", "php"… */
  code(group: string, language: string): string | null {
    return this.q(`#${group}-panel-${language} code`)!.textContent;
  }

  /** The text of every code snippet. */
  snippets(): string {
    return this.all('pre code')
      .map((code) => code.textContent)
      .join('\n');
  }

  /** Presses Reveal key; resolves once the key shows. */
  async revealKey(): Promise<boolean> {
    const button = this.button('Reveal key');
    button?.click();
    return Boolean(button) && this.until(() => this.button('Hide key'));
  }

  override exercise(): Promise<string[]> {
    return this.steps({ 'reveal the key': () => this.revealKey() });
  }
}
