/**
 * Types of BPU contributions.
 *
 * @module
 */
import type { Basis, Explainable } from '../../explain/basis.ts';
import type { Rupiah } from '../../money/rupiah.ts';
import type { YearMonth } from '../../period/year-month.ts';
import type { Confidence, Rulebook } from '../../rulebook/types.ts';

/** Programs a BPU participant can join: JKK and JKM (mandatory together), JHT optional. */
export type BpuProgram = 'JKK' | 'JKM' | 'JHT';

/** The BPU programs. */
export const BPU_PROGRAMS: readonly BpuProgram[] = Object.freeze(['JKK', 'JKM', 'JHT']);

/**
 * Who pays the BPU premium. Regional programs funded by DBHCHT, DBH sawit or BKBK pay through the
 * regional budget, so their payer is `'APBD'`; village programs pay through `'APBDes'`.
 */
export type BpuPayer = 'self' | 'APBN' | 'APBD' | 'APBDes' | 'CSR' | 'other';

/** The payers. */
export const BPU_PAYERS: readonly BpuPayer[] = Object.freeze([
  'self',
  'APBN',
  'APBD',
  'APBDes',
  'CSR',
  'other',
]);

/** Sector for PP 50/2025: `transport` (drivers, couriers, platform or not) or `other`. */
export type BpuSector = 'transport' | 'other';

/** The sectors. */
export const BPU_SECTORS: readonly BpuSector[] = Object.freeze(['transport', 'other']);

/**
 * BPU category (PP 44/2015 Pasal 5 ayat (3) as amended by PP 49/2023): `employer` (pemberi kerja),
 * `self-employed` (workers outside an employment relation or self-employed: farmers, fishers,
 * vendors, drivers), `other` (other non-wage workers: trainees, apprentices, honorary staff …).
 */
export type BpuCategory = 'employer' | 'self-employed' | 'other';

/** The categories. */
export const BPU_CATEGORIES: readonly BpuCategory[] = Object.freeze(['employer', 'self-employed', 'other']);

/** Input of `bpuContribution`. */
export interface BpuContributionInput {
  /** Contribution month, `YYYY-MM`. */
  readonly month: YearMonth;
  /** Declared monthly income in whole rupiah (the level chosen under PP 44/2015 Pasal 20 ayat (2)). */
  readonly declaredIncome: Rupiah;
  /** Programs to pay; default `['JKK', 'JKM']`. */
  readonly programs?: readonly BpuProgram[] | undefined;
  /** Who pays; default `'self'`. */
  readonly payer?: BpuPayer | undefined;
  /** Sector; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** BPU category; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
  /** Rulebook to use; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** One program line of a BPU contribution. */
export interface BpuContributionLine {
  /** The program. */
  readonly program: BpuProgram;
  /** The contribution before any relief. */
  readonly fullAmount: Rupiah;
  /** The relief granted (fullAmount − amount). */
  readonly relief: Rupiah;
  /** What is payable. */
  readonly amount: Rupiah;
}

/** Outcome of a relief (PP 49/2020, PP 50/2025) for this contribution. */
export interface BpuReliefOutcome {
  /** Which relief. */
  readonly relief: 'PP 49/2020' | 'PP 50/2025';
  /** Applied, or refused with a reason. */
  readonly status: 'applied' | 'refused';
  /** Why it was refused. */
  readonly reason?: 'payer-excluded' | 'category-not-covered' | undefined;
  /** The discount rate as a decimal string (`"0.5"` = 50 % off). */
  readonly discountRate: string;
  /** The programs it concerns. */
  readonly programs: readonly BpuProgram[];
  /** The rules that decided it. */
  readonly rules: readonly string[];
}

/** Result of `bpuContribution`. */
export interface BpuContributionResult extends Explainable {
  /** Always `'bpu-contribution'`. */
  readonly kind: 'bpu-contribution';
  /** The contribution month. */
  readonly month: YearMonth;
  /** The declared income as given. */
  readonly declaredIncome: Rupiah;
  /** The income level used (raised to the lowest level when below it). */
  readonly incomeLevel: Rupiah;
  /** Payer used. */
  readonly payer: BpuPayer;
  /** Sector used. */
  readonly sector: BpuSector;
  /** Category used. */
  readonly category: BpuCategory;
  /** One line per program, in the order JKK, JKM, JHT. */
  readonly lines: readonly BpuContributionLine[];
  /** Total payable for the month. */
  readonly total: Rupiah;
  /** Total before reliefs. */
  readonly totalBeforeRelief: Rupiah;
  /** Reliefs that were in force for the month: applied or refused with a reason. */
  readonly reliefs: readonly BpuReliefOutcome[];
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** Parameters of the explanation's title: `month` and `income`. */
  readonly titleParams: Readonly<Record<string, string | number>>;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `bpuContributionSchedule`: as `bpuContribution`, for an inclusive range of months. */
export interface BpuContributionScheduleInput extends Omit<BpuContributionInput, 'month'> {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
}

/** Result of `bpuContributionSchedule`. */
export interface BpuContributionScheduleResult {
  /** Always `'bpu-contribution-schedule'`. */
  readonly kind: 'bpu-contribution-schedule';
  /** One result per month, in order. */
  readonly months: readonly BpuContributionResult[];
  /** Sum of the monthly totals. */
  readonly total: Rupiah;
  /** Sums per program. */
  readonly totalByProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
  /** The weakest confidence over all months. */
  readonly confidence: Confidence;
}

/** Input of `bpuDiscountStatus`. */
export interface BpuDiscountQuery {
  /** Contribution month. */
  readonly month: YearMonth;
  /** Payer; default `'self'`. */
  readonly payer?: BpuPayer | undefined;
  /** Sector; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** Category; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** PP 50/2025 discounts this worker's JKK and JKM in the month. */
export interface BpuDiscountApplied {
  /** The discount applies. */
  readonly status: 'applied';
  /** The discount rate as a decimal string (`"0.5"` = 50 % off). */
  readonly discountRate: string;
  /** The rules that decided it. */
  readonly rules: readonly string[];
}

/** The discount is in force for the worker's sector that month, but not for this worker. */
export interface BpuDiscountRefused {
  /** The discount is refused. */
  readonly status: 'refused';
  /** `payer-excluded` (APBN/APBD, Pasal 3 ayat (5)) or `category-not-covered` (Pasal 3 ayat (4)). */
  readonly reason: 'payer-excluded' | 'category-not-covered';
  /** The rate the worker would otherwise have had. */
  readonly discountRate: string;
  /** The rules that decided it. */
  readonly rules: readonly string[];
}

/** No PP 50/2025 window is in force for the worker's sector that month. */
export interface BpuDiscountNotInForce {
  /** No discount window that month. */
  readonly status: 'not-in-force';
  /** Always empty: no rule applied. */
  readonly rules: readonly string[];
}

/** Whether PP 50/2025 discounts this worker's JKK and JKM in a month, and why (not). */
export type BpuDiscountStatus = BpuDiscountApplied | BpuDiscountRefused | BpuDiscountNotInForce;
