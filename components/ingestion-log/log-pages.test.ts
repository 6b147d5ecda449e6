import { aTimeout, expect, html as testHtml } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { MockApi } from '../../src/mocks/api.js';
import { PortalLink } from '../../src/portal/link.js';
import { inPortal, mockApi } from '../../test/support/fixtures.js';
import { LogPages, type LogFilters } from './log-pages.js';

@customElement('test-log-pages')
class TestLogPages extends LitElement {
  @property({ attribute: false }) filters: LogFilters = {};
  readonly link = new PortalLink(this);
  readonly pages = new LogPages(this, this.link, { filters: () => this.filters, pageSize: 50 });
  protected override render() {
    return html`<p>${this.pages.data.status} ${this.pages.items.length} of ${this.pages.total}</p>`;
  }
}

const logRequests = (mock: MockApi) =>
  mock.requests.filter((request) => request.path.startsWith('/v1/ingestion-logs'));

async function mount() {
  const { widget, auth } = await inPortal<TestLogPages>(
    testHtml`<ld-portal><test-log-pages></test-log-pages></ld-portal>`,
  );
  await waitUntil(() => widget.pages.data.status === 'ready', 'first page did not load');
  await widget.updateComplete;
  return { widget, auth };
}

describe('LogPages', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('pages through the log by cursor', async () => {
    const { widget } = await mount();
    expect(widget.pages.items).to.have.length(50);
    expect(widget.pages.total).to.equal(3000);
    for (let i = 0; i < 3; i++) await widget.pages.loadMore();
    await widget.updateComplete;
    expect(widget.pages.items).to.have.length(200);
    expect(new Set(widget.pages.items.map((item) => item.id)).size).to.equal(200);
    expect(
      logRequests(mock).map((request) =>
        new URL(request.path, 'http://x').searchParams.get('cursor'),
      ),
    ).to.deep.equal([null, 'c50', 'c100', 'c150']);
    expect(widget.shadowRoot!.textContent).to.include('ready 200 of 3000');
  });

  it('loads more only near the end, and once at a time', async () => {
    const { widget } = await mount();
    widget.pages.ensure(10);
    expect(widget.pages.loadingMore).to.equal(false);
    widget.pages.ensure(30);
    widget.pages.ensure(31);
    expect(widget.pages.loadingMore).to.equal(true);
    await waitUntil(() => !widget.pages.loadingMore);
    expect(logRequests(mock)).to.have.length(2);
    expect(widget.pages.items).to.have.length(100);
  });

  it('sends the filters to the API and starts over when they change', async () => {
    const { widget } = await mount();
    await widget.pages.loadMore();
    widget.filters = {
      status: 'rejected',
      campaignId: 'cmp_home_ins',
      q: 'lead_',
      from: '2026-11-01',
      to: '2026-11-24',
    };
    await waitUntil(
      () =>
        widget.pages.data.status === 'ready' &&
        widget.pages.items.every((item) => item.status === 'rejected'),
    );
    const params = new URL(logRequests(mock).at(-1)!.path, 'http://x').searchParams;
    expect(Object.fromEntries(params)).to.deep.equal({
      campaignId: 'cmp_home_ins',
      from: '2026-11-01',
      limit: '50',
      q: 'lead_',
      status: 'rejected',
      to: '2026-11-24',
    });
    expect(widget.pages.items.length).to.be.at.most(50);
    expect(widget.pages.items.every((item) => item.campaignId === 'cmp_home_ins')).to.equal(true);
  });

  it('drops every row of the old portal when the portal changes', async () => {
    const { widget, auth } = await mount();
    await widget.pages.loadMore();
    auth.setPortal('org_northwind_bright');
    await widget.updateComplete;
    expect(widget.pages.items).to.have.length(0);
    await waitUntil(() => widget.pages.data.status === 'ready');
    await widget.updateComplete;
    expect(widget.pages.items.every((item) => item.supplierId === 'sup_northwind_bright')).to.equal(
      true,
    );
    expect(widget.pages.total).to.equal(2000);
  });

  it('reports a failed page and loads it on retry', async () => {
    const { widget } = await mount();
    const reported: CustomEvent[] = [];
    widget.addEventListener('ld-error', (event) => reported.push(event as CustomEvent));
    mock.control.faults.push({ path: '/v1/ingestion-logs', status: 503, times: 1, retryAfter: 0 });
    await widget.pages.loadMore();
    expect(widget.pages.moreError?.kind).to.equal('server');
    // Told to the host like a failed first page.
    expect(reported.map((event) => [event.detail.kind, event.detail.status])).to.deep.equal([
      ['server', 503],
    ]);
    expect(widget.pages.items).to.have.length(50);
    await widget.pages.loadMore();
    expect(widget.pages.items).to.have.length(50);
    widget.pages.retryMore();
    await waitUntil(() => widget.pages.items.length === 100);
    await aTimeout(0);
    expect(widget.pages.moreError).to.equal(undefined);
  });
});

void TestLogPages;
