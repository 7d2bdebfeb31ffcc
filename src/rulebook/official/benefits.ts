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
import { jhtRules } from '../data/jht.ts';
import { jkpBenefitRules } from '../data/jkp-benefit.ts';
import { jpBenefitRules } from '../data/jp-benefit.ts';
import { jpCapRules } from '../data/jp-cap.ts';
import { puCoreRules } from '../data/pu.ts';
import type { Rulebook } from '../types.ts';

/**
 * Series of other domains that the benefits read: the JKP companion programs, the JP pension age, and
 * the JHT and JP contribution rates and the JP wage cap for contribution histories.
 */
const BENEFIT_SHARED_SERIES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'jkp.prerequisite-programs',
  'jp.pension-age',
  'pu.jht.employer-rate',
  'pu.jht.worker-rate',
  'pu.jp.employer-rate',
  'pu.jp.worker-rate',
  'pu.jp.wage-cap',
  'pu.jp.benefit-limits',
]);

/** @internal The default rulebook of `jamsostek/benefits`. */
export const BENEFITS_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  [
    ...bpuRules,
    ...benefitRules,
    ...jkpBenefitRules,
    ...jhtRules,
    ...jpBenefitRules,
    ...eligibilityRules.filter((s) => BENEFIT_SHARED_SERIES.has(s.id)),
    ...puCoreRules.filter((s) => BENEFIT_SHARED_SERIES.has(s.id)),
    ...jpCapRules.filter((s) => BENEFIT_SHARED_SERIES.has(s.id)),
  ],
  OFFICIAL_META,
);
