// Lazy parts whose chunk does not load: offline, or blocked by a CSP. With every chunk request
// failing from the start (so idle prefetching fails too), each part is used: it must say so
// in its place with a retry a person can see, throw nothing uncaught, and work on that retry
// once its chunk loads.
import { open } from '../browser.mjs';
import { control, figure, zero } from '../figures.mjs';

const CASES = [
  {
    name: 'the cap editor',
    tag: 'ld-caps-meter',
    use: (root) => root.querySelector('[part="edit-button"]')?.click(),
    failed: (root) => !!root.querySelector('[role="alert"] [part="retry"]'),
    retry: (root) => root.querySelector('[role="alert"] [part="retry"]')?.click(),
    works: (root) => !!root.querySelector('[part="input"]'),
  },
  {
    name: 'the lead detail',
    tag: 'ld-ingestion-log',
    use: (root) => root.querySelector('.body .row')?.click(),
    failed: (root) => !!root.querySelector('[role="alert"] [part="retry"]'),
    retry: (root) => root.querySelector('[role="alert"] [part="retry"]')?.click(),
    works: (root) => !!root.querySelector('dialog[open] .fields'),
  },
  {
    name: 'the CSV export',
    tag: 'ld-ingestion-log',
    use: (root) => root.querySelector('[part="export-button"]')?.click(),
    failed: (root) => /The export failed/.test(root.textContent ?? ''),
    // The Export button stays: pressing it again is the retry.
    retry: (root) => root.querySelector('[part="export-button"]')?.click(),
    works: (root) => /Export ready/.test(root.textContent ?? ''),
  },
  {
    name: 'the pause confirmation',
    tag: 'ld-pause-toggle',
    use: (root) => root.querySelector('[role="switch"]')?.click(),
    failed: (root) => !!root.querySelector('.part-failure [role="alert"] [part="retry"]'),
    retry: (root) => root.querySelector('.part-failure [part="retry"]')?.click(),
    works: (root) => !!root.querySelector('dialog[open] [value="confirm"]'),
  },
  {
    name: 'the key reveal',
    tag: 'ld-api-spec',
    use: (root) => root.querySelector('#reveal')?.click(),
    failed: (root) => !!root.querySelector('.part-failure [role="alert"] [part="retry"]'),
    retry: (root) => root.querySelector('.part-failure [part="retry"]')?.click(),
    works: (root) => !!root.querySelector('.key[data-revealed="true"]'),
  },
  {
    name: 'the key rotation',
    tag: 'ld-api-spec',
    use: (root) => root.querySelector('#rotate')?.click(),
    failed: (root) => !!root.querySelector('.rotation [role="alert"] [part="retry"]'),
    retry: (root) => root.querySelector('.rotation [part="retry"]')?.click(),
    works: (root) => !!root.querySelector('dialog[open] .cancel'),
  },
  {
    name: 'the other snippet languages',
    tag: 'ld-api-spec',
    use: (root) => root.querySelector('#request-tab-python')?.click(),
    failed: (root) => !!root.querySelector('#request-panel-python [role="alert"] [part="retry"]'),
    retry: (root) => root.querySelector('#request-panel-python [part="retry"]')?.click(),
    works: (root) => !!root.querySelector('#request-panel-python code'),
  },
  {
    name: 'the settings form',
    tag: 'ld-api-spec',
    use: (root) => root.querySelector('#save-settings')?.click(),
    failed: (root) => !!root.querySelector('.settings [role="alert"] [part="retry"]'),
    retry: (root) => root.querySelector('.settings [part="retry"]')?.click(),
    works: (root) => !!root.querySelector('#webhook-url'),
  },
];

const uncaught = (log) =>
  log.filter(({ type, text }) => type === 'pageerror' || /Uncaught/.test(text)).map((e) => e.text);

/** Waits in the page until `check(widget's shadow root)` holds; says whether it did. */
const until = (page, tag, check, timeout = 6000) =>
  page
    .waitForFunction(
      (tag, source) => {
        const root = document.querySelector(`#stage > ${tag}`)?.shadowRoot;
        return !!root && new Function('root', `return (${source})(root)`)(root);
      },
      { timeout, polling: 50 },
      tag,
      check.toString(),
    )
    .then(
      () => true,
      () => false,
    );

const act = (page, tag, action) =>
  page.evaluate(
    (tag, source) =>
      window.hx.inTask(() =>
        new Function('root', `return (${source})(root)`)(
          document.querySelector(`#stage > ${tag}`).shadowRoot,
        ),
      ),
    tag,
    action.toString(),
  );

async function check(browser, server, item, { plant = false } = {}) {
  const { page, log, close } = await open(browser, server);
  // After the page's own static chunks, before the widget can prefetch its lazy ones.
  server.hooks.failChunks = true;
  try {
    await page.evaluate(
      (tag) =>
        window.hx.inTask(() => {
          window.hx.setup();
          window.hx.mount(tag);
        }),
      item.tag,
    );
    await page.waitForFunction(() => window.hx.states()[0] === 'ready', { timeout: 8000 });
    if (plant)
      await page.evaluate(() => window.hx.inTask(() => void Promise.reject(new Error('planted'))));
    await act(page, item.tag, item.use);
    const failed = await until(page, item.tag, item.failed);
    server.hooks.failChunks = false;
    await act(page, item.tag, item.retry);
    const works = await until(page, item.tag, item.works, 8000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { name: item.name, failed, works, uncaught: uncaught(log) };
  } finally {
    server.hooks.failChunks = false;
    await close();
  }
}

export async function run({ browser, server, api }) {
  api.reset();
  const results = [];
  for (const item of CASES) results.push(await check(browser, server, item));
  // Positive control: an uncaught rejection in the page is counted.
  const planted = await check(browser, server, CASES[0], { plant: true });
  return { results, control: { planted: planted.uncaught.length } };
}

export function summarize({ results, control: planted }) {
  const names = results.map((item) => item.name).join(', ');
  const failed = results.filter((item) => item.failed).length;
  const works = results.filter((item) => item.works).length;
  const errors = results.flatMap((item) => item.uncaught.map((text) => `${item.name}: ${text}`));
  // Which part missed, so that a miss on a loaded machine can be told from a real one.
  const missed = results.flatMap((item) => [
    ...(item.failed ? [] : [`${item.name}: no failure with a retry was shown`]),
    ...(item.works ? [] : [`${item.name}: did not work after the retry`]),
  ]);
  return {
    figures: [
      figure(
        'Lazy parts',
        `parts that say so with a retry when their chunk fails to load (${names})`,
        `${failed} of ${results.length}`,
        'all',
        failed === results.length,
      ),
      figure(
        'Lazy parts',
        'parts that work on that retry once their chunk loads',
        `${works} of ${results.length}`,
        'all',
        works === results.length,
      ),
      zero('Lazy parts', 'uncaught errors while a chunk fails', errors.length),
    ],
    controls: [control('a planted uncaught rejection is counted', planted.planted > 0)],
    notes: [...errors, ...missed],
  };
}
