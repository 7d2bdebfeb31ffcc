/**
 * The official rules that coverage needs: the coverage targets.
 *
 * @internal
 * @module
 */
import { OFFICIAL_META, sealRulebook } from '../brand.ts';
import { coverageRules } from '../data/coverage.ts';
import type { Rulebook } from '../types.ts';

/** @internal The default rulebook of `jamsostek/coverage`. */
export const COVERAGE_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  coverageRules,
  OFFICIAL_META,
);
