/**
 * The complete official rulebook: every rule the library knows, dated and cited. Calculators default to
 * the official series they need, so importing this entry is only necessary to list the rules or to build
 * a what-if rulebook from them.
 *
 * @module
 */
import { createRulebook } from '../create.ts';
import { benefitRules } from '../data/benefits.ts';
import { bpuRules } from '../data/bpu.ts';
import { coverageRules } from '../data/coverage.ts';
import { eligibilityRules } from '../data/eligibility.ts';
import { puRules } from '../data/pu.ts';
import type { Rulebook } from '../types.ts';

/**
 * The library's complete official rulebook, deeply frozen: the series of every entry point (BPU and PU
 * contributions, benefits, eligibility, coverage targets). Each calculator already defaults to the
 * official series it needs; pass this rulebook, or one made from it with `withRules`, to any calculator
 * to compute a what-if scenario.
 *
 * @example
 * ```ts
 * import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
 * Object.keys(OFFICIAL_RULEBOOK.series).includes('bpu.jkm.amount'); // true
 * ```
 */
export const OFFICIAL_RULEBOOK: Rulebook = /* @__PURE__ */ createRulebook('official', [
  ...bpuRules,
  ...eligibilityRules,
  ...coverageRules,
  ...benefitRules,
  ...puRules,
]);
