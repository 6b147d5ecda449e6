// Strict CSP and Trusted Types: every widget driven through every state on a page whose
// policy is default-src 'self' (no inline, no eval) with require-trusted-types-for 'script'.
// Violations are counted from the page's securitypolicyviolation events and from the console.
import { open } from '../browser.mjs';
import { driveEveryState } from '../drive.mjs';
import { control, zero } from '../figures.mjs';

const CSP_MESSAGE = /Content Security Policy|Trusted ?Type/i;

async function violationsOn(page, log) {
  const reported = await page.evaluate(() => window.hx.record.violations);
  const logged = log.filter(({ text }) => CSP_MESSAGE.test(text)).map(({ text }) => text);
  return [...reported, ...logged];
}

export async function run({ browser, server, api }) {
  const strict = await open(browser, server, '/strict.html');
  let tour;
  let violations;
  try {
    tour = await driveEveryState(strict.page, api);
    violations = await violationsOn(strict.page, strict.log);
  } finally {
    await strict.close();
  }

  // Positive control, on a page of its own: markup through innerHTML and a script URL (Trusted
  // Types sinks), eval and an inline event handler must each be reported.
  const planted = await open(browser, server, '/strict.html');
  let caught;
  try {
    await planted.page.evaluate(async () => {
      try {
        // eslint-disable-next-line no-restricted-properties -- planted: Trusted Types must refuse it.
        document.getElementById('stage').innerHTML = '<b>planted</b>';
      } catch {
        // Trusted Types throws; the report is what counts.
      }
      await window.hx.plantCspViolations();
      try {
        const script = document.createElement('script');
        script.src = 'data:text/javascript,1';
        document.body.append(script);
      } catch {
        // A script URL is a Trusted Types sink too.
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    caught = await violationsOn(planted.page, planted.log);
  } finally {
    await planted.close();
  }
  return { tour, violations, control: caught };
}

export function summarize(result) {
  const area = 'Strict CSP and Trusted Types';
  return {
    figures: [
      zero(
        area,
        `violations, every widget through ${result.tour.reached.length} states (${result.tour.reached.join(', ')})`,
        result.violations.length,
      ),
      zero(area, 'steps of the tour that could not be taken', result.tour.missed.length),
    ],
    controls: [
      control(
        'innerHTML, a script URL, eval and an inline handler are each reported',
        result.control.length >= 4,
      ),
    ],
    notes: [...result.violations, ...result.tour.missed],
  };
}
