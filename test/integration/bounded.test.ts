import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../components/caps-meter/define.js';
import '../../components/ingestion-log/define.js';
import '../../components/payout-summary/define.js';
import '../../components/api-spec/define.js';
import type { MockApi } from '../../src/mocks/api.js';
import { inPortal, mockApi, shadow, untilText, visibleText } from '../support/fixtures.js';
import { bounded, LIST_BOUNDS } from '../../src/ui/bounded.js';

/** A server that answers every list with this many items. */
const HUGE = 2_000;

describe('Lists from a server that sends far too many items', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  const count = (el: Element, selector: string) => shadow(el).querySelectorAll(selector).length;

  it('keeps the first items and counts the rest, and the one chosen', () => {
    expect(bounded([1, 2, 3], 2)).to.deep.equal({ shown: [1, 2], hidden: 1 });
    expect(bounded([1, 2, 3, 4], 2, (n) => n === 4)).to.deep.equal({ shown: [1, 2, 4], hidden: 1 });
    const short = [1];
    expect(bounded(short, 2).shown).to.equal(short);
  });

  it('draws at most 50 caps, and says how many there are', async () => {
    mock.control.inflate = { path: '/v1/caps', items: HUGE };
    const { widget } = await inPortal(html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`);
    await untilText(widget, 'Showing the first 50 of 2,000.', 10_000);
    expect(count(widget, '[part="cap"]')).to.equal(LIST_BOUNDS.caps);
    await expect(widget).to.be.accessible();
  });

  it('draws at most 400 chart bars or table rows', async () => {
    mock.control.inflate = { path: '/v1/payouts', items: HUGE };
    const { widget } = await inPortal(
      html`<ld-portal><ld-payout-summary></ld-payout-summary></ld-portal>`,
    );
    await untilText(widget, 'Showing the first 400 of 2,000.', 10_000);
    expect(count(widget, '[part="bar"]')).to.equal(LIST_BOUNDS.buckets);
    shadow(widget).querySelector<HTMLButtonElement>('[part="view-toggle"]')!.click();
    await waitUntil(() => count(widget, '[part="table"] tbody tr') === LIST_BOUNDS.buckets);
    expect(visibleText(widget)).to.include('Showing the first 50 of 2,000.');
    await expect(widget).to.be.accessible();
  });

  it('draws at most 200 spec fields and 20 example responses', async () => {
    mock.control.inflate = { path: '/v1/api-spec', items: HUGE };
    const { widget } = await inPortal(html`<ld-portal><ld-api-spec></ld-api-spec></ld-portal>`);
    await untilText(widget, 'Showing the first 200 of 2,000.', 10_000);
    expect(count(widget, '[part="fields"] tbody tr')).to.equal(LIST_BOUNDS.fields);
    expect(count(widget, '.responses > li')).to.equal(LIST_BOUNDS.responses);
    await expect(widget).to.be.accessible();
  });

  it('keeps no more log rows than the page asked for, and at most 500 campaigns', async () => {
    mock.control.inflate = { path: '/v1/ingestion-logs', items: HUGE };
    const { widget } = await inPortal(
      html`<ld-portal><ld-ingestion-log></ld-ingestion-log></ld-portal>`,
    );
    await waitUntil(() => shadow(widget).querySelector('.body .row'), 'no rows', {
      timeout: 10_000,
    });
    // The log asks for pages of 200: the server's 1,800 extra copies are cut, not kept, so
    // the end of what is loaded comes at row 200 and asks for the next page from there.
    const scroller = shadow(widget).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    scroller.dispatchEvent(new Event('scroll'));
    await waitUntil(() => mock.requests.some((r) => r.path.includes('cursor=c200')), 'no page 2');
    const copies = [...shadow(widget).querySelectorAll('.body .row')].filter((row) =>
      /_\d+\b/.test(row.textContent ?? ''),
    );
    expect(copies).to.have.length(0);
    mock.reset();
    mock.control.inflate = { path: '/v1/portal', items: HUGE };
    const other = await inPortal(
      html`<ld-portal><ld-ingestion-log></ld-ingestion-log></ld-portal>`,
    );
    await waitUntil(() => count(other.widget, 'select option') > 500, 'no campaigns', {
      timeout: 10_000,
    });
    const options = shadow(other.widget).querySelector<HTMLSelectElement>(
      'select[data-filter="campaign"]',
    )!.options;
    expect(options.length).to.equal(1 + LIST_BOUNDS.campaigns);
    expect(visibleText(other.widget)).to.include('Showing the first 500 of 2,000.');
    await expect(other.widget).to.be.accessible();
  });
});
