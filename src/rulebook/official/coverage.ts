/**
 * The official rules that coverage needs: the coverage targets.
 *
 * @internal
 * @module
 */
import { createRulebook } from '../create.ts';
import { coverageRules } from '../data/coverage.ts';
import type { Rulebook } from '../types.ts';

/** @internal The default rulebook of `jamsostek/coverage`. */
export const COVERAGE_RULEBOOK: Rulebook = /* @__PURE__ */ createRulebook('official', coverageRules);
