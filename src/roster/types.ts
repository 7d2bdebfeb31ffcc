/**
 * Types of roster processing.
 *
 * @module
 */
import type { BpuCategory, BpuProgram, BpuSector } from '../contributions/bpu/types.ts';
import type { ProgramCriteria } from '../eligibility/types.ts';
import type { InputIssue } from '../errors.ts';
import type { FundingSource, Payer } from '../funding/sources.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import type { Confidence, Rulebook, RulebookStamp, RuleRef } from '../rulebook/types.ts';

/**
 * One worker of a roster, as read from a CSV export or a database. `nik` is required; every other
 * field falls back to the roster options, and a row whose `declaredIncome` or `fundingSource` is
 * given by neither is rejected. Extra fields (birth date, DTSEN decile …) are kept for eligibility
 * checks. There is no `payer` field: the payer follows from the funding source (`payerOf`), and a row
 * that has one is rejected, so that an old layout is noticed rather than ignored.
 */
export interface RosterRow {
  /** National identity number (NIK), 16 digits. */
  readonly nik?: unknown;
  /** Name (not used in any computation). */
  readonly name?: unknown;
  /** Declared monthly income: whole rupiah, or text such as `'1.000.000'`. */
  readonly declaredIncome?: unknown;
  /** First covered month (default: the roster's `from`). */
  readonly from?: unknown;
  /** Last covered month (default: the roster's `to`). */
  readonly to?: unknown;
  /** Region of residence, e.g. a Kemendagri code such as `'35.09'`. */
  readonly region?: unknown;
  /**
   * Funding source: one of the {@link FundingSource}s, matched without regard to case and spaces
   * (`'dbh sawit'`, `'Dana Desa'`); default the roster's `fundingSource`. Any other text rejects
   * the row.
   */
  readonly fundingSource?: unknown;
  /** Sector for PP 50/2025. */
  readonly sector?: unknown;
  /** BPU category. */
  readonly category?: unknown;
  /** Cohort label (a batch, a village, an intake). */
  readonly cohort?: unknown;
  /** Any other field. */
  readonly [field: string]: unknown;
}

/** A valid row, normalised. */
export interface RosterWorker {
  /** 1-based row number in the roster (data rows, plus the options' `rowOffset`). */
  readonly row: number;
  /** NIK. */
  readonly nik: string;
  /** Declared income in whole rupiah. */
  readonly declaredIncome: Rupiah;
  /** First covered month (the later of the row's `from` and the roster's). */
  readonly from: YearMonth;
  /** Last covered month (the earlier of the row's `to` and the roster's). */
  readonly to: YearMonth;
  /** Region, or `''`. */
  readonly region: string;
  /** Cohort, or `''`. */
  readonly cohort: string;
  /** Who funds the premium. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as (`payerOf`). */
  readonly payer: Payer;
  /** Sector. */
  readonly sector: BpuSector;
  /** Category. */
  readonly category: BpuCategory;
}

/** A reason a row is not eligible, as a roster counts it. */
export interface RosterReason {
  /** Stable reason code, e.g. `'dtsen-decile'`. */
  readonly code: string;
}

/** The row is eligible. */
export interface RosterEligibleOutcome {
  /** Always `true`. */
  readonly eligible: true;
}

/** The row is not eligible, with every reason. */
export interface RosterIneligibleOutcome {
  /** Always `false`. */
  readonly eligible: false;
  /** Every failed criterion. */
  readonly reasons: readonly RosterReason[];
}

/** The outcome of an eligibility check on one row, as a roster needs it. */
export type RosterEligibility = RosterEligibleOutcome | RosterIneligibleOutcome;

/**
 * Program criteria to screen every row with `programEligibility`. By default a row's fields map to
 * the worker directly (`birthDate`, `segment` (default `'BPU'`), `bpuCategory` (else the row's
 * `category`), `sector`, `dtsenDecile`, `region`, `activeParticipant`, `fundedBy`, `citizenship`,
 * `workStartInIndonesia`); `toWorker` maps other layouts. A row whose worker fields are invalid is
 * reported as invalid with those issues.
 */
export interface RosterCriteria {
  /** The program's criteria. */
  readonly criteria: ProgramCriteria;
  /** The date eligibility is judged on. */
  readonly asOf: IsoDate;
  /** Builds the eligibility worker from a row. */
  readonly toWorker?: ((row: RosterRow, worker: RosterWorker) => unknown) | undefined;
}

/**
 * Options of `processRoster`. The program months run from `from` to `to` (inclusive); each worker is
 * covered for the part of their own range inside them.
 */
