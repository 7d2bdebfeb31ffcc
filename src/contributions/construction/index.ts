export { constructionContribution } from './contribution.ts';
export { ConstructionContributionInputSchema } from './schema.ts';
export type {
  ConstructionContractValueInput,
  ConstructionContributionBase,
  ConstructionContributionByContractValue,
  ConstructionContributionByWage,
  ConstructionContributionInput,
  ConstructionContributionResult,
  ConstructionWageInput,
} from './types.ts';
