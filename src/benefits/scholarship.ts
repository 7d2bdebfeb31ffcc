/**
 * Children's scholarships (beasiswa pendidikan anak) by the date of the event.
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { addYears, ageOn } from '../period/iso-date.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import { BENEFITS_RULEBOOK } from '../rulebook/official/benefits.ts';
import { parseInput } from '../schemas/validate.ts';
import { itemOf, regimeOn, sumAmounts } from './common.ts';
import { scholarshipScheduleInput } from './schema.ts';
import type {
  BenefitItem,
  ChildSchedule,
  ScholarshipItemCode,
  ScholarshipScheduleInput,
  ScholarshipScheduleResult,
  ScholarshipYear,
} from './types.ts';

/** @internal The calculation on validated input. */
export function computeScholarship(input: ScholarshipScheduleInput): ScholarshipScheduleResult {
  const rulebook = input.rulebook ?? BENEFITS_RULEBOOK;
  const date = input.eventDate;
  const regime = regimeOn(date);
  const b = new BasisBuilder(rulebook);
  const base = {
    kind: 'scholarship-schedule' as const,
    eventDate: date,
    regime,
    cause: input.cause,
  };
  const max = b.use(requireRule(rulebook, 'scholarship.max-children', date));
  if (input.children.length > max.value) {
    invalidInput(
      [
        {
          path: ['children'],
          message: `at most ${String(max.value)} child(ren) may receive the scholarship under ${regime}; choose which`,
          received: input.children.length,
        },
      ],
      'scholarship input',
    );
  }
  if (input.cause === 'non-work-death') {
    const min = b.use(requireRule(rulebook, 'jkm.scholarship.min-contribution-months', date));
    const months = input.contributionMonths ?? 0;
    if (months < min.value) {
      b.notice('scholarship.period-too-short', 'warning', { months, min: min.value }, [min.id]);
      const basis = b.build({ eventDate: date });
      return {
        ...base,
        status: 'not-eligible',
        reason: 'contribution-period-too-short',
        total: 0,
        confidence: b.confidence(),
        basis,
      };
    }
    b.step('scholarship.period-met', { months, min: min.value }, [min.id]);
  } else {
    b.step(`scholarship.no-minimum.${input.cause}`, {}, [max.id]);
  }

  const children: ChildSchedule[] = [];
  let item: BenefitItem<ScholarshipItemCode>;
  if (regime === 'PP 44/2015') {
    const once = b.use(requireRule(rulebook, 'scholarship.pp44.amount', date));
    const amount = once.value;
    item = itemOf(once, 'scholarship', amount, 'children');
    const first = input.children[0];
    if (first) {
      children.push({
        child: 0,
        years: [{ date, level: 'one-off', age: ageOn(first.birthDate, date), amount }],
        total: amount,
      });
      b.step('scholarship.once', {}, [once.id], amount);
    }
  } else {
    const levelsRule = b.use(requireRule(rulebook, 'scholarship.levels', date));
    const limit = b.use(requireRule(rulebook, 'scholarship.age-limit', date));
    const levels = levelsRule.value;
    const ageLimit = limit.value;
    item = itemOf(levelsRule, 'scholarship', 0, 'children');
    // A child below school age at the event is paid from school entry (unverified age; only when the
    // caller gives neither the start date nor the level).
    const entryRule = Object.hasOwn(rulebook.series, 'scholarship.school-entry-age')
      ? lookupRule(rulebook, 'scholarship.school-entry-age', date)
      : undefined;
    input.children.forEach((c, index) => {
      let start = c.startDate ?? date;
      if (entryRule && c.startDate === undefined && c.level === undefined) {
        const ageAtEvent = ageOn(c.birthDate, date);
        if (ageAtEvent < entryRule.value) {
          b.use(entryRule);
          start = addYears(c.birthDate, entryRule.value);
          b.notice(
            'scholarship.school-entry',
            'info',
            { child: index + 1, age: ageAtEvent, entryAge: entryRule.value, start },
            [entryRule.id],
          );
        }
      }
      const firstLevel = c.level ?? 'TK-SD';
      const from = levels.findIndex((l) => l.level === firstLevel);
      const yearIn = c.yearInLevel ?? 1;
      const startRow = levels[from];
      if (!startRow || yearIn > startRow.maxYears) {
        invalidInput(
          [
            {
              path: ['children', index, 'yearInLevel'],
              message: `level ${firstLevel} has at most ${String(startRow?.maxYears ?? 0)} years`,
              received: yearIn,
            },
          ],
          'scholarship input',
        );
      }
      const years: ScholarshipYear[] = [];
      let stoppedBy: ChildSchedule['stoppedBy'];
      let k = 0;
      outer: for (const [li, row] of levels.entries()) {
        if (li < from) continue;
        const count = li === from ? row.maxYears - (yearIn - 1) : row.maxYears;
        for (let y = 0; y < count; y++) {
          const when = addYears(start, k);
          const age = ageOn(c.birthDate, when);
          if (age >= ageLimit) {
            stoppedBy = 'age-limit';
            break outer;
          }
          if (c.stopDate !== undefined && when >= c.stopDate) {
            stoppedBy = 'stop-date';
            break outer;
          }
          years.push({ date: when, level: row.level, age, amount: row.perYear });
          k++;
        }
      }
      const total = sumAmounts(years, 'scholarship');
      children.push(stoppedBy ? { child: index, years, total, stoppedBy } : { child: index, years, total });
      b.step(
        'scholarship.child',
        {
          child: index + 1,
          years: years.length,
          ...(years.length ? { first: years[0]?.date ?? '', last: years.at(-1)?.date ?? '' } : {}),
        },
        [levelsRule.id],
        total,
      );
      if (stoppedBy === 'age-limit')
        b.notice('scholarship.age-limit', 'info', { child: index + 1, age: ageLimit }, [limit.id]);
      if (stoppedBy === 'stop-date')
        b.notice('scholarship.stop-date', 'info', { child: index + 1, date: c.stopDate ?? '' }, [limit.id]);
    });
  }
  const total = checkRupiah(
    children.reduce((s, c) => s + c.total, 0),
    'scholarship total',
  );
  if (children.length === 0) b.notice('scholarship.no-children', 'info', {}, []);
  b.step('scholarship.total', {}, [], total);
  const basis = b.build({ eventDate: date });
  return {
    ...base,
    status: 'eligible',
    children,
    total,
    item: { ...item, amount: total },
    confidence: b.confidence(),
    basis,
  };
}

