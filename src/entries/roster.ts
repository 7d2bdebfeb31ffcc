/**
 * Rosters at scale: premiums, eligibility and totals for whole regions from arrays, iterables or
 * streams, with every bad row reported. Test rosters come from `jamsostek/testing`; `explain` from
 * `jamsostek/explain`.
 *
 * @packageDocumentation
 * @module jamsostek/roster
 */
export {
  type CsvOptions,
  createRosterAccumulator,
  mergeRosterSummaries,
  processRoster,
  processRosterSync,
  type RosterAccumulator,
  type RosterCriteria,
  type RosterEligibility,
  type RosterEligibleOutcome,
  type RosterGroupTotals,
  type RosterIneligibleOutcome,
  type RosterIneligibleRow,
  type RosterInvalidRow,
  type RosterMonthTotals,
  type RosterOptions,
  RosterOptionsSchema,
  type RosterReason,
  type RosterRejectedRow,
  type RosterRow,
  type RosterSummary,
  type RosterWorker,
  type RosterWorkerResult,
  readCsvRows,
} from '../roster/index.ts';
