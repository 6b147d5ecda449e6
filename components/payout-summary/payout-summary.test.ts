import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { LdPayoutSummary } from './payout-summary.js';
import type { PayoutQuery, PayoutSummary } from '../../src/api/contract/payouts.js';
import type { MockApi } from '../../src/mocks/api.js';
import { LEAKED_PER_LEAD } from '../../src/mocks/leak.js';
import { payoutSummary } from '../../src/mocks/payouts.js';
import { LocalizeController } from '../../src/localize/localize.js';
import { presetRange } from '../../src/localize/date-range.js';
import {
  everything,
  inPortal,
  mockApi,
  shadow,
  TEST_NOW,
  untilText,
  visibleText,
  withoutIsolates,
} from '../../test/support/fixtures.js';
import { Breakdown } from './breakdown.js';
import { payoutSummaryStrings } from './payout-summary.strings.js';
import { LitElement } from 'lit';
import { PayoutSummaryHarness } from './harness.js';

const harness = (el: LdPayoutSummary) => new PayoutSummaryHarness(el);

type Options = Parameters<typeof inPortal>[1];

/** November 2026 up to the mock's "now": a fixed range, so the figures do not follow the clock. */
const NOVEMBER = 'from="2026-11-01" to="2026-11-24"';

async function summary(options: Options = {}, attributes = NOVEMBER) {
  return inPortal<LdPayoutSummary>(
    staticHtml`<ld-portal><ld-payout-summary ${unsafeStatic(attributes)}></ld-payout-summary></ld-portal>`,
    options,
  );
}

async function ready(options: Options = {}, attributes = NOVEMBER) {
  const mounted = await summary(options, attributes);
  await waitUntil(() => harness(mounted.widget).q('.totals'), 'no totals rendered');
  return mounted;
}

const payoutRequests = (mock: MockApi) =>
  mock.requests
    .filter((request) => request.path.startsWith('/v1/payouts'))
    .map((request) => new URL(request.path, 'http://x').searchParams);
const usd = (cents: number) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(cents / 100);

/** What the mock API computes for a portal and range: the figures the widget must show. */
function expected(mock: MockApi, portalId: string, query: PayoutQuery): PayoutSummary {
  return payoutSummary(mock.db.portal(portalId)!, query, TEST_NOW);
}

