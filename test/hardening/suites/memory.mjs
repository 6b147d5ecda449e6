// Leaks: each widget is mounted and removed 1,000 times, each time until it shows its data,
// and the page's JS heap and event listeners are measured over CDP after forced garbage
// collection, against a baseline taken after a warm-up. A planted leak (a listener and 10 KB
// kept per cycle) must show up in both figures.
import { open } from '../browser.mjs';
import { WIDGETS } from '../drive.mjs';
import { control, figure, zero } from '../figures.mjs';

const MB = 2 ** 20;

async function measure(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return {
    heap: value('JSHeapUsedSize'),
    listeners: value('JSEventListeners'),
    nodes: value('Nodes'),
  };
}

export async function run({ browser, server, api, cycles = 1000, warmup = 50 }) {
  const { page, close } = await open(browser, server);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const rows = [];
  try {
    api.reset();
    await page.evaluate(() => window.hx.inTask(() => window.hx.setup()));
    for (const tag of WIDGETS) {
      await page.evaluate((tag, n) => window.hx.inTask(() => window.hx.cycle(tag, n)), tag, warmup);
      const before = await measure(cdp);
      const settled = await page.evaluate(
        (tag, n) => window.hx.inTask(() => window.hx.cycle(tag, n)),
        tag,
        cycles,
      );
      const after = await measure(cdp);
      rows.push({
        tag,
        settled,
        heap: after.heap - before.heap,
        listeners: after.listeners - before.listeners,
        nodes: after.nodes - before.nodes,
      });
    }
    const before = await measure(cdp);
    await page.evaluate((n) => window.hx.inTask(() => window.hx.leakyCycle(n)), cycles);
    const after = await measure(cdp);
    return {
      rows,
      cycles,
      control: { heap: after.heap - before.heap, listeners: after.listeners - before.listeners },
    };
  } finally {
    await close();
  }
}

export function summarize(result) {
  const area = 'Leaks';
  const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;
  return {
    figures: result.rows.flatMap((row) => [
      figure(
        area,
        `${row.tag}: cycles that reached a settled state`,
        row.settled,
        `${result.cycles}`,
        row.settled === result.cycles,
      ),
      figure(
        area,
        `${row.tag}: JS heap growth over ${result.cycles.toLocaleString('en')} cycles, after GC`,
        mb(row.heap),
        '≤ 1.00 MB',
        row.heap <= MB,
      ),
      zero(area, `${row.tag}: event listeners left over`, row.listeners),
    ]),
    controls: [
      control(
        'a listener and 10 KB kept per cycle show as heap growth over 1 MB',
        result.control.heap > MB,
      ),
      control(
        'the same plant shows as leftover listeners',
        result.control.listeners >= result.cycles,
      ),
    ],
    notes: result.rows.map(
      (row) => `${row.tag}: DOM nodes ${row.nodes >= 0 ? '+' : ''}${row.nodes}`,
    ),
  };
}
