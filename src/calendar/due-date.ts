/**
 * Contribution due dates, one month or a schedule of months.
 *
 * @module
 */
import { BasisBuilder } from '../explain/basis.ts';
import { eachMonth } from '../period/year-month.ts';
import type { JointLeaveReading } from '../rulebook/catalog.ts';
import { CALENDAR_RULEBOOK } from '../rulebook/official/calendar.ts';
import type { Rulebook } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { confidenceOf, type DueInfo, dueInfo, readingOf, recordDue } from './due.ts';
import { contributionDueDateInput, contributionDueDateScheduleInput } from './schema.ts';
import type {
  ContributionDueDateInput,
  ContributionDueDateResult,
  ContributionDueDateScheduleInput,
  ContributionDueDateScheduleResult,
} from './types.ts';

/** @internal The result of one month, with its own basis. */
export function dueDateResult(
  rulebook: Rulebook,
  info: DueInfo,
  reading: JointLeaveReading,
): ContributionDueDateResult {
  const b = new BasisBuilder(rulebook);
  recordDue(b, info, reading, true);
  const dueDate = info.dates[reading];
  const head = {
    kind: 'contribution-due-date' as const,
    segment: info.segment,
    month: info.month,
    nominalDate: info.nominal,
    dueDate,
    jointLeave: reading,
    byReading: { 'working-day': info.dates['working-day'], holiday: info.dates.holiday },
    confidence: confidenceOf(b, [info]),
    basis: b.build({ segment: info.segment, month: info.month }),
  };
  if (dueDate === info.nominal) return { ...head, moved: false };
  return {
    ...head,
    moved: true,
    movedFrom: info.nominal,
    direction: info.rule.value.roll,
    reason: info.skipped[reading].map((d) =>
      d.kind === 'weekend'
        ? { date: d.date, kind: d.kind }
        : { date: d.date, kind: d.kind, name: { id: d.name.id, en: d.name.en } },
    ),
  };
}

/**
 * The last day to pay one month's contributions. Wage earners (`PU`): the employer pays by the 15th of
 * the month after the contribution month (PP 44/2015 Pasal 21 ayat (2), PP 46/2015 Pasal 19 ayat (2),
 * PP 45/2015 Pasal 30 ayat (3)); non-wage participants (`BPU`): by the 15th of the contribution month
 * itself (PP 44/2015 Pasal 24 ayat (3)). A 15th on a day off (Saturday, Sunday, a national holiday of
 * that year's SKB, a voting day) moves to the next working day (Pasal 21 ayat (3), 24 ayat (4)); the
 * reason lists every day moved over, and the basis cites the year's SKB. In the PP 49/2020 months
 * (August 2020 to January 2021) a wage earner's bill was due by the 30th of the next month, moved
 * back to the working day before.
 *
 * Joint-leave days (cuti bersama) count as working days by default (`jointLeave: 'working-day'`, the
 * earlier date; the law does not say, confidence U); `byReading` gives both dates. A year without a
 * holiday list in the rulebook is computed with weekends only, with confidence U and a notice.
 *
 * @example
 * ```ts
 * import { contributionDueDate } from 'jamsostek/calendar';
 * contributionDueDate({ segment: 'PU', month: '2025-07' }).dueDate; // '2025-08-15', a Friday
 * const may = contributionDueDate({ segment: 'PU', month: '2026-04' });
 * may.dueDate; // '2026-05-15': the Friday is joint leave (Ascension), counted as a working day
 * may.byReading.holiday; // '2026-05-18' if joint leave counted as a day off
 * ```
 */
export function contributionDueDate(input: ContributionDueDateInput): ContributionDueDateResult {
  const v = parseInput(contributionDueDateInput, input, 'contribution due date input');
  const rulebook = v.rulebook ?? CALENDAR_RULEBOOK;
  const info = dueInfo(rulebook, v.segment, v.month);
  return dueDateResult(rulebook, info, readingOf(info, v.jointLeave));
}

/**
 * The due dates of every month from `from` to `to` (see `contributionDueDate`), with one basis step
 * per month.
 *
 * @example
 * ```ts
 * import { contributionDueDateSchedule } from 'jamsostek/calendar';
 * const s = contributionDueDateSchedule({ segment: 'BPU', from: '2026-01', to: '2026-12' });
 * s.byMonth.map((m) => m.dueDate)[1]; // '2026-02-16': Sunday the 15th moves to Monday
 * ```
 */
export function contributionDueDateSchedule(
  input: ContributionDueDateScheduleInput,
): ContributionDueDateScheduleResult {
  const v = parseInput(contributionDueDateScheduleInput, input, 'contribution due date schedule input');
  const rulebook = v.rulebook ?? CALENDAR_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  const infos = eachMonth({ from: v.from, to: v.to }).map((m) => dueInfo(rulebook, v.segment, m));
  const reading = v.jointLeave ?? (infos[0] as DueInfo).jointLeave.value;
  const byMonth = infos.map((info) => {
    recordDue(b, info, reading, false);
    const r = dueDateResult(rulebook, info, reading);
    b.step(
      r.moved ? 'calendar.schedule.month.moved' : 'calendar.schedule.month',
      { month: info.month, date: r.dueDate, nominal: info.nominal },
      [info.rule.id],
    );
    return r;
  });
  return {
    kind: 'contribution-due-date-schedule',
    segment: v.segment,
    from: v.from,
    to: v.to,
    monthCount: byMonth.length,
    jointLeave: reading,
    byMonth,
    confidence: confidenceOf(b, infos),
    basis: b.build({ segment: v.segment, from: v.from, to: v.to }),
  };
}