describe('ld-payout-summary', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  describe('figures', () => {
    it('shows the totals, payment stages and the fixed price that paid them', async () => {
      const { widget } = await ready();
      const want = expected(mock, 'org_northwind_acme', { from: '2026-11-01', to: '2026-11-24' });
      const text = visibleText(widget);
      expect(text).to.include(`Earned ${usd(want.totals.amount)}`);
      expect(text).to.include(`Paid leads ${want.totals.paidLeads.toLocaleString('en')}`);
      expect(text).to.include(`Leads sent ${want.totals.leadsSent.toLocaleString('en')}`);
      expect(text).to.include(`Pending ${usd(want.pending)}`);
      expect(text).to.include(`Approved ${usd(want.approved)}`);
      expect(text).to.include(`Paid ${usd(want.paid)}`);
      expect(text).to.include(
        `Fixed price $12.50 per lead × ${want.totals.paidLeads.toLocaleString('en')} paid leads = ${usd(want.totals.amount)}`,
      );
      // The days are the supplier's: New York's, whatever the browser's zone.
      expect(text).to.match(/Days in Eastern Time \(GMT-[45]\)/);
      expect(payoutRequests(mock).at(-1)!.toString()).to.equal(
        'from=2026-11-01&to=2026-11-24&interval=day',
      );
      await expect(widget).to.be.accessible();
    });

    it('compares with the previous period of the same length, in words and an arrow', async () => {
      const { widget } = await ready();
      const want = expected(mock, 'org_northwind_acme', { from: '2026-11-01', to: '2026-11-24' });
      const change = want.totals.amount - want.previous.amount;
      expect(want.previous).to.include({ from: '2026-10-08', to: '2026-10-31' });
      const percent = new Intl.NumberFormat('en', {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(Math.abs(change) / want.previous.amount);
      const words = change >= 0 ? 'Up' : 'Down';
      expect(
        withoutIsolates(harness(widget).q('.change')!.textContent!).replace(/\s+/g, ' ').trim(),
      ).to.equal(
        `${change >= 0 ? '▲' : '▼'} ${words} ${usd(Math.abs(change))} (${percent}) on the previous 24 days`,
      );
      expect(harness(widget).q('.change span')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows a Revenue Share supplier only their share, whatever the server leaks', async () => {
      mock.control.leak = true;
      const changed = (widget: LdPayoutSummary) => oneEvent(widget, 'ld-range-change');
      const { widget } = await ready({ person: 'ava', portalId: 'org_northwind_bright' });
      const text = visibleText(widget);
      expect(text).to.include('Revenue share');
      expect(text).to.include('Your share: £');
      expect(text).not.to.include('per lead');
      const all = everything(widget);
      expect(all).not.to.include('LEAK');
      expect(all).not.to.include((LEAKED_PER_LEAD / 100).toFixed(2));
      // The event carries the range only.
      const event = changed(widget);
      harness(widget).pickPreset('last-7-days');
      const { detail } = await event;
      expect(JSON.stringify(detail)).not.to.include('LEAK');
      expect(Object.keys(detail).sort()).to.deep.equal(['from', 'preset', 'to']);
      await untilText(widget, 'Revenue share');
      expect(everything(widget)).not.to.include('LEAK');
      await expect(widget).to.be.accessible();
    });

    it('shows both parts, dated, when the cost mode changed within the range', async () => {
      const { widget } = await ready({ person: 'ben' });
      const items = [...shadow(widget).querySelectorAll('.segments li')].map((li) =>
        withoutIsolates(li.textContent!).replace(/\s+/g, ' ').trim(),
      );
      expect(items).to.have.length(2);
      expect(items[0]).to.match(/^Fixed price Nov \d+, 2026 to Nov \d+, 2026 \$12\.50 per lead/);
      expect(items[1]).to.match(/^Revenue share Nov \d+, 2026 to Nov \d+, 2026 Your share: \$/);
    });
  });

  describe('range', () => {
    it('sends a preset as dates in the supplier’s zone, and tells the host', async () => {
      const { widget } = await ready();
      const event = oneEvent(widget, 'ld-range-change');
      harness(widget).pickPreset('last-7-days');
      const { detail } = await event;
      const range = presetRange('last-7-days', 'America/New_York', TEST_NOW);
      expect(detail).to.deep.equal({ preset: 'last-7-days', ...range });
      await waitUntil(() => payoutRequests(mock).at(-1)?.get('from') === range.from);
      expect(payoutRequests(mock).at(-1)!.get('to')).to.equal(range.to);
      expect(widget.getAttribute('preset')).to.equal('last-7-days');
      expect(widget.hasAttribute('from')).to.equal(false);
    });

    it('takes a custom range from the date fields', async () => {
      const { widget } = await ready({}, '');
      const select = harness(widget).q<HTMLSelectElement>('select')!;
      select.value = 'custom';
      select.dispatchEvent(new Event('change'));
      await widget.updateComplete;
      const [from, to] = shadow(widget).querySelectorAll<HTMLInputElement>('input[type="date"]');
      expect(from!.labels![0]!.textContent).to.include('From');
      const event = oneEvent(widget, 'ld-range-change');
      from!.value = '2026-10-05';
      from!.dispatchEvent(new Event('change'));
      expect((await event).detail).to.deep.include({ preset: 'custom', from: '2026-10-05' });
      await widget.updateComplete;
      to!.value = '2026-10-18';
      to!.dispatchEvent(new Event('change'));
      await waitUntil(() => payoutRequests(mock).at(-1)?.get('to') === '2026-10-18');
      expect(payoutRequests(mock).at(-1)!.get('from')).to.equal('2026-10-05');
      expect(widget.from).to.equal('2026-10-05');
    });

    it('is picked with the keyboard alone', async function () {
      // Typing goes key by key through the browser's automation, slow on a loaded machine: the
      // waits below allow for it, and so must the test's own limit.
      this.timeout(30_000);
      const { widget } = await ready({}, '');
      const [presets] = shadow(widget).querySelectorAll<HTMLSelectElement>('select');
      presets!.focus();
      const event = oneEvent(widget, 'ld-range-change');
      await sendKeys({ press: 'ArrowDown' });
      expect((await event).detail.preset).to.equal('this-month');
      await sendKeys({ press: 'End' });
      await waitUntil(() => shadow(widget).querySelector('input[type="date"]'), 'no date fields');
      expect(presets!.value).to.equal('custom');
      await sendKeys({ press: 'Tab' });
      const from = shadow(widget).activeElement as HTMLInputElement;
      expect(from.type).to.equal('date');
      // Each completed part of the date is a change of its own; the last one counts.
      const seen: string[] = [];
      widget.addEventListener('ld-range-change', (e) =>
        seen.push(`${e.detail.preset} ${e.detail.from}`),
      );
      await sendKeys({ type: '10052026' });
      // Typed key by key: on a loaded machine the last part can take a while to land.
      await waitUntil(() => widget.from === '2026-10-05', 'the typed date did not land', {
        timeout: 8000,
      });
      expect(seen.at(-1)).to.equal('custom 2026-10-05');
      await waitUntil(
        () => payoutRequests(mock).at(-1)?.get('from') === '2026-10-05',
        'no request for the typed date',
        { timeout: 8000 },
      );
    });

    it('groups by day, week or month: automatically from the length, or as chosen', async () => {
      const { widget } = await ready({}, 'from="2026-08-01" to="2026-11-24"');
      expect(payoutRequests(mock).at(-1)!.get('interval')).to.equal('month');
      expect(harness(widget).q('#breakdown-title')!.textContent).to.equal('Earnings by month');
      const select = shadow(widget).querySelectorAll<HTMLSelectElement>('select')[1]!;
      select.value = 'week';
      select.dispatchEvent(new Event('change'));
      await untilText(widget, 'Earnings by week');
      expect(payoutRequests(mock).at(-1)!.get('interval')).to.equal('week');
      expect(widget.getAttribute('interval')).to.equal('week');
      expect(withoutIsolates(harness(widget).bars()[0]!.getAttribute('aria-label')!)).to.match(
        /^Week of Jul 27: /,
      );
    });

    it('never shows the figures of a range it has left', async () => {
      mock.control.delays['/v1/payouts'] = 150;
      const { widget } = await summary();
      await waitUntil(() => payoutRequests(mock).length === 1);
      // The first range is still loading when the second is asked for.
      widget.from = '2026-10-01';
      widget.to = '2026-10-31';
      await widget.updateComplete;
      expect(harness(widget).q('.totals')).to.equal(null);
      await waitUntil(() => harness(widget).q('.totals'));
      const october = expected(mock, 'org_northwind_acme', {
        from: '2026-10-01',
        to: '2026-10-31',
      });
      expect(visibleText(widget)).to.include(`Earned ${usd(october.totals.amount)}`);
      // And a loaded range gives way to a skeleton, not to its own stale figures.
      widget.from = '2026-09-01';
      await widget.updateComplete;
      expect(harness(widget).q('.totals')).to.equal(null);
      expect(harness(widget).q('.skeleton')).not.to.equal(null);
    });
  });

  describe('breakdown', () => {
    it('draws a bar per day with its figures, and the same numbers as a table', async () => {
      const { widget } = await ready();
      const want = expected(mock, 'org_northwind_acme', {
        from: '2026-11-01',
        to: '2026-11-24',
        interval: 'day',
      });
      const labels = harness(widget)
        .bars()
        .map((bar) => withoutIsolates(bar.getAttribute('aria-label')!));
      expect(labels).to.have.length(24);
      expect(labels[0]).to.equal(
        `Nov 1: ${usd(want.breakdown[0]!.amount)}, ${want.breakdown[0]!.paidLeads} paid leads. Previous period: ${usd(want.previous.breakdown![0]!.amount)}`,
      );
      const toggle = harness(widget).q<HTMLButtonElement>('[part="view-toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await widget.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const rows = [...shadow(widget).querySelectorAll('tbody tr')].map((row) =>
        [...row.children].map((cell) => cell.textContent!.trim()),
      );
      expect(rows).to.have.length(24);
      want.breakdown.forEach((bucket, index) => {
        expect(rows[index]).to.deep.equal([
          labels[index]!.split(':')[0],
          usd(bucket.amount),
          String(bucket.paidLeads),
          String(bucket.leadsSent),
        ]);
      });
      await expect(widget).to.be.accessible();
    });

    it('reads as a chart: a money axis from zero, gridlines, date labels and the previous period', async () => {
      const { widget } = await ready();
      const want = expected(mock, 'org_northwind_acme', {
        from: '2026-11-01',
        to: '2026-11-24',
        interval: 'day',
      });
      const ticks = [...shadow(widget).querySelectorAll('[data-tick="value"]')].map(
        (tick) => tick.textContent,
      );
      // Round steps from $0 to at least the highest day, this period's or the previous one's.
      expect(ticks[0]).to.equal('$0');
      expect(ticks.length).to.be.within(3, 7);
      let peak = 0;
      for (const bucket of [...want.breakdown, ...want.previous.breakdown!])
        peak = Math.max(peak, bucket.amount);
      const top = shadow(widget).querySelectorAll('.grid-line');
      expect(top).to.have.length(ticks.length);
      const tallest = harness(widget)
        .bars()
        .reduce((best, bar) => Math.max(best, bar.getBoundingClientRect().height), 0);
      const area = harness(widget).q('.area')!.getBoundingClientRect().height;
      expect(tallest).to.be.at.most(area);
      // Dates under the bars, the first one under the first bar, in the supplier's calendar.
      const dates = [...shadow(widget).querySelectorAll('[data-tick="date"]')].map(
        (label) => label.textContent,
      );
      expect(dates[0]).to.equal('Nov 1');
      expect(dates.length).to.be.within(3, 7);
      // The previous period as a dashed line, one point per bar; a tooltip names it too.
      const points = harness(widget).q('.ghost polyline')!.getAttribute('points')!.split(' ');
      expect(points).to.have.length(24);
      expect(peak).to.be.greaterThan(0);
      harness(widget).bars()[2]!.focus();
      await widget.updateComplete;
      expect(withoutIsolates(harness(widget).q('.tooltip')!.textContent!)).to.include(
        `Previous period: ${usd(want.previous.breakdown![2]!.amount)}`,
      );
      expect(visibleText(widget)).to.include('This period').and.include('Previous period');
      await expect(widget).to.be.accessible();
    });

    it('offers only the groupings a range reads in, and falls back to automatic', async () => {
      const { widget } = await ready({}, 'preset="last-30-days" interval="month"');
      const options = () =>
        [
          ...shadow(widget).querySelectorAll<HTMLSelectElement>('[part="filters"] select')[1]!
            .options,
        ].map((option) => `${option.value}${option.disabled ? ' (off)' : ''}`);
      // A month of thirty days is one block: not offered, and the chart is by day.
      expect(options()).to.deep.equal(['auto', 'day', 'week', 'month (off)']);
      expect(payoutRequests(mock).at(-1)!.get('interval')).to.equal('day');
      expect(harness(widget).bars()).to.have.length(30);
      // A single day has no chart to draw: its row reads better than one full-width block.
      widget.preset = 'today';
      await waitUntil(() => payoutRequests(mock).at(-1)!.get('from') === '2026-11-24');
      await waitUntil(() => harness(widget).q('.totals'));
      expect(options()).to.deep.equal(['auto', 'day', 'week (off)', 'month (off)']);
      expect(harness(widget).q('.bars')).to.equal(null);
      expect(shadow(widget).querySelectorAll('[part="table"] tbody tr')).to.have.length(1);
      // A quarter can be read by month: the choice applies again.
      widget.preset = 'this-quarter';
      await waitUntil(() => payoutRequests(mock).at(-1)!.get('interval') === 'month');
      await expect(widget).to.be.accessible();
    });

    it('moves between bars with the arrow keys, Home and End, showing each one’s figures', async () => {
      const { widget } = await ready();
      expect(harness(widget).q('.tooltip')).to.equal(null);
      harness(widget).bars()[0]!.focus();
      await widget.updateComplete;
      expect(harness(widget).q('.tooltip')!.textContent).to.include('Nov 1');
      await sendKeys({ press: 'ArrowRight' });
      await widget.updateComplete;
      expect(shadow(widget).activeElement).to.equal(harness(widget).bars()[1]);
      expect(harness(widget).q('.tooltip')!.textContent).to.include('Nov 2');
      await sendKeys({ press: 'End' });
      await widget.updateComplete;
      expect(shadow(widget).activeElement).to.equal(harness(widget).bars()[23]);
      await sendKeys({ press: 'ArrowRight' });
      await widget.updateComplete;
      expect(shadow(widget).activeElement).to.equal(harness(widget).bars()[23]);
      await sendKeys({ press: 'Home' });
      await widget.updateComplete;
      expect(shadow(widget).activeElement).to.equal(harness(widget).bars()[0]);
      expect(
        harness(widget)
          .bars()
          .filter((bar) => bar.tabIndex === 0),
      ).to.have.length(1);
      await expect(widget).to.be.accessible();
    });
  });

  describe('locale', () => {
    it('formats money and dates in the page’s locale, in the supplier’s currency', async () => {
      const { widget } = await ready(
        { person: 'ava', portalId: 'org_northwind_bright' },
        `${NOVEMBER} lang="de-DE"`,
      );
      expect(visibleText(widget)).to.match(/Verdient [\d.]+,\d\d £/);
      expect(withoutIsolates(harness(widget).bars()[0]!.getAttribute('aria-label')!)).to.match(
        /^1\. Nov\.: /,
      );
    });

    it('lays out right to left, where the arrow keys follow the reading direction', async () => {
      const { widget } = await ready({}, `${NOVEMBER} lang="ar" dir="rtl"`);
      expect(getComputedStyle(harness(widget).q('.bars')!).direction).to.equal('rtl');
      // Time runs right to left: the first day at the right, the value axis on the right too.
      const [first, second] = harness(widget).bars();
      expect(first!.getBoundingClientRect().left).to.be.greaterThan(
        second!.getBoundingClientRect().left,
      );
      expect(harness(widget).q('.y-axis')!.getBoundingClientRect().left).to.be.greaterThan(
        harness(widget).q('.area')!.getBoundingClientRect().left,
      );
      const firstDate = shadow(widget).querySelector('[data-tick="date"]')!.getBoundingClientRect();
      expect(firstDate.right).to.be.closeTo(first!.getBoundingClientRect().right, 30);
      harness(widget).bars()[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await widget.updateComplete;
      expect(shadow(widget).activeElement).to.equal(harness(widget).bars()[1]);
      await expect(widget).to.be.accessible();
    });

    it('handles zero, negative adjustments and very large amounts', async () => {
      const host = await fixture<BreakdownHost>(
        html`<payout-breakdown-host></payout-breakdown-host>`,
      );
      const labels = [...host.renderRoot.querySelectorAll('.bar')].map((bar) => [
        withoutIsolates(bar.getAttribute('aria-label')!),
        bar.getAttribute('data-negative'),
      ]);
      expect(labels).to.deep.equal([
        ['Nov 1: $0.00, 0 paid leads', 'false'],
        ['Nov 2: -$25.00, 0 paid leads', 'true'],
        ['Nov 3: $90,071,992,547,409.75, 1,000,000 paid leads', 'false'],
      ]);
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      mock.control.delays['/v1/payouts'] = 300;
      const { widget } = await summary();
      await waitUntil(() => harness(widget).q('.skeleton'));
      expect(harness(widget).q('[role="status"]')!.textContent).to.include('Loading');
      await expect(widget).to.be.accessible();
    });

    it('says when no leads were sent in the range, naming it', async () => {
      const { widget } = await summary({ person: 'cleo' }, '');
      await untilText(widget, 'No leads were sent in Last 30 days.');
      await expect(widget).to.be.accessible();
    });

    it('shows an error with a retry that recovers', async () => {
      mock.control.faults.push({ path: '/v1/payouts', status: 500, times: 1 });
      const { widget } = await summary();
      await untilText(widget, 'The portal service is having trouble.');
      await expect(widget).to.be.accessible();
      harness(widget).q<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => harness(widget).q('.totals'));
    });

    it('shows a permission-denied state on 403', async () => {
      mock.control.faults.push({ path: '/v1/payouts', status: 403 });
      const { widget } = await summary();
      await untilText(widget, 'No access');
      await expect(widget).to.be.accessible();
    });

    it('names a malformed response as such', async () => {
      mock.control.malformed = { path: '/v1/payouts', kind: 'types' };
      const { widget } = await summary();
      await untilText(widget, 'sent a response this page cannot read');
      await expect(widget).to.be.accessible();
    });
  });
});

/** The breakdown alone, fed figures the mock never makes. */
class BreakdownHost extends LitElement {
  readonly localize = new LocalizeController(this, { defaults: payoutSummaryStrings });
  readonly breakdown = new Breakdown(this, { localize: this.localize, currency: () => 'USD' });

  protected override render() {
    return this.breakdown.render(
      [
        { start: '2026-11-01', amount: 0, paidLeads: 0, leadsSent: 0 },
        { start: '2026-11-02', amount: -2500, paidLeads: 0, leadsSent: 3 },
        {
          start: '2026-11-03',
          amount: Number.MAX_SAFE_INTEGER - 16,
          paidLeads: 1_000_000,
          leadsSent: 1_000_000,
        },
      ],
      'day',
    );
  }
}
customElements.define('payout-breakdown-host', BreakdownHost);
