import fc from 'fast-check';
import type { IsoDate } from 'jamsostek';
import { OFFICIAL_RULEBOOK, ruleAt } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import {
  addMonthsToDate,
  dayNumber,
  fromDayNumber,
  isoWeekday,
  monthLength,
} from '../../src/calendar/days.ts';

const year = (y: number) => ruleAt(OFFICIAL_RULEBOOK, 'calendar.holidays', `${y}-06-01`);
const count = (y: number, kind: 'holiday' | 'joint-leave') =>
  year(y).value.filter((h) => h.kind === kind).length;

describe('the holiday series', () => {
  it('has one version per year from 2015 to 2027, each listing only its own year, sorted, without repeats', () => {
    const series = OFFICIAL_RULEBOOK.series['calendar.holidays'];
    expect(series?.versions.map((v) => v.from)).toEqual(
      Array.from({ length: 13 }, (_, i) => `${2015 + i}-01-01`),
    );
    for (const v of series?.versions ?? []) {
      const y = v.from.slice(0, 4);
      const dates = v.value.map((h) => h.date);
      expect(dates.every((d) => d.startsWith(`${y}-`))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(v.citations.length).toBeGreaterThan(0);
      for (const h of v.value) expect(h.name.id && h.name.en).toBeTruthy();
    }
  });

  it('matches the published counts', () => {
    // SKB 1497/2025 (2026): 17 national holidays and 8 joint-leave days.
    expect([count(2026, 'holiday'), count(2026, 'joint-leave')]).toEqual([17, 8]);
    // SKB 1205/2026 (2027): 18 national holidays and 8 joint-leave days.
    expect([count(2027, 'holiday'), count(2027, 'joint-leave')]).toEqual([18, 8]);
    // SKB 1017/2024 (2025): 27 days (17 holidays, 10 joint leave), plus 18 August by SKB 933/2025.
    expect([count(2025, 'holiday'), count(2025, 'joint-leave')]).toEqual([17, 11]);
  });

  it('keeps the amendments: 2020 without the cancelled December joint leave, 2021 with the moved holidays', () => {
    const d2020 = year(2020).value.map((h) => h.date);
    expect(d2020).not.toContain('2020-12-28');
    expect(d2020).toContain('2020-12-31');
    const d2021 = year(2021).value.map((h) => h.date);
    expect(d2021).toContain('2021-08-11');
    expect(d2021).not.toContain('2021-08-10');
    expect(d2021).toContain('2021-10-20');
  });

  it('has no list for 2028', () => {
    expect(() => year(2028)).toThrow(/not in force/);
  });
});

describe('day arithmetic', () => {
  const dates = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10) as IsoDate);

  it('day numbers round-trip and agree with the platform’s calendar', () => {
    fc.assert(
      fc.property(dates, (d) => {
        expect(fromDayNumber(dayNumber(d))).toBe(d);
        expect(dayNumber(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
        expect(isoWeekday(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay() || 7);
      }),
    );
  });

  it('adds months with the day clamped to the month', () => {
    expect(addMonthsToDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDate('2026-02-16', 3)).toBe('2026-05-16');
    expect(addMonthsToDate('2026-11-30', 3)).toBe('2027-02-28');
    expect(monthLength(2100, 2)).toBe(28);
    expect(monthLength(2000, 2)).toBe(29);
  });
});
