import { expect } from '@open-wc/testing';
import { createApiClient } from '../api/client.js';
import { getIngestionStats } from '../api/contract/ingestion-stats.js';
import {
  listIngestionLogs,
  type IngestionLogEntry,
  type IngestionLogQuery,
} from '../api/contract/ingestion.js';
import { ApiError } from '../api/errors.js';
import { mockApi, testClock } from '../../test/support/fixtures.js';
import { mockToken } from './auth.js';

const ava = createApiClient({
  apiBase: '/api',
  timeout: 5000,
  retry: { limit: 0, backoffLimit: 10, maxRetryAfter: 10 },
  now: () => testClock.now(),
  getToken: async () => mockToken('ava', 'org_northwind_acme'),
});

/** Every row the log lists for a query, page after page. */
async function logRows(query: IngestionLogQuery): Promise<IngestionLogEntry[]> {
  const rows: IngestionLogEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await ava.call(listIngestionLogs, { query: { ...query, limit: 500, cursor } });
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

const tally = (rows: IngestionLogEntry[], pick: (row: IngestionLogEntry) => string | undefined) => {
  const out: Record<string, number> = {};
  for (const row of rows) {
    const key = pick(row);
    if (key !== undefined) out[key] = (out[key] ?? 0) + 1;
  }
  return out;
};

describe('mock intake report (GET /v1/ingestion-stats)', () => {
  beforeEach(async () => {
    await mockApi();
  });

  it('counts exactly the rows the log lists for the same range and campaign', async () => {
    const range = { from: '2026-10-26', to: '2026-11-24', campaignId: 'cmp_auto_ins' };
    const [stats, rows] = await Promise.all([
      ava.call(getIngestionStats, { query: range }),
      logRows(range),
    ]);
    expect(rows.length).to.be.greaterThan(100);
    const byStatus = tally(rows, (row) => row.status);
    expect(stats.totals).to.deep.equal({
      accepted: byStatus.accepted ?? 0,
      unmatched: byStatus.unmatched ?? 0,
      rejected: byStatus.rejected ?? 0,
      test: byStatus.test ?? 0,
    });
    const byReason = tally(rows, (row) => row.rejection?.code);
    expect(Object.fromEntries(stats.reasons.map((r) => [r.code, r.count]))).to.deep.equal(byReason);
    // Each reason's buckets add up to its count, and the buckets to the totals.
    for (const reason of stats.reasons)
      expect(reason.buckets.reduce((a, b) => a + b, 0)).to.equal(reason.count);
    const bucketed = stats.buckets.reduce((sum, b) => sum + b.accepted + b.rejected, 0);
    expect(bucketed).to.equal(stats.totals.accepted + stats.totals.rejected);
    expect(stats.interval).to.equal('day');
    expect(stats.buckets).to.have.length(30);
    expect(stats.buckets[0]!.start).to.equal('2026-10-26T00:00:00-04:00');
    const sent = rows.filter((row) => row.status !== 'test').length;
    expect(stats.acceptanceRate).to.be.closeTo((byStatus.accepted ?? 0) / sent, 1e-9);
    expect(stats.groups).to.have.length(1);
    expect(stats.groups[0]).to.include({ key: 'cmp_auto_ins', sent, accepted: byStatus.accepted });
  });

  it('lists the same number of rows under a reason filter as the report counts for it', async () => {
    const range = { from: '2026-11-18', to: '2026-11-24' };
    const stats = await ava.call(getIngestionStats, { query: range });
    const top = stats.reasons[0]!;
    const rows = await logRows({ ...range, reason: top.code });
    expect(rows).to.have.length(top.count);
    expect(rows.every((row) => row.rejection?.code === top.code)).to.equal(true);
    expect(top.share).to.be.closeTo(top.count / stats.totals.rejected, 1e-9);
    const shares = stats.reasons.reduce((sum, reason) => sum + reason.share, 0);
    expect(shares).to.be.closeTo(1, 1e-9);
  });

  it('groups by sub-id, buckets by the hour and counts the previous period', async () => {
    const stats = await ava.call(getIngestionStats, {
      query: { from: '2026-11-23', to: '2026-11-24', groupBy: 'sub_id' },
    });
    expect(stats.interval).to.equal('hour');
    expect(stats.buckets).to.have.length(48);
    expect(stats.buckets[1]!.start).to.equal('2026-11-23T01:00:00-05:00');
    expect(stats.groups.map((group) => group.key).sort()).to.deep.equal([
      'email-weekly',
      'fb-spring',
      'google-search',
      'partner-12',
    ]);
    const sent = stats.totals.accepted + stats.totals.unmatched + stats.totals.rejected;
    expect(stats.groups.reduce((sum, group) => sum + group.sent, 0)).to.equal(sent);
    expect(stats.previous).to.include({ from: '2026-11-21', to: '2026-11-22' });
    expect(stats.previous.buckets).to.have.length(48);
    const before = await logRows({ from: '2026-11-21', to: '2026-11-22' });
    expect(stats.previous.totals.rejected).to.equal(
      before.filter((row) => row.status === 'rejected').length,
    );
    const none = await ava.call(getIngestionStats, {
      query: { from: '2026-11-23', to: '2026-11-24', groupBy: 'none' },
    });
    expect(none.groups).to.deep.equal([]);
  });

  it('refuses a reversed range and hours over a long one', async () => {
    const refused = async (query: Parameters<typeof ava.call>[1]) => {
      try {
        await ava.call(getIngestionStats, query as never);
        return 'ok';
      } catch (error) {
        return error instanceof ApiError ? `${error.status}:${error.code}` : String(error);
      }
    };
    expect(await refused({ query: { from: '2026-11-24', to: '2026-11-01' } })).to.equal(
      '400:invalid_range',
    );
    expect(
      await refused({ query: { from: '2026-08-01', to: '2026-11-24', interval: 'hour' } }),
    ).to.equal('400:invalid_interval');
  });
});
