import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { html as staticHtml } from 'lit/static-html.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../api-spec/define.js';
import type { LdIngestionLog } from './ingestion-log.js';
import type { MockApi } from '../../src/mocks/api.js';
import { filterLeads } from '../../src/mocks/ingestion.js';
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
import { IngestionLogHarness } from './harness.js';
import { log, logRequests, ready } from './fixtures.js';
import { parts } from './parts.js';
import { failingPart } from '../../test/support/parts.js';
import { captureDownloads, type Download } from '../../test/support/downloads.js';

const harness = (el: LdIngestionLog) => new IngestionLogHarness(el);

/** Every node under a root, comments and text included, through shadow roots. */
const nodeCount = (root: Node): number => {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += nodeCount(root.shadowRoot);
  for (let child = root.firstChild; child; child = child.nextSibling) count += nodeCount(child);
  return count;
};
describe('ld-ingestion-log', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('lists leads with time (zone labelled), id, campaign, status and reason', async () => {
    const { widget } = await ready();
    const headers = [...shadow(widget).querySelectorAll('[role="columnheader"]')].map((cell) =>
      withoutIsolates(cell.textContent ?? '').trim(),
    );
    expect(headers).to.deep.equal(['Received (GMT-5)', 'Lead ID', 'Campaign', 'Status', 'Reason']);
    const first = mock.db.portal('org_northwind_acme')!.leads()[0]!;
    expect(visibleText(harness(widget).rows()[0]!))
      .to.include(first.id)
      .and.include(first.campaignName);
    await expect(widget).to.be.accessible();
  });

  it('becomes a list of cards on a phone, with status and reason on screen and no sideways scroll', async () => {
    const { portal, widget } = await ready();
    const wide = parseFloat(shadow(widget).querySelector<HTMLElement>('.spacer')!.style.height);
    portal.style.display = 'block';
    portal.style.inlineSize = '390px';
    const scroller = shadow(widget).querySelector<HTMLElement>('.scroller')!;
    const spacer = shadow(widget).querySelector<HTMLElement>('.spacer')!;
    const count = () => shadow(widget).querySelectorAll('.body .row').length;
    // Each card is 88 px, from CSS: the window and the scrollbar count in cards.
    await waitUntil(() => parseFloat(spacer.style.height) === wide * 2, 'the rows did not grow');
    const host = widget.getBoundingClientRect();
    const table = shadow(widget).querySelector<HTMLElement>('.table')!;
    expect(table.scrollWidth).to.be.at.most(table.clientWidth);
    const rejected = harness(widget)
      .rows()
      .filter((row) => row.querySelector('[data-column="reason"]')!.textContent!.trim());
    expect(rejected.length).to.be.greaterThan(0);
    for (const row of [...harness(widget).rows().slice(0, 3), rejected[0]!]) {
      expect(row.getBoundingClientRect().height).to.equal(88);
      const reason = row.querySelector('[data-column="reason"]')!.textContent!.trim();
      for (const column of ['status', 'receivedAt', 'id', ...(reason ? ['reason'] : [])]) {
        const box = row.querySelector(`[data-column="${column}"]`)!.getBoundingClientRect();
        expect(box.width, column).to.be.greaterThan(20);
        expect(box.left, column).to.be.at.least(host.left);
        expect(box.right, column).to.be.at.most(host.right);
      }
    }
    // The header row is for screen readers only: each card says what it is by its layout.
    expect(shadow(widget).querySelector('.head')!.getBoundingClientRect().height).to.be.at.most(1);
    // Scrolled to the 20th lead, then wide again: the same lead stays at the top.
    scroller.scrollTop = 20 * 88;
    await waitUntil(() => shadow(widget).querySelector('[data-index="20"]'), 'no row 20');
    portal.style.inlineSize = '1000px';
    await waitUntil(() => scroller.scrollTop === 20 * 44, `scrolled to ${scroller.scrollTop}`);
    expect(count()).to.be.greaterThan(0);
    await expect(widget).to.be.accessible();
  });

  it('says when filters match nothing, keeps Export in place, and clears them in one press', async () => {
    const { widget } = await log({}, 'search="zzzz-no-such-lead" status="rejected"');
    await untilText(widget, 'No leads match these filters');
    expect(visibleText(widget)).to.include('No leads match: Last 7 days, Rejected');
    // The header keeps its Export button, off while there is nothing to export.
    const exportButton = harness(widget).q<HTMLButtonElement>('[part="export-button"]')!;
    expect(exportButton.disabled).to.equal(true);
    await expect(widget).to.be.accessible();
    const changed = oneEvent(widget, 'ld-filter-change');
    harness(widget).q<HTMLButtonElement>('[part="clear-filters"]')!.click();
    const { detail } = await changed;
    expect(detail).to.include({ status: undefined, campaignId: undefined, q: undefined });
    await waitUntil(() => harness(widget).rows().length > 0, 'the leads did not come back');
    expect(widget.status).to.equal(undefined);
    expect(shadow(widget).activeElement).to.equal(harness(widget).q('input[type="search"]'));
    expect(harness(widget).q<HTMLButtonElement>('[part="export-button"]')!.disabled).to.equal(
      false,
    );
  });

  it('points a portal with no leads yet to the API guide that starts them', async () => {
    const { portal, widget } = await inPortal<LdIngestionLog>(
      staticHtml`<ld-portal><ld-ingestion-log></ld-ingestion-log><ld-api-spec></ld-api-spec></ld-portal>`,
      { person: 'cleo' },
    );
    await untilText(widget, 'No leads in this date range');
    expect(visibleText(widget)).to.include('Leads show here as soon as you send them.');
    const guide = portal.querySelector('ld-api-spec')!;
    await waitUntil(() => shadow(guide).querySelector('[part="title"]'), 'no guide');
    harness(widget).q<HTMLButtonElement>('[part="guide"]')!.click();
    expect(shadow(guide).activeElement).to.equal(shadow(guide).querySelector('[part="title"]'));
    await expect(widget).to.be.accessible();
  });

  it('keeps the rows on screen, dimmed, while new filters load, and shows their failure instead', async () => {
    const { widget } = await ready();
    const before = harness(widget).rows()[0]!.textContent;
    mock.control.delays['/v1/ingestion-logs'] = 300;
    widget.status = 'rejected';
    await widget.updateComplete;
    // No skeleton and no jump: the old rows stay, marked busy, until the new first page.
    expect(harness(widget).q('.skeleton')).to.equal(null);
    expect(harness(widget).q('[part="table"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(harness(widget).rows()[0]!.textContent).to.equal(before);
    await waitUntil(
      () => harness(widget).q('[part="table"]')?.getAttribute('aria-busy') === 'false',
      'the new filter did not load',
    );
    for (const row of harness(widget).rows().slice(0, 5))
      expect(visibleText(row)).to.include('Rejected');
    // A filter whose page fails: its error, not the old filter's rows.
    mock.control.faults.push({ path: '/v1/ingestion-logs', status: 500 });
    widget.status = 'accepted';
    await waitUntil(() => widget.matches(':state(error)'), 'no error');
    expect(harness(widget).rows()).to.have.length(0);
    await expect(widget).to.be.accessible();
  });

  it('shows a rejection’s code, message and field errors', async () => {
    const { widget } = await ready({}, 'status="rejected"');
    await waitUntil(() =>
      harness(widget)
        .rows()
        .some((row) => visibleText(row).includes('Field errors')),
    );
    const row = harness(widget)
      .rows()
      .find((item) => visibleText(item).includes('Field errors'))!;
    expect(visibleText(row)).to.match(
      /(missing_field|invalid_phone|invalid_email|missing_consent) [A-Z][a-z ]+ — .+ Field errors: \w+: .+/,
    );
    expect(row.querySelector('[part="badge"]')?.textContent).to.equal('Rejected');
  });

  it('keeps table semantics: row count from the API, and row indices', async () => {
    const { widget } = await ready();
    const params = logRequests(mock)[0]!;
    const total = filterLeads(mock.db.portal('org_northwind_acme')!, {
      from: params.get('from')!,
      to: params.get('to')!,
    }).length;
    expect(harness(widget).q('[role="table"]')!.getAttribute('aria-rowcount')).to.equal(
      String(total + 1),
    );
    expect(harness(widget).rows()[0]!.getAttribute('aria-rowindex')).to.equal('2');
    const scroller = harness(widget).q<HTMLElement>('.scroller')!;
    scroller.scrollTop = 150 * 44;
    scroller.dispatchEvent(new Event('scroll'));
    await widget.updateComplete;
    const deep = harness(widget)
      .rows()
      .find((row) => row.dataset.index === '150')!;
    expect(deep.getAttribute('aria-rowindex')).to.equal('152');
  });

  it('sends the filters to the API and tells the host', async () => {
    const { widget } = await ready();
    const status = shadow(widget).querySelectorAll('select')[1] as HTMLSelectElement;
    status.value = 'rejected';
    const changed = oneEvent(widget, 'ld-filter-change');
    status.dispatchEvent(new Event('change'));
    const { detail } = await changed;
    expect(detail).to.include({ status: 'rejected', preset: 'last-7-days' });
    await waitUntil(() => logRequests(mock).some((params) => params.get('status') === 'rejected'));
    const params = logRequests(mock).at(-1)!;
    // The preset became dates in the supplier's zone, by the portal's clock: seven days
    // ending today in New York.
    expect(params.get('from')).to.equal('2026-11-18');
    expect(params.get('to')).to.equal('2026-11-24');
    expect(widget.getAttribute('status')).to.equal('rejected');
    await waitUntil(
      () =>
        harness(widget).rows().length > 0 &&
        harness(widget)
          .rows()
          .every((row) => visibleText(row).includes('Rejected')),
    );
  });

  it('counts presets in the supplier’s zone by the portal clock, across a DST change', async () => {
    // 11:30 PM on Saturday, March 8 2031 in New York; the clocks go forward that night.
    testClock.set('2031-03-09T04:30:00Z');
    const { widget } = await log({}, 'preset="yesterday"');
    await untilText(widget, 'Times in Eastern Time (GMT-5)');
    expect(logRequests(mock).at(-1)!.get('from')).to.equal('2031-03-07');
    expect(logRequests(mock).at(-1)!.get('to')).to.equal('2031-03-07');
    // Past midnight there, and past 2 AM, when EST became EDT: it is Sunday.
    testClock.set('2031-03-09T07:30:00Z');
    widget.preset = 'today';
    await waitUntil(() => logRequests(mock).at(-1)!.get('from') === '2031-03-09');
    expect(logRequests(mock).at(-1)!.get('to')).to.equal('2031-03-09');
    await untilText(widget, 'Times in Eastern Time (GMT-4)');
  });

  it('takes filters as attributes, including a custom range and a campaign', async () => {
    await ready({}, 'from="2026-11-01" to="2026-11-20" campaign="cmp_home_ins" search="lead_"');
    const params = logRequests(mock).at(-1)!;
    expect(Object.fromEntries(params)).to.deep.equal({
      from: '2026-11-01',
      to: '2026-11-20',
      campaignId: 'cmp_home_ins',
      q: 'lead_',
      limit: '200',
    });
  });

  it('waits for a pause in typing before searching', async () => {
    const { widget } = await ready();
    const before = logRequests(mock).length;
    const input = harness(widget).q<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: '555' });
    expect(logRequests(mock).length).to.equal(before);
    await waitUntil(() => logRequests(mock).length === before + 1);
    await aTimeout(350);
    expect(logRequests(mock).length).to.equal(before + 1);
    expect(logRequests(mock).at(-1)!.get('q')).to.equal('555');
  });

  it('pages through the log as it scrolls, with a DOM that does not grow', async () => {
    const { widget } = await ready({}, 'preset="last-30-days"');
    const scroller = harness(widget).q<HTMLElement>('.scroller')!;
    const sizes: number[] = [];
    const counts: number[] = [];
    for (let page = 1; page <= 3; page++) {
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
      await waitUntil(
        () => logRequests(mock).length === page + 1,
        `page ${page + 1} was not requested`,
      );
      await waitUntil(() =>
        harness(widget)
          .rows()
          .some((row) => row.getAttribute('aria-rowindex') === String(page * 200 + 2)),
      );
      // The rows' own content varies with their leads (a rejection has more to say), so the
      // rows are counted, and the nodes around them.
      const rows = harness(widget).rows();
      counts.push(rows.length);
      sizes.push(nodeCount(shadow(widget)) - rows.reduce((sum, row) => sum + nodeCount(row), 0));
    }
    expect(logRequests(mock).map((params) => params.get('cursor'))).to.deep.equal([
      null,
      'c200',
      'c400',
      'c600',
    ]);
    // 200, 400 and 600 rows loaded, yet as many rows are rendered, and the DOM around them
    // (comments and text included) stays within a few nodes (a footer note may come and go).
    expect(Math.max(...counts) - Math.min(...counts), `rows ${counts.join(', ')}`).to.be.at.most(1);
    expect(Math.max(...sizes) - Math.min(...sizes), `sizes ${sizes.join(', ')}`).to.be.at.most(40);
  });

  for (const loop of ['same', 'cycle'] as const) {
    it(`stops with a clear message when the server's cursors go round (${loop})`, async () => {
      mock.control.cursorLoop = loop;
      const { widget } = await ready({}, 'preset="last-30-days"');
      const scroller = harness(widget).q<HTMLElement>('.scroller')!;
      for (let i = 0; i < 4 && !visibleText(widget).includes('stops here'); i++) {
        scroller.scrollTop = scroller.scrollHeight;
        scroller.dispatchEvent(new Event('scroll'));
        await aTimeout(100);
      }
      await untilText(widget, 'sent a page it had already sent, so the list stops here');
      const sent = logRequests(mock).length;
      expect(sent).to.equal(loop === 'same' ? 2 : 3);
      // Nothing more is asked for, however far the reader scrolls.
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
      await aTimeout(300);
      expect(logRequests(mock)).to.have.length(sent);
      const ids = harness(widget)
        .rows()
        .map((row) => row.textContent);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(harness(widget).q('.foot button')).to.equal(null);
      await expect(widget).to.be.accessible();
    });
  }

  it('leaves exactly the DOM it had after scrolling far and back', async () => {
    const { widget } = await ready({}, 'preset="last-30-days"');
    const scroller = harness(widget).q<HTMLElement>('.scroller')!;
    const atTop = nodeCount(shadow(widget));
    const seen = new Set(harness(widget).rows());
    let most = seen.size;
    // Within the first page, so no page load changes the footer meanwhile.
    for (const top of [1000, 3000, 0, 2500, 0]) {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
      await widget.updateComplete;
      harness(widget)
        .rows()
        .forEach((row) => seen.add(row));
      most = Math.max(most, harness(widget).rows().length);
    }
    expect(harness(widget).rows()[0]!.getAttribute('aria-rowindex')).to.equal('2');
    expect(nodeCount(shadow(widget))).to.equal(atTop);
    // Rows are re-used as the window moves, not thrown away and made again.
    expect(seen.size).to.equal(most);
  });

  it('moves between rows with the keyboard', async () => {
    const { widget } = await ready();
    harness(widget).rows()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await widget.updateComplete;
    expect(shadow(widget).activeElement?.getAttribute('aria-rowindex')).to.equal('4');
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(widget).activeElement?.getAttribute('aria-rowindex')).to.equal('3');
    await sendKeys({ press: 'End' });
    await widget.updateComplete;
    const last = Number(shadow(widget).activeElement?.getAttribute('aria-rowindex'));
    expect(last).to.be.greaterThan(150);
    await sendKeys({ press: 'Home' });
    expect(shadow(widget).activeElement?.getAttribute('aria-rowindex')).to.equal('2');
    expect(
      harness(widget)
        .rows()
        .filter((row) => row.tabIndex === 0),
    ).to.have.length(1);
  });

  it('opens a lead in a dialog with Enter, keeps focus in it, and returns focus to the row', async () => {
    const { widget } = await ready({}, 'status="rejected"');
    const row = harness(widget).rows()[1]!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    // The dialog is a lazy part, fetched when the row got focus: it opens once here.
    await harness(widget).until(() => harness(widget).dialog()?.open);
    const dialog = harness(widget).dialog()!;
    await waitUntil(
      () => visibleText(dialog).includes('Processing steps'),
      'the detail did not load',
    );
    expect(dialog.open).to.equal(true);
    const id = row.querySelector('.mono')!.textContent!;
    expect(visibleText(dialog))
      .to.include(`Lead ${id}`)
      .and.include('Why it was rejected')
      .and.include('Submitted fields');
    expect(visibleText(dialog)).to.include('flo_campaign_id');
    await expect(widget).to.be.accessible();
    // A modal dialog: the page behind it is inert, so Tab never lands outside the dialog
    // (it may pass through the browser's own UI on its way round).
    const visited = new Set<Element>();
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(widget).activeElement;
      if (active) visited.add(active);
      expect(
        document.activeElement === widget || document.activeElement === document.body,
      ).to.equal(true);
      expect(!active || dialog.contains(active)).to.equal(true);
    }
    expect(visited.size).to.be.greaterThan(1);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await widget.updateComplete;
    expect(shadow(widget).activeElement?.querySelector('.mono')?.textContent).to.equal(id);
  });

  it('copies the lead id and the payload, and says so', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      const { widget } = await ready();
      // The dialog is a lazy part: opened once it has loaded.
      await harness(widget).openLead(0);
      const dialog = harness(widget).dialog()!;
      await waitUntil(() => visibleText(dialog).includes('Submitted fields'));
      const [copyId, copyPayload] = [...dialog.querySelectorAll<HTMLButtonElement>('.copy button')];
      copyId!.click();
      await waitUntil(() => visibleText(dialog).includes('Lead ID copied.'));
      copyPayload!.click();
      await waitUntil(() => visibleText(dialog).includes('Payload copied.'));
      const lead = mock.db.portal('org_northwind_acme')!.leads()[0]!;
      expect(copied[0]).to.equal(lead.id);
      expect(JSON.parse(copied[1]!)).to.deep.include({
        flo_supplier_id: 'sup_northwind_acme',
        email: lead.fields.email,
      });
      harness(widget).q<HTMLButtonElement>('dialog .close')!.click();
      await waitUntil(() => !dialog.open);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('shows no leaked field in the detail, even among the submitted ones', async () => {
    mock.control.leak = true;
    const { widget } = await ready();
    // The dialog is a lazy part: opened once it has loaded.
    await harness(widget).openLead(0);
    const dialog = harness(widget).dialog()!;
    await waitUntil(() => visibleText(dialog).includes('Submitted fields'));
    expect(everything(dialog)).not.to.include('LEAK');
    expect(visibleText(dialog)).to.include('first_name');
  });

  it('says so when the lead detail does not load, keeps the list, and opens the lead on the retry', async () => {
    // Offline, or a CSP that blocks the chunk: the import rejects.
    const part = failingPart(parts, 'detail');
    try {
      const { widget } = await ready();
      const id = harness(widget).rows()[0]!.querySelector('.mono')?.textContent ?? '';
      harness(widget).rows()[0]!.click();
      await harness(widget).untilText('Something went wrong');
      expect(harness(widget).q('[role="alert"]')).to.not.equal(null);
      expect(harness(widget).rows().length).to.be.greaterThan(10);
      // The retry has the focus, so a reader below the fold is taken to it.
      await waitUntil(() => shadow(widget).activeElement?.getAttribute('part') === 'retry');
      await expect(widget).to.be.accessible();
      part.heal();
      harness(widget).q<HTMLButtonElement>('[role="alert"] [part="retry"]')!.click();
      await harness(widget).until(() => harness(widget).dialog()?.open);
      await harness(widget).untilText('Submitted fields');
      expect(visibleText(harness(widget).dialog()!)).to.include(id.trim());
      expect(harness(widget).q('[role="alert"]')).to.equal(null);
    } finally {
      part.restore();
    }
  });

  it('closes the detail when the portal changes', async () => {
    const { widget, auth } = await ready();
    // The dialog is a lazy part: opened once it has loaded.
    await harness(widget).openLead(0);
    const dialog = harness(widget).dialog()!;
    await waitUntil(() => visibleText(dialog).includes('Submitted fields'));
    auth.setPortal('org_northwind_bright');
    await waitUntil(() => !dialog.open, 'the old portal’s lead stayed open');
  });

  describe('CSV export', () => {
    let downloads: Download[];
    let restore: () => void;
    beforeEach(() => {
      ({ downloads, restore } = captureDownloads());
    });
    afterEach(() => restore());

    const exportButton = (el: LdIngestionLog) =>
      harness(el).q<HTMLButtonElement>('[part="export-button"]')!;

    it('keeps working when its filter attributes are removed or unknown, warning once', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const { widget } = await ready({}, 'status="rejected" search="lead" preset="last-30-days"');
        widget.removeAttribute('search');
        widget.removeAttribute('status');
        widget.setAttribute('preset', 'last-fortnight');
        widget.setAttribute('preset', 'last-fortnight');
        await waitUntil(() => harness(widget).rows().length > 2, 'the log did not load again');
        expect(widget.search).to.equal('');
        expect(widget.status).to.equal(undefined);
        expect(widget.preset).to.equal('last-7-days');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include('<ld-ingestion-log> preset="last-fortnight" is not known');
      } finally {
        console.warn = warn;
      }
    });

    it('says when the export itself does not load, and exports on the next press', async () => {
      // Offline, or a CSP that blocks the chunk: the import rejects.
      const part = failingPart(parts, 'exporter');
      try {
        const { widget } = await ready();
        exportButton(widget).click();
        await untilText(widget, 'The export failed.');
        expect(downloads).to.have.length(0);
        await expect(widget).to.be.accessible();
        part.heal();
        exportButton(widget).click();
        await untilText(widget, 'Export ready:');
        expect(downloads).to.have.length(1);
      } finally {
        part.restore();
      }
    });

    it('says when the stream breaks, downloads nothing, and exports again', async () => {
      mock.control.malformed = { path: '/v1/ingestion-logs/export', kind: 'truncated' };
      const { widget } = await ready();
      exportButton(widget).click();
      await untilText(widget, 'The export failed.');
      expect(downloads).to.have.length(0);
      await expect(widget).to.be.accessible();
      mock.control.malformed = null;
      exportButton(widget).click();
      await untilText(widget, 'Export ready:');
      expect(downloads).to.have.length(1);
    });

    it('streams the filtered set into a download named after the supplier and range', async () => {
      mock.control.leak = true;
      const { widget } = await ready({}, 'from="2026-11-01" to="2026-11-24" status="rejected"');
      exportButton(widget).click();
      await untilText(widget, 'Export ready:');
      // Seen beside the Export button, not only said to screen readers.
      const shown = harness(widget).q('[part="export"] .confirmation')!;
      expect(withoutIsolates(shown.textContent!)).to.match(
        /^Export ready: [\d,]+ rows downloaded\.$/,
      );
      expect(shown.checkVisibility()).to.equal(true);
      expect(downloads).to.have.length(1);
      expect(downloads[0]!.name).to.equal('northwind-leads_leads_2026-11-01_2026-11-24.csv');
      const exportRequest = mock.requests.find((request) =>
        request.path.startsWith('/v1/ingestion-logs/export'),
      )!;
      expect(Object.fromEntries(new URL(exportRequest.path, 'http://x').searchParams)).to.include({
        status: 'rejected',
        from: '2026-11-01',
        to: '2026-11-24',
      });
      const text = await downloads[0]!.blob.text();
      const total = Number(harness(widget).q('[role="table"]')!.getAttribute('aria-rowcount')) - 1;
      expect(text.trim().split('\r\n')).to.have.length(total + 1);
      expect(text).not.to.include('LEAK');
      await expect(widget).to.be.accessible();
    });

    it('builds the same file from pages when told the host cannot stream', async () => {
      const { widget } = await ready(
        {},
        'export-mode="pages" campaign="cmp_home_ins" status="accepted"',
      );
      exportButton(widget).click();
      await untilText(widget, 'Export ready:');
      expect(
        mock.requests.some((request) => request.path.startsWith('/v1/ingestion-logs/export')),
      ).to.equal(false);
      widget.exportMode = 'stream';
      await widget.updateComplete;
      exportButton(widget).click();
      await waitUntil(() => downloads.length === 2);
      expect(await downloads[0]!.blob.text()).to.equal(await downloads[1]!.blob.text());
    });

    it('stops a paged export whose cursors go round, and downloads nothing', async () => {
      mock.control.cursorLoop = 'cycle';
      const { widget } = await ready({}, 'export-mode="pages" preset="last-30-days"');
      exportButton(widget).click();
      await untilText(widget, 'The export failed.');
      expect(visibleText(widget)).to.include('sent a page it had already sent');
      expect(downloads).to.have.length(0);
      const pages = logRequests(mock).filter((params) => params.get('limit') === '500');
      expect(pages.map((params) => params.get('cursor'))).to.deep.equal([null, 'c500', 'c1000']);
      await expect(widget).to.be.accessible();
    });

    it('shows progress and stops on cancel, downloading nothing', async () => {
      mock.control.delays['/v1/ingestion-logs/export'] = 500;
      const { widget } = await ready();
      exportButton(widget).click();
      await widget.updateComplete;
      expect(harness(widget).q('progress')).not.to.equal(null);
      expect(visibleText(harness(widget).q('[part="export"]')!)).to.match(
        /Exporting 0 of [\d,]+ rows/,
      );
      await expect(widget).to.be.accessible();
      harness(widget).q<HTMLButtonElement>('[part="export-cancel"]')!.click();
      await untilText(widget, 'Export cancelled.');
      await aTimeout(600);
      expect(downloads).to.have.length(0);
    });

    it('says so when the export fails', async () => {
      const { widget } = await ready();
      mock.control.faults.push({ path: '/v1/ingestion-logs/export', status: 503, retryAfter: 0 });
      exportButton(widget).click();
      await untilText(widget, 'The export failed.');
      expect(downloads).to.have.length(0);
      expect(exportButton(widget)).not.to.equal(null);
    });
  });

  describe('live refresh', () => {
    /** A minute on, by the clock the widget and the mock share, new leads come in. */
    const arrive = (count: number) => {
      testClock.advance(60_000);
      const leads = mock.db.portal('org_northwind_acme')!.leads();
      const template = leads[0]!;
      for (let i = 0; i < count; i++) {
        leads.unshift({
          ...template,
          id: `lead_live_${testClock.now()}_${i}`,
          receivedAt: new Date(testClock.now() + i).toISOString(),
        });
      }
    };
    const idOf = (row: HTMLElement | undefined) => row?.querySelector('.mono')?.textContent;

    it('puts new leads on top while the reader is at the top', async () => {
      const { widget } = await ready({}, 'refresh-interval="0.05"');
      arrive(2);
      await waitUntil(
        () => idOf(harness(widget).rows()[0])?.startsWith('lead_live_'),
        'no new lead on top',
      );
      expect(harness(widget).q('[part="new-leads"]')).to.equal(null);
      widget.refreshInterval = 0;
    });

    it('keeps the rows being read in place, and offers the new ones', async () => {
      const { widget } = await ready({}, 'refresh-interval="0.05"');
      const scroller = harness(widget).q<HTMLElement>('.scroller')!;
      scroller.scrollTop = 44 * 40;
      scroller.dispatchEvent(new Event('scroll'));
      await widget.updateComplete;
      const topRow = () => {
        const top = scroller.getBoundingClientRect().top;
        return harness(widget)
          .rows()
          .find((row) => row.getBoundingClientRect().bottom > top + 1);
      };
      const reading = idOf(topRow());
      arrive(3);
      await waitUntil(() => harness(widget).q('[part="new-leads"]'), 'no new-leads button');
      expect(visibleText(harness(widget).q('[part="new-leads"]')!)).to.equal('↑ 3 new');
      expect(idOf(topRow())).to.equal(reading);
      await expect(widget).to.be.accessible();
      widget.refreshInterval = 0;
      harness(widget).q<HTMLButtonElement>('[part="new-leads"]')!.click();
      await widget.updateComplete;
      expect(scroller.scrollTop).to.equal(0);
      await waitUntil(() => idOf(harness(widget).rows()[0])?.startsWith('lead_live_'));
      expect(harness(widget).q('[part="new-leads"]')).to.equal(null);
    });
  });

  it('hides and reorders columns', async () => {
    const { widget } = await ready({}, 'columns="status id"');
    const headers = [...shadow(widget).querySelectorAll('[role="columnheader"]')].map((cell) =>
      withoutIsolates(cell.textContent ?? '').trim(),
    );
    expect(headers).to.deep.equal(['Status', 'Lead ID']);
    expect(harness(widget).rows()[0]!.querySelectorAll('[role="cell"]')).to.have.length(2);
  });

  it('names the active filters when nothing matches', async () => {
    const { widget } = await log({}, 'status="rejected" search="nobody-at-all"');
    await untilText(widget, 'No leads match: Last 7 days, Rejected, “nobody-at-all”.');
    await expect(widget).to.be.accessible();
  });

  it('has a loading, error and forbidden state, each accessible', async () => {
    mock.control.delays['/v1/ingestion-logs'] = 300;
    const { widget } = await log();
    await untilText(widget, 'Loading…');
    await expect(widget).to.be.accessible();
    await waitUntil(() => harness(widget).rows().length > 0, 'the slow first page never came');
    mock.control.delays = {};
    mock.control.faults.push({ path: '/v1/ingestion-logs', status: 500, times: 1 });
    widget.status = 'test';
    await untilText(widget, 'The portal service is having trouble.');
    await expect(widget).to.be.accessible();
    mock.control.faults.push({ path: '/v1/ingestion-logs', status: 403 });
    widget.status = 'accepted';
    await untilText(widget, 'No access');
    await expect(widget).to.be.accessible();
  });

  it('never shows buyer fields or another supplier’s leads', async () => {
    mock.control.leak = true;
    const { widget } = await ready();
    // The leaking page's rival row comes last; look at the end of the page as well.
    const scroller = harness(widget).q<HTMLElement>('.scroller')!;
    for (const top of [0, 190 * 44]) {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
      await widget.updateComplete;
      expect(everything(widget)).not.to.include('LEAK');
    }
    const expected = filterLeads(mock.db.portal('org_northwind_acme')!, {
      from: logRequests(mock)[0]!.get('from')!,
      to: logRequests(mock)[0]!.get('to')!,
    }).slice(0, 200);
    const shown = harness(widget)
      .rows()
      .map((row) => row.querySelector('.mono')?.textContent);
    expect(shown.every((id) => expected.some((lead) => lead.id === id))).to.equal(true);
  });
});
