// `npm run test:hardening`: hostile data, faults, races, leaks and strict CSP, proven by
// figures. Prints a table, writes docs/reliability.md with the date and the machine, and exits
// non-zero when any figure misses its bar. Every detector also runs a positive control: a
// planted payload, leak or stale render that it must catch.
import '../node-check.mjs';
import { buildHardening } from './build.mjs';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';
import * as malformed from './suites/malformed.mjs';
import * as malformedRender from './suites/malformed-render.mjs';
import * as csp from './suites/csp.mjs';
import * as xss from './suites/xss.mjs';
import * as leaks from './suites/leaks.mjs';
import * as faults from './suites/faults.mjs';

const SEED = Number(process.env.HARDENING_SEED ?? 20261125);
const started = Date.now();
const rows = [];
/** One figure: what was measured, its value, the bar it must meet, and whether it does. */
const figure = (area, name, value, bar, ok) => rows.push({ area, name, value, bar, ok });
/** A detector's positive control: what was planted, and whether the detector caught it. */
const controls = [];
const control = (name, caught) => controls.push({ name, caught });

const node = await buildHardening();

let sample;
{
  const t = Date.now();
  const result = await malformed.run({ node, runs: 2000, seed: SEED });
  sample = result.browserSample;
  const { figures } = result;
  figure(
    'Malformed responses',
    `bodies tried (${result.endpoints} endpoints × 2,000, 7 kinds)`,
    figures.tried,
    '≥ 10,000',
    figures.tried >= 10_000,
  );
  figure('Malformed responses', 'uncaught errors', figures.uncaught, '0', figures.uncaught === 0);
  control('malformed: a thrown RangeError counts as uncaught', result.control.uncaught === 1);
  control('malformed: a 400 counts as rejected without a retry', result.control.notRetryable === 1);
  figure(
    'Malformed responses',
    'rejected without a retry',
    figures.notRetryable,
    '0',
    figures.notRetryable === 0,
  );
  console.log(
    `malformed (parse level): ${JSON.stringify(figures)} ${JSON.stringify(result.byKind)} in ${Date.now() - t} ms`,
  );
  for (const example of result.examples) console.log(`  ${example}`);
}

