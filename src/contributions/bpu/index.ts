export { bpuContribution, bpuContributionSchedule } from './contribution.ts';
export { bpuDiscountStatus } from './discount.ts';
export {
  BpuContributionInputSchema,
  BpuContributionScheduleInputSchema,
  BpuDiscountQuerySchema,
} from './schema.ts';
export {
  BPU_CATEGORIES,
  BPU_PROGRAMS,
  BPU_SECTORS,
  type BpuCategory,
  type BpuContributionInput,
  type BpuContributionLine,
  type BpuContributionResult,
  type BpuContributionScheduleInput,
  type BpuContributionScheduleResult,
  type BpuDiscountApplied,
  type BpuDiscountBase,
  type BpuDiscountNotInForce,
  type BpuDiscountQuery,
  type BpuDiscountRefused,
  type BpuDiscountResult,
  type BpuPremiumOptions,
  type BpuProgram,
  type BpuSector,
} from './types.ts';
