// `npm start`: serves the demo page against the mock API (msw in the page) and prints its URL.
import './node-check.mjs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mswWorkerMiddleware } from './msw-worker.mjs';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: process.env.HOST ?? 'localhost',
    nodeResolve: { exportConditions: ['browser', 'development'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
    middleware: [
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
