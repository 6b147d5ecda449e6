// A page with no ld-portal: configure() alone connects the widgets.
import { configure } from '../../src/core.js';
import '../../components/payout-summary/define.js';
import { checkSummary, report, runExample } from '../shared.js';

void runExample(async (auth) => {
  configure({ apiBase: '/api', auth });
  const summary = document.createElement('ld-payout-summary');
  summary.strings = { title: 'Your earnings' };
  let from = '';
  summary.addEventListener('ld-range-change', (event) => (from = event.detail.from));
  document.getElementById('root')!.append(summary);
  await checkSummary(summary, () => from, 'a configure() page');
  summary.remove();
  report.steps.push('unmounted');
});
