import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MockApi } from '../../src/mocks/api.js';
import { filterLeads } from '../../src/mocks/ingestion.js';
import { mockApi, shadow, visibleText, withoutIsolates } from '../../test/support/fixtures.js';
import { captureDownloads } from '../../test/support/downloads.js';
import { waitUntil } from '../../test/support/wait.js';
import { IngestionLogHarness } from './harness.js';
import { log, logRequests, ready } from './fixtures.js';
import type { LdIngestionLog } from './ingestion-log.js';

const reasonSelect = (el: LdIngestionLog) =>
  shadow(el).querySelector<HTMLSelectElement>('select[data-filter="reason"]')!;
const note = (el: LdIngestionLog) =>
  shadow(el).querySelector<HTMLElement>('[part="reason-filter"]');

describe('ld-ingestion-log: the reason filter', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('lists only one reason’s rejections when told by attribute, and says so', async () => {
    const { widget } = await ready({}, 'reason="invalid_phone" preset="last-30-days"');
    expect(logRequests(mock).at(-1)!.get('reason')).to.equal('invalid_phone');
    const rows = new IngestionLogHarness(widget).rows();
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(visibleText(row)).to.include('invalid_phone');
    expect(withoutIsolates(visibleText(note(widget)!))).to.include(
      'invalid_phone Invalid phone number',
    );
    expect(visibleText(note(widget)!)).to.include('Only rejections for this reason are shown.');
    expect(reasonSelect(widget).value).to.equal('invalid_phone');
    // The count is the server's for the reason, as the intake report counts it.
    const expected = filterLeads(mock.db.portal('org_northwind_acme')!, {
      from: '2026-10-26',
      to: '2026-11-24',
      reason: 'invalid_phone',
    }).length;
    expect(visibleText(shadow(widget).querySelector('.foot')!)).to.include(`${expected} leads`);
    await expect(widget).to.be.accessible();
  });

  it('offers every reason in the filter bar, and tells the host about a pick', async () => {
    const { widget } = await ready();
    const select = reasonSelect(widget);
    const labels = [...select.options].map((option) => option.textContent!.trim());
    expect(labels[0]).to.equal('All reasons');
    expect(labels).to.include('Invalid phone number').and.include('Missing consent');
    select.value = 'duplicate';
    const changed = oneEvent(widget, 'ld-filter-change');
    select.dispatchEvent(new Event('change'));
    expect((await changed).detail).to.include({ reason: 'duplicate' });
    expect(widget.getAttribute('reason')).to.equal('duplicate');
    await waitUntil(() => logRequests(mock).at(-1)!.get('reason') === 'duplicate');
    await waitUntil(() => note(widget), 'no note for the reason filter');
  });

  it('keeps a reason code this version does not know, shown as its code', async () => {
    const { widget } = await log({}, 'reason="brand_new_code"');
    await waitUntil(() => shadow(widget).querySelector('[part="clear-filters"]'));
    const select = reasonSelect(widget);
    expect(select.value).to.equal('brand_new_code');
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('brand_new_code');
  });

  it('clears the reason in one press, keeping the other filters, with focus on the reason field', async () => {
    const { widget } = await ready({}, 'reason="invalid_phone" status="rejected"');
    const changed = oneEvent(widget, 'ld-filter-change');
    shadow(widget).querySelector<HTMLButtonElement>('[part="clear-reason"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    expect(detail).to.include({ status: 'rejected', reason: undefined });
    expect(widget.hasAttribute('reason')).to.equal(false);
    await waitUntil(() => !note(widget));
    expect(shadow(widget).activeElement).to.equal(reasonSelect(widget));
    await waitUntil(() => !logRequests(mock).at(-1)!.has('reason'));
    expect(logRequests(mock).at(-1)!.get('status')).to.equal('rejected');
  });

  it('clears the reason with the other filters when nothing matches', async () => {
    const { widget } = await log({}, 'reason="invalid_phone" status="accepted"');
    await waitUntil(() => shadow(widget).querySelector('[part="clear-filters"]'));
    expect(visibleText(shadow(widget).querySelector('[part="base"]')!)).to.include(
      'Invalid phone number',
    );
    shadow(widget).querySelector<HTMLButtonElement>('[part="clear-filters"]')!.click();
    await waitUntil(() => !widget.reason && !widget.status);
    await waitUntil(() => new IngestionLogHarness(widget).rows().length > 0);
  });

  it('exports only the rows of the reason', async () => {
    const { downloads, restore } = captureDownloads();
    try {
      const { widget } = await ready({}, 'reason="invalid_phone" preset="last-30-days"');
      await new IngestionLogHarness(widget).exportCsv();
      const exportRequest = mock.requests.find((request) =>
        request.path.startsWith('/v1/ingestion-logs/export'),
      )!;
      expect(new URL(exportRequest.path, 'http://x').searchParams.get('reason')).to.equal(
        'invalid_phone',
      );
      const lines = (await downloads[0]!.blob.text()).trim().split('\r\n');
      expect(lines.length).to.be.greaterThan(1);
      for (const line of lines.slice(1)) expect(line).to.include('invalid_phone');
    } finally {
      restore();
    }
  });
});