/**
 * The children's scholarship for a death or a total permanent disability, chosen by the date of the
 * event. Under PP 82/2019 (events from 2019-12-02): at most 2 children, paid yearly by school level
 * (TK–SD Rp1.500.000 for up to 8 years, SMP Rp2.000.000 × 3, SMA Rp3.000.000 × 3, university or training
 * Rp12.000.000 × 5), from the date of the event or, for a child not yet of school age then, from school
 * entry (the child's `startDate`, else the day the child turns 4, unverified), ending at age 23 or at the
 * child's stop date (marriage, work); a non-work death needs
 * 36 months of contributions (Pasal 34 ayat (1) huruf d), a work-accident death or total disability none.
 * Under PP 44/2015: Rp12.000.000 once for the participant (a non-work death needs 60 months).
 *
 * Throws `INVALID_INPUT` for more children than the regime allows, and `RULE_NOT_IN_FORCE` before 2015-07-01.
 *
 * @example
 * ```ts
 * import { scholarshipSchedule } from 'jamsostek/benefits';
 * const r = scholarshipSchedule({
 *   eventDate: '2025-06-01', cause: 'work-accident-death',
 *   children: [{ birthDate: '2021-01-01' }, { birthDate: '2022-03-01' }],
 * });
 * r.total; // 174000000
 * ```
 */
export function scholarshipSchedule(input: ScholarshipScheduleInput): ScholarshipScheduleResult {
  return computeScholarship(parseInput(scholarshipScheduleInput, input, 'scholarship input'));
}
