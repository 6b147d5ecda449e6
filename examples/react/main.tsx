// React 19 host: ld-portal gets its auth object as a property, the payout summary's typed
// ld-range-change reaches an onld-range-change prop, and unmounting leaves nothing behind.
import type {} from '../../entries/react.js';
import '../../entries/index.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { AuthProvider } from '../../src/auth/types.js';
import { checkSummary, report, runExample } from '../shared.js';

function Earnings({ auth, onRange }: { auth: AuthProvider; onRange: (from: string) => void }) {
  const [strings] = useState({ title: 'Your earnings' });
  return (
    <ld-portal api-base="/api" auth={auth}>
      <ld-payout-summary
        strings={strings}
        onld-range-change={(event) => onRange(event.detail.from)}
      />
    </ld-portal>
  );
}

void runExample(async (auth) => {
  const host = document.getElementById('root')!;
  const root = createRoot(host);
  let from = '';
  flushSync(() => root.render(<Earnings auth={auth} onRange={(value) => (from = value)} />));
  const summary = host.querySelector('ld-payout-summary')!;
  await checkSummary(summary, () => from, 'React');
  root.unmount();
  if (host.querySelector('ld-portal')) throw new Error('unmount left the widgets');
  report.steps.push('unmounted');
});
