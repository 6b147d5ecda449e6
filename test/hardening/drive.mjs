// Drives every widget through every state a person can meet: loading, ready (and used:
// a lead opened, the CSV exported, the key revealed, a pause confirmed, a cap saved), empty,
// error, forbidden, signed out, choosing a portal, and unconfigured.
import { DATA_WIDGETS } from '../../scripts/widgets.mjs';

export const WIDGETS = DATA_WIDGETS;

/** Waits until every widget on stage is in `state`; returns the states seen either way. */
export async function untilState(page, state, timeout = 8000) {
  try {
    await page.waitForFunction(
      (state) => {
        const states = window.hx.states();
        return states.length > 0 && states.every((item) => item === state);
      },
      { timeout, polling: 25 },
      state,
    );
  } catch {
    // The caller reports what was seen instead.
  }
  return page.evaluate(() => window.hx.states());
}

/** Clears the stage, configures a mock person (see hx.setup) and mounts every widget. */
export const mountAll = (page, setup = {}, attributes = {}) =>
  page.evaluate(
    (widgets, setup, attributes) =>
      window.hx.inTask(() => {
        window.hx.clear();
        window.hx.setup(setup);
        for (const tag of widgets) window.hx.mount(tag, attributes[tag] ?? {});
      }),
    WIDGETS,
    setup,
    attributes,
  );

/** Uses every widget on stage as a person would (hx.exercise); returns the steps not taken. */
export async function exerciseAll(page) {
  const missed = [];
  for (const tag of WIDGETS)
    missed.push(
      ...(await page.evaluate(
        (tag) =>
          window.hx.inTask(() => window.hx.exercise(document.querySelector(`#stage > ${tag}`))),
        tag,
      )),
    );
  return missed;
}

/** Mounts every widget, waits for their data and uses each; says what did not get through. */
export async function mountAndUseAll(page) {
  await mountAll(page);
  const states = await untilState(page, 'ready');
  const missed = await exerciseAll(page);
  return [
    ...states.filter((state) => state !== 'ready').map((state) => `a widget: ${state}`),
    ...missed,
  ];
}

/**
 * Runs the tour. `api` is the mock the server answers with. Returns the states reached by
 * each step, and anything that could not be done, so a suite can insist the tour was whole.
 */
export async function driveEveryState(page, api, { exercise = true } = {}) {
  const missed = [];
  const reached = [];
  const expectState = async (name, state) => {
    const states = await untilState(page, state);
    reached.push(name);
    if (!states.every((item) => item === state))
      missed.push(`${name}: expected ${state}, saw ${states.join(', ')}`);
  };
  api.reset();

  await mountAll(page);
  await expectState('ready', 'ready');
  if (exercise) missed.push(...(await exerciseAll(page)));

  api.reset();
  api.control.hang = ['/v1'];
  await mountAll(page);
  await expectState('loading', 'loading');
  await page.evaluate(() => window.hx.inTask(() => window.hx.clear()));
  api.control.hang = [];

  for (const [status, state] of [
    [500, 'error'],
    [403, 'forbidden'],
  ]) {
    api.reset();
    api.control.faults.push({ status });
    await mountAll(page);
    await expectState(String(status), state);
  }

  api.reset();
  await page.evaluate(() =>
    window.hx.inTask(() => {
      window.hx.clear();
      window.hx.setup();
      window.hx.mount('ld-ingestion-log', { search: 'no-such-lead-anywhere' });
    }),
  );
  const empty = await page
    .waitForFunction(() => /No leads|nothing/i.test(window.hx.deepText()), {
      timeout: 6000,
      polling: 25,
    })
    .then(() => true)
    .catch(() => false);
  reached.push('empty');
  if (!empty) missed.push('empty: the ingestion log did not say it found no leads');

  await mountAll(page, { portalId: null });
  await expectState('no active portal', 'choose-portal');

  await mountAll(page);
  await untilState(page, 'ready');
  await page.evaluate(() => window.hx.inTask(() => window.hx.signOut()));
  await expectState('signed out', 'signed-out');

  await mountAll(page, { auth: false });
  await expectState('no auth configured', 'unconfigured');

  await page.evaluate(() => window.hx.inTask(() => window.hx.clear()));
  api.reset();
  return { reached, missed };
}
