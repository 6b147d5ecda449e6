import { expect } from '@open-wc/testing';
import {
  intervalFor,
  intervalsFor,
  intervalStart,
  parseRange,
  presetRange,
  previousRange,
  rangeDays,
  type RangePreset,
} from './date-range.js';

describe('date ranges', () => {
  // 03:00 UTC on 1 March 2026: still 28 February in Los Angeles, already 1 March in Tokyo.
  const now = new Date('2026-03-01T03:00:00Z');

  it('counts presets in the supplier’s time zone, not the browser’s', () => {
    expect(presetRange('today', 'America/Los_Angeles', now)).to.deep.equal({
      from: '2026-02-28',
      to: '2026-02-28',
    });
    expect(presetRange('today', 'Asia/Tokyo', now)).to.deep.equal({
      from: '2026-03-01',
      to: '2026-03-01',
    });
    expect(presetRange('yesterday', 'Asia/Tokyo', now)).to.deep.equal({
      from: '2026-02-28',
      to: '2026-02-28',
    });
    expect(presetRange('this-month', 'America/Los_Angeles', now)).to.deep.equal({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(presetRange('last-month', 'Asia/Tokyo', now)).to.deep.equal({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(presetRange('last-month', 'America/Los_Angeles', now)).to.deep.equal({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(presetRange('this-quarter', 'Asia/Tokyo', now)).to.deep.equal({
      from: '2026-01-01',
      to: '2026-03-01',
    });
  });

  it('keeps whole days across a daylight-saving change', () => {
    const afterSpringForward = new Date('2026-03-10T12:00:00Z');
    const week = presetRange('last-7-days', 'America/New_York', afterSpringForward);
    expect(week).to.deep.equal({ from: '2026-03-04', to: '2026-03-10' });
    expect(rangeDays(week)).to.equal(7);
    expect(
      rangeDays(presetRange('last-30-days', 'Europe/Berlin', new Date('2026-11-05T12:00:00Z'))),
    ).to.equal(30);
    expect(
      presetRange('last-month', 'Europe/Berlin', new Date('2026-01-15T12:00:00Z')),
    ).to.deep.equal({
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });

  it('accepts only real dates in order', () => {
    expect(parseRange('2026-02-01', '2026-02-28')).to.deep.equal({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(parseRange('2026-02-30', '2026-03-01')).to.equal(undefined);
    expect(parseRange('2026-03-02', '2026-03-01')).to.equal(undefined);
    expect(parseRange('yesterday', '2026-03-01')).to.equal(undefined);
    expect(parseRange(undefined, '2026-03-01')).to.equal(undefined);
  });

  it('finds the previous period of the same length, across month and DST changes', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' })).to.deep.equal({
      from: '2026-01-29',
      to: '2026-02-28',
    });
    // 8 March 2026 is a daylight-saving change in the US: still seven calendar days.
    const week = { from: '2026-03-09', to: '2026-03-15' };
    expect(previousRange(week)).to.deep.equal({ from: '2026-03-02', to: '2026-03-08' });
    expect(rangeDays(previousRange(week))).to.equal(7);
    expect(previousRange({ from: '2026-01-01', to: '2026-01-01' })).to.deep.equal({
      from: '2025-12-31',
      to: '2025-12-31',
    });
  });

  it('picks days, weeks or months for a breakdown, and the interval a date falls in', () => {
    expect(intervalFor({ from: '2026-03-01', to: '2026-03-31' })).to.equal('day');
    expect(intervalFor({ from: '2026-01-01', to: '2026-03-31' })).to.equal('week');
    expect(intervalFor({ from: '2026-01-01', to: '2026-12-31' })).to.equal('month');
    // Only the intervals that give a readable chart, the automatic one always among them.
    expect(intervalsFor({ from: '2026-03-01', to: '2026-03-01' })).to.deep.equal(['day']);
    expect(intervalsFor({ from: '2026-03-01', to: '2026-03-31' })).to.deep.equal(['day', 'week']);
    expect(intervalsFor({ from: '2026-01-01', to: '2026-03-31' })).to.deep.equal([
      'day',
      'week',
      'month',
    ]);
    expect(intervalsFor({ from: '2024-01-01', to: '2026-12-31' })).to.deep.equal(['month']);
    for (const to of ['2026-01-01', '2026-01-20', '2026-02-28', '2026-06-30', '2028-12-31'])
      expect(intervalsFor({ from: '2026-01-01', to })).to.include(
        intervalFor({ from: '2026-01-01', to }),
      );
    // Sunday 15 March 2026 belongs to the ISO week that began on Monday 9 March.
    expect(intervalStart('2026-03-15', 'week')).to.equal('2026-03-09');
    expect(intervalStart('2026-03-09', 'week')).to.equal('2026-03-09');
    expect(intervalStart('2026-01-01', 'week')).to.equal('2025-12-29');
    expect(intervalStart('2026-03-15', 'month')).to.equal('2026-03-01');
    expect(intervalStart('2026-03-15', 'day')).to.equal('2026-03-15');
  });

  it('counts every preset in Pacific/Auckland, across its daylight-saving change', () => {
    // 12:30 UTC on 30 September 2026 is already 01:30 on 1 October in Auckland (NZDT,
    // UTC+13), four days after clocks went forward on 27 September.
    const clock = new Date('2026-09-30T12:30:00Z');
    const zone = 'Pacific/Auckland';
    const expected: Record<string, [string, string]> = {
      today: ['2026-10-01', '2026-10-01'],
      yesterday: ['2026-09-30', '2026-09-30'],
      'last-7-days': ['2026-09-25', '2026-10-01'],
      'last-30-days': ['2026-09-02', '2026-10-01'],
      'this-month': ['2026-10-01', '2026-10-01'],
      'last-month': ['2026-09-01', '2026-09-30'],
      'this-quarter': ['2026-10-01', '2026-10-01'],
    };
    for (const [preset, [from, to]] of Object.entries(expected)) {
      expect(presetRange(preset as RangePreset, zone, clock), preset).to.deep.equal({ from, to });
    }
    // The week that holds the change still has seven days.
    expect(rangeDays(presetRange('last-7-days', zone, clock))).to.equal(7);
    expect(previousRange(presetRange('last-7-days', zone, clock))).to.deep.equal({
      from: '2026-09-18',
      to: '2026-09-24',
    });
  });
});
