// A page with no ld-portal: configure() alone connects the widgets.
import { configure } from '../../src/core.js';
import '../../components/payout-summary/define.js';
import { pickPreset, report, runExample, until } from '../shared.js';

void runExample(async (auth) => {
  configure({ apiBase: '/api', auth });
  const summary = document.createElement('ld-payout-summary');
  summary.strings = { title: 'Your earnings' };
  let from = '';
  summary.addEventListener('ld-range-change', (event) => (from = event.detail.from));
  document.getElementById('root')!.append(summary);
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
