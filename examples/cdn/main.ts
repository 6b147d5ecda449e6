// Plain HTML with the CDN file: the page's own module imports configure and tokenAuth from
// it, as a host would; only the mock API comes from elsewhere.
// @ts-expect-error: the CDN file is built into the test page's folder, beside this one.
import { configure } from './supplier-widgets.js';
import { pickPreset, report, runExample, until } from '../shared.js';

void runExample(async (auth) => {
  (configure as (config: object) => void)({ apiBase: '/api', auth });
  const summary = document.querySelector('ld-payout-summary')!;
  (summary as HTMLElement & { strings: object }).strings = { title: 'Your earnings' };
  let from = '';
  summary.addEventListener(
    'ld-range-change',
    (event) => (from = (event as CustomEvent).detail.from),
  );
  await until(
    () => summary.shadowRoot?.textContent?.includes('Your earnings'),
    'configured and rendered',
  );
  report.steps.push('mounted, with object properties');
  await pickPreset(summary, 'last-7-days');
  await until(() => from, 'the typed event');
  report.steps.push('typed event');
  summary.remove();
  report.steps.push('unmounted');
});
