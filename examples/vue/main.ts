// Vue 3 host: render functions (no template compiler), the auth object as a property, a
// typed @ld-range-change, and a clean unmount.
import type {} from '../../entries/vue.js';
import '../../entries/index.js';
import { createApp, h } from 'vue';
import { checkSummary, report, runExample } from '../shared.js';

void runExample(async (auth) => {
  const host = document.getElementById('root')!;
  let from = '';
  const app = createApp({
    render: () =>
      h('ld-portal', { 'api-base': '/api', auth }, [
        h('ld-payout-summary', {
          strings: { title: 'Your earnings' },
          'onLd-range-change': (event: CustomEvent<{ from: string }>) => (from = event.detail.from),
        }),
      ]),
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('ld-');
  app.mount(host);
  const summary = host.querySelector('ld-payout-summary')!;
  await checkSummary(summary, () => from, 'Vue');
  app.unmount();
  if (host.querySelector('ld-portal')) throw new Error('unmount left the widgets');
  report.steps.push('unmounted');
});
