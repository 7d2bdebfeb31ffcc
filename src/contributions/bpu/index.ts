export { bpuContribution, bpuContributionSchedule } from './contribution.ts';
export { bpuDiscountStatus } from './discount.ts';
export {
  BpuContributionInputSchema,
  BpuContributionScheduleInputSchema,
  BpuDiscountQuerySchema,
} from './schema.ts';
export * from './types.ts';
