/**
 * The disability table and the short-membership variants, as data a caller can list or select.
 *
 * @module
 */

import type { IsoDate } from '../period/iso-date.ts';
import type { DisabilityRuleId } from '../rulebook/catalog.ts';
import { DISABILITY_PREFIX } from '../rulebook/data/disability.ts';
import { lookupRule } from '../rulebook/lookup.ts';
import { BENEFITS_RULEBOOK } from '../rulebook/official/benefits.ts';
import type { RuleOverlay } from '../rulebook/overlay.ts';
import type { Rulebook } from '../rulebook/types.ts';
import type { DisabilityRow } from './types.ts';

/**
 * Every row of the JKK disability table in force on `date`, with its percentage(s), citations and
 * confidence (most rows are `C` or `U`: the official annex was not obtained).
 *
 * @example
 * ```ts
 * import { disabilityRows } from 'jamsostek/benefits';
 * disabilityRows('2025-06-01').find((r) => r.row === 'arm-shoulder')?.value; // { right: '0.4', left: '0.35' }
 * ```
 */
export function disabilityRows(date: IsoDate, rulebook: Rulebook = BENEFITS_RULEBOOK): DisabilityRow[] {
  const rows: DisabilityRow[] = [];
  for (const id of Object.keys(rulebook.series)) {
    if (!id.startsWith(DISABILITY_PREFIX)) continue;
    const ref = lookupRule(rulebook, id as DisabilityRuleId, date);
    if (!ref) continue;
    rows.push({
      row: id.slice(DISABILITY_PREFIX.length),
      title: ref.title,
      value: ref.value,
      citations: ref.citations,
      confidence: ref.confidence,
    });
  }
  return rows;
}

/**
 * The reported variants of the short-membership rule (a death within 3 months of membership), as
 * overlays for `withRules`. The official rulebook uses `funeral-all` (Rp10.000.000 as funeral cost, every
 * participant, from 2025-02-24; confidence C). `bpu-8-plus-2` is the Meulaboh report (BPU only,
 * Rp8.000.000 lump sum + Rp2.000.000 funeral); `none` removes the rule (full benefit from day one).
 *
 * @example
 * ```ts
 * import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
 * import { jkmBenefit, SHORT_MEMBERSHIP_VARIANTS } from 'jamsostek/benefits';
 * import { withRules } from 'jamsostek/rulebook';
 * const rb = withRules(OFFICIAL_RULEBOOK, [SHORT_MEMBERSHIP_VARIANTS.none], 'no-short-membership');
 * jkmBenefit({ deathDate: '2025-09-01', segment: 'BPU', membershipStart: '2025-07-01', contributionMonths: 2, rulebook: rb }).total; // 42000000
 * ```
 */
export const SHORT_MEMBERSHIP_VARIANTS: Readonly<
  Record<'funeral-all' | 'bpu-8-plus-2' | 'none', RuleOverlay>
> = Object.freeze({
  'funeral-all': {
    id: 'jkm.short-membership',
    mode: 'replace',
    versions: [
      {
        from: '2025-02-24',
        value: { months: 3, lumpSum: 0, funeral: 10_000_000, scope: 'all' },
        citations: [
          { instrument: 'Permenaker 1/2025', article: 'perubahan Permenaker 5/2021 (pasal tidak ditemukan)' },
        ],
        confidence: 'C',
      },
    ],
  },
  'bpu-8-plus-2': {
    id: 'jkm.short-membership',
    mode: 'replace',
    versions: [
      {
        from: '2025-02-24',
        value: { months: 3, lumpSum: 8_000_000, funeral: 2_000_000, scope: 'BPU' },
        citations: [
          {
            instrument: 'Peraturan BPJS Ketenagakerjaan 5/2021',
            article: 'as reported (pasal tidak ditemukan)',
          },
        ],
        confidence: 'C',
      },
    ],
  },
  none: {
    id: 'jkm.short-membership',
    mode: 'replace',
    versions: [
      {
        from: '2025-02-24',
        value: { months: 0, lumpSum: 0, funeral: 0, scope: 'all' },
        citations: [{ instrument: 'PP 82/2019', article: 'Pasal 34 (no minimum membership)' }],
        confidence: 'C',
      },
    ],
  },
});
