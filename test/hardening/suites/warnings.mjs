// Dev warnings: a widget with no auth configured, an unknown attribute value, and a second
// registration of a taken tag each get exactly one clear console warning, and the widget shows
// something a person can read (its "not set up" state, or its data), never a blank box.
import { open } from '../browser.mjs';
import { control, figure } from '../figures.mjs';

const CASES = [
  {
    name: 'no auth configured',
    setup: { auth: false },
    tag: 'ld-caps-meter',
    state: 'unconfigured',
    warning: /has no auth/,
  },
  {
    name: 'an unknown attribute value (interval="yearly")',
    tag: 'ld-payout-summary',
    attributes: { interval: 'yearly' },
    state: 'ready',
    warning: /interval="yearly" is not known/,
  },
  {
    name: 'an unknown attribute value (status="bogus")',
    tag: 'ld-ingestion-log',
    attributes: { status: 'bogus' },
    state: 'ready',
    warning: /status="bogus" is not known/,
  },
  {
    name: 'a second registration of its tag',
    tag: 'ld-pause-toggle',
    state: 'ready',
    defineAgain: true,
    warning: /is already defined/,
  },
];

/** Runs one case on a page of its own; says what a person and a developer would see. */
async function check(browser, server, item) {
  const { page, log, close } = await open(browser, server);
  try {
    await page.evaluate(
      (item) =>
        window.hx.inTask(() => {
          window.hx.setup(item.setup ?? {});
          window.hx.mount(item.tag, item.attributes ?? {});
          if (item.defineAgain) window.hx.defineAgain(item.tag);
          if (item.plantWarnings) for (const text of item.plantWarnings) console.warn(text);
        }),
      { ...item, warning: undefined },
    );
    await page
      .waitForFunction((state) => window.hx.states()[0] === state, { timeout: 6000 }, item.state)
      .catch(() => undefined);
    // The no-auth warning waits a second for auth set just after mounting.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    const seen = await page.evaluate(() => ({
      state: window.hx.states()[0],
      text: window.hx.visibleText(document.getElementById('stage')),
    }));
    const warnings = log.filter(({ type, text }) => type === 'warn' && text.startsWith('[ld]'));
    const problems = [];
    if (warnings.length !== 1) problems.push(`${warnings.length} warnings`);
    else if (!item.warning.test(warnings[0].text)) problems.push(`warning: ${warnings[0].text}`);
    if (seen.state !== item.state) problems.push(`state ${seen.state}, not ${item.state}`);
    if (!seen.text.trim()) problems.push('a blank box');
    return { name: item.name, problems, warning: warnings[0]?.text ?? '' };
  } finally {
    await close();
  }
}

export async function run({ browser, server, api }) {
  api.reset();
  const results = [];
  for (const item of CASES) results.push(await check(browser, server, item));
  // Positive controls: an element that renders nothing is a blank box, and two warnings for
  // one mistake are not one.
  const blank = await check(browser, server, {
    name: 'planted',
    tag: 'ld-not-a-widget',
    state: 'none',
    plantWarnings: ['[ld] planted'],
    warning: /planted/,
  });
  const twice = await check(browser, server, {
    ...CASES[0],
    plantWarnings: ['[ld] <ld-caps-meter> has no auth (planted twice)'],
  });
  return { results, control: { blank: blank.problems, twice: twice.problems } };
}

export function summarize(result) {
  const passed = result.results.filter((item) => !item.problems.length);
  return {
    figures: [
      figure(
        'Dev warnings',
        `cases with one clear warning and a readable widget (${result.results.map((item) => item.name).join('; ')})`,
        `${passed.length} of ${result.results.length}`,
        'all',
        passed.length === result.results.length,
      ),
    ],
    controls: [
      control(
        'an element that renders nothing counts as a blank box',
        result.control.blank.includes('a blank box'),
      ),
      control(
        'two warnings for one mistake are caught',
        result.control.twice.includes('2 warnings'),
      ),
    ],
    notes: [
      ...result.results.map(
        (item) => `${item.name}: ${item.problems.join('; ') || `“${item.warning}”`}`,
      ),
    ],
  };
}
