import { commonStrings } from '../../src/localize/strings.js';
import { rangeStrings } from '../../src/ui/range-picker.js';

/** English text of `ld-payout-summary`; every key can be overridden. */
export const payoutSummaryStrings = {
  ...commonStrings,
  ...rangeStrings,
  title: 'Earnings',
  filters: 'Period',
  zoneNote: 'Days in {zone}',
  emptyText: 'No leads were sent in {range}.',
  noEarningsTitle: 'No earnings in this date range',
  'total.amount': 'Earned',
  'total.paidLeads': 'Paid leads',
  'total.leadsSent': 'Leads sent',
  stages: 'Payment status',
  'stage.pending': 'Pending',
  'stage.approved': 'Approved',
  'stage.paid': 'Paid',
  'change.up': 'Up {amount} ({percent}) on the previous {days, plural, one {day} other {# days}}',
  'change.down':
    'Down {amount} ({percent}) on the previous {days, plural, one {day} other {# days}}',
  'change.same': 'The same as the previous {days, plural, one {day} other {# days}}',
  'change.new':
    '{days, plural, one {Up {amount} on the previous day, which earned nothing} other {Up {amount} on the previous # days, which earned nothing}}',
  segments: 'How it was paid',
  'mode.fixed': 'Fixed price',
  'mode.revenue_share': 'Revenue share',
  segmentDates: '{from} to {to}',
  fixedDetail:
    '{rate} per lead × {leads, plural, one {# paid lead} other {# paid leads}} = {amount}',
  shareDetail: 'Your share: {amount} for {leads, plural, one {# paid lead} other {# paid leads}}',
  'interval.label': 'Group by',
  'interval.auto': 'Automatic',
  'interval.day': 'Day',
  'interval.week': 'Week',
  'interval.month': 'Month',
  'chart.day': 'Earnings by day',
  'chart.week': 'Earnings by week',
  'chart.month': 'Earnings by month',
  weekOf: 'Week of {date}',
  'legend.current': 'This period',
  'legend.previous': 'Previous period',
  previousAmount: 'Previous period: {amount}',
  point: '{period}: {amount}, {leads, plural, one {# paid lead} other {# paid leads}}',
  showTable: 'Show as a table',
  'column.period': 'Period',
  'column.amount': 'Earned',
  'column.paidLeads': 'Paid leads',
  'column.leadsSent': 'Leads sent',
} satisfies Record<string, string>;

export type PayoutSummaryStrings = typeof payoutSummaryStrings;
