/**
 * Every result the library computes, as one union: what `explain` accepts.
 *
 * @module
 */
import type { JhtBalanceResult, JhtWithdrawalResult } from '../benefits/jht-types.ts';
import type { JkpBenefitResult } from '../benefits/jkp-types.ts';
import type { JpBenefitResult } from '../benefits/jp-types.ts';
import type {
  DisabilityTableResult,
  JkkBenefitResult,
  JkmBenefitResult,
  ScholarshipScheduleResult,
} from '../benefits/types.ts';
import type {
  BpuStandingResult,
  ContributionDueDateResult,
  ContributionDueDateScheduleResult,
  LateFineResult,
  PaymentReconciliationResult,
  ProgramStandingResult,
} from '../calendar/types.ts';
import type {
  BpuContributionResult,
  BpuContributionScheduleResult,
  BpuDiscountResult,
} from '../contributions/bpu/types.ts';
import type { ConstructionContributionResult } from '../contributions/construction/types.ts';
import type { MigrantWorkerContributionResult } from '../contributions/migrant/types.ts';
import type { JkkRiskGroupResult } from '../contributions/pu/risk-group-types.ts';
import type {
  JpWageCapIndexationResult,
  PayrollMonthResult,
  PuContributionResult,
  PuContributionScheduleResult,
  PuWageBaseResult,
} from '../contributions/pu/types.ts';
import type {
  BenefitToPremiumRatioResult,
  ClaimsMetricsResult,
  CoverageGapResult,
  CoverageImpactResult,
  CoveragePathResult,
  CoverageRatioResult,
  CoverageReportResult,
  CoverageTargetResult,
  ProgramShareResult,
} from '../coverage/types.ts';
import type {
  PensionAgeResult,
  ProgramEligibilityResult,
  RosterScreeningResult,
  SegmentProgramsResult,
} from '../eligibility/types.ts';
import type {
  BudgetCapacityResult,
  BudgetDurationResult,
  BudgetReconciliationResult,
  FundingSplitResult,
  ProgramBudgetResult,
  ProgramTranchesResult,
  VillageAllocationResult,
} from '../funding/types.ts';
import type { RosterDiff, RosterSummary } from '../roster/types.ts';

/** Every result of the library that `explain` renders. */
export type JamsostekResult =
  | BpuContributionResult
  | BpuContributionScheduleResult
  | BpuDiscountResult
  | PuContributionResult
  | PuContributionScheduleResult
  | PuWageBaseResult
  | JpWageCapIndexationResult
  | PayrollMonthResult
  | JkkRiskGroupResult
  | MigrantWorkerContributionResult
  | ConstructionContributionResult
  | JkmBenefitResult
  | JkkBenefitResult
  | ScholarshipScheduleResult
  | DisabilityTableResult
  | JkpBenefitResult
  | JhtBalanceResult
  | JhtWithdrawalResult
  | JpBenefitResult
  | ProgramEligibilityResult
  | RosterScreeningResult
  | PensionAgeResult
  | SegmentProgramsResult
  | CoverageRatioResult
  | ProgramShareResult
  | CoverageImpactResult
  | CoverageTargetResult
  | CoverageGapResult
  | CoveragePathResult
  | CoverageReportResult
  | ClaimsMetricsResult
  | BenefitToPremiumRatioResult
  | ProgramBudgetResult
  | BudgetCapacityResult
  | BudgetDurationResult
  | FundingSplitResult
  | VillageAllocationResult
  | ProgramTranchesResult
  | BudgetReconciliationResult
  | ContributionDueDateResult
  | ContributionDueDateScheduleResult
  | LateFineResult
  | BpuStandingResult
  | ProgramStandingResult
  | PaymentReconciliationResult
  | RosterSummary
  | RosterDiff;

/** The `kind` of every result `explain` renders. */
export type JamsostekResultKind = JamsostekResult['kind'];
