/**
 * Coverage targets from the planning documents, read from the rulebook.
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import { requireRule } from '../rulebook/lookup.ts';
import { COVERAGE_RULEBOOK } from '../rulebook/official/coverage.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { Rulebook, RuleRef } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { ratioFromDecimal } from './ratio.ts';
import { CoverageTargetQuerySchema } from './schema.ts';
import type { CoverageIndicator, CoverageTarget, CoverageTargetDocument, CoverageTargetQuery } from './types.ts';

interface TargetValue {
  readonly indicator: CoverageIndicator;
  readonly points: readonly { readonly year: number; readonly value: string }[];
}

/** @internal The target and the rule version it came from, on validated input. */
export function findTarget(
  rulebook: Rulebook,
  document: CoverageTargetDocument,
  year: number,
): { target: CoverageTarget; ref: RuleRef } {
  const id = `coverage.target.${document}` as const;
  const ref = requireRule(rulebook, id, `${year}-01-01` as IsoDate);
  const value = ref.value;
  const point = value.points.find((p) => p.year === year);
  if (!point) {
    invalidInput(
      [
        {
          path: ['year'],
          message: `${document} publishes no target for ${String(year)} (years: ${value.points.map((p) => p.year).join(', ')}); the library does not interpolate`,
          received: year,
        },
      ],
      'coverage target query',
    );
  }
  return {
    ref,
    target: {
      document,
      year,
      value: point.value,
      target: ratioFromDecimal(point.value),
      indicator: value.indicator,
      rule: id,
      citations: ref.citations,
      confidence: ref.confidence,
    },
  };
}

/**
 * A national coverage target with its definition, citation and confidence: RPJMN 2025–2029 (32,15 % in
 * 2025, 43,92 % in 2029), RKP 2026 (34,99 %), RPJPN 2025–2045 (99,5 % in 2045). Throws `INVALID_INPUT`
 * for a year the document publishes no value for (values between published years are never
 * interpolated).
 *
 * @example
 * ```ts
 * import { coverageTarget, formatPercent } from 'jamsostek/coverage';
 * const t = coverageTarget({ document: 'rpjmn-2025-2029', year: 2029 });
 * formatPercent(t.target); // '43,92 %'
 * t.confidence; // 'C'
 * ```
 */
export function coverageTarget(query: CoverageTargetQuery): CoverageTarget {
  const q = parseInput(CoverageTargetQuerySchema, query, 'coverage target query');
  return findTarget(q.rulebook ?? COVERAGE_RULEBOOK, q.document, q.year).target;
}
