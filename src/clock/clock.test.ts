import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizeController } from '../localize/localize.js';
import { manualClock, systemClock, type Clock } from './clock.js';
import { Deadline } from './deadline.js';

const T0 = Date.parse('2031-03-09T06:30:00Z');
const HOUR = 3_600_000;

/** Shows how far each of its instants is from its clock's now. */
@customElement('test-clocked')
class TestClocked extends LitElement {
  @property({ attribute: false }) at: number[] = [];
  clock: Clock = systemClock;
  renders = 0;
  readonly localize = new LocalizeController(this, {
    defaults: {},
    portal: () => ({ locale: 'en-US', clock: this.clock }),
  });
  protected override render() {
    this.renders++;
    return html`${this.at.map((at) => html`<p>${this.localize.relative(new Date(at))}</p>`)}`;
  }
}

async function clocked(clock: Clock, ...at: number[]): Promise<TestClocked> {
  const el = document.createElement('test-clocked') as TestClocked;
  el.clock = clock;
  el.at = at;
  return fixture<TestClocked>(html`<div>${el}</div>`).then(async () => {
    await el.updateComplete;
    return el;
  });
}

const text = (el: TestClocked) =>
  [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);

/** Counts the intervals the page has running, from here on. */
function intervalSpy() {
  const live = new Set<number>();
  const { setInterval: set, clearInterval: clear } = window;
  let created = 0;
  window.setInterval = ((handler: TimerHandler, ms?: number) => {
    const id = set(handler, ms);
    live.add(id);
    created++;
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    clear(id);
  }) as typeof window.clearInterval;
  return {
    get live() {
      return live.size;
    },
    get created() {
      return created;
    },
    restore() {
      window.setInterval = set;
      window.clearInterval = clear;
    },
  };
}

describe('manualClock', () => {
  it('reads the instant it was set to until it is moved, and tells who listens', () => {
    const clock = manualClock('2031-03-09T06:30:00Z');
    expect(clock.now()).to.equal(T0);
    let jumps = 0;
    const off = clock.subscribe(() => jumps++);
    clock.advance(HOUR);
    expect(clock.now()).to.equal(T0 + HOUR);
    clock.set(new Date(T0));
    clock.set(T0);
    expect(jumps).to.equal(2);
    off();
    clock.advance(1);
    expect(jumps).to.equal(2);
    expect(() => manualClock('not a date')).to.throw(RangeError, 'Not an instant');
  });

  it('leaves the real clock to systemClock', () => {
    const before = systemClock.now();
    expect(before).to.be.a('number').and.be.greaterThan(Date.parse('2020-01-01'));
    expect(systemClock.now()).to.be.at.least(before);
    expect(systemClock.subscribe).to.equal(undefined);
  });
});

describe('relative times and the clock', () => {
  let spy: ReturnType<typeof intervalSpy>;
  beforeEach(() => (spy = intervalSpy()));
  afterEach(() => spy.restore());

  it('read differently as soon as the clock moves, with no update from outside', async () => {
    const clock = manualClock(T0);
    const el = await clocked(clock, T0 + 5 * HOUR, T0 - 24 * HOUR);
    expect(text(el)).to.deep.equal(['in 5 hours', 'yesterday']);
    const renders = el.renders;
    clock.advance(HOUR);
    await el.updateComplete;
    expect(text(el)).to.deep.equal(['in 4 hours', 'yesterday']);
    expect(el.renders).to.equal(renders + 1);
    // A minute on, every time still reads the same: nothing renders.
    clock.advance(60_000);
    await el.updateComplete;
    expect(el.renders).to.equal(renders + 1);
  });

  it('follow a running clock on the page timer, every second while seconds show', async () => {
    let now = T0;
    // A clock that runs on its own and never says so: only the timer can notice.
    const running: Clock = { now: () => now };
    const el = await clocked(running, T0 + 3000);
    expect(text(el)).to.deep.equal(['in 3 seconds']);
    now += 1000;
    await waitUntil(() => text(el)[0] === 'in 2 seconds', 'the time did not move', {
      timeout: 2500,
    });
  });

  it('share one timer for the whole page, and leave none behind', async () => {
    const clock = manualClock(T0);
    const hours = await Promise.all([1, 2, 3].map((n) => clocked(clock, T0 + n * HOUR)));
    expect(spy.live).to.equal(1);
    const seconds = await clocked(clock, T0 + 30_000);
    // Seconds need a faster pace: the one timer is replaced, not joined by another.
    expect(spy.live).to.equal(1);
    expect(spy.created).to.equal(2);
    seconds.remove();
    await waitUntil(() => spy.created === 3, 'the pace did not slow down again');
    expect(spy.live).to.equal(1);
    for (const el of hours) el.remove();
    expect(spy.live).to.equal(0);
  });

  it('leave no timer behind for an element that renders once more after its removal', async () => {
    const el = await clocked(manualClock(T0), T0 + HOUR);
    expect(spy.live).to.equal(1);
    el.remove();
    el.at = [T0 + 2 * HOUR];
    await el.updateComplete;
    expect(text(el)).to.deep.equal(['in 2 hours']);
    expect(spy.live).to.equal(0);
  });

  it('stop watching when nothing relative is shown', async () => {
    const clock = manualClock(T0);
    const el = await clocked(clock, T0 + HOUR);
    expect(spy.live).to.equal(1);
    el.at = [];
    await el.updateComplete;
    expect(spy.live).to.equal(0);
    const renders = el.renders;
    clock.advance(HOUR);
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
  });
});

describe('Deadline', () => {
  it('calls back once when its clock passes the instant, at once for a jump', () => {
    const clock = manualClock(T0);
    const passed: number[] = [];
    const deadline = new Deadline((at) => passed.push(at));
    deadline.set(T0 + HOUR, clock);
    expect(deadline.resolution).to.equal(60_000);
    clock.advance(HOUR - 30_000);
    expect(deadline.resolution).to.equal(1000);
    expect(passed).to.deep.equal([]);
    clock.advance(30_000);
    expect(passed).to.deep.equal([T0 + HOUR]);
    clock.advance(HOUR);
    expect(passed).to.have.length(1);
    deadline.set(T0 + 3 * HOUR, clock);
    deadline.clear();
    clock.advance(HOUR);
    expect(passed).to.have.length(1);
  });
});
