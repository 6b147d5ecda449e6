// Leaked data: the mock's leak mode adds buyer ids, names, prices and caps, margins, account
// revenue, plan tier, a Revenue Share per-lead amount, and another supplier's records to every
// response. Every widget is then used (lead detail, CSV, key, pause, cap edit, payout range),
// and the DOM with its shadow roots, the CSV bytes, every event's detail and the console are
// searched for any of it.
import { open } from '../browser.mjs';
import { mountAndUseAll } from '../drive.mjs';
import { control, figure, zero } from '../figures.mjs';

/**
 * What leaked data looks like once shown: the mock marks every leaked string with "LEAK", and
 * its amounts (42.42, 91.91 and 97.31, in cents 4242, 9191 and 9731) in any format. The word
 * is matched in capitals only: the widgets' own prose may say "leaked" (the key rotation hint).
 */
const MARKERS = /LEAK|\b42[.,]?42\b|\b91[.,]?91\b|\b97[.,]?31\b/g;
export const leakHits = (text) => [...String(text).matchAll(MARKERS)].map((match) => match[0]);

async function tour(page, api, leak) {
  api.reset();
  api.control.leak = leak;
  await page.evaluate(() => {
    window.hx.record.events.length = 0;
    window.hx.record.downloads.length = 0;
  });
  const missed = await mountAndUseAll(page);
  const seen = await page.evaluate(async () => ({
    dom: window.hx.deepText(),
    csv: (await window.hx.downloadedText()).join('\n'),
    events: window.hx.record.events.join('\n'),
  }));
  api.control.leak = false;
  return { missed, ...seen };
}

export async function run({ browser, server, api }) {
  const { page, log, close } = await open(browser, server);
  const result = {};
  // How much leaked data the API really sent during the leaky tour.
  const sent = { responses: 0, values: 0 };
  try {
    // Without leaks first: the markers must not match the ordinary data, or they prove nothing.
    const clean = await tour(page, api, false);
    result.baseline = leakHits(clean.dom + clean.csv + clean.events);
    log.length = 0;
    server.hooks.observe = (_, text) => {
      const found = leakHits(text).length;
      sent.values += found;
      if (found) sent.responses++;
    };
    const leaky = await tour(page, api, true);
    server.hooks.observe = undefined;
    result.sent = sent;
    result.notReady = leaky.missed;
    result.hits = {
      dom: leakHits(leaky.dom),
      csv: leakHits(leaky.csv),
      events: leakHits(leaky.events),
      console: leakHits(log.map(({ text }) => text).join('\n')),
    };
    result.reach = { events: leaky.events.split('\n').length };

    // Positive controls: leaked data planted in a shadow root, an event and the console.
    log.length = 0;
    const planted = await page.evaluate(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append('buyer: LEAK Apex Insurance Direct');
      document.getElementById('stage').append(host);
      document
        .querySelector('#stage > ld-caps-meter')
        .dispatchEvent(new CustomEvent('ld-planted', { detail: { buyerPrice: 4242 } }));
      console.info('per lead $97.31');
      return {
        dom: window.hx.deepText(host.shadowRoot),
        events: window.hx.record.events.at(-1),
      };
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    result.control = {
      dom: leakHits(planted.dom).length,
      events: leakHits(planted.events).length,
      console: leakHits(log.map(({ text }) => text).join('\n')).length,
      csv: leakHits('lead_id,buyer_name\r\nl1,LEAK Apex\r\n').length,
    };
  } finally {
    await close();
  }
  return result;
}

const WHERE = {
  dom: 'the DOM, shadow roots included',
  csv: 'the CSV bytes',
  events: 'event details',
  console: 'console output',
};

export function summarize(result) {
  const area = 'Leaked data';
  return {
    figures: [
      figure(
        area,
        `leaked values the API sent during the tour (in ${result.sent.responses} responses)`,
        result.sent.values,
        '≥ 1,000',
        result.sent.values >= 1000,
      ),
      ...Object.entries(result.hits).map(([where, hits]) =>
        zero(
          area,
          `leaked values in ${WHERE[where]}${where === 'events' ? ` (${result.reach.events} events)` : ''}`,
          hits.length,
        ),
      ),
      zero(
        area,
        'marker matches in data with no leak (else the markers prove nothing)',
        result.baseline.length,
      ),
      zero(area, 'widgets or steps that did not get through', result.notReady.length),
    ],
    controls: Object.entries(result.control).map(([where, count]) =>
      control(`a buyer value planted in ${WHERE[where]} is found`, count >= 1),
    ),
    notes: [...Object.values(result.hits).flat(), ...result.baseline, ...result.notReady],
  };
}
