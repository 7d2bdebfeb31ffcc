/**
 * Program budgets: what a program costs, per month, cohort and program.
 *
 * @module
 */

import type { BpuContributionResult, BpuProgram } from '../contributions/bpu/types.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { checkRupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import { monthOf } from '../period/iso-date.ts';
import { eachMonth, monthIndex, type YearMonth } from '../period/year-month.ts';
import { parseInput } from '../schemas/validate.ts';
import { Pricer } from './pricing.ts';
import { ProgramBudgetInputSchema } from './schema.ts';
import { payerOf } from './sources.ts';
import type {
  ProgramBudgetCohort,
  ProgramBudgetInput,
  ProgramBudgetMonth,
  ProgramBudgetResult,
} from './types.ts';

/** @internal The calculation on validated input. */
export function computeProgramBudget(input: ProgramBudgetInput): ProgramBudgetResult {
  const pricer = new Pricer(input.rulebook, input.programs);
  const b = new BasisBuilder(pricer.rulebook);
  const byMonth = new Map<YearMonth, { workers: number; amount: number }>();
  const byProgram: Partial<Record<BpuProgram, number>> = {};
  const byCohort: ProgramBudgetCohort[] = [];
  let total = 0;
  let totalBeforeRelief = 0;
  let workerMonths = 0;
  input.cohorts.forEach((c, i) => {
    const name = c.name ?? `#${i + 1}`;
    const from = c.from ?? monthOf(c.startDate as IsoDate);
    const source = c.payer ?? input.payer;
    const payer = payerOf(source);
    const sector = c.sector ?? input.sector ?? 'other';
    const category = c.category ?? input.category ?? 'self-employed';
    const declaredIncome = c.declaredIncome ?? input.declaredIncome;
    const months = eachMonth({ from, to: c.to });
    let perWorker = 0;
    let segment: { from: YearMonth; to: YearMonth; n: number; premium: BpuContributionResult } | undefined;
    const flush = (): void => {
      if (!segment) return;
      const amount = checkRupiah(c.workers * segment.n * segment.premium.total, 'segment cost');
      b.step(
        'funding.segment',
        {
          cohort: name,
          workers: c.workers,
          from: segment.from,
          to: segment.to,
          months: segment.n,
          premium: segment.premium.total,
          payer: source === payer ? payer : `${source} → ${payer}`,
        },
        segment.premium.basis.rules.map((r) => r.id),
        amount,
      );
    };
    for (const month of months) {
      const p = pricer.price({ month, declaredIncome, payer, sector, category }, b);
      const amount = checkRupiah(c.workers * p.total, 'month cost');
      perWorker += p.total;
      total += amount;
      totalBeforeRelief += c.workers * p.totalBeforeRelief;
      workerMonths += c.workers;
      const m = byMonth.get(month) ?? { workers: 0, amount: 0 };
      m.workers += c.workers;
      m.amount += amount;
      byMonth.set(month, m);
      for (const l of p.lines) byProgram[l.program] = (byProgram[l.program] ?? 0) + c.workers * l.amount;
      if (segment && segment.premium.total === p.total && segment.premium.payer === p.payer) {
        segment.to = month;
        segment.n += 1;
      } else {
        flush();
        segment = { from: month, to: month, n: 1, premium: p };
      }
    }
    flush();
    byCohort.push({
      name,
      workers: c.workers,
      from,
      to: c.to,
      months: months.length,
      payer,
      perWorker,
      amount: checkRupiah(c.workers * perWorker, 'cohort cost'),
    });
  });
  checkRupiah(total, 'total');
  checkRupiah(totalBeforeRelief, 'total before relief');
  for (const k of Object.keys(byProgram) as BpuProgram[]) checkRupiah(byProgram[k] as number, k);
  const reliefs = pricer.summarise(b);
  b.step('total', {}, [], total);
  const months: ProgramBudgetMonth[] = [...byMonth.entries()]
    .sort((x, y) => monthIndex(x[0]) - monthIndex(y[0]))
    .map(([month, v]) => ({ month, workers: v.workers, amount: v.amount }));
  const basis = b.build({
    workers: byCohort.reduce((s, c) => s + c.workers, 0),
    from: (months[0] as ProgramBudgetMonth).month,
    to: (months[months.length - 1] as ProgramBudgetMonth).month,
  });
  return {
    kind: 'program-budget',
    total,
    totalBeforeRelief,
    workerMonths,
    byMonth: months,
    byCohort,
    byProgram,
    reliefs,
    confidence: b.confidence(),
    basis,
  };
}

/**
 * The budget of a program that pays the BPU premium (JKK + JKM by default) of cohorts of workers:
 * each worker-month is priced by the BPU calculator (`bpuContribution`), so the income levels of
 * PP 44/2015 Pasal 20 and the reliefs in force apply by themselves, including PP 50/2025 and its
 * exclusion of APBN/APBD payers (Pasal 3 ayat (5)). The payer may be a funding source (`'DBHCHT'`,
 * `'BKBK'` …), mapped by `payerOf`. Each distinct (month, income level, payer, sector,
 * category) is priced once and multiplied by the head count. Returns the total, per month, per cohort
 * and per program, the reliefs applied or refused, and the basis.
 *
 * @example
 * ```ts
 * import { programBudget } from 'jamsostek/funding';
 * // Pasuruan 2025 (DBHCHT): 28.448 workers, July–December
 * programBudget({ payer: 'DBHCHT', cohorts: [{ workers: 28448, from: '2025-07', to: '2025-12' }] }).total; // 2867558400
 * ```
 */
export function programBudget(input: ProgramBudgetInput): ProgramBudgetResult {
  return computeProgramBudget(parseInput(ProgramBudgetInputSchema, input, 'program budget input'));
}
