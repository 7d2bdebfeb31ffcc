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
  /**
   * Birth date, `YYYY-MM-DD` (also read as `DD-MM-YYYY` or `DD/MM/YYYY` when checked against the
   * NIK). When given, a NIK that encodes another date flags the row (`NIK_BIRTH_DATE_MISMATCH`).
   */
  readonly birthDate?: unknown;
  /**
   * Sex: `L`/`Laki-laki`/`Pria`/`M`/`male` or `P`/`Perempuan`/`Wanita`/`W`/`F`/`female` (case, spaces and
   * hyphens do not matter). When given, a NIK that encodes the other sex flags the row
   * (`NIK_SEX_MISMATCH`).
   */
  readonly sex?: unknown;
  /** Any other field. */
  readonly [field: string]: unknown;
}

/**
 * Codes of the problems found in a row beyond a field's own check. Rows with these are rejected:
 *
 * - `UNCLOSED_QUOTE`: a quoted CSV field that never closes; the row is rejected and reading goes on
 *   with the next line;
 * - `SHORT_ROW`: a CSV record with fewer fields than the header (no field is guessed);
 * - `EXTRA_FIELDS`: a value beyond the last column of the header;
 * - `CONFLICTING_COLUMNS`: a column that appears twice in the header, with two different values;
 * - `NIK_AS_NUMBER`: a NIK stored as a number (spreadsheets keep 15 significant digits, so the 16th
 *   digit is lost) or written as one (`3.50901E+15`);
 * - `NIK_REGION`: the NIK's first six digits are no plausible province, regency and district code;
 * - `NIK_BIRTH_DATE`: digits 7–12 are no date (DDMMYY, with 40 added to the day for women);
 * - `NIK_SERIAL`: the last four digits are `0000` (serials start at 0001).
 *
 * Rows with these are priced and flagged:
 *
 * - `STRAY_QUOTE`: a quote inside an unquoted CSV field (`O"Brien`), read as a literal quote;
 * - `NIK_BIRTH_DATE_MISMATCH`: the NIK encodes another birth date than the row's `birthDate`;
 * - `NIK_SEX_MISMATCH`: the NIK encodes another sex than the row's `sex`;
 * - `BIRTH_DATE_UNREADABLE`, `SEX_UNREADABLE`: the row's birth date or sex cannot be read, so the NIK
 *   could not be checked against it.
 */
export type RosterIssueCode =
  | 'UNCLOSED_QUOTE'
  | 'SHORT_ROW'
  | 'EXTRA_FIELDS'
  | 'CONFLICTING_COLUMNS'
  | 'NIK_AS_NUMBER'
  | 'NIK_REGION'
  | 'NIK_BIRTH_DATE'
  | 'NIK_SERIAL'
  | 'STRAY_QUOTE'
  | 'NIK_BIRTH_DATE_MISMATCH'
  | 'NIK_SEX_MISMATCH'
  | 'BIRTH_DATE_UNREADABLE'
  | 'SEX_UNREADABLE';

/** A problem of one row: an input issue, with a code when it is one of {@link RosterIssueCode}. */
export interface RosterIssue extends InputIssue {
  /** The problem's code, when it has one beyond the field's own check. */
  readonly code?: RosterIssueCode | undefined;
}

/**
 * One batch of rows from a {@link RosterSource}, with each row's number in its file and what the
 * reader found.
 */
export interface RosterBatch {
  /** The rows. */
  readonly rows: readonly RosterRow[];
  /** The number of each row in its file (same index as `rows`): a CSV line, a sheet row. */
  readonly rowNumbers: readonly number[];
  /**
   * What the reader found wrong with a row (same index as `rows`; absent or `undefined` for none). A row
   * with a rejecting code is rejected with these issues; a flagging code flags it.
   */
  readonly issues?: readonly (readonly RosterIssue[] | undefined)[] | undefined;
  /** The list the rows come from (see `combineRosters`). */
  readonly list?: string | undefined;
  /** Headers of the file that name no roster column (see `ROSTER_COLUMNS`). */
  readonly unknownColumns?: readonly string[] | undefined;
  /** Columns that the file's header names twice. */
  readonly duplicateColumns?: readonly string[] | undefined;
}

/**
 * Rows that know where they came from: a file reader's (`readCsvRows` in `jamsostek/csv`,
 * `readXlsxRows` in `jamsostek/xlsx`) or several lists combined (`combineRosters`). Iterate it for the
 * rows alone; `processRoster` reads its batches, so that row numbers are the file's, a record the reader
 * could not read is a rejected row, and unknown headers reach the summary.
 */
export interface RosterSource extends AsyncIterable<RosterRow> {
  /** The rows in batches (one await per batch), with their row numbers and the reader's findings. */
  batches(): AsyncIterable<RosterBatch>;
}

