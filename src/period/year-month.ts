/**
 * Contribution months as `YYYY-MM` strings, with integer month arithmetic (`year × 12 + month`).
 * Nothing here reads the clock or the host time zone.
 *
 * @module
 */
import { invalidInput, JamsostekError } from '../errors.ts';

/** A calendar month, `YYYY-MM` (e.g. `'2025-09'`), the unit in which contributions are due. */
export type YearMonth = string;

/** An inclusive range of months, `from` … `to`. */
export interface MonthRange {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
}

const YM_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * True when `value` is a valid `YYYY-MM` month between 1900-01 and 9999-12.
 *
 * @example
 * ```ts
 * import { isYearMonth } from 'jamsostek';
 * isYearMonth('2025-09'); // true
 * isYearMonth('2026-13'); // false
 * ```
 */
export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === 'string' && YM_RE.test(value) && value >= '1900-01';
}

/**
 * The month as an integer index (`year × 12 + month − 1`), for arithmetic and comparison.
 *
 * @example
 * ```ts
 * import { monthIndex } from 'jamsostek';
 * monthIndex('2025-12') - monthIndex('2025-07'); // 5
 * ```
 */
export function monthIndex(month: YearMonth): number {
  const m = YM_RE.exec(month);
  if (!m)
    throw new JamsostekError('INVALID_INPUT', `Not a YYYY-MM month: ${String(month)}`, {
      issues: [{ path: [], message: 'must be a YYYY-MM month', received: month }],
    });
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/**
 * The month for an index produced by {@link monthIndex}.
 *
 * @example
 * ```ts
 * import { monthFromIndex, monthIndex } from 'jamsostek';
 * monthFromIndex(monthIndex('2025-12') + 1); // '2026-01'
 * ```
 */
export function monthFromIndex(index: number): YearMonth {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * Adds `n` months (negative to go back).
 *
 * @example
 * ```ts
 * import { addMonths } from 'jamsostek';
 * addMonths('2025-11', 3); // '2026-02'
 * ```
 */
export function addMonths(month: YearMonth, n: number): YearMonth {
  return monthFromIndex(monthIndex(month) + n);
}

/**
 * Number of months in the inclusive range `from` … `to` (`'2025-07'` … `'2025-12'` is 6).
 * Throws `INVALID_INPUT` when `to` is before `from`.
 *
 * @example
 * ```ts
 * import { monthCount } from 'jamsostek';
 * monthCount({ from: '2025-07', to: '2025-12' }); // 6
 * ```
 */
export function monthCount(range: MonthRange): number {
  const n = monthIndex(range.to) - monthIndex(range.from) + 1;
  if (n < 1) {
    invalidInput([{ path: ['to'], message: `must not be before from (${range.from})`, received: range.to }]);
  }
  return n;
}

/**
 * Every month of the inclusive range, in order.
 *
 * @example
 * ```ts
 * import { eachMonth } from 'jamsostek';
 * eachMonth({ from: '2025-11', to: '2026-02' }); // ['2025-11', '2025-12', '2026-01', '2026-02']
 * ```
 */
export function eachMonth(range: MonthRange): YearMonth[] {
  const start = monthIndex(range.from);
  const n = monthCount(range);
  const out: YearMonth[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = monthFromIndex(start + i);
  return out;
}

/**
 * The first day of a month as an `IsoDate` (`'2025-09'` → `'2025-09-01'`).
 *
 * @example
 * ```ts
 * import { firstDayOf } from 'jamsostek';
 * firstDayOf('2025-09'); // '2025-09-01'
 * ```
 */
export function firstDayOf(month: YearMonth): string {
  monthIndex(month);
  return `${month}-01`;
}
