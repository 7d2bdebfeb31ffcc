/**
 * The official rules that benefits need: the benefit and disability series, and the BPU series for
 * arrears.
 *
 * @internal
 * @module
 */
import { OFFICIAL_META, sealRulebook } from '../brand.ts';
import { benefitRules } from '../data/benefits.ts';
import { bpuRules } from '../data/bpu.ts';
import { eligibilityRules } from '../data/eligibility.ts';
import { jkpBenefitRules } from '../data/jkp-benefit.ts';
import type { Rulebook } from '../types.ts';

/** Series of the eligibility data that the benefits read: the JKP companion programs and the JP pension age. */
const BENEFIT_ELIGIBILITY_SERIES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'jkp.prerequisite-programs',
  'jp.pension-age',
]);

/** @internal The default rulebook of `jamsostek/benefits`. */
export const BENEFITS_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  [
    ...bpuRules,
    ...benefitRules,
    ...jkpBenefitRules,
    ...eligibilityRules.filter((s) => BENEFIT_ELIGIBILITY_SERIES.has(s.id)),
  ],
  OFFICIAL_META,
);
