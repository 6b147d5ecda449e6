import { setupWorker } from 'msw/browser';
import { createMockApi, type MockApi } from './api.js';
import type { MockDbOptions } from './db.js';

export interface BrowserMockOptions extends MockDbOptions {
  /** Where `mockServiceWorker.js` is served. */
  workerUrl?: string;
}

/** Starts the mock API in this page through msw's service worker. */
export async function startMockApi(
  options: BrowserMockOptions = {},
): Promise<MockApi & { stop(): void }> {
  const api = createMockApi(options);
  const worker = setupWorker(...api.handlers);
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  return Object.assign(api, { stop: () => worker.stop() });
}
