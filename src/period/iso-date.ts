/**
 * Calendar dates as `YYYY-MM-DD` strings. Validation and arithmetic are done on integers (or with
 * date-fns in UTC), so results never depend on the host time zone.
 *
 * @module
 */
import { UTCDate } from '@date-fns/utc';
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { addYears as fnsAddYears } from 'date-fns/addYears';
import { type InputIssue, invalidInput, JamsostekError } from '../errors.ts';
import { MAX_YEAR, MIN_YEAR, type MonthDigits, wholeNumberIssue, type YearMonth } from './year-month.ts';

/**
 * A calendar date, `YYYY-MM-DD` (e.g. `'2025-06-01'`): the day of an event, a birth, a registration.
 * The type rejects a month (`'2025-06'`) or month 13 at compile time; {@link isIsoDate} and
 * {@link asIsoDate} check a plain string at run time (the day included: 29 February, 31 April).
 */
export type IsoDate = `${number}-${MonthDigits}-${number}`;

const DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const RANGE = 'a YYYY-MM-DD calendar date from 1900-01-01 to 2100-12-31';

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'jamsostek/period';
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isSafeInteger(year) || !Number.isSafeInteger(month) || month < 1 || month > 12)
    invalidInput(
      [
        ...(Number.isSafeInteger(year)
          ? []
          : [{ path: ['year'], message: 'must be a whole number', received: year }]),
        ...(Number.isSafeInteger(month) && month >= 1 && month <= 12
          ? []
          : [{ path: ['month'], message: 'must be a whole number from 1 to 12', received: month }]),
      ],
      'year and month',
    );
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** @internal The parts of a valid date, or `undefined`. */
export function splitDate(value: unknown): { y: number; m: number; d: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_RE.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < MIN_YEAR || y > MAX_YEAR || d > daysInMonth(y, mo)) return undefined;
  return { y, m: mo, d };
}

/**
 * True when `value` is a real `YYYY-MM-DD` calendar date from 1900-01-01 to 2100-12-31.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'jamsostek/period';
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return splitDate(value) !== undefined;
}

/**
 * The string as an {@link IsoDate}, for dates read from forms, files or JSON. Throws
 * `INVALID_INPUT` when it is not a real calendar date from 1900-01-01 to 2100-12-31.
 *
 * @example
 * ```ts
 * import { asIsoDate } from 'jamsostek/period';
 * const date = asIsoDate(String('2025-06-01')); // typed IsoDate
 * ```
 */
export function asIsoDate(value: unknown): IsoDate {
  if (!isIsoDate(value)) invalidInput(dateIssue(value, []), 'date');
  return value;
}

/** @internal The issue of a value that should be a date, at `path`, or none. */
export function dateIssue(value: unknown, path: readonly (string | number)[]): InputIssue[] {
  return isIsoDate(value) ? [] : [{ path, message: `must be ${RANGE}`, received: value }];
}

type Parts = { y: number; m: number; d: number };

/** The parts of a date, or `INVALID_INPUT` with the issue at the root. */
function partsOf(date: unknown): Parts {
  const p = splitDate(date);
  if (!p) return invalidInput(dateIssue(date, []), 'date');
  return p;
}

/** The parts of two dates, or `INVALID_INPUT` listing each argument that is not a date by its name. */
function partsOfBoth(a: unknown, b: unknown, names: readonly [string, string]): [Parts, Parts] {
  const pa = splitDate(a);
  const pb = splitDate(b);
  if (!pa || !pb) return invalidInput([...dateIssue(a, [names[0]]), ...dateIssue(b, [names[1]])], 'dates');
  return [pa, pb];
}

/**
 * The month of a date.
 *
 * @example
 * ```ts
 * import { monthOf } from 'jamsostek/period';
 * monthOf('2025-06-14'); // '2025-06'
 * ```
 */
export function monthOf(date: IsoDate): YearMonth {
  partsOf(date);
  return date.slice(0, 7) as YearMonth;
}

/**
 * Age in whole years on `date` of someone born on `birthDate` (the birthday itself counts).
 *
 * @example
 * ```ts
 * import { ageOn } from 'jamsostek/period';
 * ageOn('1971-05-02', '2025-05-01'); // 53
 * ageOn('1971-05-02', '2025-05-02'); // 54
 * ```
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [b, d] = partsOfBoth(birthDate, date, ['birthDate', 'date']);
  let age = d.y - b.y;
  if (d.m < b.m || (d.m === b.m && d.d < b.d)) age -= 1;
  return age;
}

/** The date in UTC, or `INVALID_INPUT` listing the date and the amount to add when either is wrong. */
function toUtc(date: IsoDate, amount: number, unit: 'days' | 'years'): UTCDate {
  const p = splitDate(date);
  if (!p || !Number.isSafeInteger(amount))
    return invalidInput(
      [...dateIssue(date, ['date']), ...wholeNumberIssue(amount, [unit])],
      `date and ${unit} to add`,
    );
  return new UTCDate(p.y, p.m - 1, p.d);
}

function fromUtc(date: Date, what: string): IsoDate {
  const y = date.getUTCFullYear();
  if (!(y >= MIN_YEAR && y <= MAX_YEAR))
    throw new JamsostekError('OUT_OF_RANGE', `${what} leaves the supported span 1900-01-01 … 2100-12-31`, {
      details: { what, value: Number.isNaN(y) ? null : y },
    });
  return date.toISOString().slice(0, 10) as IsoDate;
}

/**
 * Adds whole years, keeping the day where it exists (29 February + 1 year → 28 February).
 *
 * @example
 * ```ts
 * import { addYears } from 'jamsostek/period';
 * addYears('2024-02-29', 1); // '2025-02-28'
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const start = toUtc(date, years, 'years');
  if (Math.abs(years) > MAX_YEAR - MIN_YEAR) return fromUtc(new Date(Number.NaN), 'date + years');
  return fromUtc(fnsAddYears(start, years), 'date + years');
}

/**
 * Adds days (negative to go back).
 *
 * @example
 * ```ts
 * import { addDays } from 'jamsostek/period';
 * addDays('2025-12-31', 1); // '2026-01-01'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = toUtc(date, days, 'days');
  if (Math.abs(days) > (MAX_YEAR - MIN_YEAR + 1) * 366) return fromUtc(new Date(Number.NaN), 'date + days');
  return fromUtc(fnsAddDays(start, days), 'date + days');
}

/**
 * Whole calendar months from `start` to `end` counted by month number only
 * (`'2025-01-31'` → `'2025-03-01'` is 2).
 *
 * @example
 * ```ts
 * import { calendarMonthsBetween } from 'jamsostek/period';
 * calendarMonthsBetween('2025-01-31', '2025-03-01'); // 2
 * ```
 */
export function calendarMonthsBetween(start: IsoDate, end: IsoDate): number {
  const [a, b] = partsOfBoth(start, end, ['start', 'end']);
  return b.y * 12 + b.m - (a.y * 12 + a.m);
}
