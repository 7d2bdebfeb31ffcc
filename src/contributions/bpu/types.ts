/**
 * Types of BPU contributions.
 *
 * @module
 */
import type { Basis } from '../../explain/basis.ts';
import type { FundingSource, Payer } from '../../funding/sources.ts';
import type { Rupiah } from '../../money/rupiah.ts';
import type { YearMonth } from '../../period/year-month.ts';
import type { Confidence, Rulebook } from '../../rulebook/types.ts';
import type { ReliefOutcome, ReliefRefusal } from '../../vocabulary.ts';

/** Programs a BPU participant can join: JKK and JKM (mandatory together), JHT optional. */
export type BpuProgram = 'JKK' | 'JKM' | 'JHT';

/** The BPU programs. */
export const BPU_PROGRAMS: readonly BpuProgram[] = Object.freeze(['JKK', 'JKM', 'JHT']);

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

/** What prices a BPU premium besides the month: who funds it, the sector, the category, the programs. */
export interface BpuPremiumOptions {
  /** Programs to pay; default `['JKK', 'JKM']`. */
  readonly programs?: readonly BpuProgram[] | undefined;
  /** Who funds the premium; default `'self'` (the worker pays their own). */
  readonly fundingSource?: FundingSource | undefined;
  /** Sector; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** BPU category; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
  /** Rulebook to use; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Input of `bpuContribution`. */
export interface BpuContributionInput extends BpuPremiumOptions {
  /** Contribution month, `YYYY-MM`. */
  readonly month: YearMonth;
  /** Declared monthly income in whole rupiah (the level chosen under PP 44/2015 Pasal 20 ayat (2)). */
  readonly declaredIncome: Rupiah;
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

/** Result of `bpuContribution`. */
export interface BpuContributionResult {
  /** Always `'bpu-contribution'`. */
  readonly kind: 'bpu-contribution';
  /** The contribution month. */
  readonly month: YearMonth;
  /** The declared income as given. */
  readonly declaredIncome: Rupiah;
  /** The income level used (raised to the lowest level when below it, lowered to the highest when above it). */
  readonly incomeLevel: Rupiah;
  /** Who funds the premium. */
  readonly fundingSource: FundingSource;
  /** The payer it counts as for PP 50/2025. */
  readonly payer: Payer;
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
  /** Reliefs in force for the month: applied, or refused with a reason. */
  readonly reliefs: readonly ReliefOutcome[];
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `bpuContributionSchedule`: as `bpuContribution`, for an inclusive range of months. */
export interface BpuContributionScheduleInput extends BpuPremiumOptions {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
  /** Declared monthly income in whole rupiah. */
  readonly declaredIncome: Rupiah;
}

/** Result of `bpuContributionSchedule`. */
export interface BpuContributionScheduleResult {
  /** Always `'bpu-contribution-schedule'`. */
  readonly kind: 'bpu-contribution-schedule';
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** One result per month, in order. */
  readonly byMonth: readonly BpuContributionResult[];
  /** Sum of the monthly totals. */
  readonly total: Rupiah;
  /** Sums per program. */
  readonly totalByProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
  /** The weakest confidence over all months. */
  readonly confidence: Confidence;
  /** The basis: every rule used in any month, one step per month and the total. */
  readonly basis: Basis;
}

/** Input of `bpuDiscountStatus`. */
export interface BpuDiscountQuery {
  /** Contribution month. */
  readonly month: YearMonth;
  /** Who funds the premium; default `'self'`. */
  readonly fundingSource?: FundingSource | undefined;
  /** Sector; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** Category; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** What `bpuDiscountStatus` always says. */
export interface BpuDiscountBase {
  /** Always `'bpu-discount'`. */
  readonly kind: 'bpu-discount';
  /** The contribution month. */
  readonly month: YearMonth;
  /** Who funds the premium. */
  readonly fundingSource: FundingSource;
  /** The payer it counts as. */
  readonly payer: Payer;
  /** The sector. */
  readonly sector: BpuSector;
  /** The category. */
  readonly category: BpuCategory;
  /** The weakest confidence of the rules read. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** PP 50/2025 discounts this worker's JKK and JKM in the month. */
export interface BpuDiscountApplied extends BpuDiscountBase {
  /** The discount applies. */
  readonly status: 'applied';
  /** The discount rate as a decimal string (`"0.5"` = 50 % off). */
  readonly discountRate: string;
}

/** The discount is in force for the worker's sector that month, but not for this worker. */
export interface BpuDiscountRefused extends BpuDiscountBase {
  /** The discount is refused. */
  readonly status: 'refused';
  /** `payer-excluded` (APBN/APBD, Pasal 3 ayat (5)) or `category-not-covered` (Pasal 3 ayat (4)). */
  readonly reason: ReliefRefusal;
  /** The rate the worker would otherwise have had. */
  readonly discountRate: string;
}

/** No PP 50/2025 window is in force for the worker's sector that month. */
export interface BpuDiscountNotInForce extends BpuDiscountBase {
  /** No discount window that month. */
  readonly status: 'not-in-force';
}

/** Whether PP 50/2025 discounts this worker's JKK and JKM in a month, and why (not). */
export type BpuDiscountResult = BpuDiscountApplied | BpuDiscountRefused | BpuDiscountNotInForce;
