/**
 * Months and dates: `YYYY-MM` contribution months and `YYYY-MM-DD` dates as typed strings, with
 * integer month arithmetic and time-zone-free date arithmetic, from 1900 to 2100.
 *
 * @packageDocumentation
 * @module jamsostek/period
 * @group Entry points
 */
export {
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
  type IsoDate,
  isIsoDate,
  isYearMonth,
  MAX_YEAR,
  MIN_YEAR,
  type MonthDigits,
  type MonthRange,
  monthCount,
  monthFromIndex,
  monthIndex,
  monthOf,
  type YearMonth,
} from '../period/index.ts';
