/**
 * Contribution months as `YYYY-MM` strings, with integer month arithmetic (`year × 12 + month`).
 * Nothing here reads the clock or the host time zone.
 *
 * @module
 */
import { type InputIssue, invalidInput, JamsostekError, showValue } from '../errors.ts';

/** A month number with two digits, `'01'` … `'12'`. */
export type MonthDigits = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12';

/**
 * A calendar month, `YYYY-MM` (e.g. `'2025-09'`), the unit in which contributions are due. The type
 * rejects a date (`'2025-09-01'`) or month 13 at compile time; {@link isYearMonth} and
 * {@link asYearMonth} check a plain string at run time.
 */
export type YearMonth = `${number}-${MonthDigits}`;

/** An inclusive range of months, `from` … `to`. */
export interface MonthRange {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
}

/** First supported year. */
export const MIN_YEAR = 1900;
/** Last supported year: months and dates after 2100 are refused, so no call can loop for long. */
export const MAX_YEAR = 2100;

const YM_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MIN_INDEX = MIN_YEAR * 12;
const MAX_INDEX = MAX_YEAR * 12 + 11;
const MONTH_MESSAGE = 'must be a YYYY-MM month from 1900-01 to 2100-12';

/** @internal The issue of a value that should be a month, at `path`, or none. */
export function monthIssue(value: unknown, path: readonly (string | number)[]): InputIssue[] {
  return isYearMonth(value) ? [] : [{ path, message: MONTH_MESSAGE, received: value }];
}

/** @internal The issue of a value that should be a whole number, at `path`, or none. */
export function wholeNumberIssue(
  value: unknown,
  path: readonly (string | number)[],
  message = 'must be a whole number',
): InputIssue[] {
  return Number.isSafeInteger(value) ? [] : [{ path, message, received: value }];
}

/**
 * True when `value` is a valid `YYYY-MM` month from 1900-01 to 2100-12 (the supported span).
 *
 * @example
 * ```ts
 * import { isYearMonth } from 'jamsostek/period';
 * isYearMonth('2025-09'); // true
 * isYearMonth('2026-13'); // false
 * ```
 */
export function isYearMonth(value: unknown): value is YearMonth {
  if (typeof value !== 'string' || !YM_RE.test(value)) return false;
  const y = Number(value.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/**
 * The string as a {@link YearMonth}, for months read from forms, files or JSON. Throws
 * `INVALID_INPUT` when it is not a `YYYY-MM` month from 1900-01 to 2100-12.
 *
 * @example
 * ```ts
 * import { asYearMonth } from 'jamsostek/period';
 * const month = asYearMonth(String('2025-09')); // typed YearMonth
 * ```
 */
export function asYearMonth(value: unknown): YearMonth {
  if (!isYearMonth(value)) invalidInput(monthIssue(value, []), 'month');
  return value;
}

/**
 * The month as an integer index (`year × 12 + month − 1`), for arithmetic and comparison.
 *
 * @example
 * ```ts
 * import { monthIndex } from 'jamsostek/period';
 * monthIndex('2025-12') - monthIndex('2025-07'); // 5
 * ```
 */
export function monthIndex(month: YearMonth): number {
  if (!isYearMonth(month))
    throw new JamsostekError(
      'INVALID_INPUT',
      `Not a YYYY-MM month from 1900-01 to 2100-12: ${showValue(month)}`,
      {
        issues: monthIssue(month, []),
        details: { what: 'month' },
      },
    );
  return index(month);
}

/** The index of a month already checked. */
function index(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/**
 * The month for an index produced by {@link monthIndex}. Throws `INVALID_INPUT` for an index that is
 * not a whole number and `OUT_OF_RANGE` outside 1900-01 … 2100-12.
 *
 * @example
 * ```ts
 * import { monthFromIndex, monthIndex } from 'jamsostek/period';
 * monthFromIndex(monthIndex('2025-12') + 1); // '2026-01'
 * ```
 */
export function monthFromIndex(index: number): YearMonth {
  if (!Number.isSafeInteger(index))
    invalidInput([{ path: [], message: 'must be a whole number', received: index }], 'month index');
  if (index < MIN_INDEX || index > MAX_INDEX)
    throw new JamsostekError('OUT_OF_RANGE', `Month index ${index} is outside 1900-01 … 2100-12`, {
      details: { what: 'month', value: index },
    });
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${y}-${m < 10 ? `0${m}` : String(m)}` as YearMonth;
}

/**
 * Adds `n` months (negative to go back). Throws `OUT_OF_RANGE` when the result leaves
 * 1900-01 … 2100-12.
 *
 * @example
 * ```ts
 * import { addMonths } from 'jamsostek/period';
 * addMonths('2025-11', 3); // '2026-02'
 * ```
 */
export function addMonths(month: YearMonth, n: number): YearMonth {
  if (!isYearMonth(month) || !Number.isSafeInteger(n))
    invalidInput(
      [...monthIssue(month, ['month']), ...wholeNumberIssue(n, ['n'], 'must be a whole number of months')],
      'month and months to add',
    );
  return monthFromIndex(index(month) + n);
}

/**
 * Number of months in the inclusive range `from` … `to` (`'2025-07'` … `'2025-12'` is 6).
 * Throws `INVALID_INPUT` when `to` is before `from`.
 *
 * @example
 * ```ts
 * import { monthCount } from 'jamsostek/period';
 * monthCount({ from: '2025-07', to: '2025-12' }); // 6
 * ```
 */
export function monthCount(range: MonthRange): number {
  if (typeof range !== 'object' || range === null)
    invalidInput(
      [{ path: [], message: 'must be an object with from and to', received: range }],
      'month range',
    );
  if (!isYearMonth(range.from) || !isYearMonth(range.to))
    invalidInput([...monthIssue(range.from, ['from']), ...monthIssue(range.to, ['to'])], 'month range');
  const n = index(range.to) - index(range.from) + 1;
  if (n < 1)
    invalidInput(
      [{ path: ['to'], message: `must not be before from (${range.from})`, received: range.to }],
      'month range',
    );
  return n;
}

/**
 * Every month of the inclusive range, in order.
 *
 * @example
 * ```ts
 * import { eachMonth } from 'jamsostek/period';
 * eachMonth({ from: '2025-11', to: '2026-02' }); // ['2025-11', '2025-12', '2026-01', '2026-02']
 * ```
 */
export function eachMonth(range: MonthRange): YearMonth[] {
  const n = monthCount(range);
  const start = monthIndex(range.from);
  const out: YearMonth[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = monthFromIndex(start + i);
  return out;
}

/**
 * The first day of a month as an `IsoDate` (`'2025-09'` → `'2025-09-01'`).
 *
 * @example
 * ```ts
 * import { firstDayOf } from 'jamsostek/period';
 * firstDayOf('2025-09'); // '2025-09-01'
 * ```
 */
export function firstDayOf(month: YearMonth): `${YearMonth}-01` {
  if (!isYearMonth(month)) invalidInput(monthIssue(month, []), 'month');
  return `${month}-01`;
}
