import { addDays, calendarDate, isoDate } from './time-zone.js';

/** A range of whole calendar days in the supplier's time zone, both ends included. */
export interface DateRange {
  from: string;
  to: string;
}

export const RANGE_PRESETS = [
  'today',
  'yesterday',
  'last-7-days',
  'last-30-days',
  'this-month',
  'last-month',
  'this-quarter',
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/**
 * The days a preset covers, counted in the supplier's time zone: "today" for a supplier
 * in Tokyo is not the browser's today. Ranges are calendar dates, so a daylight-saving
 * change inside one never adds or loses a day. `now` comes from the portal's clock.
 */
export function presetRange(preset: RangePreset, timeZone: string, now: Date | number): DateRange {
  const today = calendarDate(new Date(now), timeZone);
  const [year, month] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday': {
      const day = addDays(today, -1);
      return { from: day, to: day };
    }
    case 'last-7-days':
      return { from: addDays(today, -6), to: today };
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
    case 'this-month':
      return { from: isoDate(year, month, 1), to: today };
    case 'last-month':
      return { from: isoDate(year, month - 1, 1), to: isoDate(year, month, 0) };
    case 'this-quarter':
      return { from: isoDate(year, month - ((month - 1) % 3), 1), to: today };
  }
}

/** Days in a range, both ends included. */
export function rangeDays({ from, to }: DateRange): number {
  return (
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/** The period of the same length just before a range, for "against the previous period". */
export function previousRange(range: DateRange): DateRange {
  const days = rangeDays(range);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

export type RangeInterval = 'day' | 'week' | 'month';

/** The breakdown a range reads best in: days up to a month, weeks up to a quarter, then months. */
export function intervalFor(range: DateRange): RangeInterval {
  const days = rangeDays(range);
  if (days <= 31) return 'day';
  return days <= 92 ? 'week' : 'month';
}

/**
 * The intervals a range can be broken down by and still read as a chart: days up to a
 * quarter, weeks from two weeks up to two years, months from about six weeks. The one
 * `intervalFor` picks is always among them.
 */
export function intervalsFor(range: DateRange): RangeInterval[] {
  const days = rangeDays(range);
  const fits = { day: days <= 93, week: days >= 14 && days <= 731, month: days >= 45 };
  return (['day', 'week', 'month'] as const).filter((interval) => fits[interval]);
}

/** The intake report's step: also by the hour, for a day or two. */
export type ReportInterval = 'hour' | RangeInterval;

/** The report's step for a range: hours up to two days, then as `intervalFor`. */
export function reportIntervalFor(range: DateRange): ReportInterval {
  return rangeDays(range) <= 2 ? 'hour' : intervalFor(range);
}

/** The report's steps a range can be read in: hours up to three days, then as `intervalsFor`. */
export function reportIntervalsFor(range: DateRange): ReportInterval[] {
  return [...(rangeDays(range) <= 3 ? (['hour'] as const) : []), ...intervalsFor(range)];
}

/** The first day of the next interval after the one starting on `start`. */
export function nextIntervalStart(start: string, interval: RangeInterval): string {
  if (interval === 'day') return addDays(start, 1);
  if (interval === 'week') return addDays(start, 7);
  const [year, month] = start.split('-').map(Number) as [number, number];
  return isoDate(year, month + 1, 1);
}

/** The first day of the interval a date falls in: itself, its ISO week's Monday, or the 1st. */
export function intervalStart(date: string, interval: RangeInterval): string {
  if (interval === 'day') return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  if (interval === 'month') return isoDate(year, month, 1);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** A `from`/`to` pair from user input, or undefined when either end is not a date or they are reversed. */
export function parseRange(
  from: string | undefined,
  to: string | undefined,
): DateRange | undefined {
  const valid = (value: string | undefined): value is string =>
    !!value &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    isoDate(...(value.split('-').map(Number) as [number, number, number])) === value;
  return valid(from) && valid(to) && from <= to ? { from, to } : undefined;
}
