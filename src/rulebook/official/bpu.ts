/**
 * The official rules that BPU contributions need, and nothing else, so that the root entry stays small.
 *
 * @internal
 * @module
 */
import { OFFICIAL_META, sealRulebook } from '../brand.ts';
import { bpuRules } from '../data/bpu.ts';
import type { Rulebook } from '../types.ts';

/** @internal The default rulebook of the BPU calculators: the official BPU series. */
export const BPU_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook('official', bpuRules, OFFICIAL_META);
