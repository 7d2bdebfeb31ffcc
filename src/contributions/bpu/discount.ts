/**
 * The PP 50/2025 discount decision: one rule, used by the contribution calculator, budgets, rosters
 * and eligibility.
 *
 * @module
 */
import { BasisBuilder } from '../../explain/basis.ts';
import type { Payer } from '../../funding/sources.ts';
import { payerOf } from '../../funding/sources.ts';
import type { YearMonth } from '../../period/year-month.ts';
import type { RuleId } from '../../rulebook/catalog.ts';
import { monthRules } from '../../rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../../rulebook/official/bpu.ts';
import type { Rulebook } from '../../rulebook/types.ts';
import { parseInput } from '../../schemas/validate.ts';
import type { JamsostekProgram, ReliefOutcome } from '../../vocabulary.ts';
import { bpuDiscountQuery } from './schema.ts';
import type { BpuCategory, BpuDiscountQuery, BpuDiscountResult, BpuSector } from './types.ts';

const PROGRAMS: readonly JamsostekProgram[] = Object.freeze(['JKK', 'JKM']);

/** The rules behind each PP 50/2025 decision, for one sector's window; shared, as they never change. */
interface DecisionIds {
  readonly category: readonly RuleId[];
  readonly payer: readonly RuleId[];
  readonly village: readonly RuleId[];
  readonly applied: readonly RuleId[];
}

function decisionIds(window: RuleId): DecisionIds {
  const categories: RuleId = 'bpu.pp50.categories';
  const excluded: RuleId = 'bpu.pp50.excluded-payers';
  const village: RuleId = 'bpu.pp50.village-budget-excluded';
  return Object.freeze({
    category: Object.freeze([window, categories]),
    payer: Object.freeze([window, excluded]),
    village: Object.freeze([window, excluded, village]),
    applied: Object.freeze([window, categories, excluded]),
  });
}

const TRANSPORT_IDS = decisionIds('bpu.pp50.transport');
const OTHER_IDS = decisionIds('bpu.pp50.other');

/**
 * @internal The PP 50/2025 decision for a month, sector, payer and category: `undefined` when no
 * window is in force, otherwise applied or refused with a reason. Records the rules read into `basis`.
 */
export function decidePp50(
  rulebook: Rulebook,
  month: YearMonth,
  sector: BpuSector,
  payer: Payer,
  category: BpuCategory,
  basis?: BasisBuilder,
): ReliefOutcome | undefined {
  const rules = monthRules(rulebook, month);
  const ids = sector === 'transport' ? TRANSPORT_IDS : OTHER_IDS;
  const window = rules.find(sector === 'transport' ? 'bpu.pp50.transport' : 'bpu.pp50.other');
  if (!window) return undefined;
  basis?.use(window);
  const discountRate = window.value;
  const categories = rules.require('bpu.pp50.categories');
  basis?.use(categories);
  if (!categories.value.includes(category)) {
    return {
      relief: 'PP 50/2025',
      status: 'refused',
      reason: 'category-not-covered',
      discountRate,
      programs: PROGRAMS,
      rules: ids.category,
    };
  }
  const excluded = rules.require('bpu.pp50.excluded-payers');
  basis?.use(excluded);
  if (excluded.value.includes(payer)) return refused(discountRate, ids.payer);
  if (payer === 'APBDes') {
    const village = rules.require('bpu.pp50.village-budget-excluded');
    basis?.use(village);
    if (village.value) return refused(discountRate, ids.village);
  }
  return {
    relief: 'PP 50/2025',
    status: 'applied',
    discountRate,
    programs: PROGRAMS,
    rules: ids.applied,
  };
}

/** PP 50/2025 refused because of who pays (Pasal 3 ayat (5)). */
function refused(discountRate: string, rules: readonly RuleId[]): ReliefOutcome {
  return {
    relief: 'PP 50/2025',
    status: 'refused',
    reason: 'payer-excluded',
    discountRate,
    programs: PROGRAMS,
    rules,
  };
}

/**
 * Whether the PP 50/2025 discount on JKK and JKM applies to a BPU worker in a contribution month,
 * and why not: outside the window of the worker's sector (transport 2026-01 … 2027-03, other
 * 2026-04 … 2026-12; Pasal 7), a category the regulation does not cover (Pasal 3 ayat (4)), or a
 * funding source it excludes (APBN and APBD, which DBHCHT, DBH sawit and BKBK pay through;
 * Pasal 3 ayat (5)). `bpuContribution` uses this same decision.
 *
 * @example
 * ```ts
 * import { bpuDiscountStatus } from 'jamsostek';
 * bpuDiscountStatus({ month: '2026-11' }).status; // 'applied'
 * bpuDiscountStatus({ month: '2026-11', fundingSource: 'DBHCHT' }); // { status: 'refused', reason: 'payer-excluded', … }
 * bpuDiscountStatus({ month: '2027-02' }).status; // 'not-in-force'
 * ```
 */
export function bpuDiscountStatus(query: BpuDiscountQuery): BpuDiscountResult {
  const q = parseInput(bpuDiscountQuery, query, 'BPU discount query');
  const rulebook = q.rulebook ?? BPU_RULEBOOK;
  const fundingSource = q.fundingSource ?? 'self';
  const payer = payerOf(fundingSource);
  const sector = q.sector ?? 'other';
  const category = q.category ?? 'self-employed';
  const b = new BasisBuilder(rulebook);
  const d = decidePp50(rulebook, q.month, sector, payer, category, b);
  const params = { month: q.month, sector, fundingSource, payer, category };
  if (!d) {
    b.step('bpu.discount.not-in-force', params, []);
  } else if (d.status === 'applied') {
    b.step('bpu.discount.applied', { ...params, rate: d.discountRate }, d.rules);
  } else {
    b.step('bpu.discount.refused', { ...params, rate: d.discountRate }, d.rules);
    b.notice(`pp50.${d.reason}`, 'info', params, d.rules);
  }
  const base = {
    kind: 'bpu-discount' as const,
    month: q.month,
    fundingSource,
    payer,
    sector,
    category,
    confidence: b.confidence(),
    basis: b.build({ month: q.month }),
  };
  if (!d) return { ...base, status: 'not-in-force' };
  if (d.status === 'applied') return { ...base, status: 'applied', discountRate: d.discountRate };
  return { ...base, status: 'refused', reason: d.reason, discountRate: d.discountRate };
}
