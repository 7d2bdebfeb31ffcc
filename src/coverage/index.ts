export { benefitToPremiumRatio, claimsMetrics } from './claims.ts';
export { coverageImpact, coveragePath, coverageRatio, gapToTarget, programShare } from './coverage.ts';
export {
  compareRatios,
  formatPercent,
  formatPoints,
  type Ratio,
  type RatioDisplayOptions,
  ratio,
  ratioDifference,
  ratioFromDecimal,
  ratioPercent,
  ratioToDecimal,
  reduceRatio,
} from './ratio.ts';
export {
  aggregateCoverage,
  type CoverageSummary,
  coverageSummary,
  EMPTY_COVERAGE_SUMMARY,
  mergeCoverageSummaries,
  NATION,
  type RegionCode,
  type RegionCoverageRow,
  type RegionLevel,
  regionAt,
  regionLevel,
  regionParent,
  summaryCoverage,
} from './region.ts';
export {
  BenefitToPremiumInputSchema,
  ClaimsMetricsInputSchema,
  CoverageImpactInputSchema,
  CoveragePathInputSchema,
  CoverageRatioInputSchema,
  CoverageTargetQuerySchema,
  GapToTargetInputSchema,
  ProgramShareInputSchema,
} from './schema.ts';
export { coverageTarget } from './targets.ts';
export * from './types.ts';
