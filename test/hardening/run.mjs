// `npm run test:hardening`: hostile data, faults, races, leaks and strict CSP, proven by
// figures. Prints them (with `--write`, `npm run reliability`, also to docs/reliability.md with
// the date and the machine), and exits non-zero when any figure misses its bar. Every detector also runs a positive control: a
// planted payload, leak or stale render that it must catch.
import '../../scripts/node-check.mjs';
import { buildHardening } from './build.mjs';
import { launch } from './browser.mjs';
import { machine, print, writeDoc } from './report.mjs';
import { startServer } from './server.mjs';
import * as csp from './suites/csp.mjs';
import * as faults from './suites/faults.mjs';
import * as leaks from './suites/leaks.mjs';
import * as malformed from './suites/malformed.mjs';
import * as malformedRender from './suites/malformed-render.mjs';
import * as races from './suites/races.mjs';
import * as memory from './suites/memory.mjs';
import * as warnings from './suites/warnings.mjs';
import * as xss from './suites/xss.mjs';
import * as hostileServer from './suites/hostile-server.mjs';
import * as chunks from './suites/chunks.mjs';
import { PAYLOADS } from './payloads.mjs';

const SEED = Number(process.env.HARDENING_SEED ?? 20261125);
const started = Date.now();
const node = await buildHardening();
// The mock and the page's widgets live at the tests' fixed instant, whatever today is.
const api = node.createMockApi({ clock: node.testClock });
const sections = [];
/** `HARDENING_ONLY=Faults` runs the sections whose title starts so, and writes no doc. */
const only = process.env.HARDENING_ONLY;

/** Runs one suite and keeps its summary under a title, with what it covers. */
async function section(title, about, suite, context) {
  if (only && !title.startsWith(only)) return { browserSample: [] };
  const t = Date.now();
  const result = await suite.run(context);
  sections.push({ title, about, ...suite.summarize(result), seconds: (Date.now() - t) / 1000 });
  return result;
}

const parsed = await section(
  'Malformed responses, parsed',
  'fast-check writes malformed bodies from a valid sample of each JSON endpoint (wrong types, missing fields, huge arrays, deep nesting, invalid JSON, wrong content types, streams cut short) and sends each through the client every widget uses. A call must end in data the contract accepts or in a typed, retryable `ApiError`.',
  malformed,
  { node, runs: 2000, seed: SEED },
);

const server = await startServer(api);
const browser = await launch();
const browserVersion = await browser.version();
try {
  const context = { browser, server, api, node };
  await section(
    'Malformed responses, rendered',
    'A sample of those bodies is served over HTTP to the widget that reads each endpoint. It must show data, or an error with a retry a person can see, and recover on that retry.',
    malformedRender,
    { ...context, sample: parsed.browserSample, perEndpoint: 50 },
  );
  await section(
    'Strict CSP and Trusted Types',
    "A page served with `default-src 'self'` (nothing inline, no eval) and `require-trusted-types-for 'script'`; every widget is driven through every state, and used: a lead opened, the CSV exported, the key revealed, a pause confirmed, a cap saved, another payout range.",
    csp,
    context,
  );
  await section(
    'Injected markup',
    `${PAYLOADS.length} payloads in the style of OWASP's filter-evasion list go into every free-text field of every endpoint, the CSV export, the API spec's snippets and every string override, on a page with no CSP (a trap function records anything that runs) and on the strict one (which would report).`,
    xss,
    context,
  );
  await section(
    'Leaked data',
    "The mock's leak mode adds buyer ids, names, prices and caps, margin, account revenue, plan tier, a Revenue Share per-lead amount and another supplier's records to every response; every widget is used, and the DOM, the CSV, event details and the console are searched.",
    leaks,
    context,
  );
  await section(
    'Faults',
    'Each widget against each fault of its main request, and a CSV export whose stream breaks: each cell needs a clear message, a visible retry, and recovery on that retry.',
    faults,
    context,
  );
  await section(
    'Hostile server',
    "Answers a broken or malicious portal API may give: a cursor that repeats (a → a, a → b → a) in the log and the paged export; a body that trickles in 16 bytes every 150 ms to each widget; Retry-After values that are negative, past, absurd, listed or junk, and ky's other rate-limit headers; lists of 150,000 log rows and payout buckets and of 10,000 caps, spec fields and campaigns; and a token refresh that opens another supplier's portal before a pause, a key reveal and a rotation. Each must end in a clear state within seconds, draw bounded lists, and never act on or show the other supplier.",
    hostileServer,
    context,
  );
  await section(
    'Races',
    'fast-check writes scenarios of portal switches, range and filter changes and unmounts (a widget removed and put back) while requests are in flight, with a random delay per endpoint so answers arrive out of order. Afterwards every widget must read exactly as a fresh copy of it does in the final portal with the final attributes; then every widget leaves the page mid-request, and the server counts what is still open.',
    races,
    { ...context, runs: 12, seed: SEED },
  );
  await section(
    'Leaks',
    'Each widget is mounted and removed 1,000 times, each time until it shows its data; the JS heap and the event listener count are read over CDP after forced garbage collection, against a baseline taken after 50 warm-up cycles.',
    memory,
    context,
  );
  await section(
    'Dev warnings',
    'Mistakes a page developer makes: no auth configured, an unknown attribute value, a tag registered twice (two copies of the library). Each must give one clear console warning, and the widget must still show something a person can read.',
    warnings,
    context,
  );
  await section(
    'Lazy parts',
    'Every chunk request fails from the start (offline, or a CSP that blocks it), so idle prefetching fails too; then each lazy part is used. It must say so in its place with a retry a person can see, throw nothing uncaught, and work on that retry once its chunk loads.',
    chunks,
    context,
  );
} finally {
  await browser.close();
  await server.close();
}

const seconds = (Date.now() - started) / 1000;
print(sections, seconds);
// `npm run verify` only checks; `npm run reliability` writes the figures to the docs.
if (!only && process.argv.includes('--write'))
  await writeDoc('docs/reliability.md', sections, {
    machine: machine(browserVersion),
    seconds,
    seed: SEED,
  });
const missed = sections.flatMap(({ figures, controls }) => [
  ...figures.filter((row) => !row.ok).map((row) => row.name),
  ...controls.filter((item) => !item.caught).map((item) => `control: ${item.name}`),
]);
if (missed.length) {
  console.error(`\nHardening: ${missed.length} missed:\n- ${missed.join('\n- ')}`);
  process.exit(1);
}
console.log('Hardening: every figure meets its bar, and every detector caught its control.');
