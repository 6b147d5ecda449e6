import { dateFormat } from './format.js';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock reading of an instant in an IANA time zone. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const parts = dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS[get('weekday')] ?? 1,
  };
}

/** The instant at which a wall-clock time occurs in a time zone (DST gaps move forward). */
export function zonedInstant(
  wall: { year: number; month: number; day: number; hour?: number; minute?: number },
  timeZone: string,
): Date {
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0);
  let guess = utc - offsetAt(utc, timeZone);
  // A second pass settles instants next to a DST change, where the first offset was the other one.
  guess = utc - offsetAt(guess, timeZone);
  return new Date(guess);
}

function offsetAt(epoch: number, timeZone: string): number {
  const p = zonedParts(new Date(epoch), timeZone);
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
    Math.floor(epoch / 1000) * 1000
  );
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function calendarDate(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return isoDate(p.year, p.month, p.day);
}

export function isoDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** Adds whole calendar days to a `YYYY-MM-DD` date; no time zone is involved. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isoDate(y, m, d + days);
}

/** The instant a calendar date starts in a time zone. */
export function startOfDate(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedInstant({ year, month, day }, timeZone);
}

/**
 * An instant as ISO 8601 wall-clock time in a zone, with that zone's offset then:
 * `2026-11-24T09:15:00-05:00`. Empty for a text that is not a time.
 */
export function localIsoTime(value: string, timeZone: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const wall = zonedParts(instant, timeZone);
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = Math.round(
    (Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - seconds) /
      60_000,
  );
  const two = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${String(wall.year).padStart(4, '0')}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}${zone}`;
}
