// `npm start`: serves the demo page against the mock API (msw in the page) and prints its URL.
import './node-check.mjs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mswWorkerMiddleware } from './msw-worker.mjs';

const port = Number(process.env.PORT ?? 8000);
// The demo runs under a strict CSP: no inline script or style, no eval, nothing off-origin.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: process.env.HOST ?? 'localhost',
    nodeResolve: { exportConditions: ['browser', 'development'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
    middleware: [
      async (context, next) => {
        await next();
        if (context.response.is('html')) context.set('Content-Security-Policy', CSP);
      },
      mswWorkerMiddleware(),
      (context, next) => {
        if (context.path === '/' || context.path === '/index.html')
          context.path = '/demo/index.html';
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://localhost:${server.config.port}/`;
console.log(`Supplier Portal demo (mock API): ${url}`);
console.log('Signed in as Ava Moreno. Press Ctrl+C to stop.');
