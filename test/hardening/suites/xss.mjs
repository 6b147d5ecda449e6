// Injected markup: 155 payloads go into every free-text field of every endpoint, the CSV
// export, the API spec's snippets (through the spec's own fields) and every string override,
// on a page with no CSP (where the trap function would run) and on the strict page (where the
// policy would report). Figures: scripts run, CSP reports, script URLs in the DOM, formula
// cells in the CSV, and how many payloads reached the screen at all.
import { open } from '../browser.mjs';
import { mountAndUseAll } from '../drive.mjs';
import { createInjector } from '../inject.mjs';
import { PAYLOADS, payloadNumbers } from '../payloads.mjs';
import { control, figure, zero } from '../figures.mjs';

const CSP_MESSAGE = /Content Security Policy|Trusted ?Type/i;
// Whitespace first (spaces, tabs, line breaks) is skipped, as spreadsheets skip it.
const FORMULA = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Cells of a CSV file that a spreadsheet would run as a formula, read as Excel reads it in
 * English (`,`), in German, French or Dutch (`;`), and as a TSV import (TAB): honouring
 * quotes (leniently, as spreadsheets do: a quote left open ends the file) and ignoring them.
 */
export function formulaCells(node, text) {
  const live = (cell) => FORMULA.test(cell) && !PLAIN_NUMBER.test(cell.trim());
  return [',', ';', '\t'].flatMap((separator) => {
    const parser = new node.CsvParser(separator);
    const rows = parser.push(text);
    try {
      rows.push(...parser.end());
    } catch {
      // An unclosed quote under another separator: what was read stands.
    }
    const naive = text.split(/\r?\n/).flatMap((line) => line.split(separator));
    return [...rows.flat(), ...naive.map((cell) => cell.replace(/^"/, ''))]
      .filter(live)
      .map((cell) => `${JSON.stringify(separator)}: ${cell}`);
  });
}

async function hostileTour(page, api, round) {
  api.reset();
  const missed = await mountAndUseAll(page);
  // Then every text a host may override, with the data's payloads still on screen.
  await page.evaluate(
    (payloads, offset) =>
      window.hx.inTask(async () => {
        window.hx.overrideStrings(payloads, offset);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      }),
    PAYLOADS,
    round * 37,
  );
  const text = await page.evaluate(() => window.hx.deepText());
  const snippets = await page.evaluate(() => window.hx.snippetText());
  return { missed, text, snippets };
}

export async function run({ browser, server, api, node, rounds = 3 }) {
  const injector = createInjector(node, PAYLOADS);
  server.hooks.transform = injector;
  const figures = { executed: [], violations: [], scriptUrls: [], formulas: [], notReady: [] };
  const delivered = { dom: new Set(), csv: new Set(), snippets: new Set() };
  try {
    for (const path of ['/plain.html', '/strict.html']) {
      const { page, log, close } = await open(browser, server, path);
      try {
        for (let round = 0; round < rounds; round++) {
          const tour = await hostileTour(page, api, round);
          figures.notReady.push(...tour.missed.map((step) => `${path}: ${step}`));
          for (const n of payloadNumbers(tour.text)) delivered.dom.add(n);
          for (const n of payloadNumbers(tour.snippets)) delivered.snippets.add(n);
          figures.scriptUrls.push(...(await page.evaluate(() => window.hx.scriptUrls())));
        }
        for (const csv of await page.evaluate(() => window.hx.downloadedText())) {
          for (const n of payloadNumbers(csv)) delivered.csv.add(n);
          figures.formulas.push(...formulaCells(node, csv));
        }
        // Give anything deferred (a load event, a focus, an animation) time to fire.
        await new Promise((resolve) => setTimeout(resolve, 300));
        figures.executed.push(...(await page.evaluate(() => window.hx.record.xss)));
        figures.violations.push(
          ...(await page.evaluate(() => window.hx.record.violations)),
          ...log.filter(({ text }) => CSP_MESSAGE.test(text)).map(({ text }) => text),
        );
      } finally {
        await close();
      }
    }
  } finally {
    server.hooks.transform = undefined;
  }

  // Positive controls: a payload put into the page as markup must run and be trapped; a script
  // URL and a formula cell must be found.
  const control = {};
  const { page, close } = await open(browser, server, '/plain.html');
  try {
    control.executed = await page.evaluate(async (payload) => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' });
      document.getElementById('stage').append(host);
      // eslint-disable-next-line no-restricted-properties -- planted: the trap must catch it.
      host.shadowRoot.innerHTML = payload;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return window.hx.record.xss.length;
    }, PAYLOADS[16]);
    control.scriptUrls = await page.evaluate(() => {
      const link = document.createElement('a');
      link.setAttribute('href', ' JavaScript:void(0)');
      document.getElementById('stage').firstElementChild.shadowRoot.append(link);
      return window.hx.scriptUrls().length;
    });
  } finally {
    await close();
  }
  const planted = formulaCells(
    node,
    'lead_id,campaign\r\nl1,=HYPERLINK("x")\r\nl2,-5\r\nl3,"x;=1+1"\r\n',
  );
  control.formulas =
    planted.some((cell) => cell.startsWith('",": =HYPERLINK')) &&
    planted.some((cell) => cell.startsWith('";": =1+1')) &&
    !planted.some((cell) => cell.endsWith('-5'));
  return { figures, delivered, control, fields: injector.fields(), payloads: PAYLOADS.length };
}

export function summarize(result) {
  const area = 'Injected markup';
  const { figures, delivered } = result;
  const missing = [...Array(result.payloads).keys()].filter((n) => !delivered.dom.has(n));
  return {
    figures: [
      figure(area, 'payloads in the corpus', result.payloads, '≥ 150', result.payloads >= 150),
      figure(
        area,
        `payloads shown on screen, through ${result.fields} API fields and every string override`,
        delivered.dom.size,
        `all ${result.payloads}`,
        delivered.dom.size === result.payloads,
      ),
      figure(
        area,
        'payloads written into the CSV export',
        delivered.csv.size,
        '≥ 100',
        delivered.csv.size >= 100,
      ),
      figure(
        area,
        "payloads in the API spec's code snippets",
        delivered.snippets.size,
        '≥ 20',
        delivered.snippets.size >= 20,
      ),
      zero(area, 'scripts executed (page trap; no CSP and strict CSP)', figures.executed.length),
      zero(area, 'CSP and Trusted Types reports', figures.violations.length),
      zero(area, 'script URLs in the DOM', figures.scriptUrls.length),
      zero(area, 'CSV cells a spreadsheet would run as a formula', figures.formulas.length),
      zero(area, 'widgets or steps that did not get through', figures.notReady.length),
    ],
    controls: [
      control('markup put into a shadow root runs and is trapped', result.control.executed >= 1),
      control('a javascript: link is found', result.control.scriptUrls === 1),
      control(
        'a formula cell in a CSV is found, and one after a `;` (a negative number is not)',
        result.control.formulas,
      ),
    ],
    notes: [
      ...figures.executed,
      ...figures.violations,
      ...figures.scriptUrls,
      ...figures.formulas,
      ...figures.notReady,
      ...(missing.length ? [`not on screen: ${missing.join(', ')}`] : []),
    ],
  };
}
