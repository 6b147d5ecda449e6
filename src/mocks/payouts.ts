import type {
  PayoutInterval,
  PayoutQuery,
  PayoutSegment,
  PayoutSummary,
} from '../api/contract/payouts.js';
import { calendarDate } from '../localize/time-zone.js';
import {
  intervalFor,
  intervalStart,
  nextIntervalStart,
  previousRange,
} from '../localize/date-range.js';
import type { MockPortalState } from './db.js';
import type { MockLead } from './leads.js';

const FIXED_RATE = 1250;
const DAY = 86_400_000;

/** What `GET /v1/payouts` returns for a range, computed from the seeded leads. */
export function payoutSummary(
  state: MockPortalState,
  query: PayoutQuery,
  now: Date,
): PayoutSummary {
  const zone = state.seed.timeZone;
  const interval = query.interval ?? intervalFor(query);
  const dated = state
    .leads()
    .map((lead) => ({ lead, date: calendarDate(new Date(lead.receivedAt), zone) }));
  const inRange = dated.filter(({ date }) => date >= query.from && date <= query.to);
  const { from: prevFrom, to: prevTo } = previousRange(query);
  const previous = dated.filter(({ date }) => date >= prevFrom && date <= prevTo);

  const byStage = { pending: 0, approved: 0, paid: 0 };
  for (const { lead } of inRange) {
    const age = (now.getTime() - Date.parse(lead.receivedAt)) / DAY;
    byStage[age < 7 ? 'pending' : age < 14 ? 'approved' : 'paid'] += lead.payout;
  }

  return {
    supplierId: state.seed.supplierId,
    from: query.from,
    to: query.to,
    interval,
    totals: totalsOf(inRange.map(({ lead }) => lead)),
    ...byStage,
    segments: segmentsOf(inRange),
    breakdown: bucketsOf(inRange, query.from, query.to, interval),
    previous: {
      from: prevFrom,
      to: prevTo,
      ...totalsOf(previous.map(({ lead }) => lead)),
      breakdown: bucketsOf(previous, prevFrom, prevTo, interval),
    },
  };
}

function totalsOf(leads: MockLead[]) {
  const sent = leads.filter((lead) => lead.status !== 'test');
  const paid = sent.filter((lead) => lead.status === 'accepted');
  return {
    amount: paid.reduce((sum, lead) => sum + lead.payout, 0),
    leadsSent: sent.length,
    paidLeads: paid.length,
  };
}

function segmentsOf(leads: { lead: MockLead; date: string }[]): PayoutSegment[] {
  const modes = new Map<MockLead['costMode'], { lead: MockLead; date: string }[]>();
  for (const item of leads)
    modes.set(item.lead.costMode, [...(modes.get(item.lead.costMode) ?? []), item]);
  return [...modes.entries()]
    .map(([costMode, items]) => {
      const dates = items.map(({ date }) => date).sort();
      const { amount, paidLeads } = totalsOf(items.map(({ lead }) => lead));
      const base = {
        from: dates[0] as string,
        to: dates[dates.length - 1] as string,
        amount,
        paidLeads,
      };
      return costMode === 'fixed'
        ? { costMode, ratePerLead: FIXED_RATE, ...base }
        : { costMode, ...base };
    })
    .sort((a, b) => a.from.localeCompare(b.from));
}

function bucketsOf(
  leads: { lead: MockLead; date: string }[],
  from: string,
  to: string,
  interval: PayoutInterval,
) {
  const buckets = new Map<string, MockLead[]>();
  for (
    let date = intervalStart(from, interval);
    date <= to;
    date = nextIntervalStart(date, interval)
  )
    buckets.set(date, []);
  for (const { lead, date } of leads) buckets.get(intervalStart(date, interval))?.push(lead);
  return [...buckets.entries()].map(([start, items]) => ({ start, ...totalsOf(items) }));
}