export interface RosterOptions {
  /** First program month. */
  readonly from: YearMonth;
  /** Last program month. */
  readonly to: YearMonth;
  /** Programs paid for every worker; default `['JKK', 'JKM']`. */
  readonly programs?: readonly BpuProgram[] | undefined;
  /**
   * Funding source of rows without one. Without it every row must name its own; a row with neither
   * is rejected (never priced with a guessed payer).
   */
  readonly fundingSource?: FundingSource | undefined;
  /** Default sector; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** Default category; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
  /** Default declared income for rows without one; without it the field is required. */
  readonly declaredIncome?: Rupiah | undefined;
  /**
   * Optional eligibility check: program criteria (checked with `programEligibility`) or a function.
   * Ineligible rows are rejected with their reason codes.
   */
  readonly eligibility?:
    | RosterCriteria
    | ((row: RosterRow, worker: RosterWorker) => RosterEligibility)
    | undefined;
  /**
   * Called with every priced worker (keeps memory constant: nothing per worker is stored). Each call
   * gets objects of its own, which the callback may keep or change.
   */
  readonly onWorker?: ((result: RosterWorkerResult) => void) | undefined;
  /** Throw `INVALID_INPUT` at the first invalid row instead of reporting it. Default `false`. */
  readonly stopOnInvalid?: boolean | undefined;
  /** Added to row numbers (for a shard that starts after other rows). Default `0`. */
  readonly rowOffset?: number | undefined;
  /** Keep at most this many rejected rows in the list (the counts stay exact). Default: all. */
  readonly rejectedLimit?: number | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** The premiums of one worker over their covered months. */
export interface RosterWorkerResult {
  /** The worker. */
  readonly worker: RosterWorker;
  /** Covered months inside the program months. */
  readonly workerMonths: number;
  /** Total premium. */
  readonly total: Rupiah;
  /** Premium per program. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
}

/** A row rejected for bad data, with every problem. */
export interface RosterInvalidRow {
  /** 1-based row number. */
  readonly row: number;
  /** Always `'invalid'`. */
  readonly kind: 'invalid';
  /** Every input problem, with the field's path. */
  readonly issues: readonly InputIssue[];
}

/** A valid row excluded by the eligibility check, with its reasons. */
export interface RosterIneligibleRow {
  /** 1-based row number. */
  readonly row: number;
  /** Always `'ineligible'`. */
  readonly kind: 'ineligible';
  /** Reason codes, e.g. `'program.dtsen-decile'`. */
  readonly reasons: readonly string[];
}

/** A row that was not priced, with its row number and why; narrow on `kind`. */
export type RosterRejectedRow = RosterInvalidRow | RosterIneligibleRow;

/** Counts and amounts of one group of a summary. */
export interface RosterGroupTotals {
  /** Workers in the group. */
  readonly workers: number;
  /** Worker-months in the group. */
  readonly workerMonths: number;
  /** Premium of the group. */
  readonly amount: Rupiah;
}

/** Workers and premium of one month. */
export interface RosterMonthTotals {
  /** Workers covered that month. */
  readonly workers: number;
  /** Premium of the month. */
  readonly amount: Rupiah;
}

/**
 * The summary of a roster. Plain data with sorted keys, so that summaries of shards merged with
 * `mergeRosterSummaries` are identical (to the byte, as JSON) to the summary of a single pass.
 * Every row read is counted once in exactly one of `workers`, `invalid` and `ineligible`:
 * `rows = workers + invalid + ineligible`.
 */
export interface RosterSummary {
  /** Always `'roster-summary'`. */
  readonly kind: 'roster-summary';
  /** First program month. */
  readonly from: YearMonth;
  /** Last program month. */
  readonly to: YearMonth;
  /** The rulebook used: name and data version. */
  readonly rulebook: RulebookStamp;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** Rows read, whatever became of them (a NIK given twice is two rows). */
  readonly rows: number;
  /** Rows priced: valid and, when an eligibility check is given, eligible. Each is one worker. */
  readonly workers: number;
  /**
   * Rows rejected for bad data: a field that cannot be read, a required field given neither by the
   * row nor by the options, or (with program criteria) worker fields the eligibility check refuses.
   */
  readonly invalid: number;
  /** Valid rows that the eligibility check excluded. */
  readonly ineligible: number;
  /** Worker-months priced. */
  readonly workerMonths: number;
  /** Total premium. */
  readonly total: Rupiah;
  /** Per program month, every month from `from` to `to`; sums to `total`. */
  readonly byMonth: Readonly<Record<string, RosterMonthTotals>>;
  /** Per program; sums to `total`. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
  /** Per declared income level (key: the income in rupiah); sums to `total`. */
  readonly byIncomeLevel: Readonly<Record<string, RosterGroupTotals>>;
  /** Per cohort (`''` for rows without one); sums to `total`. */
  readonly byCohort: Readonly<Record<string, RosterGroupTotals>>;
  /** Per region (`''` for rows without one); sums to `total`. */
  readonly byRegion: Readonly<Record<string, RosterGroupTotals>>;
  /** Per funding source; sums to `total`. */
  readonly byFundingSource: Readonly<Partial<Record<FundingSource, RosterGroupTotals>>>;
  /**
   * Rejected rows per reason: for an invalid row, `invalid:` and the path of each field with a
   * problem (`invalid:nik`, `invalid:fundingSource`; `invalid:` alone when the row is not an object);
   * for an ineligible row, each of its reason codes. A row counts once under each of its reasons, so
   * a count never exceeds the rows rejected, and the counts add up to more than `invalid + ineligible`
   * when rows have several problems.
   */
  readonly rejectedByReason: Readonly<Record<string, number>>;
  /** The rejected rows, by row number (up to `rejectedLimit`; the counts stay exact). */
  readonly rejected: readonly RosterRejectedRow[];
  /** The rule versions used, by id and start. */
  readonly rules: readonly RuleRef[];
}
