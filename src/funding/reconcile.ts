/**
 * Reconciling a reported budget with a head count: which coverage explains it.
 *
 * @module
 */
import { BasisBuilder } from '../explain/basis.ts';
import { Dec } from '../money/decimal.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { addMonths } from '../period/year-month.ts';
import { parseInput } from '../schemas/validate.ts';
import { premiumsPerWorker } from './capacity.ts';
import { channel, Pricer } from './pricing.ts';
import { budgetReconciliationInput } from './schema.ts';
import { payerOf } from './sources.ts';
import type { BudgetHypothesis, BudgetReconciliationInput, BudgetReconciliationResult } from './types.ts';

function ratio(num: number | Dec, den: number | Dec, places: number): string {
  return new Dec(num).div(den).toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);
}

/**
 * The hypotheses that explain a reported budget for a reported number of workers covered until `to`
 * (a press release's "Rp2,8 miliar for 28.448 workers until December"): for 1 to `maxMonthCount`
 * months ending at `to`, the cost of covering every worker at the BPU premium of each month, its
 * `balance` (budget − cost: negative when the hypothesis costs more than the budget) and the premium
 * per worker-month the budget would imply, ranked by how close the cost comes to the budget. Also the
 * budget per worker and the months it pays at the premium of `to`.
 *
 * @example
 * ```ts
 * import { budgetReconciliation } from 'jamsostek/funding';
 * // Pasuruan 2025: "Rp2,8 miliar" of DBHCHT for 28.448 workers until December
 * const r = budgetReconciliation({ budget: 2800000000, workers: 28448, to: '2025-12', fundingSource: 'DBHCHT' });
 * r.perWorker; // 98425
 * r.impliedMonthCount; // '5.86'
 * r.hypotheses[0]?.monthCount; // 6 (July–December: 2.867.558.400)
 * ```
 */
export function budgetReconciliation(input: BudgetReconciliationInput): BudgetReconciliationResult {
  const v = parseInput(budgetReconciliationInput, input, 'budget reconciliation input');
  const pricer = new Pricer(v.rulebook, v.programs);
  const b = new BasisBuilder(pricer.rulebook);
  const max = v.maxMonthCount ?? 12;
  const first = addMonths(v.to, 1 - max);
  const list = Array.from({ length: max }, (_, i) => addMonths(first, i));
  const premiums = premiumsPerWorker(list, v, pricer, b);
  const premium = premiums[max - 1] ?? 0;
  const perWorker = Math.floor(v.budget / v.workers);
  const impliedMonthCount = premium > 0 ? ratio(v.budget, v.workers * premium, 2) : '0.00';
  b.step('funding.reconcile.per-worker', { budget: v.budget, workers: v.workers }, [], perWorker);
  b.step('funding.reconcile.months', { premium, monthCount: impliedMonthCount }, []);
  const raw: Omit<BudgetHypothesis, 'rank'>[] = [];
  let perWorkerCost = 0;
  for (let n = 1; n <= max; n++) {
    perWorkerCost += premiums[max - n] ?? 0;
    const cost = checkRupiah(perWorkerCost * v.workers, 'hypothesis cost');
    raw.push({
      monthCount: n,
      from: addMonths(v.to, 1 - n),
      to: v.to,
      perWorker: perWorkerCost,
      cost,
      balance: v.budget - cost,
      relativeBalance: ratio(v.budget - cost, v.budget, 4),
      impliedPremium: ratio(v.budget, new Dec(v.workers).mul(n), 2),
    });
  }
  raw.sort((x, y) => Math.abs(x.balance) - Math.abs(y.balance) || x.monthCount - y.monthCount);
  const hypotheses: BudgetHypothesis[] = raw.map((h, i) => ({ rank: i + 1, ...h }));
  for (const h of hypotheses.slice(0, 3))
    b.step(
      'funding.reconcile.hypothesis',
      {
        rank: h.rank,
        monthCount: h.monthCount,
        from: h.from,
        to: h.to,
        workers: v.workers,
        balance: h.balance,
      },
      [],
      h.cost,
    );
  const reliefs = pricer.summarise(b);
  const basis = b.build({ budget: v.budget, workers: v.workers, ...channel(v.fundingSource) });
  return {
    kind: 'budget-reconciliation',
    budget: v.budget,
    fundingSource: v.fundingSource,
    payer: payerOf(v.fundingSource),
    workers: v.workers,
    perWorker,
    premium,
    impliedMonthCount,
    hypotheses,
    reliefs,
    confidence: b.confidence(),
    basis,
  };
}
