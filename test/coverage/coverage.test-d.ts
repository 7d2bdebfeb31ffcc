import type { InputSchema } from 'jamsostek';
import {
  type CoverageGapInput,
  CoverageGapInputSchema,
  type CoverageImpactInput,
  type CoverageReportInput,
  CoverageReportInputSchema,
  type CoverageReportResult,
  type CoverageSummary,
  type CoverageTargetResult,
  type CoverageTargetSpec,
  coverageGap,
  coverageImpact,
  coveragePath,
  coverageRatio,
  coverageReport,
  coverageTarget,
  formatPercent,
  type Ratio,
  ratio,
  ratioToDecimal,
} from 'jamsostek/coverage';
import type { JamsostekResult } from 'jamsostek/explain';
import { describe, expectTypeOf, it } from 'vitest';

describe('coverage types', () => {
  it('ratios are plain numbers', () => {
    expectTypeOf(coverageRatio({ covered: 1, workingPopulation: 2 }).coverage).toEqualTypeOf<Ratio>();
    expectTypeOf<Ratio['numerator']>().toEqualTypeOf<number>();
  });

  it('results are discriminated by kind, equal to the function names', () => {
    expectTypeOf(
      coverageImpact({ after: 1, programParticipants: 1, workingPopulation: 2 }).kind,
    ).toEqualTypeOf<'coverage-impact'>();
    expectTypeOf(
      coverageGap({ covered: 1, workingPopulation: 2, target: '0.5' }).kind,
    ).toEqualTypeOf<'coverage-gap'>();
    expectTypeOf(coverageGap({ covered: 1, workingPopulation: 2, target: '0.5' }).workersNeeded).toBeNumber();
    expectTypeOf(coverageTarget({ document: 'rkp-2026', year: 2026 })).toEqualTypeOf<CoverageTargetResult>();
    expectTypeOf<CoverageTargetResult['kind']>().toEqualTypeOf<'coverage-target'>();
    expectTypeOf(
      coverageReport({ covered: 1, workingPopulation: 2 }).kind,
    ).toEqualTypeOf<'coverage-report'>();
    expectTypeOf<CoverageReportResult>().toExtend<JamsostekResult>();
    expectTypeOf<CoverageTargetResult>().toExtend<JamsostekResult>();
  });

  it('targets are exactly one of a decimal string and a known document with a year', () => {
    expectTypeOf<CoverageGapInput['target']>().toEqualTypeOf<CoverageTargetSpec>();
    // @ts-expect-error: not a document with targets
    coverageGap({ covered: 1, workingPopulation: 2, target: { document: 'rpjmn-2020-2024', year: 2024 } });
    // @ts-expect-error: a number is not a target
    coverageGap({ covered: 1, workingPopulation: 2, target: 0.5 });
    expectTypeOf<CoverageImpactInput>().toHaveProperty('programParticipants');
    expectTypeOf<CoverageSummary['regions']>().toEqualTypeOf<readonly string[]>();
  });

  it('exactly one of before and after; at most one of asOf and year', () => {
    // @ts-expect-error: neither before nor after
    coverageImpact({ programParticipants: 1, workingPopulation: 2 });
    // @ts-expect-error: both before and after
    coverageImpact({ before: 1, after: 2, programParticipants: 1, workingPopulation: 2 });
    coverageReport({ covered: 1, workingPopulation: 2, asOf: '2025-11-30' });
    coverageReport({ covered: 1, workingPopulation: 2, year: 2025 });
    // @ts-expect-error: both asOf and year
    coverageReport({ covered: 1, workingPopulation: 2, asOf: '2025-11-30', year: 2025 });
    // @ts-expect-error: a month is not a date
    coverageReport({ covered: 1, workingPopulation: 2, asOf: '2025-11' });
  });

  it('a decimal target needs the year to reach it by; a named one does not', () => {
    coveragePath({
      covered: 1,
      workingPopulation: 2,
      fromYear: 2025,
      target: { document: 'rkp-2026', year: 2026 },
    });
    coveragePath({ covered: 1, workingPopulation: 2, fromYear: 2025, byYear: 2027, target: '0.5' });
    // @ts-expect-error: byYear is required for a decimal target
    coveragePath({ covered: 1, workingPopulation: 2, fromYear: 2025, target: '0.5' });
  });

  it('schemas carry no zod type, only InputSchema', () => {
    expectTypeOf(CoverageGapInputSchema).toEqualTypeOf<InputSchema<CoverageGapInput>>();
    expectTypeOf(CoverageReportInputSchema).toEqualTypeOf<InputSchema<CoverageReportInput>>();
  });

  it('the display helpers take the output language; the decimal helper does not', () => {
    formatPercent(ratio(1, 2), { lang: 'en' });
    // @ts-expect-error: not a language
    formatPercent(ratio(1, 2), { lang: 'fr' });
    // @ts-expect-error: a decimal for machines has no language
    ratioToDecimal(ratio(1, 2), { lang: 'id' });
  });
});
