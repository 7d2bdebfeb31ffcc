import fc from 'fast-check';
import {
  coverageGap,
  coverageImpact,
  coveragePath,
  coverageRatio,
  formatPercent,
  formatPoints,
  programShare,
  ratio,
  ratioDifference,
} from 'jamsostek/coverage';
import { explain } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { coverageGoldens } from '../golden/coverage.ts';
import { thrown } from '../helpers.ts';

// Seed article 000: Jember, November 2025. 1.480.981 working, 323.739 covered (21,86 %); the regency's
// program enrolled 82.093 workers, "sekitar 25,3 persen dari total cakupan".
const JEMBER = { covered: 323739, workingPopulation: 1480981, program: 82093 };

describe('coverageRatio', () => {
  for (const g of coverageGoldens) {
    it(`${g.name}: ${g.expected} (${g.source})`, () => {
      const r = coverageRatio(g.input);
      expect(r.coverage).toEqual({ numerator: g.input.covered, denominator: g.input.workingPopulation });
      expect(formatPercent(r.coverage)).toBe(g.expected);
      expect(r.uncovered).toBe(g.input.workingPopulation - g.input.covered);
    });
  }

  it('Lumajang truncated would read 16,07 %: the published 16,08 % is half-up', () => {
    const r = coverageRatio({ covered: 89266, workingPopulation: 555154 });
    expect(formatPercent(r.coverage, { mode: 'down' })).toBe('16,07 %');
  });

  it('explains the division in both languages', () => {
    const r = coverageRatio({ covered: JEMBER.covered, workingPopulation: JEMBER.workingPopulation });
    expect(explain(r)[1]).toBe(
      '- Cakupan 323.739 ÷ 1.480.981 = 21,86 % (persentase dibulatkan setengah ke atas ke 2 desimal)',
    );
    expect(explain(r, { lang: 'en' })[0]).toBe(
      'Coverage: 323,739 active participants of 1,480,981 working people:',
    );
  });

  it('rejects zero population, negative or fractional counts and covered > population', () => {
    const cases: [unknown, string][] = [
      [{ covered: 0, workingPopulation: 0 }, 'workingPopulation'],
      [{ covered: -1, workingPopulation: 10 }, 'covered'],
      [{ covered: 1.5, workingPopulation: 10 }, 'covered'],
      [{ covered: 1, workingPopulation: 10.5 }, 'workingPopulation'],
      [{ covered: 11, workingPopulation: 10 }, 'covered'],
      [{ covered: 1, workingPopulation: 10, extra: 1 }, 'extra'],
    ];
    for (const [input, path] of cases) {
      const e = thrown(() => coverageRatio(input as never));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues.map((i) => i.path[0])).toContain(path);
    }
  });

  it('property: coverage lies in [0, 1] whenever covered ≤ population; above is INVALID_INPUT', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300_000_000 }), fc.nat(300_000_000), (population, c) => {
        if (c <= population) {
          const { coverage } = coverageRatio({ covered: c, workingPopulation: population });
          expect(coverage.numerator).toBeGreaterThanOrEqual(0);
          expect(coverage.numerator).toBeLessThanOrEqual(coverage.denominator);
          const shown = Number(formatPercent(coverage, { lang: 'en', decimals: 4 }).slice(0, -1));
          expect(shown).toBeGreaterThanOrEqual(0);
          expect(shown).toBeLessThanOrEqual(100);
        } else {
          expect(thrown(() => coverageRatio({ covered: c, workingPopulation: population })).code).toBe(
            'INVALID_INPUT',
          );
        }
      }),
    );
  });
});

describe('programShare (seed article 000)', () => {
  it('82.093 / 323.739 = 25,36 %; the article truncates to 25,3 %, half-up gives 25,4 %', () => {
    const s = programShare({ programParticipants: JEMBER.program, covered: JEMBER.covered });
    expect(formatPercent(s.share)).toBe('25,36 %');
    expect(formatPercent(s.share, { decimals: 1, mode: 'down' })).toBe('25,3 %');
    expect(formatPercent(s.share, { decimals: 1, mode: 'half-up' })).toBe('25,4 %');
    expect(explain(s, { lang: 'en' })[1]).toContain('82,093 ÷ 323,739 = 25.36%');
  });

  it('rejects more program participants than covered, and zero covered', () => {
    expect(thrown(() => programShare({ programParticipants: 5, covered: 4 })).issues[0]?.path).toEqual([
      'programParticipants',
    ]);
    expect(thrown(() => programShare({ programParticipants: 0, covered: 0 })).code).toBe('INVALID_INPUT');
  });
});

