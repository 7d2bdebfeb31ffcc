import { coverageImpact, type CoverageImpactInput, coverageRatio, type CoverageSummary, gapToTarget, type Ratio } from 'jamsostek/coverage';
import { describe, expectTypeOf, it } from 'vitest';

describe('coverage types', () => {
  it('ratios are plain numbers', () => {
    expectTypeOf(coverageRatio({ covered: 1, workingPopulation: 2 }).coverage).toEqualTypeOf<Ratio>();
    expectTypeOf<Ratio['numerator']>().toEqualTypeOf<number>();
  });

  it('results are discriminated by kind', () => {
    expectTypeOf(coverageImpact({ after: 1, programParticipants: 1, workingPopulation: 2 }).kind).toEqualTypeOf<
      'coverage-impact'
    >();
    expectTypeOf(gapToTarget({ covered: 1, workingPopulation: 2, target: '0.5' }).workersNeeded).toBeNumber();
  });

  it('targets name a known document', () => {
    // @ts-expect-error: not a document with targets
    gapToTarget({ covered: 1, workingPopulation: 2, target: { document: 'rpjmn-2020-2024', year: 2024 } });
    expectTypeOf<CoverageImpactInput>().toHaveProperty('programParticipants');
    expectTypeOf<CoverageSummary['regions']>().toEqualTypeOf<readonly string[]>();
  });
});
