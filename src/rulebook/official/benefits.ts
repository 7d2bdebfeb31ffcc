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
import type { Rulebook } from '../types.ts';

/** @internal The default rulebook of `jamsostek/benefits`. */
export const BENEFITS_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  [...bpuRules, ...benefitRules],
  OFFICIAL_META,
);
