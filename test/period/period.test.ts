import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  asIsoDate,
  asYearMonth,
  calendarMonthsBetween,
  daysInMonth,
  eachMonth,
  firstDayOf,
  isIsoDate,
  isYearMonth,
  monthCount,
  monthFromIndex,
  monthIndex,
  monthOf,
} from 'jamsostek/period';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../helpers.ts';

describe('YearMonth', () => {
  it('validates YYYY-MM', () => {
    expect(isYearMonth('2025-09')).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-01', '1899-12', 202601, null])
      expect(isYearMonth(bad)).toBe(false);
    expect(errorCode(() => monthIndex('2015-13' as never))).toBe('INVALID_INPUT');
  });

  it('counts inclusive ranges: July–December is 6 months, a single month is 1', () => {
    expect(monthCount({ from: '2025-07', to: '2025-12' })).toBe(6);
    expect(monthCount({ from: '2025-07', to: '2025-07' })).toBe(1);
    expect(monthCount({ from: '2015-07', to: '2027-12' })).toBe(150);
    expect(errorCode(() => monthCount({ from: '2025-12', to: '2025-07' }))).toBe('INVALID_INPUT');
  });

  it('does month arithmetic across years', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-02', -3)).toBe('2025-11');
    expect(eachMonth({ from: '2025-11', to: '2026-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(firstDayOf('2025-09')).toBe('2025-09-01');
  });

  it('round-trips month indices (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900 * 12, max: 2100 * 12 + 11 }), (i) => {
        const m = monthFromIndex(i);
        expect(isYearMonth(m)).toBe(true);
        expect(monthIndex(m)).toBe(i);
      }),
    );
  });
});

describe('IsoDate', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-6-1')).toBe(false);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(errorCode(() => monthOf('2025-02-30'))).toBe('INVALID_INPUT');
  });

  it('computes ages without time-zone drift', () => {
    expect(ageOn('1971-05-02', '2025-05-01')).toBe(53);
    expect(ageOn('1971-05-02', '2025-05-02')).toBe(54);
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
    expect(monthOf('2025-06-14')).toBe('2025-06');
  });

  it('adds years and days in UTC', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2019-12-02', 5)).toBe('2024-12-02');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(calendarMonthsBetween('2025-01-31', '2025-03-01')).toBe(2);
  });

  it('adding n days then -n days returns the date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5000, max: 50_000 }), fc.integer({ min: -5000, max: 5000 }), (d0, n) => {
        const date = addDays('1950-01-01', d0);
        expect(isIsoDate(date)).toBe(true);
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });
});

describe('the supported span, 1900 to 2100', () => {
  it('refuses months and dates outside it, so no range can make a call loop for long', () => {
    expect(isYearMonth('2100-12')).toBe(true);
    expect(isYearMonth('2101-01')).toBe(false);
    expect(isYearMonth('1899-12')).toBe(false);
    expect(isIsoDate('2101-01-01')).toBe(false);
    expect(errorCode(() => monthCount({ from: '2025-01', to: '9999-12' }))).toBe('INVALID_INPUT');
    expect(errorCode(() => addMonths('2100-12', 1))).toBe('OUT_OF_RANGE');
    expect(errorCode(() => addDays('2100-12-31', 1))).toBe('OUT_OF_RANGE');
    expect(errorCode(() => addYears('1900-01-01', -1))).toBe('OUT_OF_RANGE');
    expect(errorCode(() => addYears('2000-01-01', 1e9))).toBe('OUT_OF_RANGE');
  });

  it('turns plain strings into typed months and dates, or says why not', () => {
    expect(asYearMonth('2025-09')).toBe('2025-09');
    expect(asIsoDate('2025-06-01')).toBe('2025-06-01');
    expect(errorCode(() => asYearMonth('2025-09-01'))).toBe('INVALID_INPUT');
    expect(errorCode(() => asIsoDate('2025-06'))).toBe('INVALID_INPUT');
  });

  it('refuses garbage instead of answering NaN', () => {
    expect(errorCode(() => monthFromIndex(Number.NaN))).toBe('INVALID_INPUT');
    expect(errorCode(() => monthFromIndex(1.5))).toBe('INVALID_INPUT');
    expect(errorCode(() => addDays('2025-01-01', 0.5))).toBe('INVALID_INPUT');
    expect(errorCode(() => addMonths('2025-01', Number.POSITIVE_INFINITY))).toBe('INVALID_INPUT');
    expect(errorCode(() => daysInMonth(2025, 13))).toBe('INVALID_INPUT');
    expect(errorCode(() => monthCount(null as never))).toBe('INVALID_INPUT');
  });
});
