import { startMockApi } from '../src/mocks/browser.js';
import { DemoApp, readState, writeState } from './app.js';

// The mock API starts before any widget is defined, so the first request is already mocked.
const mock = await startMockApi();
await import('../src/index.js');
const root = document.getElementById('app');
if (root) {
  new DemoApp(root, mock, readState(location.search), (state) =>
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`),
  );
}
