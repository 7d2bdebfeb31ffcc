/**
 * The official rules that eligibility checks, funding and rosters need: the eligibility series and the
 * BPU series (premiums and the PP 50/2025 discount).
 *
 * @internal
 * @module
 */
import { OFFICIAL_META, sealRulebook } from '../brand.ts';
import { bpuRules } from '../data/bpu.ts';
import { eligibilityRules } from '../data/eligibility.ts';
import type { Rulebook } from '../types.ts';

/** @internal The default rulebook of `jamsostek/eligibility`, `jamsostek/funding` and `jamsostek/roster`. */
export const ELIGIBILITY_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  [...bpuRules, ...eligibilityRules],
  OFFICIAL_META,
);
