import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { LdCapsMeter } from './caps-meter.js';
import { registerStrings } from '../../src/localize/localize.js';
import type { MockApi } from '../../src/mocks/api.js';
import { LEAKED_FIELDS, RIVAL_MARKER } from '../../src/mocks/leak.js';
import {
  everything,
  inPortal,
  mockApi,
  shadow,
  untilText,
  visibleText,
  withoutIsolates,
  testClock,
} from '../../test/support/fixtures.js';
import { CapsMeterHarness } from './harness.js';
import { parts } from './parts.js';
import { failingPart } from '../../test/support/parts.js';

const harness = (el: LdCapsMeter) => new CapsMeterHarness(el);

type Options = Parameters<typeof inPortal>[1];

async function meter(options: Options = {}, inner = html``) {
  const mounted = await inPortal<LdCapsMeter>(
    html`<ld-portal><ld-caps-meter>${inner}</ld-caps-meter></ld-portal>`,
    options,
  );
  return mounted;
}

async function ready(options: Options = {}) {
  const mounted = await meter(options);
  await waitUntil(() => shadow(mounted.widget).querySelector('.list'), 'caps did not render', {
    // The first test of a file also waits for the mock's worker and a cold page.
    timeout: 5000,
  });
  return mounted;
}

describe('ld-caps-meter', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  describe('display', () => {
    it('shows each cap with its usage, state and reset time', async () => {
      const { widget } = await ready();
      expect(
        harness(widget)
          .caps()
          .map((item) => item.querySelector('h3')?.textContent),
      ).to.deep.equal(['Daily leads', 'Weekly leads', 'Monthly budget', 'Total leads']);
      expect(visibleText(harness(widget).cap('Daily leads')))
        .to.include('412 of 500 used')
        .and.include('88 left');
      await expect(widget).to.be.accessible();
    });

    it('fills each bar from the start edge of its track, left to right or right to left', async () => {
      const { widget } = await ready();
      const fills = () =>
        harness(widget)
          .all('.meter')
          .map((track) => {
            const outer = track.getBoundingClientRect();
            const inner = track.querySelector('.indicator')!.getBoundingClientRect();
            return { outer, inner, share: inner.width / outer.width };
          });
      const ltr = fills();
      for (const { outer, inner } of ltr) {
        expect(Math.abs(inner.left - outer.left)).to.be.below(1);
        expect(inner.right).to.be.at.most(outer.right + 0.5);
      }
      widget.locale = 'ar-EG';
      await widget.updateComplete;
      const rtl = fills();
      for (const [i, { outer, inner, share }] of rtl.entries()) {
        expect(Math.abs(inner.right - outer.right), `bar ${i}`).to.be.below(1);
        expect(inner.left).to.be.at.least(outer.left - 0.5);
        expect(share).to.be.closeTo(ltr[i]!.share, 0.01);
      }
      expect(ltr[0]!.share).to.be.closeTo(412 / 500, 0.01);
    });

    it('warns at 80% and at 90%, in words as well as colour', async () => {
      const { widget } = await ready();
      expect(harness(widget).cap('Daily leads').dataset.state).to.equal('warning');
      expect(visibleText(harness(widget).cap('Daily leads'))).to.include('Near the limit · 82%');
      expect(harness(widget).cap('Weekly leads').dataset.state).to.equal('critical');
      expect(visibleText(harness(widget).cap('Weekly leads'))).to.include('Almost reached · 93%');
      expect(harness(widget).cap('Monthly budget').dataset.state).to.equal('ok');
      expect(visibleText(harness(widget).cap('Monthly budget'))).to.include('On track');
      // Each level its own colour, in both themes: 82% and 93% never look alike.
      const badge = (name: string) =>
        getComputedStyle(harness(widget).cap(name).querySelector('[part="badge"]')!).color;
      for (const theme of ['light', 'dark'] as const) {
        widget.theme = theme;
        await widget.updateComplete;
        const colours = ['Monthly budget', 'Daily leads', 'Weekly leads'].map(badge);
        expect(new Set(colours).size, `${theme}: ${colours.join(' ')}`).to.equal(3);
      }
      await expect(widget).to.be.accessible();
    });

    it('exposes each limited cap as a meter', async () => {
      const { widget } = await ready();
      const bar = harness(widget).cap('Daily leads').querySelector('[role="meter"]');
      expect(bar?.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar?.getAttribute('aria-valuemax')).to.equal('500');
      expect(bar?.getAttribute('aria-valuenow')).to.equal('412');
      expect(withoutIsolates(bar?.getAttribute('aria-valuetext') ?? '')).to.equal(
        '412 of 500, 82%',
      );
      const label = shadow(widget).getElementById(bar?.getAttribute('aria-labelledby') ?? '');
      expect(label?.textContent).to.equal('Daily leads');
    });

    it('shows an unlimited cap without a meter', async () => {
      const { widget } = await ready();
      const total = harness(widget).cap('Total leads');
      expect(total.dataset.state).to.equal('unlimited');
      expect(total.querySelector('[role="meter"]')).to.equal(null);
      expect(visibleText(total))
        .to.include('48,210 used, no limit')
        .and.include('Resets only when your agency resets it');
    });

    it('shows budgets as money in the portal currency', async () => {
      const { widget } = await ready();
      expect(visibleText(harness(widget).cap('Monthly budget'))).to.include(
        '$18,240.00 of $40,000.00 used',
      );
    });

    it('gives reset times in the account time zone, labelled', async () => {
      const { widget } = await ready();
      // TEST_NOW is 15:30 UTC on Nov 24: the daily cap resets at midnight New York time.
      expect(visibleText(harness(widget).cap('Daily leads'))).to.include(
        'Resets Wed, Nov 25, 12:00 AM EST',
      );
      expect(visibleText(harness(widget).cap('Weekly leads'))).to.include(
        'Resets Mon, Nov 30, 12:00 AM EST',
      );
      expect(visibleText(widget)).to.include('Times in Eastern Time (GMT-5)');
    });

    it('counts down to a reset as the clock moves, with nothing else asked of it', async () => {
      const { widget } = await ready();
      // 10:30 AM in New York: 13 hours 30 minutes to midnight.
      expect(visibleText(harness(widget).cap('Daily leads'))).to.include(
        '12:00 AM EST (in 14 hours)',
      );
      testClock.advance(5 * 3_600_000);
      await untilText(harness(widget).cap('Daily leads'), '12:00 AM EST (in 9 hours)');
      testClock.advance(8 * 3_600_000 + 29 * 60_000);
      await untilText(harness(widget).cap('Daily leads'), '12:00 AM EST (in 1 minute)');
      await expect(widget).to.be.accessible();
    });

    it('starts a window again when the clock passes its reset, and lifts the pause it held', async () => {
      const { widget } = await ready({ person: 'ava', portalId: 'org_northwind_bright' });
      expect(harness(widget).cap('Daily leads').dataset.state).to.equal('reached');
      expect(harness(widget).q('[part="notice"]')).not.to.equal(null);
      const before = mock.requests.length;
      // Midnight in New York, and a second.
      testClock.set('2026-11-25T05:00:01Z');
      await waitUntil(
        () => harness(widget).cap('Daily leads').dataset.state !== 'reached',
        'no reset',
      );
      const daily = harness(widget).cap('Daily leads');
      expect(visibleText(daily)).to.include('0 of 300 used').and.include('Resets Thu, Nov 26');
      expect(harness(widget).q('[part="notice"]')).to.equal(null);
      // One reload, of the caps and of the portal whose pause the cap held.
      const paths = mock.requests.slice(before).map((request) => request.path);
      expect(paths.sort()).to.deep.equal(['/v1/caps', '/v1/portal']);
      testClock.advance(60_000);
      await aTimeout(50);
      expect(mock.requests.length - before).to.equal(2);
      await expect(widget).to.be.accessible();
    });

    it('shows a reached cap, when it was reached, and the pause it holds', async () => {
      const { widget } = await ready({ person: 'ava', portalId: 'org_northwind_bright' });
      const daily = harness(widget).cap('Daily leads');
      expect(daily.dataset.state).to.equal('reached');
      expect(visibleText(daily)).to.include('Reached · 100%');
      expect(visibleText(daily)).to.match(
        /Reached Tue, Nov 24, 1:30 PM GMT\. Your traffic is paused until the cap resets\./,
      );
      expect(visibleText(harness(widget).q('[part="notice"]')!)).to.equal(
        'Your traffic is paused: the Daily leads cap was reached.',
      );
      expect(visibleText(harness(widget).cap('Weekly budget'))).to.include(
        '£2,100.00 of £5,000.00 used',
      );
      await expect(widget).to.be.accessible();
    });

    it('shows only the periods and kind asked for', async () => {
      const { widget } = await ready();
      widget.periods = 'daily monthly';
      await widget.updateComplete;
      expect(harness(widget).caps()).to.have.length(2);
      widget.kind = 'budget';
      await widget.updateComplete;
      expect(
        harness(widget)
          .caps()
          .map((item) => item.querySelector('h3')?.textContent),
      ).to.deep.equal(['Monthly budget']);
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      mock.control.latency = 400;
      const { widget } = await meter();
      const status = harness(widget).q('.skeleton[role="status"]');
      expect(status).not.to.equal(null);
      expect(visibleText(widget)).to.include('Loading…');
      await expect(widget).to.be.accessible();
    });

    it('shows an empty state when the supplier has no caps', async () => {
      const { widget } = await meter({ person: 'cleo' });
      await untilText(widget, 'No caps are set for your traffic.');
      await expect(widget).to.be.accessible();
    });

    it('shows a typed error with a retry that recovers', async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 500, times: 1 });
      const errors: CustomEvent[] = [];
      document.addEventListener('ld-error', (event) => errors.push(event), { once: true });
      const { widget } = await meter();
      await untilText(widget, 'The portal service is having trouble.');
      expect(harness(widget).q('[role="alert"]')).not.to.equal(null);
      expect(errors[0]?.detail).to.deep.equal({
        kind: 'server',
        status: 500,
        code: 'mock_500',
        message: 'Simulated fault',
      });
      await expect(widget).to.be.accessible();
      harness(widget).q<HTMLButtonElement>('button[part="retry"]')!.click();
      await untilText(widget, '412 of 500 used');
    });

    it('tells CSS which state its data is in', async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 500, times: 1 });
      mock.control.latency = 100;
      const { widget } = await meter();
      expect(widget.matches(':state(loading)')).to.equal(true);
      await untilText(widget, 'The portal service is having trouble.');
      expect(widget.matches(':state(error)')).to.equal(true);
      expect(widget.matches(':state(loading)')).to.equal(false);
      harness(widget).q<HTMLButtonElement>('button[part="retry"]')!.click();
      await untilText(widget, '412 of 500 used');
      expect(widget.matches(':state(ready)')).to.equal(true);
    });

    it('keeps a server’s message off the screen, hostile or not, and hands it to the host', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      mock.control.faults.push({ path: '/v1/caps', status: 500, code: 'boom', message: hostile });
      const errors: CustomEvent[] = [];
      document.addEventListener('ld-error', (event) => errors.push(event), { once: true });
      const { widget } = await meter();
      await untilText(widget, 'Error code: boom');
      expect(everything(widget)).not.to.include('onerror');
      expect(shadow(widget).querySelector('img, script')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(errors[0]?.detail.message).to.equal(hostile);
    });

    it('puts focus on the title when Try again replaces the error', async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 503, times: 1 });
      const { widget } = await meter();
      await untilText(widget, 'Try again');
      harness(widget).q<HTMLButtonElement>('button[part="retry"]')!.focus();
      harness(widget).q<HTMLButtonElement>('button[part="retry"]')!.click();
      await untilText(widget, '412 of 500 used');
      expect(shadow(widget).activeElement).to.equal(harness(widget).q('[part="title"]'));
    });

    it('names a malformed response as such', async () => {
      mock.control.malformed = { path: '/v1/caps', kind: 'types' };
      const { widget } = await meter();
      await untilText(widget, 'sent a response this page cannot read');
      await expect(widget).to.be.accessible();
    });

    it('offers the wait a rate limit asks for', async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 429, retryAfter: 30 });
      const { widget } = await meter();
      await untilText(
        widget,
        'The portal service asked to wait 30 seconds. This tries again by itself then.',
      );
      expect(visibleText(widget)).to.include('Too many requests.');
      await expect(widget).to.be.accessible();
    });

    it('gives up on a body that trickles in, and recovers on retry', async () => {
      mock.control.trickle = { path: '/v1/caps', bytes: 16, everyMs: 100 };
      const { widget } = await meter({ config: { timeout: 600 } });
      await untilText(widget, 'The portal service took too long to answer.');
      await expect(widget).to.be.accessible();
      mock.control.trickle = null;
      shadow(widget).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => shadow(widget).querySelector('[part="cap"]'), 'no caps after retry');
    });

    it('never shows an absurd wait: a day at most, in words, and junk not at all', async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 429, retryAfter: '99999999999' });
      const { widget } = await meter();
      await untilText(
        widget,
        'The portal service asked to wait 24 hours. This tries again by itself then.',
      );
      mock.reset();
      mock.control.faults.push({ path: '/v1/caps', status: 429, retryAfter: '1e308' });
      const other = await meter();
      await untilText(other.widget, 'Too many requests.');
      expect(visibleText(other.widget)).not.to.include('asked to wait');
      await expect(other.widget).to.be.accessible();
    });

    it('offers the wait an unavailable service asks for, too', async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 503, retryAfter: 20 });
      const { widget } = await meter();
      await untilText(
        widget,
        'The portal service asked to wait 20 seconds. This tries again by itself then.',
      );
      expect(visibleText(widget)).to.include('The portal service is having trouble.');
    });

    it('shows a permission-denied state on 403 with no retry, and checks again when the page is back in view', async () => {
      mock.control.faults.push({ path: '/v1/caps', status: 403 });
      const { widget } = await meter();
      await untilText(widget, 'No access');
      expect(visibleText(widget)).to.include('Ask your agency for access.');
      expect(shadow(widget).querySelector('[part="retry"]')).to.equal(null);
      await expect(widget).to.be.accessible();
      // Access granted meanwhile: coming back to the tab finds it.
      mock.control.faults.length = 0;
      document.dispatchEvent(new Event('visibilitychange'));
      await untilText(widget, 'Daily leads');
      expect(widget.matches(':state(ready)')).to.equal(true);
    });

    it('offers the person’s portals when none is active, and opens the chosen one', async () => {
      const { widget } = await meter({ person: 'ava', portalId: null });
      await untilText(widget, 'Choose a supplier portal');
      const choices = [
        ...shadow(widget).querySelectorAll<HTMLButtonElement>('[part="portal-choice"]'),
      ];
      expect(choices.map((button) => visibleText(button))).to.deep.equal([
        'Northwind Leads · Acme Media Group',
        'Northwind Leads · BrightPath Marketing',
      ]);
      await expect(widget).to.be.accessible();
      choices[1]!.click();
      await untilText(widget, '£2,100.00 of £5,000.00 used');
    });

    it('asks to sign in after sign-out, and drops the data', async () => {
      const { widget, auth } = await ready();
      auth.signOut();
      await widget.updateComplete;
      expect(visibleText(widget)).to.include('Sign in to see your supplier portal.');
      expect(visibleText(widget)).not.to.include('412');
      await expect(widget).to.be.accessible();
    });

    it('lets a host replace a state through its slot', async () => {
      const { widget } = await meter(
        { person: 'cleo' },
        html`<p slot="empty">Your agency has not set caps.</p>`,
      );
      await untilText(widget, 'Your agency has not set caps.');
      expect(visibleText(widget)).not.to.include('No caps are set');
    });
  });

  describe('editing a limit', () => {
    it('says so in the cap when the editor does not load, and opens it on the retry', async () => {
      // Offline, or a CSP that blocks the chunk: the import rejects.
      const part = failingPart(parts, 'editor');
      try {
        const { widget } = await ready({ person: 'ava' });
        const events: Event[] = [];
        widget.addEventListener('ld-error', (event) => events.push(event));
        harness(widget)
          .cap('Daily leads')
          .querySelector<HTMLButtonElement>('[part="edit-button"]')!
          .click();
        await harness(widget).untilText('Something went wrong');
        const daily = harness(widget).cap('Daily leads');
        expect(visibleText(daily)).to.include('412 of 500 used');
        expect(daily.querySelector('[role="alert"]')).to.not.equal(null);
        await waitUntil(() => shadow(widget).activeElement?.getAttribute('part') === 'retry');
        expect(daily.contains(shadow(widget).activeElement)).to.equal(true);
        // The other caps stay as they were.
        expect(visibleText(harness(widget).cap('Weekly leads'))).to.include('Edit limit');
        await expect(widget).to.be.accessible();
        part.heal();
        daily.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await harness(widget).until(() => harness(widget).q('[part="input"]'));
        await widget.updateComplete;
        expect(shadow(widget).activeElement).to.equal(harness(widget).q('[part="input"]'));
        expect(events).to.have.length(0);
      } finally {
        part.restore();
      }
    });

    it('changes a limit within the bounds, and tells the host', async () => {
      const { widget } = await ready();
      const edit = harness(widget)
        .cap('Daily leads')
        .querySelector<HTMLButtonElement>('[part="edit-button"]')!;
      expect(visibleText(edit)).to.equal('Edit limit — Daily leads');
      edit.click();
      // The editor is a lazy part: loaded on first use, if no idle time, hover or focus did.
      await harness(widget).until(() => harness(widget).q('[part="input"]'));
      await widget.updateComplete;
      const input = harness(widget).q<HTMLInputElement>('[part="input"]')!;
      expect(shadow(widget).activeElement).to.equal(input);
      expect(input.value).to.equal('500');
      expect(visibleText(harness(widget).q('form')!)).to.include('Between 50 and 2,000');
      await expect(widget).to.be.accessible();

      const changed = oneEvent(widget, 'ld-cap-change');
      harness(widget).save('600');
      const { detail } = await changed;
      expect(detail).to.deep.equal({
        cap: {
          id: 'cap_northwind_acme_daily_leads',
          period: 'daily',
          kind: 'leads',
          limit: 600,
          used: 412,
        },
        previousLimit: 500,
      });
      const patch = mock.requests.find((request) => request.method === 'PATCH');
      expect(patch?.path).to.equal('/v1/caps/cap_northwind_acme_daily_leads');
      await untilText(widget, '412 of 600 used');
      await widget.updateComplete;
      expect(shadow(widget).activeElement?.id).to.equal('c0-edit');
      expect(harness(widget).said()).to.equal(
        'Daily leads limit set to 600. Daily leads: back under 80%.',
      );
      // Seen beside the Edit button of that cap, which has the focus again.
      const shown = harness(widget).cap('Daily leads').querySelector('.confirmation')!;
      expect(withoutIsolates(shown.textContent!)).to.equal('Daily leads limit set to 600.');
      expect(shown.checkVisibility()).to.equal(true);
      await expect(widget).to.be.accessible();
    });

    it('edits a budget in major units of the currency', async () => {
      const { widget } = await ready();
      const input = await harness(widget).openEditor('Monthly budget');
      expect(input.value).to.equal('40000');
      expect(input.step).to.equal('0.01');
      harness(widget).save('45000.5');
      await untilText(widget, '$18,240.00 of $45,000.50 used');
      expect(mock.db.portal('org_northwind_acme')?.caps[2]?.limit).to.equal(4_500_050);
    });

    it('refuses a limit outside the bounds before sending it', async () => {
      const { widget } = await ready();
      const input = await harness(widget).openEditor('Daily leads');
      for (const [value, message] of [
        ['5', 'Enter a limit between 50 and 2,000.'],
        ['', 'Enter a limit.'],
        ['12.5', 'Enter a whole number.'],
      ] as const) {
        harness(widget).save(value);
        await widget.updateComplete;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(visibleText(harness(widget).q('.field-error')!)).to.equal(message);
      }
      expect(mock.requests.some((request) => request.method === 'PATCH')).to.equal(false);
      await expect(widget).to.be.accessible();
    });

    it('shows the server’s 422 at the field', async () => {
      const { widget } = await ready();
      // The agency narrowed the bounds after the page loaded.
      mock.db.portal('org_northwind_acme')!.caps[0]!.max = 550;
      const input = await harness(widget).openEditor('Daily leads');
      harness(widget).save('900');
      await untilText(widget, 'Must be between 50 and 550');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.include('c0-error');
      expect(shadow(widget).activeElement).to.equal(input);
      expect(visibleText(harness(widget).cap('Daily leads'))).to.include('412 of 500 used');
      await expect(widget).to.be.accessible();
    });

    it('sends one request for a double click', async () => {
      mock.control.delays['/v1/caps'] = 150;
      const { widget } = await ready();
      await harness(widget).openEditor('Daily leads');
      harness(widget).save('700');
      harness(widget).save();
      await untilText(widget, '412 of 700 used');
      expect(mock.requests.filter((request) => request.method === 'PATCH')).to.have.length(1);
    });

    it('completes a save that a refresh overlaps', async () => {
      mock.control.delays['/v1/caps'] = 100;
      const { widget } = await ready();
      await harness(widget).openEditor('Daily leads');
      const changed = oneEvent(widget, 'ld-cap-change');
      harness(widget).save('650');
      widget.refresh();
      expect((await changed).detail.cap.limit).to.equal(650);
      await untilText(widget, '412 of 650 used');
    });

    it('explains a write refused for lack of permission', async () => {
      const { widget } = await ready();
      mock.control.faults.push({ path: '/v1/caps', method: 'PATCH', status: 403 });
      await harness(widget).openEditor('Daily leads');
      harness(widget).save('520');
      await untilText(widget, 'You do not have permission to do that.');
      expect(visibleText(harness(widget).cap('Daily leads'))).to.include('412 of 500 used');
    });

    it('cancels with Escape and returns focus to the edit button', async () => {
      const { widget } = await ready();
      await harness(widget).openEditor('Weekly leads');
      await sendKeys({ type: '1' });
      await sendKeys({ press: 'Escape' });
      await widget.updateComplete;
      await aTimeout(0);
      expect(harness(widget).q('form')).to.equal(null);
      expect(shadow(widget).activeElement?.id).to.equal('c1-edit');
      expect(mock.requests.some((request) => request.method === 'PATCH')).to.equal(false);
    });

    it('asks before a limit at or below what is used, since it pauses intake at once', async () => {
      const { widget } = await ready();
      await harness(widget).openEditor('Daily leads');
      harness(widget).save('400');
      await harness(widget).until(() => harness(widget).q('dialog#reach-confirm[open]'));
      const dialog = harness(widget).q<HTMLDialogElement>('dialog#reach-confirm')!;
      expect(visibleText(dialog)).to.include('Pause your leads now?');
      expect(visibleText(dialog)).to.include('Daily leads has 412 used already. A limit of 400');
      // The safe choice has the focus; the one that pauses is in the danger style.
      expect(shadow(widget).activeElement?.textContent?.trim()).to.equal('Cancel');
      const confirm = dialog.querySelector<HTMLButtonElement>('[value="confirm"]')!;
      expect(confirm.classList.contains('danger')).to.equal(true);
      const cancel = dialog.querySelector<HTMLButtonElement>('[value="cancel"]')!;
      expect(getComputedStyle(confirm).backgroundColor).not.to.equal(
        getComputedStyle(cancel).backgroundColor,
      );
      await expect(widget).to.be.accessible();
      // Cancelled: nothing is sent, and the editor is still open with the value.
      dialog.querySelector<HTMLButtonElement>('[value="cancel"]')!.click();
      await harness(widget).until(() => !harness(widget).q('dialog[open]'));
      expect(mock.requests.some((request) => request.method === 'PATCH')).to.equal(false);
      expect(harness(widget).q<HTMLInputElement>('[part="input"]')!.value).to.equal('400');
      // Confirmed: saved once, and the cap is reached.
      harness(widget).save();
      await harness(widget).until(() => harness(widget).q('dialog#reach-confirm[open]'));
      harness(widget)
        .q('dialog#reach-confirm')!
        .querySelector<HTMLButtonElement>('[value="confirm"]')!
        .click();
      await untilText(widget, '412 of 400 used');
      expect(mock.requests.filter((request) => request.method === 'PATCH')).to.have.length(1);
      // Above what is used, there is nothing to ask.
      await harness(widget).openEditor('Weekly leads');
      harness(widget).save('3500');
      await untilText(widget, '2,790 of 3,500 used');
      expect(mock.requests.filter((request) => request.method === 'PATCH')).to.have.length(2);
    });

    it('tells the host when a save finds the session over', async () => {
      const { widget } = await ready();
      mock.control.faults.push({ path: '/v1/caps', method: 'PATCH', status: 401 });
      await harness(widget).openEditor('Daily leads');
      const expired = oneEvent(widget, 'ld-auth-expired');
      harness(widget).save('520');
      expect((await expired).detail).to.deep.equal({
        portalId: 'org_northwind_acme',
        requested: false,
      });
      await untilText(widget, 'Your session has ended.');
    });

    it('puts nothing leaked by the server into its event', async () => {
      const { widget } = await ready();
      mock.control.leak = true;
      await harness(widget).openEditor('Daily leads');
      const changed = oneEvent(widget, 'ld-cap-change');
      harness(widget).save('520');
      const { detail } = await changed;
      expect(JSON.stringify(detail)).not.to.include('LEAK');
      expect(Object.keys(detail.cap).sort()).to.deep.equal([
        'id',
        'kind',
        'limit',
        'period',
        'used',
      ]);
    });

    it('has no edit control without the caps permission', async () => {
      for (const options of [
        { person: 'ava', portalId: 'org_northwind_bright' },
        { person: 'dev', portalId: 'org_northwind_acme' },
      ]) {
        const { widget } = await ready(options);
        expect(visibleText(widget)).to.include('Daily leads');
        expect(harness(widget).q('[part="edit-button"]')).to.equal(null);
        expect(harness(widget).q('input')).to.equal(null);
      }
    });

    it('moves focus in reading order, by keyboard', async () => {
      const { widget } = await ready();
      const before = document.createElement('button');
      before.textContent = 'before';
      widget.parentElement!.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(shadow(widget).activeElement?.id ?? '');
      }
      expect(order).to.deep.equal(['c0-edit', 'c1-edit', 'c2-edit', 'c3-edit']);
      await sendKeys({ press: 'Enter' });
      await widget.updateComplete;
      expect(shadow(widget).activeElement?.getAttribute('part')).to.equal('input');
      await sendKeys({ press: 'Tab' });
      expect(shadow(widget).activeElement?.textContent?.trim()).to.equal('Save');
      await sendKeys({ press: 'Tab' });
      expect(shadow(widget).activeElement?.textContent?.trim()).to.equal('Cancel');
      before.remove();
    });
  });

  describe('live changes', () => {
    it('announces a cap that crosses a threshold', async () => {
      const { widget } = await ready();
      mock.db.portal('org_northwind_acme')!.caps[0]!.used = 460;
      widget.refresh();
      await untilText(harness(widget).cap('Daily leads'), '460 of 500 used');
      expect(harness(widget).said()).to.equal('Daily leads: over 90% used.');
    });

    it('announces the same words again when they recur', async () => {
      const { widget } = await ready();
      const region = () => harness(widget).said();
      const said: string[] = [];
      for (let round = 0; round < 2; round++) {
        await harness(widget).openEditor('Monthly budget');
        harness(widget).save('45000');
        await untilText(widget, 'of $45,000.00 used');
        await widget.updateComplete;
        said.push(region());
        // The agency puts the limit back, so the same change can be made again.
        mock.db.portal('org_northwind_acme')!.caps[2]!.limit = 4_000_000;
        widget.refresh();
        await untilText(widget, 'of $40,000.00 used');
      }
      expect(said.map((text) => text.replace('\u200b', ''))).to.deep.equal([
        'Monthly budget limit set to $45,000.00.',
        'Monthly budget limit set to $45,000.00.',
      ]);
      expect(said[0]).not.to.equal(said[1]);
    });

    it('refreshes on its own at the interval asked for', async () => {
      const { widget } = await ready();
      mock.db.portal('org_northwind_acme')!.caps[0]!.used = 500;
      mock.db.portal('org_northwind_acme')!.caps[0]!.reachedAt = new Date(
        testClock.now(),
      ).toISOString();
      widget.refreshInterval = 0.05;
      await untilText(harness(widget).cap('Daily leads'), 'Reached');
      widget.refreshInterval = 0;
      expect(harness(widget).said()).to.equal(
        'Daily leads cap reached. Traffic is paused until it resets.',
      );
    });
  });

  describe('theme and locale', () => {
    it('follows the theme attribute, and stays accessible in dark', async () => {
      const { widget } = await ready();
      widget.theme = 'dark';
      await widget.updateComplete;
      const base = harness(widget).q<HTMLElement>('[part="base"]')!;
      expect(getComputedStyle(base).colorScheme).to.equal('dark');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(17, 24, 39)');
      await expect(widget).to.be.accessible();
    });

    it('follows the operating system with theme="system"', async () => {
      const { widget } = await ready();
      widget.theme = 'system';
      await widget.updateComplete;
      expect(
        getComputedStyle(harness(widget).q<HTMLElement>('[part="base"]')!).colorScheme,
      ).to.equal('light dark');
    });

    it('takes the theme from the portal unless it sets its own', async () => {
      const { widget, portal } = await ready();
      portal.theme = 'dark';
      await portal.updateComplete;
      await widget.updateComplete;
      expect(harness(widget).q('[part="base"]')?.getAttribute('data-theme')).to.equal('dark');
      widget.theme = 'light';
      await widget.updateComplete;
      expect(harness(widget).q('[part="base"]')?.getAttribute('data-theme')).to.equal('light');
    });

    it('formats numbers and dates for its locale', async () => {
      const { widget } = await ready();
      widget.locale = 'de-DE';
      await widget.updateComplete;
      expect(visibleText(harness(widget).cap('Weekly leads'))).to.include('2.790 of 3.000 used');
      expect(visibleText(harness(widget).cap('Monthly budget'))).to.include('18.240,00 $');
      expect(harness(widget).q('[part="base"]')?.getAttribute('lang')).to.equal('de-DE');
    });

    it('lays out right to left for an RTL locale', async () => {
      const { widget } = await ready();
      widget.locale = 'ar-EG';
      await widget.updateComplete;
      expect(harness(widget).q('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
      await expect(widget).to.be.accessible();
    });

    it('lets every string be overridden, per element or per language', async () => {
      const { widget } = await ready();
      widget.strings = { title: 'Limits', 'cap.daily.leads': 'Leads today' };
      await widget.updateComplete;
      expect(visibleText(harness(widget).q('h2')!)).to.equal('Limits');
      expect(harness(widget).caps()[0]?.querySelector('h3')?.textContent).to.equal('Leads today');
      registerStrings('fr', { title: 'Plafonds' });
      widget.strings = undefined;
      widget.locale = 'fr-FR';
      await widget.updateComplete;
      expect(visibleText(harness(widget).q('h2')!)).to.equal('Plafonds');
    });
  });

  it('never shows buyer fields or another supplier’s caps', async () => {
    mock.control.leak = true;
    const { widget } = await ready();
    const all = everything(widget);
    for (const value of Object.values(LEAKED_FIELDS)) expect(all).not.to.include(String(value));
    expect(all).not.to.include(RIVAL_MARKER);
    expect(all).not.to.include('LEAK');
    expect(harness(widget).caps()).to.have.length(4);
  });
});
