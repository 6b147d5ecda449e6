import type {
  GroupStats,
  IngestionStats,
  IngestionStatsQuery,
  ReasonStats,
  StatsBucket,
  StatusCounts,
} from '../api/contract/ingestion-stats.js';
import {
  intervalStart,
  nextIntervalStart,
  previousRange,
  reportIntervalFor,
  type DateRange,
  type ReportInterval,
} from '../localize/date-range.js';
import {
  addDays,
  localIsoTime,
  startOfDate,
  zonedInstant,
  zonedParts,
} from '../localize/time-zone.js';
import type { MockPortalState } from './db.js';
import { filterLeads } from './ingestion.js';
import type { MockLead } from './leads.js';

/**
 * What `GET /v1/ingestion-stats` returns, counted from the very leads `GET /v1/ingestion-logs`
 * lists for the same range and campaign (through the same filter), so the two always agree.
 */
export function ingestionStats(state: MockPortalState, query: IngestionStatsQuery): IngestionStats {
  const interval = query.interval ?? reportIntervalFor(query);
  const groupBy = query.groupBy ?? 'campaign';
  const period = (range: DateRange) => {
    const leads = filterLeads(state, { ...range, campaignId: query.campaignId });
    const starts = bucketStarts(range, interval, state.seed.timeZone);
    const index = new Map(starts.map((start, i) => [start, i]));
    const buckets: StatsBucket[] = starts.map((start) => ({ start, ...counts() }));
    const slots = leads.map((lead) => index.get(bucketOf(lead, interval, state.seed.timeZone)));
    leads.forEach((lead, i) => {
      const bucket = buckets[slots[i] ?? -1];
      if (bucket) bucket[lead.status]++;
    });
    const totals = counts();
    for (const lead of leads) totals[lead.status]++;
    return {
      ...range,
      totals,
      acceptanceRate: rate(totals.accepted, sent(totals)),
      reasons: reasonsOf(leads, slots, starts.length, totals.rejected),
      groups: groupBy === 'none' ? [] : groupsOf(leads, groupBy),
      buckets,
    };
  };
  const current = period(query);
  return {
    supplierId: state.seed.supplierId,
    interval,
    groupBy,
    ...current,
    previous: period(previousRange(query)),
  };
}

const counts = (): StatusCounts => ({ accepted: 0, unmatched: 0, rejected: 0, test: 0 });
const sent = (totals: StatusCounts) => totals.accepted + totals.unmatched + totals.rejected;
const rate = (part: number, whole: number) => (whole ? part / whole : null);

/** The instants the buckets of a range start at, in the supplier's zone. */
function bucketStarts(range: DateRange, interval: ReportInterval, zone: string): string[] {
  const starts = new Set<string>();
  if (interval === 'hour') {
    for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      // A set: on a spring-forward day the missing hour lands on the next one.
      for (let hour = 0; hour < 24; hour++)
        starts.add(
          localIsoTime(zonedInstant({ year, month, day, hour }, zone).toISOString(), zone),
        );
    }
    return [...starts];
  }
  const first = intervalStart(range.from, interval);
  for (let date = first; date <= range.to; date = nextIntervalStart(date, interval))
    starts.add(localIsoTime(startOfDate(date, zone).toISOString(), zone));
  return [...starts];
}

function bucketOf(lead: MockLead, interval: ReportInterval, zone: string): string {
  const wall = zonedParts(new Date(lead.receivedAt), zone);
  if (interval === 'hour')
    return localIsoTime(zonedInstant({ ...wall, minute: 0 }, zone).toISOString(), zone);
  const date = `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
  return localIsoTime(startOfDate(intervalStart(date, interval), zone).toISOString(), zone);
}

/** Rejections by code, most frequent first, each with its count in every bucket. */
function reasonsOf(
  leads: readonly MockLead[],
  slots: readonly (number | undefined)[],
  bucketCount: number,
  rejected: number,
): ReasonStats[] {
  const byCode = new Map<string, ReasonStats>();
  leads.forEach((lead, i) => {
    const code = lead.status === 'rejected' ? lead.rejection?.code : undefined;
    if (!code) return;
    let reason = byCode.get(code);
    if (!reason) {
      reason = { code, count: 0, share: 0, buckets: Array.from({ length: bucketCount }, () => 0) };
      byCode.set(code, reason);
    }
    reason.count++;
    const slot = slots[i];
    if (slot !== undefined) reason.buckets[slot] = (reason.buckets[slot] ?? 0) + 1;
  });
  return [...byCode.values()]
    .map((reason) => ({ ...reason, share: rejected ? reason.count / rejected : 0 }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

function groupsOf(leads: readonly MockLead[], groupBy: 'campaign' | 'sub_id'): GroupStats[] {
  const groups = new Map<string, GroupStats>();
  for (const lead of leads) {
    if (lead.status === 'test') continue;
    const key = groupBy === 'campaign' ? lead.campaignId : lead.subId;
    const name = groupBy === 'campaign' ? lead.campaignName : lead.subId;
    const group = groups.get(key) ?? { key, name, sent: 0, accepted: 0, acceptanceRate: null };
    group.sent++;
    if (lead.status === 'accepted') group.accepted++;
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, acceptanceRate: rate(group.accepted, group.sent) }))
    .sort((a, b) => b.sent - a.sent || (a.key < b.key ? -1 : 1));
}
