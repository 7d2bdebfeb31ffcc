/**
 * Wage-earner (PU) contributions for payroll: JKK, JKM, JHT, JP and JKP with the JP wage cap, a whole
 * payroll month in one call, plus migrant-worker and construction-project contributions.
 *
 * @packageDocumentation
 * @module jamsostek/payroll
 * @group Entry points
 */
export {
  type ConstructionContractValueInput,
  type ConstructionContributionBase,
  type ConstructionContributionByContractValue,
  type ConstructionContributionByWage,
  type ConstructionContributionInput,
  ConstructionContributionInputSchema,
  type ConstructionContributionResult,
  type ConstructionWageInput,
  constructionContribution,
} from '../contributions/construction/index.ts';
export {
  type MigrantExtension,
  type MigrantWorkerContributionInput,
  MigrantWorkerContributionInputSchema,
  type MigrantWorkerContributionResult,
  migrantWorkerContribution,
} from '../contributions/migrant/index.ts';
export {
  type JkkRiskGroupBase,
  type JkkRiskGroupCandidate,
  type JkkRiskGroupFound,
  type JkkRiskGroupInput,
  JkkRiskGroupInputSchema,
  type JkkRiskGroupNotFound,
  type JkkRiskGroupResult,
  type JpWageCapIndexationInput,
  JpWageCapIndexationInputSchema,
  type JpWageCapIndexationResult,
  jkkRiskGroup,
  jpWageCapIndexation,
  type PayBasis,
  type PayrollEmployee,
  type PayrollMonthEmployee,
  type PayrollMonthInput,
  PayrollMonthInputSchema,
  type PayrollMonthResult,
  PU_PROGRAMS,
  PU_RESULT_PROGRAMS,
  type PuContributionInput,
  PuContributionInputSchema,
  type PuContributionLine,
  type PuContributionOptions,
  type PuContributionResult,
  type PuContributionScheduleInput,
  PuContributionScheduleInputSchema,
  type PuContributionScheduleResult,
  type PuDailyWageInput,
  type PuDeferral,
  type PuMonthlyWageInput,
  type PuPieceRateWageInput,
  type PuProgram,
  type PuProgramTotals,
  type PuRecomposition,
  type PuResultProgram,
  type PuSideTotals,
  type PuWageBaseInput,
  PuWageBaseInputSchema,
  type PuWageBaseResult,
  payrollMonth,
  puContribution,
  puContributionSchedule,
  puWageBase,
  RISK_CLASSES,
  type RiskClass,
} from '../contributions/pu/index.ts';
export type { JkkRiskGroupEntry, RiskGroup } from '../rulebook/catalog-cash.ts';
