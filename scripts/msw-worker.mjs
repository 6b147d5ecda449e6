import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Serves msw's service worker at /mockServiceWorker.js, for the test runner and the demo server. */
export function mswWorkerMiddleware() {
  const script = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  return (context, next) => {
    if (context.path !== '/mockServiceWorker.js') return next();
    context.type = 'application/javascript';
    context.set('Service-Worker-Allowed', '/');
    context.body = script;
  };
}
