/**
 * What a budget buys: workers for a period, or months for a number of workers.
 *
 * @module
 */

import { invalidInput } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { addMonths, eachMonth, monthIndex, type YearMonth } from '../period/year-month.ts';
import { parseInput } from '../schemas/validate.ts';
import { channel, Pricer } from './pricing.ts';
import { budgetCapacityInput, budgetDurationInput } from './schema.ts';
import { type FundingSource, payerOf } from './sources.ts';
import type {
  BudgetCapacityInput,
  BudgetCapacityResult,
  BudgetDurationInput,
  BudgetDurationResult,
  PremiumOptions,
} from './types.ts';

/** @internal Premium of one worker for each month, priced once per month. */
export function premiumsPerWorker(
  months: readonly YearMonth[],
  opts: PremiumOptions & { readonly fundingSource: FundingSource },
  pricer: Pricer,
  b: BasisBuilder,
): number[] {
  return months.map(
    (month) =>
      pricer.price(
        {
          month,
          declaredIncome: opts.declaredIncome,
          fundingSource: opts.fundingSource,
          sector: opts.sector ?? 'other',
          category: opts.category ?? 'self-employed',
        },
        b,
      ).total,
  );
}

function zeroPremium(): never {
  return invalidInput(
    [{ path: [], message: 'the premium is zero for this period, so any budget covers unlimited workers' }],
    'budget input',
  );
}

/**
 * How many workers a budget covers for every month from `from` to `to`, what they cost and what is
 * left: with `perWorker` the cost of one worker for the period (the sum of its monthly BPU premiums),
 * `workers = floor(budget ÷ perWorker)`, so `workers × perWorker ≤ budget < (workers + 1) × perWorker`.
 * For the inverse (months for a head count) see `budgetDuration`.
 *
 * @example
 * ```ts
 * import { budgetCapacity } from 'jamsostek/funding';
 * // Jambi BKBK 2022: the 10 % envelopes of 1.562 villages for a year
 * budgetCapacity({ budget: 15620000000, from: '2022-01', to: '2022-12', fundingSource: 'BKBK' }).workers; // 77480
 * ```
 */
export function budgetCapacity(input: BudgetCapacityInput): BudgetCapacityResult {
  const v = parseInput(budgetCapacityInput, input, 'budget capacity input');
  const pricer = new Pricer(v.rulebook, v.programs);
  const b = new BasisBuilder(pricer.rulebook);
  const months = eachMonth({ from: v.from, to: v.to });
  const perWorker = checkRupiah(
    premiumsPerWorker(months, v, pricer, b).reduce((s, x) => s + x, 0),
    'premium per worker',
  );
  if (perWorker === 0) zeroPremium();
  b.step('funding.per-worker', { monthCount: months.length }, [], perWorker);
  const workers = Math.floor(v.budget / perWorker);
  const cost = workers * perWorker;
  b.step('funding.capacity', { budget: v.budget, perWorker, workers }, [], cost);
  b.step('funding.remainder', { budget: v.budget }, [], v.budget - cost);
  const reliefs = pricer.summarise(b);
  const basis = b.build({ budget: v.budget, from: v.from, to: v.to, ...channel(v.fundingSource) });
  return {
    kind: 'budget-capacity',
    budget: v.budget,
    fundingSource: v.fundingSource,
    payer: payerOf(v.fundingSource),
    from: v.from,
    to: v.to,
    monthCount: months.length,
    perWorker,
    workers,
    cost,
    remainder: v.budget - cost,
    reliefs,
    confidence: b.confidence(),
    basis,
  };
}

/**
 * How many whole months, starting at `from`, a budget pays for a number of workers (every worker
 * covered each month), the cost of those months and what is left. Months are priced one by one
 * through the BPU calculator, so a relief that starts mid-way makes later months cheaper. The search
 * stops at `until` (default ten years).
 *
 * @example
 * ```ts
 * import { budgetDuration } from 'jamsostek/funding';
 * // Penajam Paser Utara 2025: Rp3.024.000.000 for 20.000 workers from April
 * budgetDuration({ budget: 3024000000, workers: 20000, from: '2025-04', fundingSource: 'APBD' }).monthCount; // 9
 * ```
 */
export function budgetDuration(input: BudgetDurationInput): BudgetDurationResult {
  const v = parseInput(budgetDurationInput, input, 'budget duration input');
  const pricer = new Pricer(v.rulebook, v.programs);
  const b = new BasisBuilder(pricer.rulebook);
  const until = v.until ?? addMonths(v.from, 119);
  const horizon = monthIndex(until) - monthIndex(v.from) + 1;
  let cost = 0;
  let monthCount = 0;
  let stopped = false;
  while (monthCount < horizon) {
    const month = addMonths(v.from, monthCount);
    const [premium = 0] = premiumsPerWorker([month], v, pricer, b);
    const monthCost = checkRupiah(premium * v.workers, 'month cost');
    if (cost + monthCost > v.budget) {
      stopped = true;
      break;
    }
    if (monthCost === 0) zeroPremium();
    cost += monthCost;
    monthCount += 1;
  }
  const to = monthCount > 0 ? addMonths(v.from, monthCount - 1) : null;
  b.step(
    'funding.duration',
    { budget: v.budget, workers: v.workers, from: v.from, ...(to ? { to } : {}), monthCount },
    [],
    cost,
  );
  b.step('funding.remainder', { budget: v.budget }, [], v.budget - cost);
  const reliefs = pricer.summarise(b);
  const basis = b.build({ budget: v.budget, workers: v.workers, ...channel(v.fundingSource) });
  return {
    kind: 'budget-duration',
    budget: v.budget,
    fundingSource: v.fundingSource,
    payer: payerOf(v.fundingSource),
    workers: v.workers,
    monthCount,
    from: v.from,
    to,
    cost,
    remainder: v.budget - cost,
    reachedHorizon: !stopped,
    reliefs,
    confidence: b.confidence(),
    basis,
  };
}
