/**
 * The due date of a contribution month: the day the regulation names, moved off weekends, national
 * holidays and (under one reading) joint-leave days, and how a payment date compares with it.
 *
 * @internal
 * @module
 */

import { JamsostekError } from '../errors.ts';
import type { BasisBuilder } from '../explain/basis.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import { addMonths } from '../period/year-month.ts';
import type { DueDateRule, FineCountingRule, Holiday, JointLeaveReading } from '../rulebook/catalog.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import type { Confidence, Rulebook, RuleRef } from '../rulebook/types.ts';
import type { Segment } from '../vocabulary.ts';
import { addMonthsToDate, dayNumber, dayOfMonth, isoWeekday, shiftDays } from './days.ts';
import type { DueDateByReading, NonWorkingDay } from './types.ts';

/** @internal The two readings of joint leave. */
export const READINGS: readonly JointLeaveReading[] = ['working-day', 'holiday'];

/** @internal The other reading. */
export function otherReading(r: JointLeaveReading): JointLeaveReading {
  return r === 'working-day' ? 'holiday' : 'working-day';
}

/** @internal Everything known about one month's due date, under both readings. */
export interface DueInfo {
  readonly segment: Segment;
  readonly month: YearMonth;
  readonly rule: RuleRef<DueDateRule>;
  readonly nominal: IsoDate;
  readonly dates: DueDateByReading;
  readonly skipped: Readonly<Record<JointLeaveReading, readonly NonWorkingDay[]>>;
  readonly weekend: RuleRef<readonly number[]>;
  /** The holiday versions consulted, by year. */
  readonly holidays: readonly RuleRef<readonly Holiday[]>[];
  /** Years consulted that have no holiday list. */
  readonly missingYears: readonly number[];
  /** The rulebook's reading of joint leave, at the nominal date. */
  readonly jointLeave: RuleRef<JointLeaveReading>;
  /** The joint-leave day that the working-day reading's due date falls on, if it does. */
  readonly jointLeaveOnDue: Holiday | null;
}

interface YearList {
  readonly ref: RuleRef<readonly Holiday[]>;
  readonly byDate: ReadonlyMap<string, Holiday>;
}

const yearCache = new WeakMap<Rulebook, Map<number, YearList | null>>();
const dueCache = new WeakMap<Rulebook, Map<string, DueInfo>>();

function yearList(rulebook: Rulebook, year: number): YearList | null {
  let perBook = yearCache.get(rulebook);
  if (!perBook) {
    perBook = new Map();
    yearCache.set(rulebook, perBook);
  }
  let hit = perBook.get(year);
  if (hit === undefined) {
    const ref = lookupRule(
      rulebook,
      'calendar.holidays',
      `${String(year).padStart(4, '0')}-07-01` as IsoDate,
    );
    hit = ref ? { ref, byDate: new Map(ref.value.map((h) => [h.date, h])) } : null;
    perBook.set(year, hit);
  }
  return hit;
}

/** The longest search for a working day before giving up (a rulebook with every day off). */
const MAX_ROLL = 366;

function roll(
  start: IsoDate,
  direction: DueDateRule['roll'],
  reading: JointLeaveReading,
  weekend: readonly number[],
  lists: (date: IsoDate) => YearList | null,
): { date: IsoDate; skipped: NonWorkingDay[] } {
  const skipped: NonWorkingDay[] = [];
  let date = start;
  for (let i = 0; i < MAX_ROLL; i++) {
    const list = lists(date);
    const h = list?.byDate.get(date);
    if (h && (h.kind === 'holiday' || reading === 'holiday'))
      skipped.push({ date, kind: h.kind, name: { id: h.name.id, en: h.name.en } });
    else if (weekend.includes(isoWeekday(date))) skipped.push({ date, kind: 'weekend' });
    else return { date, skipped };
    date = shiftDays(date, direction === 'forward' ? 1 : -1);
  }
  throw new JamsostekError('OUT_OF_RANGE', `No working day within ${MAX_ROLL} days of ${start}`, {
    details: { what: 'due date', value: null },
  });
}

/** @internal The due date of `month` for `segment` under both readings (cached per rulebook). */
export function dueInfo(rulebook: Rulebook, segment: Segment, month: YearMonth): DueInfo {
  let perBook = dueCache.get(rulebook);
  if (!perBook) {
    perBook = new Map();
    dueCache.set(rulebook, perBook);
  }
  const key = `${segment}:${month}`;
  const cached = perBook.get(key);
  if (cached) return cached;
  const rule = requireRule(rulebook, segment === 'PU' ? 'calendar.due.pu' : 'calendar.due.bpu', month);
  const nominal = dayOfMonth(addMonths(month, rule.value.monthOffset), rule.value.day);
  const weekend = requireRule(rulebook, 'calendar.weekend', nominal);
  const jointLeave = requireRule(rulebook, 'calendar.joint-leave', nominal);
  const consulted = new Map<number, YearList | null>();
  const lists = (date: IsoDate): YearList | null => {
    const year = Number(date.slice(0, 4));
    let l = consulted.get(year);
    if (l === undefined) {
      l = yearList(rulebook, year);
      consulted.set(year, l);
    }
    return l;
  };
  const strict = roll(nominal, rule.value.roll, 'working-day', weekend.value, lists);
  const lenient = roll(nominal, rule.value.roll, 'holiday', weekend.value, lists);
  const info: DueInfo = {
    segment,
    month,
    rule,
    nominal,
    dates: { 'working-day': strict.date, holiday: lenient.date },
    skipped: { 'working-day': strict.skipped, holiday: lenient.skipped },
    weekend,
    holidays: [...consulted.values()].filter((l): l is YearList => l !== null).map((l) => l.ref),
    missingYears: [...consulted.entries()].filter(([, l]) => l === null).map(([y]) => y),
    jointLeave,
    jointLeaveOnDue: lists(strict.date)?.byDate.get(strict.date) ?? null,
  };
  perBook.set(key, info);
  return info;
}

