/**
 * Calendar dates as `YYYY-MM-DD` strings. Validation and arithmetic are done on integers (or with
 * date-fns in UTC), so results never depend on the host time zone.
 *
 * @module
 */
import { UTCDate } from '@date-fns/utc';
import { addDays as fnsAddDays, addYears as fnsAddYears } from 'date-fns';
import { JamsostekError } from '../errors.ts';
import type { YearMonth } from './year-month.ts';

/** A calendar date, `YYYY-MM-DD` (e.g. `'2025-06-01'`): the day of an event, a birth, a registration. */
export type IsoDate = string;

const DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'jamsostek';
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** @internal Splits a valid date into numbers, or returns undefined. */
export function splitDate(value: unknown): { y: number; m: number; d: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_RE.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || d > daysInMonth(y, mo)) return undefined;
  return { y, m: mo, d };
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (so `'2025-02-29'` is false).
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'jamsostek';
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return splitDate(value) !== undefined;
}

function parts(date: IsoDate): { y: number; m: number; d: number } {
  const p = splitDate(date);
  if (!p) {
    throw new JamsostekError('INVALID_INPUT', `Not a YYYY-MM-DD date: ${String(date)}`, {
      issues: [{ path: [], message: 'must be a YYYY-MM-DD calendar date', received: date }],
    });
  }
  return p;
}

/**
 * The contribution month a date falls in (`'2025-06-14'` → `'2025-06'`).
 *
 * @example
 * ```ts
 * import { monthOf } from 'jamsostek';
 * monthOf('2025-06-14'); // '2025-06'
 * ```
 */
export function monthOf(date: IsoDate): YearMonth {
  parts(date);
  return date.slice(0, 7);
}

/**
 * Age in completed years on a date (a birthday on 29 February is reached on 1 March in common years).
 *
 * @example
 * ```ts
 * import { ageOn } from 'jamsostek';
 * ageOn('1971-05-02', '2025-05-01'); // 53
 * ageOn('1971-05-02', '2025-05-02'); // 54
 * ```
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const b = parts(birthDate);
  const d = parts(date);
  let age = d.y - b.y;
  if (d.m < b.m || (d.m === b.m && d.d < b.d)) age -= 1;
  return age;
}

function toUtc(date: IsoDate): UTCDate {
  const p = parts(date);
  return new UTCDate(p.y, p.m - 1, p.d);
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * Adds whole years, keeping the day where it exists (29 February + 1 year → 28 February).
 *
 * @example
 * ```ts
 * import { addYears } from 'jamsostek';
 * addYears('2024-02-29', 1); // '2025-02-28'
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return fromUtc(fnsAddYears(toUtc(date), years));
}

/**
 * Adds days (negative to go back).
 *
 * @example
 * ```ts
 * import { addDays } from 'jamsostek';
 * addDays('2025-12-31', 1); // '2026-01-01'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(fnsAddDays(toUtc(date), days));
}

/**
 * Whole calendar months from `start` to `end` counted by month number only
 * (`'2025-01-31'` → `'2025-03-01'` is 2).
 *
 * @example
 * ```ts
 * import { calendarMonthsBetween } from 'jamsostek';
 * calendarMonthsBetween('2025-01-31', '2025-03-01'); // 2
 * ```
 */
export function calendarMonthsBetween(start: IsoDate, end: IsoDate): number {
  const a = parts(start);
  const b = parts(end);
  return b.y * 12 + b.m - (a.y * 12 + a.m);
}