/** Options of `dedupe`: which row wins when a NIK appears more than once. */
export interface RosterDedupeOptions {
  /**
   * List names (`combineRosters`) and funding sources, highest priority first. Of two rows with one NIK,
   * the one whose list or funding source comes first here wins; rows that match nothing here come
   * last; between equals, the row read first wins. Default: the row read first wins.
   */
  readonly precedence?: readonly string[] | undefined;
}

/** One list of a combined roster: its name (an agency, a village) and its rows. */
export interface RosterList {
  /** The list's name, reported with each of its rejected and duplicate rows. */
  readonly name: string;
  /** The rows: an array, an iterable, an async iterable or a file reader's source. */
  readonly rows: Iterable<RosterRow> | AsyncIterable<RosterRow> | RosterSource;
}

/** A valid row, normalised. */
export interface RosterWorker {
  /**
   * The row's number: in its file when a reader gives one (a CSV line, counting the header; a sheet
   * row), else its 1-based position in its list; plus the options' `rowOffset`.
   */
  readonly row: number;
  /** The list the row comes from (see `combineRosters`), when it has one. */
  readonly list?: string | undefined;
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
  /**
   * Keep at most this many rejected rows, and this many flagged rows, in the lists: those first in
   * the summary's order (list name, then row number). The counts stay exact. Default: all.
   */
  readonly rejectedLimit?: number | undefined;
  /**
   * Price each NIK once. Default `true`: of the rows with one NIK that would be priced, one wins (the
   * first read, or by `precedence`) and every other is rejected as a duplicate, naming the winner.
   * Costs 37 to 75 bytes of memory per distinct NIK (16 per hash slot, at most three NIKs in four
   * slots, and 16 per entry); `false` prices every row and keeps memory constant, for rosters known to hold each NIK once.
   */
  readonly dedupe?: boolean | RosterDedupeOptions | undefined;
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
  /** The row's number (see {@link RosterWorker.row}). */
  readonly row: number;
  /** The row's list, when it has one. */
  readonly list?: string | undefined;
  /** Always `'invalid'`. */
  readonly kind: 'invalid';
  /** The row's NIK as written, when it is text. */
  readonly nik?: string | undefined;
  /** Every input problem, with the field's path and, for some, a code. */
  readonly issues: readonly RosterIssue[];
}

/** A valid row excluded by the eligibility check, with its reasons. */
export interface RosterIneligibleRow {
  /** The row's number. */
  readonly row: number;
  /** The row's list, when it has one. */
  readonly list?: string | undefined;
  /** Always `'ineligible'`. */
  readonly kind: 'ineligible';
  /** The row's NIK. */
  readonly nik: string;
  /** Reason codes, e.g. `'program.dtsen-decile'`. */
  readonly reasons: readonly string[];
}

/** Where a row is: its number and its list. */
export interface RosterRowRef {
  /** The row's number. */
  readonly row: number;
  /** The row's list, when it has one. */
  readonly list?: string | undefined;
  /** The row's funding source. */
  readonly fundingSource: FundingSource;
}

/** A valid row not priced because another row with the same NIK was. */
export interface RosterDuplicateRow {
  /** The row's number. */
  readonly row: number;
  /** The row's list, when it has one. */
  readonly list?: string | undefined;
  /** Always `'duplicate'`. */
  readonly kind: 'duplicate';
  /** The NIK. */
  readonly nik: string;
  /** The row's funding source. */
  readonly fundingSource: FundingSource;
  /** The row priced for this NIK instead. */
  readonly winner: RosterRowRef;
}

/** A row that was not priced, with its row number and why; narrow on `kind`. */
export type RosterRejectedRow = RosterInvalidRow | RosterIneligibleRow | RosterDuplicateRow;

