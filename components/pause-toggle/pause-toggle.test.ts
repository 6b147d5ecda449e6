import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../caps-meter/define.js';
import type { LdPauseToggle } from './pause-toggle.js';
import type { LdCapsMeter } from '../caps-meter/caps-meter.js';
import type { MockApi } from '../../src/mocks/api.js';
import {
  inPortal,
  mockApi,
  shadow,
  swappingAuth,
  testClock,
  untilText,
  visibleText,
  withoutIsolates,
} from '../../test/support/fixtures.js';
import { PauseToggleHarness } from './harness.js';
import { parts } from './parts.js';
import { failingPart } from '../../test/support/parts.js';

const harness = (el: LdPauseToggle) => new PauseToggleHarness(el);

type Options = Parameters<typeof inPortal>[1];

async function ready(options: Options = {}) {
  const mounted = await inPortal<LdPauseToggle>(
    html`<ld-portal><ld-pause-toggle></ld-pause-toggle></ld-portal>`,
    options,
  );
  await waitUntil(() => harness(mounted.widget).switch(), 'no switch rendered', {
    // The first test of a file also waits for the mock's worker and a cold page.
    timeout: 5000,
  });
  return mounted;
}

const statusWrites = (mock: MockApi) =>
  mock.requests.filter(
    (request) => request.method === 'PUT' && request.path === '/v1/portal/status',
  );
const northwind = (mock: MockApi) => mock.db.portal('org_northwind_acme')!;

/** Northwind at Acme paused by its daily cap, as the server has it. */
function holdByDailyCap(mock: MockApi): void {
  const state = northwind(mock);
  const cap = state.caps.find((item) => item.period === 'daily')!;
  state.status = {
    state: 'paused',
    pausedAt: '2026-11-24T14:00:00Z',
    pausedBy: 'Cap reached',
    reason: null,
    capId: cap.id,
  };
}

