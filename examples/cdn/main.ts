// The README's portal.js for its plain-HTML snippet: the page's own module imports the package
// by its own specifiers, which the snippet's import map points at the CDN's hashed files; only
// the mock API comes from elsewhere. The test bundles this file with those imports left to the
// import map (test/hosts/tsconfig.json maps them to the sources for their types), and checks
// that the page fetched only the caps meter's files.
import '@leaddistro/supplier-widgets/caps-meter';
import { clerkAuth, configure } from '@leaddistro/supplier-widgets/core';
import { report, runExample, until } from '../shared.js';

/** The files the page fetched from the CDN, by their path under dist/cdn. */
const cdnFiles = () =>
  performance
    .getEntriesByType('resource')
    .map(({ name }) => /\/dist\/cdn\/(.+)$/.exec(name)?.[1])
    .filter((file) => file !== undefined);

void runExample(async (auth) => {
  configure({ apiBase: '/api', auth });
  // The snippet's own markup, configured by configure() alone; an object property shows.
  const caps = document.querySelector('ld-caps-meter')!;
  caps.strings = { title: 'Your caps' };
  const text = () => caps.shadowRoot?.textContent ?? '';
  await until(() => text().includes('Weekly') && text().includes('Your caps'), 'the caps meter');
  report.steps.push("the snippet's caps meter rendered, with its strings property");
  Object.assign(report, { initialFiles: cdnFiles() });

  // The limit editor is a lazy chunk, pinned by the import map like every other file; saving
  // a limit comes back as a typed event.
  let saved: number | null | undefined;
  caps.addEventListener('ld-cap-change', (event) => (saved = event.detail.cap.limit));
  const root = caps.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part="edit-button"]')!.click();
  await until(() => root.querySelector('[part="input"]'), 'the lazy cap editor');
  const input = root.querySelector<HTMLInputElement>('[part="input"]')!;
  input.value = String(Number(input.value) + 1);
  input.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('form [type="submit"]')!.click();
  await until(() => saved === Number(input.value), 'ld-cap-change with the new limit');
  report.steps.push('its lazy limit editor loaded and saved');
  caps.remove();
  report.steps.push('unmounted');
  Object.assign(report, { files: cdnFiles() });

  if (cdnFiles().some((file) => file.includes('/clerk-')))
    throw new Error('the Clerk chunk loaded before anything used Clerk');
  // A key for a Clerk instance that cannot be reached: the chunk loads, Clerk fails to start,
  // and the provider says signed out rather than hang.
  const clerk = clerkAuth({
    publishableKey: `pk_test_${btoa('clerk.example.invalid$')}`,
  });
  let status = '';
  clerk.subscribe((state) => (status = state.status));
  await until(() => status === 'signed-out', 'Clerk to give up offline', 15000);
  if (!cdnFiles().some((file) => file.includes('/clerk-')))
    throw new Error('Clerk started without its chunk');
  report.steps.push('Clerk chunk loaded on demand');
});
