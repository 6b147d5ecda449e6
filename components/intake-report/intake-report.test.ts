import { expect, oneEvent } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../ingestion-log/define.js';
import type { LdIntakeReport } from './intake-report.js';
import type { LdIngestionLog } from '../ingestion-log/ingestion-log.js';
import type { MockApi } from '../../src/mocks/api.js';
import { ingestionStats } from '../../src/mocks/ingestion-stats.js';
import {
  everything,
  inPortal,
  mockApi,
  shadow,
  untilText,
  visibleText,
  withoutIsolates,
} from '../../test/support/fixtures.js';
import { captureDownloads } from '../../test/support/downloads.js';
import { waitUntil } from '../../test/support/wait.js';
import { IntakeReportHarness } from './harness.js';

const harness = (el: LdIntakeReport) => new IntakeReportHarness(el);
type Options = Parameters<typeof inPortal>[1];

async function report(options: Options = {}, attributes = '', after = '') {
  return inPortal<LdIntakeReport>(
    staticHtml`<ld-portal><ld-intake-report ${unsafeStatic(attributes)}></ld-intake-report>${unsafeStatic(after)}</ld-portal>`,
    options,
  );
}

async function ready(options: Options = {}, attributes = '', after = '') {
  const mounted = await report(options, attributes, after);
  await waitUntil(() => shadow(mounted.widget).querySelector('.totals'), 'no report', {
    timeout: 5000,
  });
  return mounted;
}

const statsRequests = (mock: MockApi) =>
  mock.requests
    .filter((request) => request.path.startsWith('/v1/ingestion-stats'))
    .map((request) => new URL(request.path, 'http://x').searchParams);

/** The report the mock computes for Northwind's last 30 days (Oct 26 to Nov 24 in New York). */
const expected = (mock: MockApi, query: Partial<Parameters<typeof ingestionStats>[1]> = {}) =>
  ingestionStats(mock.db.portal('org_northwind_acme')!, {
    from: '2026-10-26',
    to: '2026-11-24',
    ...query,
  });

