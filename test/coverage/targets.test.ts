import { isJamsostekError } from 'jamsostek';
import { COVERAGE_TARGET_DOCUMENTS, coverageTarget, formatPercent } from 'jamsostek/coverage';
import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';

// Targets as quoted in 2025 reporting of BPJS Ketenagakerjaan and Kemendagri statements (contributions
// research §6): RPJMN 2025–2029 32,15 % (2025) → 43,92 % (2029); RKP 2026 34,99 %; RPJPN 99,5 % by 2045.
describe('coverageTarget', () => {
  it.each([
    ['rpjmn-2025-2029', 2025, 2, '32,15 %'],
    ['rpjmn-2025-2029', 2029, 2, '43,92 %'],
    ['rkp-2026', 2026, 2, '34,99 %'],
    ['rpjpn-2025-2045', 2045, 1, '99,5 %'],
  ] as const)('%s %i', (document, year, decimals, shown) => {
    const t = coverageTarget({ document, year });
    expect(formatPercent(t.target, { decimals })).toBe(shown);
    expect(t.citations.length).toBeGreaterThan(0);
    expect(t.indicator.en).toContain('working population');
    expect(t.confidence).toBe('C');
  });

  it('every document is a dated series in the official rulebook', () => {
    for (const d of COVERAGE_TARGET_DOCUMENTS) expect(OFFICIAL_RULEBOOK.series[`coverage.target.${d}`]).toBeDefined();
  });

  it('does not interpolate between published years, nor answer outside the document', () => {
    const e = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (x) {
        return isJamsostekError(x) ? x.code : 'other';
      }
      return undefined;
    };
    expect(e(() => coverageTarget({ document: 'rpjmn-2025-2029', year: 2027 }))).toBe('INVALID_INPUT');
    expect(e(() => coverageTarget({ document: 'rkp-2026', year: 2027 }))).toBe('RULE_NOT_IN_FORCE');
    expect(e(() => coverageTarget({ document: 'rkp-2026' as never, year: 2026.5 }))).toBe('INVALID_INPUT');
  });
});
