import {
  benefitToPremiumRatio,
  claimsMetrics,
  coverageGap,
  coverageImpact,
  coveragePath,
  coverageRatio,
  coverageReport,
  coverageTarget,
  formatPercent,
  formatPoints,
  programShare,
  ratio,
} from 'jamsostek/coverage';
import { explain, type JamsostekResult } from 'jamsostek/explain';
import { describe, expect, it } from 'vitest';
import { coverageReportGoldens } from '../golden/coverage.ts';
import { errorCode, issuesOf, thrown } from '../helpers.ts';

const RPJMN_2029 = { document: 'rpjmn-2025-2029', year: 2029 } as const;

describe('coverageReport golden cards', () => {
  for (const g of coverageReportGoldens) {
    it(`${g.name} (${g.source})`, () => {
      const r = coverageReport({ ...g.input, target: RPJMN_2029, year: 2025 });
      const e = g.expected;
      expect(r.kind).toBe('coverage-report');
      expect(r.region).toBe(g.input.region);
      expect(r.year).toBe(2025);
      expect(r.coverage).toEqual({ numerator: g.input.covered, denominator: g.input.workingPopulation });
      expect(formatPercent(r.coverage)).toBe(e.coverage);
      expect(r.uncovered).toBe(e.uncovered);
      expect(r.program?.programParticipants).toBe(g.input.programParticipants);
      expect(formatPercent(r.program?.share ?? ratio(0, 1))).toBe(e.share);
      expect(r.program?.coveredBefore).toBe(e.coveredBefore);
      expect(formatPercent(r.program?.before ?? ratio(0, 1))).toBe(e.before);
      expect(formatPoints(r.program?.uplift ?? ratio(0, 1))).toBe(e.uplift);
      expect(r.gap?.requiredCovered).toBe(e.requiredCovered);
      expect(r.gap?.workersNeeded).toBe(e.workersNeeded);
      expect(r.gap?.reached).toBe(false);
      expect(formatPoints(r.gap?.gap ?? ratio(0, 1))).toBe(e.gap);
      expect(r.gap?.source).toEqual(RPJMN_2029);
      // The target rule is quoted from 2025 statements (confidence C), and so is the report.
      expect(r.confidence).toBe('C');
      expect(r.basis.rules.map((x) => x.id)).toEqual(['coverage.target.rpjmn-2025-2029']);
    });
  }
});

describe('coverageReport (docs/recipes/coverage-report.md, Jember)', () => {
  const jember = {
    region: '35.09',
    covered: 323739,
    workingPopulation: 1480981,
    programParticipants: 82093,
    target: RPJMN_2029,
    year: 2025,
  };
  const r = coverageReport(jember);

  it('is exact: the gap is 43,92 % − 323.739/1.480.981 as a fraction', () => {
    // 4.392 × 1.480.981 = 6.504.468.552; 323.739 × 10.000 = 3.237.390.000; the difference 3.267.078.552
    // over 10.000 × 1.480.981 = 14.809.810.000, both divided by 8: 408.384.819 / 1.851.226.250.
    expect(r.gap?.gap).toEqual({ numerator: 408384819, denominator: 1851226250 });
    expect(r.gap?.target).toEqual({ numerator: 4392, denominator: 10000 });
    // uplift = programParticipants / workingPopulation, before = (323.739 − 82.093) / 1.480.981
    expect(r.program?.uplift).toEqual({ numerator: 82093, denominator: 1480981 });
    expect(r.program?.before).toEqual({ numerator: 241646, denominator: 1480981 });
    expect(r.program?.share).toEqual({ numerator: 82093, denominator: 323739 });
  });

  it('explains every figure of the card in one explanation (Indonesian)', () => {
    expect(explain(r, { sources: false })).toEqual([
      'Laporan cakupan kepesertaan: 323.739 peserta aktif dari 1.480.981 penduduk bekerja:',
      '- Wilayah (kode Kemendagri): 35.09',
      '- Angka tahun 2025',
      '- Cakupan 323.739 ÷ 1.480.981 = 21,86 % (persentase dibulatkan setengah ke atas ke 2 desimal)',
      '- Pekerja yang belum terlindungi: 1.480.981 − 323.739 = 1.157.242',
      '- Porsi program 82.093 ÷ 323.739 = 25,36 % (persentase dibulatkan setengah ke atas ke 2 desimal)',
      '- Peserta tanpa program: 323.739 − 82.093 = 241.646',
      '- Cakupan tanpa program 241.646 ÷ 1.480.981 = 16,32 % (persentase dibulatkan setengah ke atas ke 2 desimal)',
      '- Kenaikan cakupan dalam poin persentase: 82.093 ÷ 1.480.981 = 5,54 % dari penduduk bekerja (selisih yang tepat, bukan selisih dua angka yang sudah dibulatkan)',
      '- Sasaran RPJMN 2025–2029 untuk tahun 2029: 43,92 % (Perpres 12/2025 (RPJMN 2025–2029) Lampiran, indikator cakupan kepesertaan [C])',
      '- Peserta yang diperlukan 43,92 % × 1.480.981, dibulatkan ke atas ke pekerja utuh: 650.447',
      '- Masih diperlukan 650.447 − 323.739 = 326.708 pekerja',
      '- Selisih terhadap sasaran: 43,92 % − 21,86 % = 22,06 poin persentase (dari nilai yang tepat, dibulatkan setengah ke atas ke 2 desimal)',
      'Tingkat keyakinan terlemah: C (A teks dibaca, B dikuatkan, C satu sumber, U belum terverifikasi).',
      'Buku aturan: official, data versi 2026-12-01.',
    ]);
  });

  it('explains in English with English digit grouping', () => {
    const en = explain(r, { lang: 'en' });
    expect(en[0]).toBe('Coverage report: 323,739 active participants of 1,480,981 working people:');
    expect(en).toContain('- Figures for 2025');
    expect(en).toContain('- Workers not covered: 1,480,981 − 323,739 = 1,157,242');
    expect(en).toContain(
      '- Gap to the target: 43.92% − 21.86% = 22.06 percentage points (from the exact values, rounded half-up to 2 decimals)',
    );
  });

  it('says the same as the three separate calls it replaces', () => {
    const c = coverageRatio({ covered: jember.covered, workingPopulation: jember.workingPopulation });
    const i = coverageImpact({
      after: jember.covered,
      programParticipants: jember.programParticipants,
      workingPopulation: jember.workingPopulation,
    });
    const g = coverageGap({
      covered: jember.covered,
      workingPopulation: jember.workingPopulation,
      target: RPJMN_2029,
    });
    expect(r.coverage).toEqual(c.coverage);
    expect(r.uncovered).toBe(c.uncovered);
    expect(r.program).toEqual({
      programParticipants: i.programParticipants,
      share: i.share,
      coveredBefore: i.coveredBefore,
      before: i.before,
      uplift: i.uplift,
    });
    const {
      kind: _k,
      covered: _c,
      workingPopulation: _w,
      coverage: _r,
      confidence: _f,
      basis: _b,
      ...gap
    } = g;
    expect(r.gap).toEqual(gap);
  });

  it('is plain JSON data sharing nothing with its input', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.gap?.source).not.toBe(jember.target);
    const again = coverageReport(jember);
    expect(again).toEqual(r);
    expect(again.coverage).not.toBe(r.coverage);
    expect(again.basis.steps).not.toBe(r.basis.steps);
  });
});

