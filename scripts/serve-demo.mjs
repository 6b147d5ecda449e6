// `npm start`: serves the demo page against the mock API (msw in the page) and prints its URL.
import './node-check.mjs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mswWorkerMiddleware } from './msw-worker.mjs';

const port = Number(process.env.PORT ?? 8000);
// The demo runs under a strict CSP: no inline script or style, no eval, nothing off-origin.
const STRICT = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Clerk mode: a publishable key from CLERK_PUBLISHABLE_KEY or ?clerk=, and the portal API
 * from LD_API_BASE or ?api=. The policy then adds exactly what Clerk's CSP guide lists.
 */
function clerkSettings(url) {
  const params = new URL(url, 'http://localhost').searchParams;
  const key = params.get('clerk') ?? process.env.CLERK_PUBLISHABLE_KEY;
  if (!key) return undefined;
  // A publishable key carries its Frontend API host, base64-encoded, after pk_test_ / pk_live_.
  const host = Buffer.from(key.split('_')[2] ?? '', 'base64')
    .toString('utf8')
    .replace(/\$$/, '');
  const api = params.get('api') ?? process.env.LD_API_BASE ?? 'https://api.leaddistro.ai';
  return { key, api, frontendApi: /^[\w.-]+$/.test(host) ? `https://${host}` : undefined };
}

function policyFor(url) {
  const clerk = clerkSettings(url);
  const policy = structuredClone(STRICT);
  if (clerk) {
    const frontend = clerk.frontendApi ? [clerk.frontendApi] : [];
    policy['script-src'].push(...frontend, 'https://challenges.cloudflare.com');
    policy['connect-src'].push(...frontend, new URL(clerk.api).origin);
    policy['img-src'].push('https://img.clerk.com');
    policy['worker-src'].push('blob:');
    policy['style-src'].push("'unsafe-inline'");
    policy['frame-src'] = ['https://challenges.cloudflare.com'];
  }
  return Object.entries(policy)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The page learns the key and API from the server's environment through two meta tags. */
const injectClerk = {
  name: 'clerk-settings',
  transform(context) {
    if (!context.response.is('html') || !process.env.CLERK_PUBLISHABLE_KEY) return undefined;
    const clerk = clerkSettings(context.url);
    const escape = (value) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    const tags = `<meta name="ld-clerk-publishable-key" content="${escape(clerk.key)}" />\n    <meta name="ld-api-base" content="${escape(clerk.api)}" />\n  </head>`;
    return { body: String(context.body).replace('</head>', tags) };
  },
};
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: process.env.HOST ?? 'localhost',
    nodeResolve: { exportConditions: ['browser', 'development'] },
    plugins: [
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
      injectClerk,
    ],
    middleware: [
      async (context, next) => {
        await next();
        if (context.response.is('html'))
          context.set('Content-Security-Policy', policyFor(context.url));
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
console.log(
  process.env.CLERK_PUBLISHABLE_KEY
    ? 'Clerk mode: sign in with Clerk. Press Ctrl+C to stop.'
    : 'Signed in as Ava Moreno. Press Ctrl+C to stop.',
);
