export { programBudget } from './budget.ts';
export { budgetCapacity, budgetDuration } from './capacity.ts';
export { reconcileBudget } from './reconcile.ts';
export {
  BudgetCapacityInputSchema,
  BudgetDurationInputSchema,
  ProgramBudgetInputSchema,
  ProgramTranchesInputSchema,
  ReconcileBudgetInputSchema,
  SplitFundingInputSchema,
  VillageAllocationInputSchema,
} from './schema.ts';
export type { ProgramPayer } from './sources.ts';
export { splitFunding } from './split.ts';
export { programTranches } from './tranches.ts';
export * from './types.ts';
export { villageAllocation } from './village.ts';
