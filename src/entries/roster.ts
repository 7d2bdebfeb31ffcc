/**
 * Rosters at scale: premiums, eligibility and totals for whole regions from arrays, iterables, streams
 * and files, each NIK priced once, with every bad row reported; several agencies' lists combined; the
 * monthly change list between two rosters. Files are read by `jamsostek/csv` and `jamsostek/xlsx`; test
 * rosters come from `jamsostek/testing`; `explain` from `jamsostek/explain`.
 *
 * @packageDocumentation
 * @module jamsostek/roster
 * @group Entry points
 */
export {
  combineRosters,
  createRosterAccumulator,
  diffRosters,
  mergeRosterSummaries,
  processRoster,
  processRosterSync,
  ROSTER_COLUMNS,
  type RosterAccumulator,
  type RosterBatch,
  type RosterChange,
  type RosterColumn,
  type RosterCriteria,
  type RosterDedupeOptions,
  type RosterDiff,
  type RosterDiffEntry,
  type RosterDiffField,
  type RosterDiffOptions,
  type RosterDiffSkippedRow,
  type RosterDuplicateRow,
  type RosterEligibility,
  type RosterEligibleOutcome,
  type RosterField,
  type RosterFieldChange,
  type RosterFlaggedRow,
  type RosterGroupTotals,
  type RosterIneligibleOutcome,
  type RosterIneligibleRow,
  type RosterInvalidRow,
  type RosterIssue,
  type RosterIssueCode,
  type RosterList,
  type RosterMonthTotals,
  type RosterOptions,
  RosterOptionsSchema,
  type RosterReason,
  type RosterRejectedRow,
  type RosterRow,
  type RosterRowRef,
  type RosterSource,
  type RosterSummary,
  type RosterWorker,
  type RosterWorkerResult,
  rosterFieldOf,
  type UnknownColumnsPolicy,
} from '../roster/index.ts';
