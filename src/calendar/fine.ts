/**
 * The fine of an employer that pays a wage earner's contributions late.
 *
 * @module
 */

import { invalidInput } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { Dec } from '../money/decimal.ts';
import { applyRate, DEFAULT_ROUNDING } from '../money/rounding.ts';
import { checkRupiah } from '../money/rupiah.ts';
import type { LateFineRule } from '../rulebook/catalog.ts';
import { requireRule } from '../rulebook/lookup.ts';
import { CALENDAR_RULEBOOK } from '../rulebook/official/calendar.ts';
import type { RuleRef } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { confidenceOf, dueInfo, monthsLate, otherReading, readingOf, recordDue, timeliness } from './due.ts';
import { lateFineInput } from './schema.ts';
import type { FinedProgram, LateFineInput, LateFineLine, LateFineResult } from './types.ts';

type FineId = 'calendar.fine.jkk-jkm' | 'calendar.fine.jht' | 'calendar.fine.jp';

const RULE_OF: Readonly<Record<FinedProgram, FineId>> = {
  JKK: 'calendar.fine.jkk-jkm',
  JKM: 'calendar.fine.jkk-jkm',
  JHT: 'calendar.fine.jht',
  JP: 'calendar.fine.jp',
};

const PROGRAMS: readonly FinedProgram[] = ['JKK', 'JKM', 'JHT', 'JP'];

/**
 * The fine an employer owes for paying one month's wage-earner contributions on `paidOn`: 2 % of the
 * contribution due for every month of lateness (PP 44/2015 Pasal 22 ayat (1) for JKK and JKM, PP
 * 46/2015 Pasal 20 ayat (1) for JHT, PP 45/2015 Pasal 31 ayat (1) for JP); 0,5 % in the PP 49/2020
 * months (August 2020 to January 2021), counted from their own deadline. Months of lateness count
 * every month begun after the due date (paying on the 16th is one month; confidence C, no regulation
 * defines it). State organisers (`employerType: 'state'`) are exempt by the wording of those articles.
 * A payment late under the reading of joint leave used but on time under the other is `'ambiguous'`:
 * no fine is asserted, and `fineIfLate` shows what the stricter reading would give.
 *
 * Give the contribution due as a total (`contribution`) or per program (`byProgram`, each line under its
 * own article). The fine is rate × months × contribution, rounded half-up to the rupiah per line, with
 * no compounding and no cap (none in the text).
 *
 * @example
 * ```ts
 * import { lateFine } from 'jamsostek/calendar';
 * // The January 2026 contribution (due Monday 16 February) paid on 10 May: 3 months begun, 3 × 2 %
 * const r = lateFine({ segment: 'PU', month: '2026-01', contribution: 1000000, paidOn: '2026-05-10' });
 * r.status; // 'late'
 * r.fine; // 60000
 * ```
 */
