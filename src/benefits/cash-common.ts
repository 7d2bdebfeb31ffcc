/**
 * Helpers shared by the JKP, JHT and JP calculators.
 *
 * @internal
 * @module
 */
import { JamsostekError } from '../errors.ts';
import { daysInMonth, type IsoDate } from '../period/iso-date.ts';
import { MAX_YEAR, MIN_YEAR, type MonthRange, monthIndex, type YearMonth } from '../period/year-month.ts';

/** @internal The same day `n` months later (or earlier), the day clamped to the end of a shorter month. */
export function addMonthsToDate(date: IsoDate, n: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  if (ny < MIN_YEAR || ny > MAX_YEAR)
    throw new JamsostekError('OUT_OF_RANGE', 'date leaves the supported span 1900-01-01 … 2100-12-31', {
      details: { what: 'date', value: ny },
    });
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}` as IsoDate;
}

/** @internal The first day of the month after the month of `date`. */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  return addMonthsToDate(`${date.slice(0, 7)}-01` as IsoDate, 1);
}

/** @internal The month indexes covered by inclusive month ranges, each once. */
export function monthSet(ranges: readonly MonthRange[]): Set<number> {
  const out = new Set<number>();
  for (const r of ranges) {
    const a = monthIndex(r.from);
    const b = monthIndex(r.to);
    for (let i = a; i <= b; i++) out.add(i);
  }
  return out;
}

/** @internal The year of a month. */
export function yearOf(month: YearMonth | IsoDate): number {
  return Number(month.slice(0, 4));
}
