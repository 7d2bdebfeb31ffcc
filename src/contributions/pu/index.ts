export { puContribution, puContributionSchedule } from './contribution.ts';
export { payrollMonth } from './payroll-month.ts';
export { JkkRiskGroupInputSchema, jkkRiskGroup } from './risk-group.ts';
export type {
  JkkRiskGroupBase,
  JkkRiskGroupCandidate,
  JkkRiskGroupFound,
  JkkRiskGroupInput,
  JkkRiskGroupNotFound,
  JkkRiskGroupResult,
} from './risk-group-types.ts';
export {
  JpWageCapIndexationInputSchema,
  PayrollMonthInputSchema,
  PuContributionInputSchema,
  PuContributionScheduleInputSchema,
  PuWageBaseInputSchema,
} from './schema.ts';
export {
  type JpWageCapIndexationInput,
  type JpWageCapIndexationResult,
  type PayBasis,
  type PayrollEmployee,
  type PayrollMonthEmployee,
  type PayrollMonthInput,
  type PayrollMonthResult,
  PU_PROGRAMS,
  PU_RESULT_PROGRAMS,
  type PuContributionInput,
  type PuContributionLine,
  type PuContributionOptions,
  type PuContributionResult,
  type PuContributionScheduleInput,
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
  type PuWageBaseResult,
  RISK_CLASSES,
  type RiskClass,
} from './types.ts';
export { jpWageCapIndexation, puWageBase } from './wage-base.ts';