describe('coverageImpact (seed article 000)', () => {
  it('without the program 16,32 %, uplift 5,54 points', () => {
    // (323.739 − 82.093) = 241.646; 1.480.981 × 0,16315 = 241.622,0 ≤ 241.646 < 241.696,1 = 1.480.981 × 0,1632
    // 82.093 / 1.480.981: 1.480.981 × 0,05535 = 81.972,3 ≤ 82.093 < 82.120,4 = 1.480.981 × 0,05545
    const i = coverageImpact({
      after: JEMBER.covered,
      programParticipants: JEMBER.program,
      workingPopulation: JEMBER.workingPopulation,
    });
    expect(i.coveredBefore).toBe(241646);
    expect(formatPercent(i.before)).toBe('16,32 %');
    expect(formatPercent(i.after)).toBe('21,86 %');
    expect(formatPoints(i.uplift)).toBe('5,54 poin');
    expect(formatPercent(i.share)).toBe('25,36 %');
    // The uplift is exactly after − before, not a difference of rounded percentages.
    expect(ratioDifference(i.after, i.before)).toEqual(ratio(82093, 1480981));
  });

  it('accepts the count before the program', () => {
    const i = coverageImpact({ before: 241646, programParticipants: 82093, workingPopulation: 1480981 });
    expect(i.coveredAfter).toBe(323739);
    expect(formatPoints(i.uplift, { lang: 'en' })).toBe('5.54 pp');
    expect(explain(i)[1]).toBe('- Peserta dengan program: 241.646 + 82.093 = 323.739');
  });

  it('rejects both or neither of before/after, and impossible counts', () => {
    const base = { programParticipants: 1, workingPopulation: 10 };
    // Neither and both are compile errors too (the input is a union with `?: never`).
    expect(thrown(() => coverageImpact(base as never)).issues[0]?.message).toBe(
      'give exactly one of before and after',
    );
    expect(thrown(() => coverageImpact({ ...base, before: 1, after: 2 } as never)).issues).toEqual([
      {
        path: ['after'],
        message: 'give exactly one of before and after',
        received: { ...base, before: 1, after: 2 },
      },
    ]);
    expect(thrown(() => coverageImpact({ ...base, after: 11 })).issues[0]?.path).toEqual(['after']);
    expect(thrown(() => coverageImpact({ ...base, after: 0 })).issues[0]?.path).toEqual([
      'programParticipants',
    ]);
    expect(thrown(() => coverageImpact({ ...base, before: 10 })).issues[0]?.path).toEqual(['before']);
  });
});

