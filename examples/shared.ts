import { startMockApi } from '../src/mocks/browser.js';
import { mockAuth } from '../src/mocks/auth.js';

/** What every host example reports to its test: each step it got through, or what failed. */
export const report: { steps: string[]; error?: string; done?: boolean } = { steps: [] };
Object.assign(window, { report });

/** Starts the mock API, then runs the example; any failure lands in the report. */
export async function runExample(example: (auth: ReturnType<typeof mockAuth>) => Promise<void>) {
  try {
    await startMockApi();
    await example(mockAuth({ person: 'ava' }));
    report.done = true;
  } catch (error) {
    report.error = String(error instanceof Error ? error.stack : error);
  }
}

export const until = async (check: () => unknown, what: string, ms = 8000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Waits for the payout summary's data, then picks another preset in its own picker. */
export async function pickPreset(summary: Element, preset: string): Promise<void> {
  await until(() => summary.shadowRoot?.querySelector('.totals'), 'the payout summary loaded');
  const select = summary.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
  select.value = preset;
  select.dispatchEvent(new Event('change'));
}

/**
 * What every host example checks once its payout summary is on the page: the `strings`
 * object property shows, and a range picked in the widget comes back as a typed event.
 */
export async function checkSummary(summary: Element, rangeFrom: () => string, host: string) {
  await until(
    () => summary.shadowRoot?.textContent?.includes('Your earnings'),
    'strings set as a property',
  );
  report.steps.push('mounted, with object properties');
  await pickPreset(summary, 'last-7-days');
  await until(rangeFrom, `the typed event reached ${host}`);
  report.steps.push('typed event');
}
