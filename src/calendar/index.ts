/**
 * The payment calendar: due dates, late fines, BPU and program standing, reconciliation.
 *
 * @module
 */
export { contributionDueDate, contributionDueDateSchedule } from './due-date.ts';
export { lateFine } from './fine.ts';
export { owedFromBudget, owedFromRoster } from './owed.ts';
export { reconcilePayments } from './reconcile.ts';
export {
  BpuStandingInputSchema,
  ContributionDueDateInputSchema,
  ContributionDueDateScheduleInputSchema,
  LateFineInputSchema,
  PaymentReconciliationInputSchema,
  ProgramStandingInputSchema,
} from './schema.ts';
export { bpuStanding, programStanding } from './standing.ts';
export type * from './types.ts';
