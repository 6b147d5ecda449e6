// Writes docs/openapi.json (OpenAPI 3.1) from the same zod schemas the widgets parse with.
// `--check` fails instead when the committed file is out of date. The JSON Schema
// conversion lives here, in a build script, so no shipped bundle carries it.
import './node-check.mjs';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

const OUT = 'docs/openapi.json';
const cache = 'node_modules/.cache/ld';
mkdirSync(cache, { recursive: true });
await build({
  entryPoints: ['src/api/contract/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  outfile: `${cache}/contract.mjs`,
  logLevel: 'warning',
});
const contract = await import(`${pathToFileURL(`${cache}/contract.mjs`).href}?t=${Date.now()}`);

// Every exported schema becomes a named component, so operations can $ref them.
const registry = z.registry();
const names = new Map();
for (const [name, value] of Object.entries(contract)) {
  if (
    value &&
    typeof value === 'object' &&
    '_zod' in value &&
    /^[A-Z]/.test(name) &&
    !names.has(value)
  ) {
    names.set(value, name);
    registry.add(value, { id: name });
  }
}
const { schemas } = z.toJSONSchema(registry, {
  target: 'draft-2020-12',
  io: 'output',
  uri: (id) => `#/components/schemas/${id}`,
});
// The widgets strip unknown keys rather than refuse them; say so in the document.
for (const schema of Object.values(schemas)) delete schema.$id;
const openRecords = (node) => {
  if (Array.isArray(node)) return node.forEach(openRecords);
  if (!node || typeof node !== 'object') return;
  if (node.additionalProperties === false) delete node.additionalProperties;
  Object.values(node).forEach(openRecords);
};
openRecords(schemas);

const ref = (schema) => ({ $ref: `#/components/schemas/${names.get(schema)}` });
const SUMMARIES = {
  getPortal:
    'The active portal: supplier, status and recent changes, time zone, currency, cost mode, test mode, campaigns and the caller’s permissions',
  setPortalStatus:
    'Pause or resume the supplier’s traffic. 409 while a reached cap holds the pause',
  listIngestionLogs:
    'Leads the supplier sent, newest first, filtered and cursor-paged; `total` counts the filtered set',
  exportIngestionLogs: 'The same filtered set, streamed as CSV',
  getIngestionLog: 'One lead: submitted fields, processing steps, rejection and field errors',
  getPayouts:
    'Earnings in a date range: totals, pending/approved/paid, cost-mode segments, breakdown and the previous period',
  getIngestionStats:
    'Supplier-side reporting over a date range: leads by status overall and per hour, day, week or month bucket (in the supplier’s time zone), rejections by reason code with count, share and per-bucket trend, sent, accepted and acceptance rate per campaign or sub-id, and the same figures for the previous period of the same length. Counted from exactly the leads GET /v1/ingestion-logs lists for the same range and campaign, so a report and a log filtered by a reason agree',
  listCaps:
    'Every cap with its usage, reset time, reached time and the bounds the supplier may set',
  updateCap: 'Change a cap’s limit. 422 outside the cap’s min/max bounds',
  getApiSpec:
    'The supplier’s ingest endpoint, auth header, masked key, fields, examples, rate limit and webhook signing',
  revealApiKey: 'The full API key',
  rotateApiKey: 'A new API key; the old one keeps working until `previousKeyExpiresAt`',
  getIntegration: 'The webhook URL and the events it receives',
  updateIntegration: 'Set the webhook URL (https only) and events',
  testWebhook: 'Send a signed test delivery and report its status code and latency',
};

const errorResponse = (description) => ({
  description,
  content: { 'application/json': { schema: ref(contract.ErrorBody) } },
});

const paths = {};
for (const [operationId, endpoint] of Object.entries(contract.endpoints)) {
  const parameters = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (endpoint.query) {
    const query = schemas[names.get(endpoint.query)];
    for (const [name, schema] of Object.entries(query.properties)) {
      parameters.push({
        name,
        in: 'query',
        required: (query.required ?? []).includes(name),
        schema,
      });
    }
  }
  if (endpoint.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      schema: { type: 'string' },
    });
  }
  const responses = {
    200:
      endpoint.response === 'csv'
        ? { description: 'CSV stream', content: { 'text/csv': { schema: { type: 'string' } } } }
        : {
            description: 'OK',
            content: { 'application/json': { schema: ref(endpoint.response) } },
          },
    401: errorResponse('Missing, invalid or expired token'),
    403: errorResponse(
      endpoint.permission
        ? `Needs the ${endpoint.permission} permission`
        : 'Not a member of this portal',
    ),
    429: errorResponse('Rate limited; see Retry-After'),
    503: errorResponse('Unavailable; see Retry-After'),
  };
  if (endpoint.body) responses[422] = errorResponse('Invalid body, with fieldErrors');
  if (endpoint.path.includes('{')) responses[404] = errorResponse('Not found');
  if (operationId === 'setPortalStatus')
    responses[409] = errorResponse('A reached cap holds the pause');
  paths[endpoint.path] ??= {};
  paths[endpoint.path][endpoint.method.toLowerCase()] = {
    operationId,
    summary: SUMMARIES[operationId],
    ...(endpoint.permission ? { 'x-permission': endpoint.permission } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref(endpoint.body) } },
          },
        }
      : {}),
    responses,
  };
}

const document = {
  openapi: '3.1.0',
  info: {
    title: 'Lead Distro AI supplier portal API',
    version: '1',
    description:
      'The portal API as the supplier widgets use it. The supplier is derived from the bearer token. ' +
      'Amounts are integers in minor units of the portal currency. Clients drop unknown fields and any ' +
      'record whose supplierId is not the active supplier’s. Every write reply (StatusResult, RevealedKey, ' +
      'RotatedKey, WebhookTestResult, Cap, Integration) carries the supplierId it was made for: a token refreshed ' +
      'after a 401 may open another portal, and a reply for anyone else is refused. Before a write, and after any ' +
      'refresh, a client asks GET /v1/portal whose portal a token opens. Page cursors never repeat, a page holds ' +
      'at most the limit asked for, and Retry-After is delay-seconds or an HTTP date.',
  },
  servers: [{ url: 'https://api.leaddistro.ai' }],
  security: [{ bearer: [] }],
  paths,
  components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas },
};
const text = `${JSON.stringify(document, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // No committed file yet: it is out of date.
  }
  if (current !== text) {
    console.error(`${OUT} is out of date: run npm run openapi and commit it.`);
    process.exit(1);
  }
  console.log(`${OUT} is current.`);
} else {
  writeFileSync(OUT, text);
  console.log(
    `Wrote ${OUT}: ${Object.keys(paths).length} paths, ${Object.keys(schemas).length} schemas.`,
  );
}
