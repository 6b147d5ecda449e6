// The mock API over real HTTP, from Node, with the same msw handlers as the tests, Storybook
// and the demo (msw's getResponse), plus the harness page under a chosen CSP. A page under
// Trusted Types cannot register msw's service worker, so the API must come from here.
import { getResponse } from 'msw';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { OUT } from './build.mjs';

/** The strict policy: nothing inline, no eval, nothing off-origin, and Trusted Types. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * Starts the server. `api` is a mock API from createMockApi; `raw` maps an API path prefix
 * to a raw answer that replaces the handler's ({ status, type, body, cutAfter }), for bodies no
 * handler would send: invalid JSON, wrong content types, streams cut short.
 */
export async function startServer(api) {
  const raw = new Map();
  /**
   * `transform`: { json(method, apiPath, body), csv(text) }, applied to the handlers' answers;
   * `observe(apiPath, text)`: sees every answer's body as sent; `failChunks` fails every
   * lazy part's chunk request (not the schemas' chunks a widget's data needs); `chunkRequests` lists the chunks served.
   */
  // Written by the build: the schemas' chunks, which a widget needs for its data (build.mjs).
  let data;
  const dataChunks = () => (data ??= JSON.parse(readFileSync(`${OUT}/data-chunks.json`, 'utf8')));
  const hooks = { transform: undefined, observe: undefined, failChunks: false, chunkRequests: [] };
  const flight = { open: new Set() };
  const page = (csp) => ({
    type: 'text/html; charset=utf-8',
    headers: csp ? { 'content-security-policy': csp } : {},
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hardening</title><script type="module" src="/page.js"></script></head><body><main id="stage"></main></body></html>`,
  });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/strict.html') return send(res, page(STRICT_CSP));
    if (url.pathname === '/plain.html') return send(res, page(''));
    if (url.pathname === '/page.js')
      return send(res, { type: 'text/javascript', body: readFileSync(`${OUT}/page.js`) });
    if (url.pathname.startsWith('/chunks/') && /^\/chunks\/[\w-]+\.js$/.test(url.pathname)) {
      // A lazy part's chunk; `failChunks` makes its request fail, as offline or under a CSP block.
      if (hooks.failChunks && !dataChunks().includes(url.pathname))
        return void res.writeHead(503).end();
      hooks.chunkRequests?.push(url.pathname);
      return send(res, { type: 'text/javascript', body: readFileSync(`${OUT}${url.pathname}`) });
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (!url.pathname.startsWith('/api/v1/')) return void res.writeHead(404).end('Not found');

    const entry = { method: req.method, path: url.pathname + url.search };
    flight.open.add(entry);
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
      flight.open.delete(entry);
    });
    const apiPath = url.pathname.slice('/api'.length);
    const override = [...raw].find(([prefix]) => apiPath.startsWith(prefix))?.[1];
    if (override) return void answerRaw(res, override);
    const body = ['GET', 'HEAD'].includes(req.method) ? undefined : await readBody(req);
    const request = new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers: Object.entries(req.headers).filter(([, value]) => typeof value === 'string'),
      body,
      signal: controller.signal,
    });
    let response;
    try {
      response = await getResponse(api.handlers, request);
    } catch (error) {
      response = new Response(String(error), { status: 500 });
    }
    if (res.destroyed) return;
    if (!response) return void res.writeHead(404).end('No mock for this path');
    if (hooks.transform)
      response = await transformed(response, req.method, apiPath, hooks.transform);
    if (hooks.observe) hooks.observe(apiPath, await response.clone().text());
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) return void res.end();
    // Written chunk by chunk; a stream that breaks takes the connection down with it.
    try {
      for await (const chunk of response.body) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    } catch {
      res.socket?.resetAndDestroy();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    raw,
    flight,
    hooks,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function transformed(response, method, apiPath, transform) {
  const type = response.headers.get('content-type') ?? '';
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (type.includes('json')) {
    const body = transform.json(method, apiPath, await response.json());
    return new Response(JSON.stringify(body), { status: response.status, headers });
  }
  if (type.includes('csv')) {
    return new Response(transform.csv(await response.text()), { status: response.status, headers });
  }
  return response;
}

function send(res, { type, headers = {}, body }) {
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** A raw answer; `cutAfter` bytes are sent, then the connection is destroyed mid-body. */
function answerRaw(res, { status = 200, type, body = '', cutAfter, headers = {} }) {
  const bytes = Buffer.from(body);
  res.writeHead(status, {
    ...(type ? { 'content-type': type } : {}),
    ...(cutAfter === undefined ? { 'content-length': bytes.length } : {}),
    ...headers,
  });
  if (cutAfter === undefined) return void res.end(bytes);
  res.write(bytes.subarray(0, cutAfter), () => setTimeout(() => res.socket?.resetAndDestroy(), 10));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