export function lateFine(input: LateFineInput): LateFineResult {
  const v = parseInput(lateFineInput, input, 'late fine input');
  const rulebook = v.rulebook ?? CALENDAR_RULEBOOK;
  const info = dueInfo(rulebook, 'PU', v.month);
  const reading = readingOf(info, v.jointLeave);
  const employerType = v.employerType ?? 'private';
  const b = new BasisBuilder(rulebook);
  recordDue(b, info, reading, true);
  b.step('calendar.fine.paid-on', { date: v.paidOn }, []);

  const parts: { program: FinedProgram | 'all'; contribution: number; rule: RuleRef<LateFineRule>[] }[] = [];
  if (v.contribution !== undefined) {
    const ids = [...new Set(PROGRAMS.map((p) => RULE_OF[p]))];
    const refs = ids.map((id) => requireRule(rulebook, id, v.month));
    const rates = new Set(refs.map((r) => r.value.rate));
    if (rates.size > 1)
      invalidInput(
        [
          {
            path: ['contribution'],
            message: 'the programs have different fine rates in this rulebook: give byProgram instead',
            received: v.contribution,
          },
        ],
        'late fine input',
      );
    parts.push({ program: 'all', contribution: v.contribution, rule: refs });
  } else {
    const given = v.byProgram ?? {};
    for (const p of PROGRAMS) {
      const amount = given[p];
      if (amount !== undefined)
        parts.push({ program: p, contribution: amount, rule: [requireRule(rulebook, RULE_OF[p], v.month)] });
    }
  }
  const contribution = checkRupiah(
    parts.reduce((s, p) => s + p.contribution, 0),
    'contribution',
  );
  const dueDate = info.dates[reading];
  const head = {
    kind: 'late-fine' as const,
    segment: 'PU' as const,
    month: v.month,
    paidOn: v.paidOn,
    employerType,
    jointLeave: reading,
    dueDate,
    byReading: { 'working-day': info.dates['working-day'], holiday: info.dates.holiday },
    contribution,
  };
  const title = { month: v.month, paidOn: v.paidOn, contribution };
  const counting = b.use(requireRule(rulebook, 'calendar.fine.counting', v.month));
  const months = monthsLate(info, dueDate, v.paidOn, counting.value);
  const when = timeliness(info, reading, v.paidOn);

  for (const p of parts) for (const r of p.rule) b.use(r);
  const firstRule = (parts[0] as (typeof parts)[number]).rule[0] as RuleRef<LateFineRule>;
  if (firstRule.value.exempt.includes(employerType)) {
    b.step(
      'calendar.fine.exempt',
      { months },
      parts.flatMap((p) => p.rule.map((r) => r.id)),
    );
    const basis = b.build(title);
    return {
      ...head,
      status: 'exempt',
      reason: 'state-employer',
      fine: 0,
      monthsLate: months,
      confidence: confidenceOf(b, [info]),
      basis,
    };
  }
  if (when === 'on-time') {
    b.step('calendar.fine.on-time', { dueDate }, [info.rule.id]);
    const basis = b.build(title);
    return { ...head, status: 'on-time', fine: 0, confidence: confidenceOf(b, [info]), basis };
  }

  b.step(
    counting.value.count === 'started-month' ? 'calendar.fine.months.started' : 'calendar.fine.months.whole',
    { months, from: counting.value.anchor === 'due-date' ? dueDate : info.nominal },
    [counting.id],
  );
  b.notice('calendar.fine.counting', 'warning', { months }, [counting.id]);
  const lines: LateFineLine[] = parts.map((p) => {
    const rate = (p.rule[0] as RuleRef<LateFineRule>).value.rate;
    const monthlyTotal = new Dec(rate).mul(months).toFixed();
    const fine = applyRate(p.contribution, monthlyTotal, DEFAULT_ROUNDING);
    b.step(
      p.program === 'all' ? 'calendar.fine.line.total' : 'calendar.fine.line.program',
      { program: p.program, contribution: p.contribution, rate, months },
      p.rule.map((r) => r.id),
      fine,
      DEFAULT_ROUNDING,
    );
    return { program: p.program, contribution: p.contribution, rate, fine };
  });
  const fine = checkRupiah(
    lines.reduce((s, l) => s + l.fine, 0),
    'fine',
  );
  b.step('total', {}, [], fine);
  if (lines.some((l) => l.program === 'all' || l.program !== 'JP'))
    b.notice('calendar.fine.payable-with-next', 'info', {}, ['calendar.fine.jkk-jkm']);
  if (when === 'ambiguous') {
    b.notice(
      'calendar.fine.ambiguous',
      'warning',
      { reading, other: otherReading(reading), otherDate: info.dates[otherReading(reading)], fine },
      ['calendar.joint-leave'],
    );
    const basis = b.build(title);
    return {
      ...head,
      status: 'ambiguous',
      fine: 0,
      monthsLateIfLate: months,
      fineIfLate: fine,
      lines,
      confidence: confidenceOf(b, [info]),
      basis,
    };
  }
  const other = monthsLate(info, info.dates[otherReading(reading)], v.paidOn, counting.value);
  if (other !== months)
    b.notice(
      'calendar.fine.reading-differs',
      'warning',
      { months, other, otherReading: otherReading(reading) },
      ['calendar.joint-leave'],
    );
  const basis = b.build(title);
  return {
    ...head,
    status: 'late',
    monthsLate: months,
    fine,
    lines,
    confidence: confidenceOf(b, [info]),
    basis,
  };
}
