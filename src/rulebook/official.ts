/**
 * The official rulebook: every rule the library knows, dated and cited.
 *
 * @module
 */
import { createRulebook } from './create.ts';
import { benefitRules } from './data/benefits.ts';
import { bpuRules } from './data/bpu.ts';
import { coverageRules } from './data/coverage.ts';
import { eligibilityRules } from './data/eligibility.ts';
import { puRules } from './data/pu.ts';
import type { Rulebook } from './types.ts';

/**
 * The library's official rulebook, deeply frozen. Pass a rulebook made with `withRules` to any
 * calculator to compute a what-if scenario instead.
 *
 * @example
 * ```ts
 * import { OFFICIAL_RULEBOOK } from 'jamsostek';
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
