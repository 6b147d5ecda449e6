// The README's portal.js for its plain-HTML snippet: the page's own module imports configure
// from the CDN file, as a host would; only the mock API comes from elsewhere. The test bundles
// this file with the import pointed at the CDN's address.
// @ts-expect-error: the CDN file exists only once built; the test serves it in the CDN's place.
import { clerkAuth, configure } from './supplier-widgets.js';
import { checkSummary, report, runExample, until } from '../shared.js';

type Auth = { subscribe(listener: (state: { status: string }) => void): () => void };
const clerkChunkRequested = () =>
  performance.getEntriesByType('resource').some(({ name }) => name.includes('/chunks/clerk-'));

void runExample(async (auth) => {
  (configure as (config: object) => void)({ apiBase: '/api', auth });
  // The snippet's own markup, configured by configure() alone.
  const caps = document.querySelector('ld-caps-meter')!;
  await until(() => caps.shadowRoot?.textContent?.includes('Weekly'), 'the caps meter loaded');
  report.steps.push("the snippet's caps meter rendered");
  // The limit editor is a lazy chunk, pinned by the import map like every other chunk.
  caps.shadowRoot!.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
  await until(() => caps.shadowRoot?.querySelector('[part="input"]'), 'the lazy cap editor');
  report.steps.push('its lazy limit editor loaded');
  const summary = document.body.appendChild(document.createElement('ld-payout-summary'));
  (summary as HTMLElement & { strings: object }).strings = { title: 'Your earnings' };
  let from = '';
  summary.addEventListener(
    'ld-range-change',
    (event) => (from = (event as CustomEvent).detail.from),
  );
  await checkSummary(summary, () => from, 'the CDN page');
  summary.remove();
  report.steps.push('unmounted');

  if (clerkChunkRequested()) throw new Error('the Clerk chunk loaded before anything used Clerk');
  // A key for a Clerk instance that cannot be reached: the chunk loads, Clerk fails to start,
  // and the provider says signed out rather than hang.
  const clerk = (clerkAuth as (options: object) => Auth)({
    publishableKey: `pk_test_${btoa('clerk.example.invalid$')}`,
  });
  let status = '';
  clerk.subscribe((state) => (status = state.status));
  await until(() => status === 'signed-out', 'Clerk to give up offline', 15000);
  if (!clerkChunkRequested()) throw new Error('Clerk started without its chunk');
  report.steps.push('Clerk chunk loaded on demand');
});
