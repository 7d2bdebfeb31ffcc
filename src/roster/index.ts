export { type CsvOptions, readCsvRows } from './csv.ts';
export {
  createRosterAccumulator,
  mergeRosterSummaries,
  processRoster,
  processRosterSync,
  type RosterAccumulator,
  RosterOptionsSchema,
} from './process.ts';
export type {
  RosterCriteria,
  RosterEligibility,
  RosterEligibleOutcome,
  RosterGroupTotals,
  RosterIneligibleOutcome,
  RosterIneligibleRow,
  RosterInvalidRow,
  RosterMonthTotals,
  RosterOptions,
  RosterReason,
  RosterRejectedRow,
  RosterRow,
  RosterSummary,
  RosterWorker,
  RosterWorkerResult,
} from './types.ts';