describe('coverageReport parts', () => {
  it('gives only the coverage when neither a program nor a target is given (no legal value: A)', () => {
    const r = coverageReport({ covered: 89266, workingPopulation: 555154 });
    expect(formatPercent(r.coverage)).toBe('16,08 %'); // Lumajang 2026, see the goldens
    expect(r.uncovered).toBe(465888); // 555.154 − 89.266 ("465 ribu pekerja … belum")
    expect('program' in r).toBe(false);
    expect('gap' in r).toBe(false);
    expect('region' in r || 'asOf' in r || 'year' in r).toBe(false);
    expect(r.confidence).toBe('A');
    expect(r.basis.rules).toEqual([]);
    expect(explain(r)).toHaveLength(4); // title, coverage, uncovered, rulebook
  });

  it('measures a decimal target without a rule, and a date instead of a year', () => {
    // 1.480.981 × 0,25 = 370.245,25 → 370.246 required; 370.246 − 323.739 = 46.507
    const r = coverageReport({
      covered: 323739,
      workingPopulation: 1480981,
      target: '0.25',
      asOf: '2025-11-30',
    });
    expect(r.gap?.workersNeeded).toBe(46507);
    expect(r.gap && 'source' in r.gap).toBe(false);
    expect(r.confidence).toBe('A');
    expect(r.asOf).toBe('2025-11-30');
    expect(explain(r)[1]).toBe('- Keadaan per tanggal 2025-11-30');
    expect(explain(r, { lang: 'en' })[1]).toBe('- Figures as of 2025-11-30');
  });

  it('reports a reached target with zero workers needed and a negative gap', () => {
    // East Java 2023: 29,84 % against 25 %: 14.531.668 × 0,25 = 3.632.917 ≤ 4.336.959
    const r = coverageReport({ region: '35', covered: 4336959, workingPopulation: 14531668, target: '0.25' });
    expect(r.gap?.reached).toBe(true);
    expect(r.gap?.workersNeeded).toBe(0);
    expect(r.gap?.requiredCovered).toBe(3632917);
    expect(formatPoints(r.gap?.gap ?? ratio(0, 1))).toBe('-4,84 poin');
    expect(explain(r, { lang: 'en' })).toContain('- The target is reached: 4,336,959 ≥ 3,632,917');
  });

  it('lists every problem of a bad input with its path', () => {
    expect(
      issuesOf(() =>
        coverageReport({
          region: '3509',
          covered: 5,
          workingPopulation: 4,
          target: '50%',
          extra: 1,
        } as never),
      ).sort(),
    ).toEqual(['covered', 'extra', 'region', 'target']);
    expect(
      issuesOf(() => coverageReport({ covered: 1, workingPopulation: 2, asOf: '2025-11-31' as never })),
    ).toEqual(['asOf']);
    expect(
      issuesOf(() => coverageReport({ covered: 5, workingPopulation: 10, programParticipants: 6 })),
    ).toEqual(['programParticipants']);
    expect(
      issuesOf(() =>
        coverageReport({ covered: 1, workingPopulation: 2, asOf: '2025-11-30', year: 2025 } as never),
      ),
    ).toEqual(['year']);
    expect(
      issuesOf(() =>
        coverageReport({ covered: 1, workingPopulation: 2, target: { document: 'rkp-2026', year: 2026.5 } }),
      ),
    ).toEqual(['target.year']);
    expect(errorCode(() => coverageReport(undefined as never))).toBe('INVALID_INPUT');
  });

  it('refuses a year the target document publishes nothing for, at target.year', () => {
    const e = thrown(() =>
      coverageReport({
        covered: 1,
        workingPopulation: 2,
        target: { document: 'rpjmn-2025-2029', year: 2027 },
      }),
    );
    expect(e.issues[0]?.path).toEqual(['target', 'year']);
    expect(e.issues[0]?.message).toContain('does not interpolate');
    expect(
      errorCode(() =>
        coverageReport({ covered: 1, workingPopulation: 2, target: { document: 'rkp-2026', year: 2027 } }),
      ),
    ).toBe('RULE_NOT_IN_FORCE');
  });
});

