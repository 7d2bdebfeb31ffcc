/**
 * Paying a program in tranches.
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { monthIndex } from '../period/year-month.ts';
import { parseInput } from '../schemas/validate.ts';
import { computeProgramBudget } from './budget.ts';
import { programTranchesInput } from './schema.ts';
import type { ProgramTranchesInput, ProgramTranchesResult, Tranche } from './types.ts';

/**
 * A program budget (as `programBudget`) paid in tranches of consecutive months, e.g. July–September
 * then October–December: each tranche pays exactly the worker-months of its months, so the tranches
 * sum to the program total. Every month of the program must fall in a tranche.
 *
 * @example
 * ```ts
 * import { programTranches } from 'jamsostek/funding';
 * const r = programTranches({
 *   fundingSource: 'DBHCHT',
 *   cohorts: [{ workers: 28448, from: '2025-07', to: '2025-12' }],
 *   tranches: [{ from: '2025-07', to: '2025-09' }, { from: '2025-10', to: '2025-12' }],
 * });
 * r.tranches.map((t) => t.amount); // [1433779200, 1433779200]
 * ```
 */
export function programTranches(input: ProgramTranchesInput): ProgramTranchesResult {
  const { tranches: given, ...rest } = parseInput(programTranchesInput, input, 'program tranches input');
  const budget = computeProgramBudget(rest);
  const b = new BasisBuilder(budget.basis.rulebook);
  for (const r of budget.basis.rules) b.use(r);
  const tranches: Tranche[] = given.map((t, i) => {
    const lo = monthIndex(t.from);
    const hi = monthIndex(t.to);
    const months = budget.byMonth.filter((m) => monthIndex(m.month) >= lo && monthIndex(m.month) <= hi);
    const label = t.label ?? `#${i + 1}`;
    const amount = months.reduce((s, m) => s + m.amount, 0);
    b.step('funding.tranche', { label, from: t.from, to: t.to }, [], amount);
    return {
      label,
      from: t.from,
      to: t.to,
      workerMonths: months.reduce((s, m) => s + m.workers, 0),
      amount,
    };
  });
  const outside = budget.byMonth.filter(
    (m) =>
      !given.some(
        (t) => monthIndex(m.month) >= monthIndex(t.from) && monthIndex(m.month) <= monthIndex(t.to),
      ),
  );
  if (outside.length)
    invalidInput(
      outside.map((m) => ({
        path: ['tranches'],
        message: `month ${m.month} of the program is in no tranche`,
        received: m.month,
      })),
      'program tranches input',
    );
  b.step('total', {}, [], budget.total);
  const basis = b.build({ total: budget.total });
  return {
    kind: 'program-tranches',
    total: budget.total,
    tranches,
    budget,
    confidence: b.confidence(),
    basis,
  };
}