/** @internal The reading to use: the caller's, or the rulebook's. */
export function readingOf(info: DueInfo, given: JointLeaveReading | undefined): JointLeaveReading {
  return given ?? info.jointLeave.value;
}

/** @internal True when the two readings give different dates. */
export function readingsDiffer(info: DueInfo): boolean {
  return info.dates['working-day'] !== info.dates.holiday;
}

/**
 * @internal Records the rules and notices behind a due date; with `steps`, also the steps that show
 * the nominal day, every day off moved over, and the due date.
 */
export function recordDue(b: BasisBuilder, info: DueInfo, reading: JointLeaveReading, steps: boolean): void {
  b.use(info.rule);
  b.use(info.weekend);
  for (const h of info.holidays) b.use(h);
  const date = info.dates[reading];
  if (steps) {
    b.step(
      info.rule.value.monthOffset === 0
        ? 'calendar.due.nominal.same-month'
        : 'calendar.due.nominal.next-month',
      { month: info.month, day: info.rule.value.day, date: info.nominal },
      [info.rule.id],
    );
    for (const d of info.skipped[reading]) {
      if (d.kind === 'weekend') b.step('calendar.due.day-off.weekend', { date: d.date }, [info.weekend.id]);
      else
        b.step(
          d.kind === 'holiday' ? 'calendar.due.day-off.holiday' : 'calendar.due.day-off.joint-leave',
          { date: d.date, nameId: d.name.id, nameEn: d.name.en },
          d.kind === 'holiday' ? ['calendar.holidays'] : ['calendar.holidays', 'calendar.joint-leave'],
        );
    }
    const worked = info.jointLeaveOnDue;
    if (reading === 'working-day' && worked !== null)
      b.step('calendar.due.joint-leave-worked', { date, nameId: worked.name.id, nameEn: worked.name.en }, [
        'calendar.holidays',
        'calendar.joint-leave',
      ]);
    b.step(
      date === info.nominal
        ? 'calendar.due.kept'
        : info.rule.value.roll === 'forward'
          ? 'calendar.due.moved.forward'
          : 'calendar.due.moved.backward',
      { date, nominal: info.nominal },
      [info.rule.id],
    );
  }
  noticesOf(b, info, reading);
}

const noticed = new WeakMap<BasisBuilder, Set<string>>();

function once(b: BasisBuilder, key: string): boolean {
  let seen = noticed.get(b);
  if (!seen) {
    seen = new Set();
    noticed.set(b, seen);
  }
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

function noticesOf(b: BasisBuilder, info: DueInfo, reading: JointLeaveReading): void {
  if (readingsDiffer(info)) {
    b.use(info.jointLeave);
    b.notice(
      'calendar.joint-leave.uncertain',
      'warning',
      {
        month: info.month,
        reading,
        workingDay: info.dates['working-day'],
        holiday: info.dates.holiday,
      },
      ['calendar.joint-leave'],
    );
  }
  for (const year of info.missingYears)
    if (once(b, `missing:${year}`))
      b.notice('calendar.holidays.missing', 'warning', { year }, ['calendar.holidays']);
  if (info.rule.value.roll === 'backward' && once(b, 'pp49'))
    b.notice('calendar.due.pp49', 'info', {}, [info.rule.id]);
  if (info.segment === 'PU' && info.dates[reading] !== info.nominal && once(b, 'jp'))
    b.notice('calendar.due.jp-by-analogy', 'warning', {}, [info.rule.id]);
}

/** @internal The confidence of a result: the weakest rule, and `U` when a holiday list was missing. */
export function confidenceOf(b: BasisBuilder, infos: readonly DueInfo[]): Confidence {
  const missing = infos.some((i) => i.missingYears.length > 0);
  return weakestConfidence(missing ? [b.confidence(), 'U'] : [b.confidence()]);
}

/** @internal How a payment on `paidOn` compares with the due date under the reading used and the other. */
export type Timeliness = 'on-time' | 'ambiguous' | 'late';

/** @internal On time under the reading used; ambiguous when late under it but on time under the other; else late. */
export function timeliness(info: DueInfo, reading: JointLeaveReading, paidOn: IsoDate): Timeliness {
  if (paidOn <= info.dates[reading]) return 'on-time';
  if (paidOn <= info.dates[otherReading(reading)]) return 'ambiguous';
  return 'late';
}

/**
 * @internal Months of lateness of a payment on `paidOn` against `due` (the due date of a reading),
 * counted from `due` or the nominal day as the counting rule says: every month begun (paying one day
 * late is one month) or only the months completed. 0 when paid by `due`.
 */
export function monthsLate(info: DueInfo, due: IsoDate, paidOn: IsoDate, counting: FineCountingRule): number {
  if (paidOn <= due) return 0;
  const anchor = counting.anchor === 'due-date' ? due : info.nominal;
  const paid = dayNumber(paidOn);
  // A first guess from the day count, then exact steps with the clamped month arithmetic.
  let k = Math.max(0, Math.floor((paid - dayNumber(anchor)) / 31) - 1);
  if (counting.count === 'started-month') {
    k = Math.max(1, k);
    while (paid > dayNumber(addMonthsToDate(anchor, k))) k++;
    return k;
  }
  while (paid > dayNumber(addMonthsToDate(anchor, k + 1))) k++;
  return k;
}
