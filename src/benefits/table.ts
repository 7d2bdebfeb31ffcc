/**
 * The disability table and the short-membership variants, as data a caller can list or select.
 *
 * @module
 */

import { BasisBuilder } from '../explain/basis.ts';
import type { ShortMembershipRule } from '../rulebook/catalog.ts';
import { DISABILITY_ROW_KEYS } from '../rulebook/data/disability.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import { BENEFITS_RULEBOOK } from '../rulebook/official/benefits.ts';
import type { RuleOverlay } from '../rulebook/overlay.ts';
import { parseInput } from '../schemas/validate.ts';
import { rowName } from './common.ts';
import { disabilityTableInput } from './schema.ts';
import type { DisabilityRow, DisabilityTableInput, DisabilityTableResult } from './types.ts';

/**
 * The JKK partial-disability table (PP 44/2015 Lampiran III as replaced by PP 82/2019) in force on
 * `asOf`: every row with its percentage (or right and left), citations and confidence, and a basis that
 * `explain` renders as the table. Most rows are `C` or `U`: the official annex was not obtained.
 *
 * Throws `INVALID_INPUT` for a bad date, and `RULE_NOT_IN_FORCE` for a date before the table exists
 * (2015-07-01 in the official rulebook).
 *
 * @example
 * ```ts
 * import { disabilityTable } from 'jamsostek/benefits';
 * const table = disabilityTable({ asOf: '2025-06-01' });
 * table.rows.find((r) => r.row === 'arm-shoulder')?.value; // { right: '0.4', left: '0.35' }
 * table.confidence; // 'U'
 * ```
 */
export function disabilityTable(input: DisabilityTableInput): DisabilityTableResult {
  const { asOf, rulebook = BENEFITS_RULEBOOK } = parseInput(
    disabilityTableInput,
    input,
    'disability table input',
  );
  const b = new BasisBuilder(rulebook);
  const rows: DisabilityRow[] = [];
  for (const key of DISABILITY_ROW_KEYS) {
    const id = `jkk.disability.${key}` as const;
    const ref = Object.hasOwn(rulebook.series, id) ? lookupRule(rulebook, id, asOf) : undefined;
    if (!ref) continue;
    b.use(ref);
    const v = ref.value;
    const params = { rowId: rowName(ref.title.id), rowEn: rowName(ref.title.en) };
    if ('rate' in v) b.step('disability.row', { ...params, rate: v.rate }, [ref.id]);
    else b.step('disability.row.sided', { ...params, right: v.right, left: v.left }, [ref.id]);
    rows.push({
      row: key,
      title: ref.title,
      value: ref.value,
      citations: ref.citations,
      confidence: ref.confidence,
    });
  }
  // No row in force: the error names the first row, the date and where the table starts.
  const first = DISABILITY_ROW_KEYS[0];
  if (rows.length === 0 && first !== undefined) requireRule(rulebook, `jkk.disability.${first}`, asOf);
  return {
    kind: 'disability-table',
    asOf,
    rows,
    confidence: b.confidence(),
    basis: b.build({ asOf }),
  };
}

/** The readings of the short-membership rule that {@link SHORT_MEMBERSHIP_VARIANTS} offers. */
export type ShortMembershipVariant = 'funeral-all' | 'bpu-8-plus-2' | 'none';

function overlay(
  value: ShortMembershipRule,
  citation: { readonly instrument: string; readonly article: string },
): RuleOverlay {
  return Object.freeze({
    id: 'jkm.short-membership',
    mode: 'replace',
    versions: Object.freeze([
      Object.freeze({
        from: '2025-02-24',
        value: Object.freeze(value),
        citations: Object.freeze([Object.freeze(citation)]),
        confidence: 'C',
      }),
    ]),
  });
}

/**
 * The reported readings of the short-membership rule (a death within the first 3 months of
 * membership), as overlays for `withRules`: the rule's legal basis, scope and split are unsettled
 * (confidence C), so an app chooses which reading to compute with. The official rulebook uses
 * `funeral-all` (Rp10.000.000 as funeral cost, every participant, from 2025-02-24). `bpu-8-plus-2` is
 * the Meulaboh report (BPU only, Rp8.000.000 lump sum + Rp2.000.000 funeral); `none` removes the rule
 * (the full benefit from the first day). Frozen.
 *
 * @example
 * ```ts
 * import { jkmBenefit, SHORT_MEMBERSHIP_VARIANTS } from 'jamsostek/benefits';
 * import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
 * const rb = withRules(OFFICIAL_RULEBOOK, [SHORT_MEMBERSHIP_VARIANTS.none], 'no-short-membership');
 * jkmBenefit({ eventDate: '2025-09-01', segment: 'BPU', membershipStart: '2025-07-01', contributionMonths: 2, rulebook: rb }).total; // 42000000
 * ```
 */
export const SHORT_MEMBERSHIP_VARIANTS: Readonly<Record<ShortMembershipVariant, RuleOverlay>> =
  /* @__PURE__ */ Object.freeze({
    'funeral-all': overlay(
      { months: 3, lumpSum: 0, funeral: 10_000_000, scope: 'all' },
      { instrument: 'Permenaker 1/2025', article: 'perubahan Permenaker 5/2021 (pasal tidak ditemukan)' },
    ),
    'bpu-8-plus-2': overlay(
      { months: 3, lumpSum: 8_000_000, funeral: 2_000_000, scope: 'BPU' },
      { instrument: 'Peraturan BPJS Ketenagakerjaan 5/2021', article: 'as reported (pasal tidak ditemukan)' },
    ),
    none: overlay(
      { months: 0, lumpSum: 0, funeral: 0, scope: 'all' },
      { instrument: 'PP 82/2019', article: 'Pasal 34 (no minimum membership)' },
    ),
  });