describe('coverageGap (was gapToTarget)', () => {
  it('Jember to 25 %: 1.480.981 × 0,25 = 370.245,25, rounded up to 370.246 workers, 46.507 more', () => {
    // A reading of "25 persen" as a coverage level would need 46.507 more participants; 46.506 falls a
    // quarter worker short (370.245 / 1.480.981 < 0,25).
    const g = coverageGap({ covered: 323739, workingPopulation: 1480981, target: '0.25' });
    expect(g.requiredCovered).toBe(370246);
    expect(g.workersNeeded).toBe(46507);
    expect(g.reached).toBe(false);
  });

  it('Jember to the RPJMN 2029 target 43,92 %: 650.447 required, 326.708 more, 22,06 points short', () => {
    // 1.480.981 × 0,4392 = 650.446,8552 → 650.447; 650.447 − 323.739 = 326.708
    const g = coverageGap({
      covered: 323739,
      workingPopulation: 1480981,
      target: { document: 'rpjmn-2025-2029', year: 2029 },
    });
    expect(g.workersNeeded).toBe(326708);
    expect(formatPoints(g.gap)).toBe('22,06 poin');
    expect(g.basis.rules.map((r) => r.id)).toEqual(['coverage.target.rpjmn-2025-2029']);
    expect(g.confidence).toBe('C');
    expect(explain(g)[0]).toBe('Kekurangan peserta terhadap sasaran cakupan RPJMN 2025–2029 (2029):');
  });

  it('reports a reached target with zero workers needed and a negative gap', () => {
    const g = coverageGap({ covered: 4336959, workingPopulation: 14531668, target: '0.2984' });
    expect(g.reached).toBe(true);
    expect(g.workersNeeded).toBe(0);
    expect(g.gap.numerator).toBeLessThan(0);
    expect(explain(g, { lang: 'en' }).join('\n')).toContain('The target is reached');
  });

  it('uses the rulebook it is given', () => {
    const rb = withRules(
      OFFICIAL_RULEBOOK,
      [
        {
          id: 'coverage.target.rkp-2026',
          mode: 'replace',
          versions: [
            {
              from: '2026-01-01',
              to: '2027-01-01',
              value: { indicator: { id: 'x', en: 'x' }, points: [{ year: 2026, value: '0.5' }] },
              citations: [{ instrument: 'Skenario', article: '-' }],
              confidence: 'U',
            },
          ],
        },
      ],
      'scenario',
    );
    const g = coverageGap({
      covered: 1,
      workingPopulation: 4,
      target: { document: 'rkp-2026', year: 2026 },
      rulebook: rb,
    });
    expect(g.workersNeeded).toBe(1);
    expect(g.basis.rulebook.name).toBe('scenario');
  });

  it('rejects targets that are not fractions of 1, and a year the document has no value for', () => {
    for (const target of ['43.92', '1.5', '-0.1', '43,92 %', '']) {
      expect(thrown(() => coverageGap({ covered: 1, workingPopulation: 2, target })).code).toBe(
        'INVALID_INPUT',
      );
    }
    const e = thrown(() =>
      coverageGap({ covered: 1, workingPopulation: 2, target: { document: 'rpjmn-2025-2029', year: 2027 } }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.message).toContain('does not interpolate');
  });

  it('property: required is the least whole count reaching the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.nat(10_000), (population, basis) => {
        const target = (basis / 10_000).toFixed(4);
        const g = coverageGap({ covered: 0, workingPopulation: population, target });
        // required / population ≥ target and (required − 1) / population < target, in integers:
        expect(BigInt(g.requiredCovered) * 10_000n).toBeGreaterThanOrEqual(
          BigInt(basis) * BigInt(population),
        );
        if (g.requiredCovered > 0)
          expect(BigInt(g.requiredCovered - 1) * 10_000n).toBeLessThan(BigInt(basis) * BigInt(population));
      }),
    );
  });
});

describe('coveragePath', () => {
  it('spreads the RPJMN gap of Jember over 2026–2029 in whole workers (326.708 = 4 × 81.677)', () => {
    const p = coveragePath({
      covered: 323739,
      workingPopulation: 1480981,
      fromYear: 2025,
      target: { document: 'rpjmn-2025-2029', year: 2029 },
    });
    expect(p.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029]);
    expect(p.years.map((y) => y.added)).toEqual([81677, 81677, 81677, 81677]);
    expect(p.years.at(-1)?.covered).toBe(650447);
    expect(formatPercent(p.years.at(-1)?.coverage ?? ratio(0, 1))).toBe('43,92 %');
    expect(explain(p).some((l) => l.includes('Tahun 2026: tambah 81.677 pekerja'))).toBe(true);
  });

  it('gives earlier years the extra worker, and zeros once reached', () => {
    const p = coveragePath({
      covered: 0,
      workingPopulation: 10,
      fromYear: 2025,
      byYear: 2028,
      target: '0.5',
    });
    expect(p.years.map((y) => y.added)).toEqual([2, 2, 1]);
    const done = coveragePath({
      covered: 9,
      workingPopulation: 10,
      fromYear: 2025,
      byYear: 2027,
      target: '0.5',
    });
    expect(done.years.map((y) => y.added)).toEqual([0, 0]);
  });

  it('requires byYear for a decimal target, after fromYear', () => {
    // Without byYear a decimal target is a compile error too (CoveragePathToRate requires it).
    expect(
      thrown(() =>
        coveragePath({ covered: 0, workingPopulation: 10, fromYear: 2025, target: '0.5' } as never),
      ).issues[0]?.path,
    ).toEqual(['byYear']);
    expect(
      thrown(() =>
        coveragePath({ covered: 0, workingPopulation: 10, fromYear: 2025, byYear: 2025, target: '0.5' }),
      ).code,
    ).toBe('INVALID_INPUT');
  });
});
