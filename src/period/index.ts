export {
  addDays,
  addYears,
  ageOn,
  calendarMonthsBetween,
  daysInMonth,
  type IsoDate,
  isIsoDate,
  monthOf,
} from './iso-date.ts';
export {
  addMonths,
  eachMonth,
  firstDayOf,
  isYearMonth,
  type MonthRange,
  monthCount,
  monthFromIndex,
  monthIndex,
  type YearMonth,
} from './year-month.ts';