describe('ld-intake-report', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('leads with the acceptance rate and its change, then the counts by status', async () => {
    const { widget } = await ready();
    const params = statsRequests(mock).at(-1)!;
    expect(Object.fromEntries(params)).to.deep.equal({
      from: '2026-10-26',
      to: '2026-11-24',
      interval: 'day',
      groupBy: 'campaign',
    });
    const want = expected(mock);
    const totals = withoutIsolates(visibleText(harness(widget).q('[part="totals"]')!));
    const percent = (ratio: number) =>
      new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
    expect(totals).to.include(`Acceptance rate ${percent(want.acceptanceRate!)}`);
    const sent = want.totals.accepted + want.totals.unmatched + want.totals.rejected;
    expect(totals)
      .to.include(`Leads sent ${sent.toLocaleString('en-US')}`)
      .and.include(`Accepted ${want.totals.accepted.toLocaleString('en-US')}`)
      .and.include(`Rejected ${want.totals.rejected.toLocaleString('en-US')}`);
    const points = Math.round((want.acceptanceRate! - want.previous.acceptanceRate!) * 1000) / 10;
    const change = visibleText(harness(widget).q('[part="change"]')!);
    expect(change).to.include(
      `${points >= 0 ? 'Up' : 'Down'} ${Math.abs(points)} points on the previous 30 days`,
    );
    expect(visibleText(widget)).to.include('Days in Eastern Time');
    await expect(widget).to.be.accessible();
  });

  it('charts accepted, unmatched and rejected per day, with the same figures as a table', async () => {
    const { widget } = await ready();
    const want = expected(mock);
    const bars = harness(widget).bars();
    expect(bars).to.have.length(30);
    const first = want.buckets[0]!;
    expect(withoutIsolates(bars[0]!.getAttribute('aria-label')!)).to.match(
      new RegExp(
        `^Oct 26: ${first.accepted} accepted, ${first.unmatched} unmatched, ${first.rejected} rejected\\. Previous period: \\d+ sent\\. Show these leads in the log$`,
      ),
    );
    expect(bars[0]!.getAttribute('role')).to.equal('button');
    expect(bars[0]!.querySelectorAll('.segment').length).to.be.greaterThan(1);
    expect(shadow(widget).querySelectorAll('[data-tick="value"]').length).to.be.greaterThan(2);
    expect(harness(widget).q('.legend')!.textContent).to.include('Rejected');
    harness(widget).q<HTMLButtonElement>('[part="view-toggle"]')!.click();
    await widget.updateComplete;
    const rows = harness(widget).all('[part="table"] tbody tr');
    expect(rows).to.have.length(30);
    expect(visibleText(rows[0]!)).to.include(String(first.accepted));
    await expect(widget).to.be.accessible();
  });

  it('names the top rejection reasons with label, count, share and trend', async () => {
    const { widget } = await ready();
    const want = expected(mock);
    const rows = harness(widget).all('[part="reasons"] tbody tr');
    expect(rows).to.have.length(want.reasons.length);
    const top = want.reasons[0]!;
    expect(rows[0]!.dataset.code).to.equal(top.code);
    const text = withoutIsolates(visibleText(rows[0]!));
    expect(text).to.include(top.code).and.include(String(top.count));
    expect(text).to.include(
      new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(
        top.share,
      ),
    );
    const before = want.previous.reasons.find((reason) => reason.code === top.code)?.count ?? 0;
    expect(text).to.include(`${before} in the previous period`);
    expect(
      rows[0]!.querySelector('.spark polyline')!.getAttribute('points')!.split(' '),
    ).to.have.length(30);
  });

  it('sorts the campaigns by each column, with aria-sort', async () => {
    const { widget } = await ready();
    const names = () =>
      harness(widget)
        .all('[part="groups"] tbody th')
        .map((cell) => cell.textContent!.replace(': Show these leads in the log', '').trim());
    const want = expected(mock).groups;
    expect(names()).to.deep.equal(want.map((group) => group.name));
    const rate = harness(widget).q<HTMLButtonElement>('[part="sort"][data-column="rate"]')!;
    rate.click();
    await widget.updateComplete;
    expect(rate.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    const byRate = [...want].sort((a, b) => b.acceptanceRate! - a.acceptanceRate!);
    expect(names()).to.deep.equal(byRate.map((group) => group.name));
    rate.focus();
    await sendKeys({ press: 'Enter' });
    await widget.updateComplete;
    expect(rate.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(names()).to.deep.equal(byRate.reverse().map((group) => group.name));
  });

  it('compares sub-IDs when told, and sends the campaign filter', async () => {
    const { widget } = await ready(
      {},
      'group-by="sub_id" campaign="cmp_home_ins" preset="yesterday"',
    );
    const params = statsRequests(mock).at(-1)!;
    expect(params.get('groupBy')).to.equal('sub_id');
    expect(params.get('campaignId')).to.equal('cmp_home_ins');
    expect(params.get('interval')).to.equal('hour');
    expect(harness(widget).bars()).to.have.length(24);
    expect(visibleText(harness(widget).q('[part="groups"]')!)).to.include('By sub-ID');
    expect(harness(widget).all('[part="campaign"]')).to.have.length(0);
  });

  it('shows a reason’s rejections in the portal’s log, with the count the report gives', async () => {
    const { portal, widget } = await ready({}, '', '<ld-ingestion-log></ld-ingestion-log>');
    const log = portal.querySelector<LdIngestionLog>('ld-ingestion-log')!;
    await waitUntil(() => shadow(log).querySelector('.body .row'), 'no log rows');
    const top = expected(mock).reasons[0]!;
    const chosen = oneEvent(widget, 'ld-report-select');
    harness(widget).reasons()[0]!.click();
    const { detail } = await chosen;
    expect(detail).to.deep.equal({
      kind: 'reason',
      from: '2026-10-26',
      to: '2026-11-24',
      reason: top.code,
      campaignId: undefined,
      count: top.count,
    });
    await waitUntil(() => log.reason === top.code, 'the log did not take the reason');
    expect(log).to.include({ status: 'rejected', from: '2026-10-26', to: '2026-11-24' });
    await untilText(log, `${top.count.toLocaleString('en-US')} leads`);
    expect(shadow(log).activeElement).to.equal(shadow(log).querySelector('#title'));
  });

  it('leaves the log alone when the host cancels the choice, and only its own portal’s log hears it', async () => {
    const { portal, widget } = await ready({}, '', '<ld-ingestion-log></ld-ingestion-log>');
    const log = portal.querySelector<LdIngestionLog>('ld-ingestion-log')!;
    widget.addEventListener('ld-report-select', (event) => event.preventDefault(), { once: true });
    harness(widget).reasons()[0]!.click();
    await widget.updateComplete;
    expect(log.reason).to.equal(undefined);
    // A second portal's log on the page is another supplier's: it never takes the choice.
    const other = await inPortal<LdIngestionLog>(
      staticHtml`<ld-portal><ld-ingestion-log></ld-ingestion-log></ld-portal>`,
    );
    harness(widget).all<HTMLButtonElement>('[part="campaign"]')[0]!.click();
    await waitUntil(() => !!log.campaign, 'the same portal’s log did not take the campaign');
    expect(other.widget.campaign).to.equal(undefined);
  });

  it('picks a bar with the keyboard, for that day’s leads', async () => {
    const { widget } = await ready();
    harness(widget).bars()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const chosen = oneEvent(widget, 'ld-report-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail).to.include({ kind: 'bucket', from: '2026-10-28', to: '2026-10-28' });
    // With no log in the portal, the person is told where the leads would show.
    await untilText(widget, 'Add an ld-ingestion-log');
  });

  it('downloads the table as CSV, one row per day with each reason, and no leaked value', async () => {
    mock.control.leak = true;
    const { downloads, restore } = captureDownloads();
    try {
      const { widget } = await ready();
      harness(widget).q<HTMLButtonElement>('[part="export-button"]')!.click();
      await waitUntil(() => downloads.length === 1, 'no download');
      expect(downloads[0]!.name).to.equal('northwind-leads_intake_2026-10-26_2026-11-24.csv');
      const lines = (await downloads[0]!.blob.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const want = expected(mock);
      expect(lines).to.have.length(31);
      expect(lines[0]!.split(',').slice(0, 6)).to.deep.equal([
        'period_start',
        'accepted',
        'unmatched',
        'rejected',
        'test',
        'acceptance_rate',
      ]);
      expect(lines[0]).to.include(`rejected_${want.reasons[0]!.code}`);
      expect(
        lines[1]!.startsWith(`${want.buckets[0]!.start},${want.buckets[0]!.accepted},`),
      ).to.equal(true);
      expect(lines.join('\n')).not.to.include('LEAK');
      expect(everything(widget)).not.to.include('LEAK');
      await untilText(widget, 'Export ready: 30 rows downloaded.');
    } finally {
      restore();
    }
  });

  it('has a loading, empty, error and forbidden state, each accessible', async () => {
    mock.control.delays['/v1/ingestion-stats'] = 300;
    const { widget } = await report();
    await untilText(widget, 'Loading…');
    await expect(widget).to.be.accessible();
    await waitUntil(() => harness(widget).q('.totals'), 'the slow report never came');
    mock.control.delays = {};
    mock.control.faults.push({ path: '/v1/ingestion-stats', status: 500, times: 1 });
    widget.preset = 'last-7-days';
    await untilText(widget, 'The portal service is having trouble.');
    await expect(widget).to.be.accessible();
    mock.control.faults.push({ path: '/v1/ingestion-stats', status: 403 });
    widget.preset = 'this-month';
    await untilText(widget, 'No access');
    await expect(widget).to.be.accessible();
    mock.control.faults.length = 0;
    const empty = await report({ person: 'cleo' });
    await untilText(empty.widget, 'No leads in this date range');
    expect(visibleText(empty.widget)).to.include('Leads show here as soon as you send them.');
    await expect(empty.widget).to.be.accessible();
  });
});