describe('ld-pause-toggle', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('keeps the knob inside its track, at the end its state means, in both directions', async () => {
    const { widget } = await ready();
    const sw = harness(widget).switch()!;
    /** The knob's start and end within the track, from the track's start edge. */
    const knob = () => {
      const style = getComputedStyle(sw, '::before');
      const start = parseFloat(style.insetInlineStart);
      return { start, end: start + parseFloat(style.inlineSize), track: sw.clientWidth };
    };
    for (const locale of ['en-US', 'ar-EG']) {
      widget.locale = locale;
      await widget.updateComplete;
      expect(getComputedStyle(sw).direction).to.equal(locale === 'ar-EG' ? 'rtl' : 'ltr');
      for (const on of [true, false]) {
        sw.checked = on;
        await waitUntil(() => {
          const { start, end, track } = knob();
          return on ? end === track - 2 : start === 2;
        }, 'the knob did not settle');
        const { start, end, track } = knob();
        expect(start, `${locale} ${on ? 'on' : 'off'}`).to.be.at.least(0);
        expect(end, `${locale} ${on ? 'on' : 'off'}`).to.be.at.most(track);
        // Drawn where the direction puts it: on is the inline end, right in LTR, left in RTL.
        const box = sw.getBoundingClientRect();
        const middle = box.left + box.width / 2;
        const knobLeft = locale === 'ar-EG' ? box.right - 1 - end : box.left + 1 + start;
        const onRight = knobLeft > middle - 1;
        expect(onRight, `${locale} ${on ? 'on' : 'off'}`).to.equal(on === (locale !== 'ar-EG'));
      }
    }
  });

  it('shows the state as a labelled switch, and the last changes', async () => {
    const { widget } = await ready();
    const sw = harness(widget).switch()!;
    expect(sw.checked).to.equal(true);
    expect(sw.getAttribute('aria-checked')).to.equal('true');
    expect(sw.labels![0]!.textContent).to.equal('Receive leads');
    expect(visibleText(widget)).to.include('Receiving leads');
    const items = [...shadow(widget).querySelectorAll('.history li')];
    expect(items).to.have.length(northwind(mock).history.length);
    expect(withoutIsolates(items[0]!.textContent!)).to.match(/^\s*Resumed by Ava Moreno/);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(
      northwind(mock).history[0]!.at,
    );
    await expect(widget).to.be.accessible();
  });

  it('pauses after a confirmation, with a reason, and tells the host', async () => {
    const { widget } = await ready();
    const requested = oneEvent(widget, 'ld-pause-request');
    harness(widget).switch()!.click();
    expect((await requested).detail).to.deep.equal({ paused: true });
    await waitUntil(() => harness(widget).dialogOpen());
    // The switch still shows the server's state while the question is open.
    expect(harness(widget).switch()!.checked).to.equal(true);
    expect(shadow(widget).activeElement === harness(widget).q('#reason'), 'focus').to.equal(true);
    await expect(widget).to.be.accessible();
    await sendKeys({ type: 'Upstream outage' });
    const changed = oneEvent(widget, 'ld-pause-change');
    const native = oneEvent(widget, 'change');
    harness(widget).dialogButton('confirm').click();
    expect((await changed).detail).to.deep.equal({ paused: true, reason: 'Upstream outage' });
    await native;
    expect(statusWrites(mock)).to.have.length(1);
    expect(statusWrites(mock)[0]!.idempotencyKey).to.match(/^[\da-f-]{36}$/);
    expect(northwind(mock).status).to.include({ state: 'paused', reason: 'Upstream outage' });
    await widget.updateComplete;
    expect(harness(widget).switch()!.checked).to.equal(false);
    // Stamped by the clock the widget and the mock share, and told relative to it.
    expect(visibleText(widget)).to.include(
      'Paused Paused by Ava Moreno now (Nov 24, 2026, 10:30 AM EST). Reason: Upstream outage',
    );
    expect(shadow(widget).activeElement === harness(widget).switch(), 'focus').to.equal(true);
    expect(harness(widget).said('[role="status"]')).to.equal('Lead intake paused.');
    expect(withoutIsolates(shadow(widget).querySelector('.history li')!.textContent!)).to.match(
      /Paused by Ava Moreno/,
    );
    await expect(widget).to.be.accessible();
  });

  it('works from the keyboard, and sends nothing when cancelled', async () => {
    const { widget } = await ready();
    harness(widget).switch()!.focus();
    // ' ' rather than 'Space': WebDriver BiDi (Firefox) knows keys by the character they type.
    await sendKeys({ press: ' ' });
    await waitUntil(() => harness(widget).dialogOpen());
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !harness(widget).dialogOpen());
    expect(shadow(widget).activeElement === harness(widget).switch(), 'focus').to.equal(true);
    harness(widget).switch()!.click();
    await waitUntil(() => harness(widget).dialogOpen());
    harness(widget).dialogButton('cancel').click();
    await waitUntil(() => !harness(widget).dialogOpen());
    expect(statusWrites(mock)).to.have.length(0);
    expect(harness(widget).switch()!.checked).to.equal(true);
  });

  it('says so when the confirmation does not load, and opens it on the retry', async () => {
    // Offline, or a CSP that blocks the chunk: the import rejects.
    const part = failingPart(parts, 'confirm');
    try {
      const { widget } = await ready();
      const errors: Event[] = [];
      widget.addEventListener('ld-error', (event) => errors.push(event));
      harness(widget).switch()!.click();
      await untilText(widget, 'Something went wrong');
      // Nothing changed, and the switch still says so.
      expect(harness(widget).switch()!.checked).to.equal(true);
      expect(visibleText(widget)).to.include('Receiving leads');
      await waitUntil(() => shadow(widget).activeElement?.getAttribute('part') === 'retry');
      await expect(widget).to.be.accessible();
      part.heal();
      harness(widget).q<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => harness(widget).dialogOpen(), 'the confirmation did not open');
      expect(visibleText(widget)).not.to.include('Something went wrong');
      expect(statusWrites(mock)).to.have.length(0);
      expect(errors).to.have.length(0);
    } finally {
      part.restore();
    }
  });

  it('lets a host veto the change, or make it after its own question', async () => {
    const { widget } = await ready();
    widget.addEventListener('ld-pause-request', (event) => event.preventDefault());
    harness(widget).switch()!.click();
    await widget.updateComplete;
    expect(harness(widget).dialogOpen()).to.equal(false);
    expect(statusWrites(mock)).to.have.length(0);
    expect(await widget.setPaused(true, '  Host asked  ')).to.equal(true);
    expect(northwind(mock).status).to.include({ state: 'paused', reason: 'Host asked' });
    expect(widget.paused).to.equal(true);
    // Asking for the state it is already in changes nothing.
    expect(await widget.setPaused(true)).to.equal(false);
    expect(statusWrites(mock)).to.have.length(1);
  });

  it('sends one request for a double click', async () => {
    mock.control.delays['/v1/portal/status'] = 150;
    const { widget } = await ready();
    harness(widget).switch()!.click();
    await waitUntil(() => harness(widget).dialogOpen());
    harness(widget).dialogButton('confirm').click();
    harness(widget).dialogButton('confirm').click();
    harness(widget).switch()!.click();
    harness(widget).switch()!.click();
    await waitUntil(() => harness(widget).statusText().includes('Paused by'));
    expect(statusWrites(mock)).to.have.length(1);
    expect(harness(widget).dialogOpen()).to.equal(false);
  });

  it('never pauses another supplier when a refreshed token opens their portal', async () => {
    const auth = swappingAuth('cleo.org_harbor_bright');
    const { widget } = await ready({ auth });
    mock.control.faults.push({ path: '/v1/portal/status', method: 'PUT', status: 401, times: 1 });
    await harness(widget).pause('outage');
    await untilText(widget, 'The pause did not go through. Intake is still on.');
    expect(visibleText(widget)).to.include('Your session now opens another supplier portal');
    expect(mock.db.portal('org_harbor_bright')!.status.state).to.equal('active');
    expect(northwind(mock).status.state).to.equal('active');
    expect(statusWrites(mock)).to.have.length(1);
    expect(visibleText(widget)).not.to.include('Cleo Park');
    expect(visibleText(widget)).to.include('Receiving leads');
    await expect(widget).to.be.accessible();
  });

  describe('failures', () => {
    it('rolls back a 5xx, says so, and retries with the same key', async () => {
      mock.control.faults.push({ path: '/v1/portal/status', method: 'PUT', status: 503, times: 1 });
      const { widget } = await ready();
      await harness(widget).pause('outage');
      await untilText(widget, 'The pause did not go through. Intake is still on.');
      expect(harness(widget).switch()!.checked).to.equal(true);
      expect(visibleText(widget)).to.include('Receiving leads');
      await expect(widget).to.be.accessible();
      harness(widget).q<HTMLButtonElement>('.failure [part="retry"]')!.click();
      await waitUntil(() => harness(widget).statusText().includes('Paused by Ava Moreno'));
      const writes = statusWrites(mock);
      expect(writes).to.have.length(2);
      expect(writes[1]!.idempotencyKey).to.equal(writes[0]!.idempotencyKey);
      expect(harness(widget).q('.failure')).to.equal(null);
    });

    it('retries a timed-out change with the same key, and it is made once', async () => {
      // The server takes longer than the client waits (2 s): the first try lands late.
      mock.control.delays['/v1/portal/status'] = 2500;
      const { widget } = await ready();
      const before = northwind(mock).history.length;
      await harness(widget).pause('slow');
      await untilText(widget, 'The portal service took too long to answer.', 5000);
      await new Promise((resolve) => setTimeout(resolve, 700));
      mock.control.delays['/v1/portal/status'] = 0;
      harness(widget).q<HTMLButtonElement>('.failure [part="retry"]')?.click();
      await waitUntil(() => widget.paused === true, 'not paused', { timeout: 4000 });
      // On a loaded machine the late first try may still be on its way: wait for the server.
      await waitUntil(() => northwind(mock).history.length > before, 'never made', {
        timeout: 4000,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const writes = statusWrites(mock);
      expect(new Set(writes.map((write) => write.idempotencyKey)).size).to.equal(1);
      expect(northwind(mock).history.length).to.equal(before + 1);
    }).timeout(12000);

    it('explains a 403 without offering a retry', async () => {
      mock.control.faults.push({ path: '/v1/portal/status', method: 'PUT', status: 403 });
      const { widget } = await ready();
      await harness(widget).pause();
      await untilText(widget, 'You do not have permission to do that.');
      expect(harness(widget).q('.failure [part="retry"]')).to.equal(null);
      expect(harness(widget).switch()!.checked).to.equal(true);
    });

    it('explains a 409 from a reached cap as the disabled switch does', async () => {
      mock.control.faults.push({
        path: '/v1/portal/status',
        method: 'PUT',
        status: 409,
        code: 'cap_hold',
      });
      const { widget } = await ready();
      await harness(widget).pause();
      await untilText(widget, 'A reached cap holds this pause until it resets');
      expect(harness(widget).q('.failure [part="retry"]')).to.equal(null);
    });
  });

  describe('who may change it', () => {
    it('shows a cap-held pause read-only, naming the cap and its reset', async () => {
      holdByDailyCap(mock);
      const { widget } = await ready();
      expect(harness(widget).switch()!.checked).to.equal(false);
      expect(harness(widget).switch()!.getAttribute('aria-disabled')).to.equal('true');
      await untilText(
        widget,
        'The daily leads cap was reached. Intake resumes by itself when the cap resets',
      );
      expect(harness(widget).switch()!.getAttribute('aria-describedby')).to.include('why');
      // A cap is not a person: it paused automatically, and the history says which cap.
      expect(harness(widget).statusText()).to.include('Paused automatically');
      expect(harness(widget).statusText()).not.to.include('Paused by');
      // Paused is shown as a banner in the warning colour, not as a plain line.
      const status = shadow(widget).querySelector<HTMLElement>('[part="status"]')!;
      expect(getComputedStyle(status).borderInlineStartWidth).to.equal('4px');
      expect(getComputedStyle(status).backgroundColor).not.to.equal(
        getComputedStyle(shadow(widget).querySelector('[part="base"]')!).backgroundColor,
      );
      harness(widget).switch()!.click();
      await widget.updateComplete;
      expect(harness(widget).dialogOpen()).to.equal(false);
      expect(statusWrites(mock)).to.have.length(0);
      await expect(widget).to.be.accessible();
    });

    it('resumes by itself when the clock passes the cap’s reset, and can be used again', async () => {
      holdByDailyCap(mock);
      const { widget } = await ready();
      await untilText(
        widget,
        'Intake resumes by itself when the cap resets, Nov 25, 2026, 12:00 AM EST',
      );
      // Midnight in New York: the daily window starts again and the pause lifts.
      testClock.set('2026-11-25T05:00:00Z');
      await waitUntil(() => harness(widget).switch()!.checked, 'the pause did not lift');
      expect(harness(widget).switch()!.getAttribute('aria-disabled')).to.equal('false');
      expect(visibleText(widget)).to.include('Receiving leads');
      expect(withoutIsolates(shadow(widget).querySelector('.history li')!.textContent!)).to.match(
        /^\s*Resumed automatically: daily leads cap reset\s+Nov 25, 2026, 12:00 AM EST \(\s*now\s*\)/,
      );
      expect(statusWrites(mock)).to.have.length(0);
      await expect(widget).to.be.accessible();
    });

    it('tells a read-only person held by a cap when intake resumes, not to ask the agency', async () => {
      holdByDailyCap(mock);
      const { widget } = await ready({ person: 'dev' });
      await untilText(widget, 'Intake resumes by itself when the cap resets');
      expect(visibleText(widget)).not.to.include('Ask your agency');
      await expect(widget).to.be.accessible();
    });

    it('says whether intake is on cannot be shown when its state fails to load', async () => {
      mock.control.faults.push({ path: '/v1/portal', status: 500 });
      const { widget } = await inPortal<LdPauseToggle>(
        html`<ld-portal><ld-pause-toggle></ld-pause-toggle></ld-portal>`,
      );
      await untilText(widget, 'It stays as it was');
      await expect(widget).to.be.accessible();
    });

    it('is read-only without the pause permission, saying why', async () => {
      const { widget } = await ready({ person: 'dev' });
      expect(harness(widget).switch()!.getAttribute('aria-disabled')).to.equal('true');
      expect(visibleText(widget)).to.include('Only people with the pause permission');
      harness(widget).switch()!.click();
      expect(await widget.setPaused(true)).to.equal(false);
      expect(statusWrites(mock)).to.have.length(0);
      await expect(widget).to.be.accessible();
    });
  });

  it('keeps two toggles and a caps meter on one page in agreement, with one fetch', async () => {
    mock.control.delays['/v1/portal/status'] = 100;
    const { portal } = await inPortal<LdPauseToggle>(
      html`<ld-portal>
        <ld-pause-toggle id="a"></ld-pause-toggle>
        <ld-pause-toggle id="b"></ld-pause-toggle>
        <ld-caps-meter></ld-caps-meter>
      </ld-portal>`,
    );
    const [a, b] = [...portal.querySelectorAll<LdPauseToggle>('ld-pause-toggle')];
    const meter = portal.querySelector<LdCapsMeter>('ld-caps-meter')!;
    await waitUntil(
      () => harness(a!).switch() && harness(b!).switch() && shadow(meter).querySelector('.cap'),
    );
    await harness(a!).pause();
    // At once, before the server answers: the change is in the shared cache.
    await waitUntil(() => b!.paused === true);
    expect(harness(b!).switch()!.checked).to.equal(false);
    await waitUntil(() => harness(b!).statusText().includes('Paused by Ava Moreno'));
    const portalFetches = mock.requests.filter(
      (r) => r.method === 'GET' && r.path === '/v1/portal',
    );
    expect(portalFetches).to.have.length(1);
    expect(statusWrites(mock)).to.have.length(1);
  });

  it('never applies a change to the portal switched to while it was pending', async () => {
    mock.control.delays['/v1/portal/status'] = 200;
    const { widget, auth } = await ready();
    await harness(widget).pause('for northwind acme');
    await waitUntil(() => statusWrites(mock).length === 1);
    auth.setPortal('org_northwind_bright');
    // Held by its cap: when it resumes comes first, for the read-only person too.
    await untilText(widget, 'Intake resumes by itself when the cap resets');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await widget.updateComplete;
    // BrightPath's own state, held by its cap; nothing of the other portal's change.
    expect(widget.paused).to.equal(true);
    expect(mock.db.portal('org_northwind_bright')!.status.reason).to.equal(null);
    expect(visibleText(widget)).not.to.include('for northwind acme');
    expect(harness(widget).q('.failure')).to.equal(null);
  });

  it('comes back to a portal switched away from and back during a request', async () => {
    mock.control.delays['/v1/portal/status'] = 25;
    const { widget, auth } = await ready();
    await harness(widget).pause();
    await new Promise((resolve) => setTimeout(resolve, 19));
    auth.setPortal('org_northwind_bright');
    auth.setPortal('org_northwind_acme');
    // It settles on the server's state, whichever way the race went: no skeleton, nothing
    // being sent, and the switch as the server has it.
    await waitUntil(
      () =>
        widget.paused !== undefined &&
        harness(widget).switch()?.getAttribute('aria-disabled') === 'false' &&
        !harness(widget).q('.skeleton') &&
        widget.paused === (northwind(mock).status.state === 'paused'),
      'stuck, or not the server’s state',
      { timeout: 2000 },
    );
    // However often it was sent, it was one change.
    const keys = new Set(statusWrites(mock).map((write) => write.idempotencyKey));
    expect(keys.size).to.equal(1);
  });

  it('shows a skeleton while the status loads', async () => {
    mock.control.delays['/v1/portal'] = 300;
    const { widget } = await inPortal<LdPauseToggle>(
      html`<ld-portal><ld-pause-toggle></ld-pause-toggle></ld-portal>`,
    );
    await waitUntil(() => harness(widget).q('.skeleton'));
    expect(widget.paused).to.equal(undefined);
    await expect(widget).to.be.accessible();
  });

  it('shows a skeleton, then an error with a retry', async () => {
    mock.control.faults.push({ path: '/v1/portal', status: 500, times: 1 });
    const { widget } = await inPortal<LdPauseToggle>(
      html`<ld-portal><ld-pause-toggle></ld-pause-toggle></ld-portal>`,
    );
    await untilText(widget, 'The portal service is having trouble.');
    await expect(widget).to.be.accessible();
    harness(widget).q<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => harness(widget).switch());
  });
});
