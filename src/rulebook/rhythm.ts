/**
 * When the next version of a series with a rhythm is due.
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../period/iso-date.ts';
import type { RuleRhythm } from './types.ts';

/**
 * @internal The first day from which the version after one starting on `from` is due: the first day of
 * the rhythm's month strictly after `from`, plus `everyYears − 1` years.
 */
export function nextDue(from: IsoDate, rhythm: Pick<RuleRhythm, 'everyYears' | 'month'>): IsoDate {
  const year = Number(from.slice(0, 4));
  const mm = String(rhythm.month).padStart(2, '0');
  const sameYear = `${String(year)}-${mm}-01`;
  const first = sameYear > from ? year : year + 1;
  return `${String(first + rhythm.everyYears - 1)}-${mm}-01` as IsoDate;
}
