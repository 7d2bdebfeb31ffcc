/**
 * Coverage targets from the planning documents, read from the rulebook.
 *
 * @module
 */

import { invalidInput } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { CoverageTargetTable, RuleId } from '../rulebook/catalog.ts';
import { requireRule } from '../rulebook/lookup.ts';
import { COVERAGE_RULEBOOK } from '../rulebook/official/coverage.ts';
import type { Rulebook, RuleRef } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { type Ratio, ratioFromDecimal } from './ratio.ts';
import { coverageTargetQuery } from './schema.ts';
import type { CoverageTargetDocument, CoverageTargetQuery, CoverageTargetResult } from './types.ts';

/** @internal How each document is named in explanations. */
export const DOCUMENT_LABELS: Readonly<Record<CoverageTargetDocument, string>> = {
  'rpjmn-2025-2029': 'RPJMN 2025–2029',
  'rkp-2026': 'RKP 2026',
  'rpjpn-2025-2045': 'RPJPN 2025–2045',
};

/** @internal A target found in the rulebook: the rule version, the value and its exact ratio. */
export interface FoundTarget {
  readonly ref: RuleRef<CoverageTargetTable>;
  readonly value: string;
  readonly target: Ratio;
}

/** @internal The rule id of a document's targets. */
function ruleOf(document: CoverageTargetDocument): RuleId {
  return `coverage.target.${document}`;
}

/** @internal The first day of a year, the date a year's target is looked up on. */
function januaryFirst(year: number): IsoDate {
  return `${year}-01-01`;
}

/**
 * @internal The target of `document` for `year` on validated input, with the rule version it came from
 * recorded in `b` and one step saying what was read. Throws `INVALID_INPUT` at `path` for a year the
 * document publishes no value for, and `RULE_NOT_IN_FORCE` outside the document's window.
 */
export function findTarget(
  rulebook: Rulebook,
  document: CoverageTargetDocument,
  year: number,
  b: BasisBuilder,
  path: readonly (string | number)[],
): FoundTarget {
  const ref = b.use(requireRule(rulebook, `coverage.target.${document}`, januaryFirst(year)));
  const point = ref.value.points.find((p) => p.year === year);
  if (!point) {
    invalidInput(
      [
        {
          path: [...path, 'year'],
          message: `${document} publishes no target for ${String(year)} (years: ${ref.value.points.map((p) => p.year).join(', ')}); the library does not interpolate`,
          received: year,
        },
      ],
      'coverage target',
    );
  }
  b.step('coverage.target', { document: DOCUMENT_LABELS[document], year, ratio: point.value }, [
    ruleOf(document),
  ]);
  return { ref, value: point.value, target: ratioFromDecimal(point.value) };
}

/**
 * A national coverage target with its definition, citation and confidence: RPJMN 2025–2029 (32,15 % in
 * 2025, 43,92 % in 2029), RKP 2026 (34,99 %), RPJPN 2025–2045 (99,5 % in 2045). The rule, with its
 * citations and window, is in `basis.rules`. Throws `INVALID_INPUT` for a year the document publishes
 * no value for (values between published years are never interpolated), and `RULE_NOT_IN_FORCE` for a
 * year outside the document.
 *
 * @example
 * ```ts
 * import { coverageTarget, formatPercent } from 'jamsostek/coverage';
 * const t = coverageTarget({ document: 'rpjmn-2025-2029', year: 2029 });
 * formatPercent(t.target); // '43,92 %'
 * t.confidence; // 'C'
 * t.basis.rules[0]?.citations[0]?.instrument; // 'Perpres 12/2025 (RPJMN 2025–2029)'
 * ```
 */
export function coverageTarget(query: CoverageTargetQuery): CoverageTargetResult {
  const q = parseInput(coverageTargetQuery, query, 'coverage target query');
  const b = new BasisBuilder(q.rulebook ?? COVERAGE_RULEBOOK);
  const found = findTarget(q.rulebook ?? COVERAGE_RULEBOOK, q.document, q.year, b, []);
  const { indicator } = found.ref.value;
  b.step('coverage.target.indicator', { indicatorId: indicator.id, indicatorEn: indicator.en }, [
    ruleOf(q.document),
  ]);
  return {
    kind: 'coverage-target',
    document: q.document,
    year: q.year,
    value: found.value,
    target: found.target,
    indicator: { id: indicator.id, en: indicator.en },
    confidence: b.confidence(),
    basis: b.build({ document: DOCUMENT_LABELS[q.document], year: q.year }),
  };
}
