/**
 * The official rules that wage-earner, migrant-worker and construction contributions need.
 *
 * @internal
 * @module
 */
import { OFFICIAL_META, sealRulebook } from '../brand.ts';
import { puRules } from '../data/pu.ts';
import { pp49JkkJkmRelief } from '../data/relief.ts';
import type { Rulebook } from '../types.ts';

/**
 * @internal The default rulebook of `jamsostek/payroll`: the official PU, JP-cap, JKP, migrant and
 * construction series, and the PP 49/2020 JKK and JKM relief.
 */
export const PAYROLL_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  [pp49JkkJkmRelief, ...puRules],
  OFFICIAL_META,
);
