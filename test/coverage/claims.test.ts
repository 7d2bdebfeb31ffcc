import { benefitToPremiumRatio, claimsMetrics, ratioToDecimal } from 'jamsostek/coverage';
import { explain } from 'jamsostek/explain';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../helpers.ts';

// Seed article 000 (Jember, 22 Dec 2025): benefits 2023–2025 "1.573 penerima manfaat senilai Rp51,57 miliar,
// termasuk Rp49,44 miliar JKM dan Rp1,04 miliar JKK, dan juga beasiswa pendidikan bagi 253 anak".
// The JKM lump sum of Rp42.000.000 is PP 82/2019 Pasal 34 (it is passed in, not read from a rule here).
const JEMBER = {
  total: 51_570_000_000,
  beneficiaries: 1573,
  programs: [
    { program: 'JKM', amount: 49_440_000_000, unitAmount: 42_000_000 },
    { program: 'JKK', amount: 1_040_000_000 },
  ],
};

describe('claimsMetrics (seed article 000)', () => {
  const m = claimsMetrics(JEMBER);

  it('decomposes JKM Rp49,44 miliar into 1.177 full claims of Rp42 juta and Rp6 juta', () => {
    // 1.177 × 42.000.000 = 49.434.000.000; 49.440.000.000 − 49.434.000.000 = 6.000.000 < 42.000.000
    const jkm = m.programs[0];
    expect(jkm?.decomposition?.fullClaims).toBe(1177);
    expect(jkm?.decomposition?.remainder).toBe(6_000_000);
    expect(
      ratioToDecimal(jkm?.decomposition?.claims ?? { numerator: 0, denominator: 1 }, { decimals: 2 }),
    ).toBe('1177.14');
  });

  it('leaves a residual of Rp1,09 miliar (51,57 − 49,44 − 1,04), set against the 253 scholarship children', () => {
    expect(m.residual).toBe(1_090_000_000);
  });

  it('averages Rp32.784.488 per beneficiary (51.570.000.000 / 1.573 = 32.784.488,23…)', () => {
    // 1.573 × 32.784.488 = 51.569.999.624; remainder 376 < 786,5, so half-up keeps 32.784.488
    expect(m.averagePerBeneficiaryRounded).toBe(32_784_488);
    expect(m.averagePerBeneficiary).toEqual({ numerator: 51_570_000_000, denominator: 1573 });
  });

  it('gives each program its share of the total', () => {
    // 49,44 / 51,57 = 0,95869… → 95,87 %
    expect(explain(m)[2]).toBe('- Manfaat JKM: Rp49.440.000.000 (95,87 % dari jumlah)');
    expect(explain(m, { lang: 'en' })[3]).toBe(
      '- JKM benefits ÷ Rp42,000,000 = 1,177.14: 1,177 full claims, remainder Rp6,000,000',
    );
  });

  it('averages per program when its beneficiaries are reported (Jambi 2022: Rp304 miliar, 26 ribu cases)', () => {
    // DOMAIN §6, Jambi province 2022: 304.000.000.000 / 26.000 = 11.692.307,69… ≈ Rp11,7 juta per case
    const j = claimsMetrics({
      total: 304_000_000_000,
      beneficiaries: 26_000,
      programs: [{ program: 'all', amount: 304_000_000_000, beneficiaries: 26_000 }],
    });
    expect(j.averagePerBeneficiaryRounded).toBe(11_692_308);
    expect(j.programs[0]?.averagePerBeneficiary).toEqual({ numerator: 304_000_000_000, denominator: 26_000 });
    expect(j.residual).toBe(0);
  });

  it('rejects program lines above the total, zero beneficiaries and zero unit amounts', () => {
    expect(errorCode(() => claimsMetrics({ ...JEMBER, total: 1 }))).toBe('INVALID_INPUT');
    expect(errorCode(() => claimsMetrics({ ...JEMBER, beneficiaries: 0 }))).toBe('INVALID_INPUT');
    expect(
      errorCode(() =>
        claimsMetrics({
          total: 10,
          beneficiaries: 1,
          programs: [{ program: 'JKM', amount: 1, unitAmount: 0 }],
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => claimsMetrics({ total: 10.5, beneficiaries: 1 }))).toBe('INVALID_INPUT');
  });
});

describe('benefitToPremiumRatio', () => {
  it('Jember 2025: Rp17,8 miliar of benefits against 82.093 × Rp201.600 of premiums ≈ 1,08', () => {
    // Premiums: 82.093 × 12 × 16.800 = 16.549.948.800 (contributions research §7d); 17,8 / 16,55 = 1,0755…
    const r = benefitToPremiumRatio({ benefits: 17_800_000_000, premiums: 16_549_948_800 });
    expect(r.kind).toBe('benefit-to-premium-ratio');
    expect(r.confidence).toBe('A');
    expect(ratioToDecimal(r.ratio, { decimals: 2 })).toBe('1.08');
    expect(explain(r, { lang: 'en' })[0]).toBe(
      'Benefit-to-premium ratio: benefits Rp17,800,000,000, premiums Rp16,549,948,800:',
    );
    expect(explain(r, { lang: 'en' })[1]).toBe(
      '- Benefits Rp17,800,000,000 ÷ premiums Rp16,549,948,800 = 1.0755',
    );
  });

  it('rejects zero premiums', () => {
    expect(errorCode(() => benefitToPremiumRatio({ benefits: 1, premiums: 0 }))).toBe('INVALID_INPUT');
  });
});
