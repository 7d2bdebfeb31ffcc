export { migrantWorkerContribution } from './contribution.ts';
export { MigrantWorkerContributionInputSchema } from './schema.ts';
export type {
  MigrantExtension,
  MigrantWorkerContributionInput,
  MigrantWorkerContributionResult,
} from './types.ts';