const api = node.createMockApi();
const server = await startServer(api);
const browser = await launch();
try {
  const t = Date.now();
  const result = await malformedRender.run({ browser, server, node, sample, perEndpoint: 50 });
  const { figures } = result;
  figure(
    'Malformed responses',
    'bodies rendered in a widget',
    figures.rendered,
    '≥ 200',
    figures.rendered >= 200,
  );
  figure(
    'Malformed responses',
    'widgets left with no retry',
    figures.noRetry,
    '0',
    figures.noRetry === 0,
  );
  control('malformed: an error slot with no retry button is caught', result.control.noRetry === 1);
  control(
    'malformed: a retry against a still-broken API is caught',
    result.control.notRecovered === 1,
  );
  figure(
    'Malformed responses',
    'retries that did not recover',
    figures.notRecovered,
    '0',
    figures.notRecovered === 0,
  );
  console.log(`malformed (rendered): ${JSON.stringify(figures)} in ${Date.now() - t} ms`);
  for (const example of result.examples) console.log(`  ${example}`);
  {
    const t = Date.now();
    const result = await csp.run({ browser, server, api });
    figure(
      'Strict CSP and Trusted Types',
      `violations, every widget through ${result.tour.reached.length} states`,
      result.violations.length,
      '0',
      result.violations.length === 0,
    );
    figure(
      'Strict CSP and Trusted Types',
      'steps of the tour that could not be taken',
      result.tour.missed.length,
      '0',
      result.tour.missed.length === 0,
    );
    control(
      'CSP: innerHTML, a script URL, eval and an inline handler are each reported',
      result.control.length >= 4,
    );
    console.log(
      `csp: ${result.violations.length} violations; tour ${result.tour.reached.join(', ')} in ${Date.now() - t} ms`,
    );
    for (const line of [...result.violations, ...result.tour.missed].slice(0, 8))
      console.log(`  ${line}`);
    console.log(`  control: ${result.control.length} reports`);
  }
  {
    const t = Date.now();
    const result = await xss.run({ browser, server, api, node });
    const { figures, delivered, control: planted } = result;
    const area = 'Injected markup';
    figure(area, `payloads in the corpus`, result.payloads, '≥ 150', result.payloads >= 150);
    figure(
      area,
      `payloads shown on screen, through ${result.fields} API fields and every string override`,
      delivered.dom.size,
      `all ${result.payloads}`,
      delivered.dom.size === result.payloads,
    );
    figure(
      area,
      'payloads written into the CSV export',
      delivered.csv.size,
      '≥ 100',
      delivered.csv.size >= 100,
    );
    figure(
      area,
      "payloads in the API spec's code snippets",
      delivered.snippets.size,
      '≥ 20',
      delivered.snippets.size >= 20,
    );
    figure(
      area,
      'scripts executed (page trap)',
      figures.executed.length,
      '0',
      figures.executed.length === 0,
    );
    figure(
      area,
      'CSP and Trusted Types reports',
      figures.violations.length,
      '0',
      figures.violations.length === 0,
    );
    figure(
      area,
      'script URLs in the DOM',
      figures.scriptUrls.length,
      '0',
      figures.scriptUrls.length === 0,
    );
    figure(
      area,
      'CSV cells a spreadsheet would run as a formula',
      figures.formulas.length,
      '0',
      figures.formulas.length === 0,
    );
    figure(
      area,
      'widgets or steps that did not get through',
      figures.notReady.length,
      '0',
      figures.notReady.length === 0,
    );
    control('XSS: markup put into a shadow root runs and is trapped', planted.executed >= 1);
    control('XSS: a javascript: link is found', planted.scriptUrls === 1);
    control(
      'XSS: a formula cell in a CSV is found (a negative number is not)',
      planted.formulas === 1,
    );
    console.log(
      `xss: ${JSON.stringify({ executed: figures.executed.length, violations: figures.violations.length, scriptUrls: figures.scriptUrls.length, formulas: figures.formulas.length, dom: delivered.dom.size, csv: delivered.csv.size })} in ${Date.now() - t} ms`,
    );
    for (const line of [
      ...figures.executed,
      ...figures.violations,
      ...figures.scriptUrls,
      ...figures.formulas,
      ...figures.notReady,
    ].slice(0, 10))
      console.log(`  ${line}`);
    const missing = result.payloads
      ? [...Array(result.payloads).keys()].filter((n) => !delivered.dom.has(n))
      : [];
    if (missing.length) console.log(`  not on screen: ${missing.join(', ')}`);
  }
  {
    const t = Date.now();
    const result = await leaks.run({ browser, server, api });
    const area = 'Leaked data';
    figure(
      area,
      `leaked values the API sent during the tour (in ${result.sent.responses} responses)`,
      result.sent.values,
      '≥ 1,000',
      result.sent.values >= 1000,
    );
    for (const [where, hits] of Object.entries(result.hits))
      figure(
        area,
        `leaked values in ${where === 'dom' ? 'the DOM, shadow roots included' : where === 'csv' ? 'the CSV bytes' : where === 'events' ? `event details (${result.reach.events} events)` : 'console output'}`,
        hits.length,
        '0',
        hits.length === 0,
      );
    figure(
      area,
      'marker matches in data with no leak (must be none, or the markers prove nothing)',
      result.baseline.length,
      '0',
      result.baseline.length === 0,
    );
    figure(
      area,
      'widgets or steps that did not get through',
      result.notReady.length,
      '0',
      result.notReady.length === 0,
    );
    for (const [where, count] of Object.entries(result.control))
      control(`leaks: a buyer value planted in ${where} is found`, count >= 1);
    console.log(
      `leaks: ${JSON.stringify(result.hits)} baseline ${JSON.stringify(result.baseline)} ${JSON.stringify(result.notReady)} in ${Date.now() - t} ms`,
    );
  }
  {
    const t = Date.now();
    const result = await faults.run({ browser, server, api });
    const failed = result.cells.filter((cell) => cell.problems.length);
    figure(
      'Faults',
      `cells passed (5 widgets × ${result.faults.length} faults, and a CSV stream cut)`,
      `${result.cells.length - failed.length} of ${result.cells.length}`,
      'all',
      failed.length === 0,
    );
    console.log(
      `faults: ${failed.length} of ${result.cells.length} cells failed in ${Date.now() - t} ms`,
    );
    for (const cell of failed)
      console.log(`  ${cell.tag} × ${cell.fault}: ${cell.problems.join('; ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}

console.table(rows);
console.table(controls);
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(rows.every((row) => row.ok) && controls.every((item) => item.caught) ? 0 : 1);