describe('coverage target as exactly one of a decimal string and a { document, year } reference', () => {
  const base = { covered: 1, workingPopulation: 2 };

  it('names the member an issue is about', () => {
    expect(
      issuesOf(() => coverageGap({ ...base, target: { document: 'rpjmn-2020-2024', year: 2024 } } as never)),
    ).toEqual(['target.document']);
    expect(
      issuesOf(() =>
        coverageGap({ ...base, target: { document: 'rkp-2026', year: 2026, rate: '0.5' } } as never),
      ),
    ).toEqual(['target.rate']);
    expect(issuesOf(() => coverageGap({ ...base, target: { document: 'rkp-2026' } } as never))).toEqual([
      'target.year',
    ]);
    expect(issuesOf(() => coverageGap({ ...base, target: '43,92 %' }))).toEqual(['target']);
    for (const target of [0.4392, null, ['0.5'], undefined])
      expect(issuesOf(() => coverageGap({ ...base, target } as never))).toEqual(['target']);
    expect(thrown(() => coverageGap({ ...base, target: 0.4392 } as never)).issues[0]?.message).toContain(
      '{ document, year }',
    );
  });

  it('records which document and year a named target came from, and nothing for a decimal one', () => {
    const named = coverageGap({ covered: 323739, workingPopulation: 1480981, target: RPJMN_2029 });
    expect(named.source).toEqual(RPJMN_2029);
    expect('source' in coverageGap({ ...base, target: '0.5' })).toBe(false);
    expect(explain(named).at(-5)).toBe(
      '- Selisih terhadap sasaran: 43,92 % − 21,86 % = 22,06 poin persentase (dari nilai yang tepat, dibulatkan setengah ke atas ke 2 desimal)',
    );
  });
});

describe('every coverage result renders', () => {
  it('with no line falling back to a raw code, in both languages', () => {
    const results: JamsostekResult[] = [
      coverageRatio({ covered: 323739, workingPopulation: 1480981 }),
      programShare({ programParticipants: 82093, covered: 323739 }),
      coverageImpact({ after: 323739, programParticipants: 82093, workingPopulation: 1480981 }),
      coverageImpact({ before: 241646, programParticipants: 82093, workingPopulation: 1480981 }),
      coverageTarget({ document: 'rpjpn-2025-2045', year: 2045 }),
      coverageGap({ covered: 323739, workingPopulation: 1480981, target: RPJMN_2029 }),
      coverageGap({ covered: 4336959, workingPopulation: 14531668, target: '0.25' }),
      coveragePath({ covered: 323739, workingPopulation: 1480981, fromYear: 2025, target: RPJMN_2029 }),
      coverageReport({
        region: '35.09',
        covered: 323739,
        workingPopulation: 1480981,
        programParticipants: 82093,
        target: RPJMN_2029,
        asOf: '2025-11-30',
      }),
      coverageReport({ covered: 4336959, workingPopulation: 14531668, target: '0.25', year: 2023 }),
      claimsMetrics({
        total: 51_570_000_000,
        beneficiaries: 1573,
        programs: [
          { program: 'JKM', amount: 49_440_000_000, unitAmount: 42_000_000, beneficiaries: 1177 },
          { program: 'JKK', amount: 1_040_000_000 },
        ],
      }),
      benefitToPremiumRatio({ benefits: 17_800_000_000, premiums: 16_549_948_800 }),
    ];
    for (const result of results)
      for (const lang of ['id', 'en'] as const)
        for (const line of explain(result, { lang })) {
          expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
          expect(line).not.toMatch(/\{\w+(:\w+)?\}/);
        }
  });
});
