import { bpuContribution, isJamsostekError } from 'jamsostek';
import { eachMonth } from 'jamsostek/period';
import { OFFICIAL_RULEBOOK, type RuleSeries } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';

describe('temporal sweep, every month 2015-07 … 2027-12', () => {
  const months = eachMonth({ from: '2015-07', to: '2027-12' });

  it('prices every month for every payer and sector without a gap', () => {
    let count = 0;
    for (const month of months) {
      for (const payer of ['self', 'APBD'] as const) {
        for (const sector of ['transport', 'other'] as const) {
          const r = bpuContribution({ month, declaredIncome: 1_000_000, fundingSource: payer, sector });
          // Full price 16.800; 168 in the PP 49/2020 months; 8.400 in the PP 50/2025 window unless APBD.
          const pp49 = month >= '2020-08' && month <= '2021-01';
          const pp50 =
            payer === 'self' &&
            (sector === 'transport'
              ? month >= '2026-01' && month <= '2027-03'
              : month >= '2026-04' && month <= '2026-12');
          expect(r.total).toBe(pp49 ? 168 : pp50 ? 8_400 : 16_800);
          count++;
        }
      }
    }
    expect(count).toBe(150 * 4);
  });

  it('no series of the official rulebook has a gap or an overlap', () => {
    const series: RuleSeries[] = Object.values(OFFICIAL_RULEBOOK.series);
    for (const s of series) {
      for (let i = 1; i < s.versions.length; i++) {
        expect(s.versions[i - 1]?.to).toBe(s.versions[i]?.from);
      }
    }
  });

  it('refuses the month before the rulebook starts', () => {
    try {
      bpuContribution({ month: '2015-06', declaredIncome: 1_000_000 });
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.code).toBe('RULE_NOT_IN_FORCE');
    }
  });
});
