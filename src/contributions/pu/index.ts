export * from '../construction/index.ts';
export * from '../migrant/index.ts';
export { puContribution, puContributionSchedule } from './contribution.ts';
export {
  PuContributionInputSchema,
  PuContributionScheduleInputSchema,
  PuWageBaseInputSchema,
} from './schema.ts';
export * from './types.ts';
export { jpWageCapIndexation, puWageBase } from './wage-base.ts';
