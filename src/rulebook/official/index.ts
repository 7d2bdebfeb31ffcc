/**
 * The complete official rulebook: every rule the library knows, dated and cited. Calculators default to
 * the official series they need, so importing this entry is only necessary to list the rules or to build
 * a what-if rulebook from them.
 *
 * @module
 */
import { OFFICIAL_META, sealRulebook } from '../brand.ts';
import { benefitRules } from '../data/benefits.ts';
import { bpuRules } from '../data/bpu.ts';
import { calendarRules } from '../data/calendar.ts';
import { coverageRules } from '../data/coverage.ts';
import { eligibilityRules } from '../data/eligibility.ts';
import { holidayRules } from '../data/holidays.ts';
import { jhtRules } from '../data/jht.ts';
import { jkpBenefitRules } from '../data/jkp-benefit.ts';
import { jpBenefitRules } from '../data/jp-benefit.ts';
import { puRules } from '../data/pu.ts';
import { riskGroupRules } from '../data/risk-groups.ts';
import { DATA_VERSION } from '../data/version.ts';
import type { Rulebook } from '../types.ts';

/**
 * The library's complete official rulebook, deeply frozen: the series of every entry point (BPU and PU
 * contributions, benefits, eligibility, coverage targets, the payment calendar). Each calculator
 * already defaults to the official series it needs; pass this rulebook, or one made from it with
 * `withRules`, to any calculator to compute a what-if scenario.
 *
 * @example
 * ```ts
 * import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
 * Object.keys(OFFICIAL_RULEBOOK.series).includes('bpu.jkm.amount'); // true
 * ```
 */
export const OFFICIAL_RULEBOOK: Rulebook = /* @__PURE__ */ sealRulebook(
  'official',
  [
    ...bpuRules,
    ...eligibilityRules,
    ...coverageRules,
    ...benefitRules,
    ...jkpBenefitRules,
    ...jhtRules,
    ...jpBenefitRules,
    ...puRules,
    ...calendarRules,
    holidayRules,
    ...jhtRules,
    ...riskGroupRules,
  ],
  OFFICIAL_META,
);

/**
 * The date-based version of the official rule data in this release, stamped into the basis of every
 * result (`basis.rulebook.version`). A correction of a legal value changes it; see the release policy
 * in `docs/releasing.md`.
 *
 * @example
 * ```ts
 * import { OFFICIAL_RULEBOOK, RULEBOOK_VERSION } from 'jamsostek/rulebook';
 * OFFICIAL_RULEBOOK.version === RULEBOOK_VERSION; // true
 * ```
 */
export const RULEBOOK_VERSION: string = DATA_VERSION;