/** A row with something to check, whatever became of it: a NIK that disagrees with the row, a stray quote. */
export interface RosterFlaggedRow {
  /** The row's number. */
  readonly row: number;
  /** The row's list, when it has one. */
  readonly list?: string | undefined;
  /** The row's NIK, when it is text. */
  readonly nik?: string | undefined;
  /** What to check, each with its code. */
  readonly issues: readonly RosterIssue[];
}

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
 * Every row read is counted once in exactly one of `workers`, `invalid`, `ineligible` and `duplicates`:
 * `rows = workers + invalid + ineligible + duplicates`.
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
  /** Valid, eligible rows not priced because another row with the same NIK was (see `dedupe`). */
  readonly duplicates: number;
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
  /** Per list (`combineRosters`; `''` for rows without one); sums to `total`. */
  readonly byList: Readonly<Record<string, RosterGroupTotals>>;
  /**
   * Rejected rows per reason: for an invalid row, `invalid:` and the path of each field with a
   * problem (`invalid:nik`, `invalid:fundingSource`; `invalid:` alone when the row is not an object),
   * or the issue's code when it has one (`invalid:NIK_AS_NUMBER`, `invalid:SHORT_ROW`); for an
   * ineligible row, each of its reason codes; `duplicate` for a duplicate. A row counts once under each of its reasons, so
   * a count never exceeds the rows rejected, and the counts add up to more than `invalid + ineligible`
   * when rows have several problems.
   */
  readonly rejectedByReason: Readonly<Record<string, number>>;
  /**
   * The rejected rows, in order of list name (rows without a list first) and row number; up to
   * `rejectedLimit` (the counts stay exact).
   */
  readonly rejected: readonly RosterRejectedRow[];
  /**
   * Rows flagged per code (a row counts once under each of its codes), whether they were priced or
   * rejected.
   */
  readonly flaggedByReason: Readonly<Record<string, number>>;
  /** The flagged rows, in the order of `rejected`; up to `rejectedLimit`. */
  readonly flagged: readonly RosterFlaggedRow[];
  /** The `rejectedLimit` the lists were cut at, or `null` for none. */
  readonly rejectedLimit: number | null;
  /** Headers of the files read that name no roster column (kept under their own name), sorted. */
  readonly unknownColumns: readonly string[];
  /** Columns that a file's header names twice, sorted. */
  readonly duplicateColumns: readonly string[];
  /** The rule versions used, by id and start. */
  readonly rules: readonly RuleRef[];
}

/** A field that `diffRosters` compares. */
export type RosterDiffField =
  | 'declaredIncome'
  | 'region'
  | 'cohort'
  | 'fundingSource'
  | 'from'
  | 'to'
  | 'sector'
  | 'category'
  | 'name';

/** Options of `diffRosters`. */
export interface RosterDiffOptions {
  /** The fields compared; default `declaredIncome`, `region`, `cohort` and `fundingSource`. */
  readonly fields?: readonly RosterDiffField[] | undefined;
}

/** A row of one side of a diff: where it is, its NIK and the compared fields' values. */
export interface RosterDiffEntry {
  /** The NIK. */
  readonly nik: string;
  /** The row's number in its roster. */
  readonly row: number;
  /** The row's list, when it has one. */
  readonly list?: string | undefined;
  /**
   * The compared fields that the row gives: incomes as whole rupiah when they can be read, funding
   * sources by their vocabulary name when they can be read, any other value as its text.
   */
  readonly values: Readonly<Partial<Record<RosterDiffField, string | number>>>;
}

/** One field that changed between two rosters. */
export interface RosterFieldChange {
  /** The field. */
  readonly field: RosterDiffField;
  /** Its value in the previous roster, or `null` when the row did not give it. */
  readonly previous: string | number | null;
  /** Its value in the next roster, or `null`. */
  readonly next: string | number | null;
}

/** A worker in both rosters whose compared fields differ. */
export interface RosterChange {
  /** The NIK. */
  readonly nik: string;
  /** The row in the previous roster. */
  readonly previous: RosterDiffEntry;
  /** The row in the next roster. */
  readonly next: RosterDiffEntry;
  /** The fields that changed, in the order of `fields`. */
  readonly changes: readonly RosterFieldChange[];
}

/** A row a diff could not use: no valid NIK, or a NIK already seen in the same roster. */
export interface RosterDiffSkippedRow {
  /** Which roster. */
  readonly side: 'previous' | 'next';
  /** The row's number. */
  readonly row: number;
  /** The row's list, when it has one. */
  readonly list?: string | undefined;
  /** `'invalid'` (no NIK that can be compared; see `issues`) or `'duplicate'`. */
  readonly reason: 'invalid' | 'duplicate';
  /** The NIK as written, when it is text. */
  readonly nik?: string | undefined;
  /** The problems, for an invalid row. */
  readonly issues: readonly RosterIssue[];
}

/**
 * The change list between two rosters (last month's and this month's): who joined, who left, and
 * whose income, region, cohort or funding source changed, by NIK. Rows without a usable NIK and second
 * rows of a NIK are listed in `skipped`, never dropped silently.
 */
export interface RosterDiff {
  /** Always `'roster-diff'`. */
  readonly kind: 'roster-diff';
  /** Always `'A'`: a diff uses no legal value. */
  readonly confidence: Confidence;
  /** The fields compared. */
  readonly fields: readonly RosterDiffField[];
  /** Rows read from the previous roster. */
  readonly previousRows: number;
  /** Rows read from the next roster. */
  readonly nextRows: number;
  /** NIKs only in the next roster, in its order. */
  readonly joined: readonly RosterDiffEntry[];
  /** NIKs only in the previous roster, in its order. */
  readonly left: readonly RosterDiffEntry[];
  /** NIKs in both whose compared fields differ, in the next roster's order. */
  readonly changed: readonly RosterChange[];
  /** NIKs in both with the same compared fields. */
  readonly unchanged: number;
  /** Rows that could not be compared, previous roster first. */
  readonly skipped: readonly RosterDiffSkippedRow[];
}
