import { DemoApp, readState, writeState } from './app.js';

// Clerk mode when a publishable key is given (the server's environment, or ?clerk=pk_…);
// otherwise the mock API, with nothing to set up.
const params = new URLSearchParams(location.search);
const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
const clerkKey = params.get('clerk') ?? meta('ld-clerk-publishable-key');
const root = document.getElementById('app');

if (root && clerkKey) {
  await import('../entries/index.js');
  const { startClerkMode } = await import('./clerk-mode.js');
  await startClerkMode(
    root,
    clerkKey,
    params.get('api') ?? meta('ld-api-base') ?? 'https://api.leaddistro.ai',
  );
} else if (root) {
  // The mock API starts before any widget is defined, so the first request is already mocked.
  const { startMockApi } = await import('../src/mocks/browser.js');
  const mock = await startMockApi();
  await import('../entries/index.js');
  new DemoApp(root, mock, readState(location.search), (state) =>
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`),
  );
}
