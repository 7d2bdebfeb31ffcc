/**
 * The official rules the JKK risk-group lookup needs: the annex of business kinds and the JKK rates.
 *
 * @internal
 * @module
 */
import { OFFICIAL_META, sealRulebook } from '../brand.ts';
import { puCoreRules } from '../data/pu.ts';
import { riskGroupRules } from '../data/risk-groups.ts';
import type { Rulebook } from '../types.ts';

/** @internal The default rulebook of `jkkRiskGroup`, kept apart so that other payroll calls do not carry the annex. */
export const RISK_GROUP_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  [...riskGroupRules, ...puCoreRules.filter((s) => s.id === 'pu.jkk.rate')],
  OFFICIAL_META,
);
