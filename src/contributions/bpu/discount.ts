/**
 * The PP 50/2025 discount decision: one rule, used by the contribution calculator and by eligibility.
 *
 * @module
 */
import type { BasisBuilder } from '../../explain/basis.ts';
import { findRule, ruleAt } from '../../rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../../rulebook/official/bpu.ts';
import type { Rulebook } from '../../rulebook/types.ts';
import { parseInput } from '../../schemas/validate.ts';
import { BpuDiscountQuerySchema } from './schema.ts';
import type { BpuCategory, BpuDiscountQuery, BpuDiscountStatus, BpuPayer, BpuSector } from './types.ts';

/** @internal The decision, recording the rules it read into `basis` when given. */
export function decidePp50(
  rulebook: Rulebook,
  month: string,
  sector: BpuSector,
  payer: BpuPayer,
  category: BpuCategory,
  basis?: BasisBuilder,
): BpuDiscountStatus {
  const windowId = sector === 'transport' ? 'bpu.pp50.transport' : 'bpu.pp50.other';
  const window = findRule(rulebook, windowId, month);
  if (!window) return { status: 'not-in-force', rules: [] };
  basis?.use(window);
  const discountRate = window.value as string;
  const categories = ruleAt(rulebook, 'bpu.pp50.categories', month);
  basis?.use(categories);
  if (!(categories.value as readonly string[]).includes(category)) {
    return {
      status: 'refused',
      reason: 'category-not-covered',
      discountRate,
      rules: [windowId, categories.id],
    };
  }
  const excluded = ruleAt(rulebook, 'bpu.pp50.excluded-payers', month);
  basis?.use(excluded);
  if ((excluded.value as readonly string[]).includes(payer)) {
    return { status: 'refused', reason: 'payer-excluded', discountRate, rules: [windowId, excluded.id] };
  }
  if (payer === 'APBDes') {
    const village = ruleAt(rulebook, 'bpu.pp50.village-budget-excluded', month);
    basis?.use(village);
    if (village.value === true) {
      return {
        status: 'refused',
        reason: 'payer-excluded',
        discountRate,
        rules: [windowId, excluded.id, village.id],
      };
    }
  }
  return { status: 'applied', discountRate, rules: [windowId, categories.id, excluded.id] };
}

/**
 * Whether the PP 50/2025 discount on JKK and JKM applies to a BPU worker in a contribution month,
 * and why not: outside the window of the worker's sector (transport 2026-01 … 2027-03, other
 * 2026-04 … 2026-12; Pasal 7), a category the regulation does not cover (Pasal 3 ayat (4)), or a payer
 * it excludes (APBN/APBD, Pasal 3 ayat (5)). `bpuContribution` uses this same decision.
 *
 * @example
 * ```ts
 * import { bpuDiscountStatus } from 'jamsostek';
 * bpuDiscountStatus({ month: '2026-11' }).status; // 'applied'
 * bpuDiscountStatus({ month: '2026-11', payer: 'APBD' }); // { status: 'refused', reason: 'payer-excluded', … }
 * bpuDiscountStatus({ month: '2027-02' }).status; // 'not-in-force'
 * ```
 */
export function bpuDiscountStatus(query: BpuDiscountQuery): BpuDiscountStatus {
  const q = parseInput(BpuDiscountQuerySchema, query, 'BPU discount query');
  return decidePp50(
    q.rulebook ?? BPU_RULEBOOK,
    q.month,
    q.sector ?? 'other',
    q.payer ?? 'self',
    q.category ?? 'self-employed',
  );
}
