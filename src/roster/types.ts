/**
 * Types of roster processing.
 *
 * @module
 */
import type { BpuCategory, BpuProgram, BpuSector } from '../contributions/bpu/types.ts';
import type { ProgramCriteria } from '../eligibility/types.ts';
import type { InputIssue } from '../errors.ts';
import type { Payer } from '../funding/sources.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { MonthRange, YearMonth } from '../period/year-month.ts';
import type { Confidence, Rulebook, RulebookStamp, RuleRef } from '../rulebook/types.ts';

/**
 * One worker of a roster, as read from a CSV export or a database. Only `nik` is required; every
 * other field falls back to the roster options. Extra fields (birth date, DTSEN decile …) are kept
 * for eligibility checks.
 */
export interface RosterRow {
  /** National identity number (NIK), 16 digits. */
  readonly nik?: unknown;
  /** Name (not used in any computation). */
  readonly name?: unknown;
  /** Declared monthly income: whole rupiah, or text such as `'1.000.000'`. */
  readonly declaredIncome?: unknown;
  /** First covered month (default: the start of the roster's months). */
  readonly from?: unknown;
  /** Last covered month (default: the end of the roster's months). */
  readonly to?: unknown;
  /** Region of residence, e.g. a Kemendagri code such as `'35.09'`. */
  readonly region?: unknown;
  /** Funding source, e.g. `'DBHCHT'`, `'APBD'`. */
  readonly fundingSource?: unknown;
  /** Who pays (default from the options, else `'APBD'`). */
  readonly payer?: unknown;
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
  /** Covered months. */
  readonly months: MonthRange;
  /** Region, or `''`. */
  readonly region: string;
  /** Funding source, or `''`. */
  readonly fundingSource: string;
  /** Cohort, or `''`. */
  readonly cohort: string;
  /** Payer. */
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
 * Program criteria to screen every row with `checkProgramEligibility`. By default a row's fields map to
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

/** Options of `processRoster`. */
export interface RosterOptions {
  /** The program months (inclusive). Each worker is covered for the part of their own range inside it. */
  readonly months: MonthRange;
  /** Programs paid for every worker; default `['JKK', 'JKM']`. */
  readonly programs?: readonly BpuProgram[] | undefined;
  /** Default payer for rows without one; default `'APBD'` (a regional program). */
  readonly payer?: Payer | undefined;
  /** Default sector; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** Default category; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
  /** Default declared income for rows without one; without it the field is required. */
  readonly declaredIncome?: Rupiah | undefined;
  /**
   * Maps a funding source to its payer, for rows without a payer. Default: `payerOf` for the
   * known channels (DBHCHT, DBH sawit and BKBK pay as `APBD`; Dana Desa and ADD as `APBDes`; CSR as
   * `CSR`), else the `payer` option.
   */
  readonly payerOf?: ((fundingSource: string) => Payer | undefined) | undefined;
  /**
   * Optional eligibility check: program criteria (checked with `checkProgramEligibility`) or a function.
   * Ineligible rows are rejected with their reason codes.
   */
  readonly eligibility?:
    | RosterCriteria
    | ((row: RosterRow, worker: RosterWorker) => RosterEligibility)
    | undefined;
  /** Called with every priced worker (keeps memory constant: nothing per worker is stored). */
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

/** A row that was not priced, with its row number and why. */
export interface RosterRejectedRow {
  /** 1-based row number. */
  readonly row: number;
  /** `invalid` (bad data) or `ineligible` (valid but excluded by the eligibility check). */
  readonly kind: 'invalid' | 'ineligible';
  /** Every input problem (for `invalid`). */
  readonly issues: readonly InputIssue[];
  /** Reason codes (for `ineligible`). */
  readonly reasons: readonly string[];
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
 * `mergeSummaries` are identical (to the byte, as JSON) to the summary of a single pass.
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
  /** Rows read. */
  readonly rows: number;
  /** Workers priced (valid and eligible). */
  readonly workers: number;
  /** Rows rejected as invalid. */
  readonly invalid: number;
  /** Rows rejected as not eligible. */
  readonly ineligible: number;
  /** Worker-months priced. */
  readonly workerMonths: number;
  /** Total premium. */
  readonly total: Rupiah;
  /** Per month. */
  readonly byMonth: Readonly<Record<string, RosterMonthTotals>>;
  /** Per program. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
  /** Per declared income level (key: the income in rupiah). */
  readonly byIncomeLevel: Readonly<Record<string, RosterGroupTotals>>;
  /** Per cohort (`''` for rows without one). */
  readonly byCohort: Readonly<Record<string, RosterGroupTotals>>;
  /** Per region (`''` for rows without one). */
  readonly byRegion: Readonly<Record<string, RosterGroupTotals>>;
  /** Per funding source (`''` for rows without one). */
  readonly byFundingSource: Readonly<Record<string, RosterGroupTotals>>;
  /** Rejected rows by reason: input-issue paths for invalid rows, reason codes for ineligible ones. */
  readonly rejectedByReason: Readonly<Record<string, number>>;
  /** The rejected rows, by row number (up to `rejectedLimit`). */
  readonly rejected: readonly RosterRejectedRow[];
  /** The rule versions used, by id and start. */
  readonly rules: readonly RuleRef[];
}
