/**
 * Program budgets: what a program costs, per month, cohort, funding source and program.
 *
 * @module
 */

import type { BpuContributionResult, BpuProgram } from '../contributions/bpu/types.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { monthOf } from '../period/iso-date.ts';
import { eachMonth, monthIndex, type YearMonth } from '../period/year-month.ts';
import { parseInput } from '../schemas/validate.ts';
import { channel, Pricer } from './pricing.ts';
import { programBudgetInput } from './schema.ts';
import { type FundingSource, payerOf } from './sources.ts';
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
  const byFundingSource = new Map<FundingSource, number>();
  let total = 0;
  let totalBeforeRelief = 0;
  let workerMonths = 0;
  input.cohorts.forEach((c, i) => {
    const name = c.name ?? `#${i + 1}`;
    const from = c.from ?? monthOf(c.startDate);
    const fundingSource = c.fundingSource ?? input.fundingSource;
    const payer = payerOf(fundingSource);
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
          monthCount: segment.n,
          premium: segment.premium.total,
          ...channel(fundingSource),
        },
        segment.premium.basis.rules.map((r) => r.id),
        amount,
      );
    };
    for (const month of months) {
      const p = pricer.price({ month, declaredIncome, fundingSource, sector, category }, b);
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
      if (segment && segment.premium.total === p.total) {
        segment.to = month;
        segment.n += 1;
      } else {
        flush();
        segment = { from: month, to: month, n: 1, premium: p };
      }
    }
    flush();
    const amount = checkRupiah(c.workers * perWorker, 'cohort cost');
    byFundingSource.set(fundingSource, (byFundingSource.get(fundingSource) ?? 0) + amount);
    byCohort.push({
      name,
      workers: c.workers,
      from,
      to: c.to,
      monthCount: months.length,
      fundingSource,
      payer,
      perWorker,
      amount,
    });
  });
  checkRupiah(total, 'total');
  checkRupiah(totalBeforeRelief, 'total before relief');
  for (const [k, v] of Object.entries(byProgram)) checkRupiah(v, k);
  const sources: Partial<Record<FundingSource, number>> = {};
  for (const [k, v] of [...byFundingSource].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    sources[k] = checkRupiah(v, k);
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
    byFundingSource: sources,
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
 * exclusion of APBN/APBD payers (Pasal 3 ayat (5)). The program names its `fundingSource` (`'DBHCHT'`,
 * `'BKBK'` …; a cohort may name its own), and the payer follows by `payerOf`. Each distinct (month,
 * income level, payer, sector, category) is priced once and multiplied by the head count. Returns the
 * total, per month, per cohort, per funding source and per program (each adds up to the total), the
 * reliefs applied or refused, and the basis.
 *
 * @example
 * ```ts
 * import { programBudget } from 'jamsostek/funding';
 * // Pasuruan 2025 (DBHCHT): 28.448 workers, July–December
 * programBudget({ fundingSource: 'DBHCHT', cohorts: [{ workers: 28448, from: '2025-07', to: '2025-12' }] }).total; // 2867558400
 * ```
 */
export function programBudget(input: ProgramBudgetInput): ProgramBudgetResult {
  return computeProgramBudget(parseInput(programBudgetInput, input, 'program budget input'));
}
