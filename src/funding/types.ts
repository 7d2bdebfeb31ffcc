/**
 * Types of program funding: budgets, capacity, splits, village allocations, tranches, reconciliation.
 *
 * @module
 */
import type { BpuCategory, BpuProgram, BpuSector } from '../contributions/bpu/types.ts';
import type { Basis, Explainable } from '../explain/basis.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import type { Confidence, Rulebook } from '../rulebook/types.ts';
import type { ReliefName, ReliefRefusal } from '../vocabulary.ts';
import type { FundingSource, Payer } from './sources.ts';

/** How each worker-month is priced: the options of `bpuContribution` besides the funding source. */
export interface PremiumOptions {
  /** Declared monthly income; default the lowest BPU income level of the month (Rp1.000.000). */
  readonly declaredIncome?: Rupiah | undefined;
  /** Programs paid; default `['JKK', 'JKM']`. */
  readonly programs?: readonly BpuProgram[] | undefined;
  /** Sector for PP 50/2025; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** BPU category; default `'self-employed'`. */
  readonly category?: BpuCategory | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** What every {@link FundingRelief} says: which relief, for which funding source, in which months. */
export interface FundingReliefBase {
  /** Which relief. */
  readonly relief: ReliefName;
  /** The funding source of the worker-months concerned. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as (`payerOf`). */
  readonly payer: Payer;
  /** The discount rate as a decimal string (`"0.5"` = 50 % off). */
  readonly discountRate: string;
  /** The contribution months concerned, in order. */
  readonly months: readonly YearMonth[];
}

/** A relief that applied to a funding source's worker-months. */
export interface FundingReliefApplied extends FundingReliefBase {
  /** It applied. */
  readonly status: 'applied';
}

/** A relief in force that was refused to a funding source's worker-months, with the reason. */
export interface FundingReliefRefused extends FundingReliefBase {
  /** It was refused. */
  readonly status: 'refused';
  /** Why: `payer-excluded` (APBN/APBD, PP 50/2025 Pasal 3 ayat (5)) or `category-not-covered`. */
  readonly reason: ReliefRefusal;
}

/** What a relief (PP 49/2020, PP 50/2025) did to the worker-months of one funding source. */
export type FundingRelief = FundingReliefApplied | FundingReliefRefused;

/** What every cohort of a program says besides its first month. */
export interface FundingCohortBase {
  /** A name for the cohort (default `#1`, `#2` …). */
  readonly name?: string | undefined;
  /** Number of workers. */
  readonly workers: number;
  /** Last covered month, inclusive. */
  readonly to: YearMonth;
  /** Declared income of this cohort; default the program's. */
  readonly declaredIncome?: Rupiah | undefined;
  /** Who funds this cohort's premium; default the program's `fundingSource`. */
  readonly fundingSource?: FundingSource | undefined;
  /** Sector of this cohort; default the program's. */
  readonly sector?: BpuSector | undefined;
  /** Category of this cohort; default the program's. */
  readonly category?: BpuCategory | undefined;
}

/** A cohort whose first covered month is given as a month. */
export interface FundingCohortFromMonth extends FundingCohortBase {
  /** First covered month, inclusive. */
  readonly from: YearMonth;
  /** Not with `from`. */
  readonly startDate?: never;
}

/** A cohort whose coverage starts on a date: its month is the first covered month. */
export interface FundingCohortFromDate extends FundingCohortBase {
  /** The date coverage starts. */
  readonly startDate: IsoDate;
  /** Not with `startDate`. */
  readonly from?: never;
}

/**
 * A group of workers covered for the same months at the same income level. Give the first month
 * either as `from` or as a `startDate` (coverage then starts with the month of that date), not both.
 */
export type FundingCohort = FundingCohortFromMonth | FundingCohortFromDate;

/** Input of `programBudget`. */
export interface ProgramBudgetInput extends PremiumOptions {
  /** The cohorts; at least one. */
  readonly cohorts: readonly FundingCohort[];
  /** Who funds the premiums (each cohort may name its own); its payer follows by `payerOf`. */
  readonly fundingSource: FundingSource;
}

/** Cost of one contribution month of a program. */
export interface ProgramBudgetMonth {
  /** The month. */
  readonly month: YearMonth;
  /** Workers covered that month. */
  readonly workers: number;
  /** Cost of the month. */
  readonly amount: Rupiah;
}

/** Cost of one cohort of a program. */
export interface ProgramBudgetCohort {
  /** The cohort's name. */
  readonly name: string;
  /** Number of workers. */
  readonly workers: number;
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** Number of months from `from` to `to`. */
  readonly monthCount: number;
  /** Who funds the cohort's premiums. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as. */
  readonly payer: Payer;
  /** Cost of one worker over the cohort's months. */
  readonly perWorker: Rupiah;
  /** Cost of the cohort (workers × perWorker). */
  readonly amount: Rupiah;
}

/** Result of `programBudget`. */
export interface ProgramBudgetResult extends Explainable {
  /** Always `'program-budget'`. */
  readonly kind: 'program-budget';
  /** The budget: sum of every worker-month's premium. */
  readonly total: Rupiah;
  /** What it would cost without reliefs. */
  readonly totalBeforeRelief: Rupiah;
  /** Number of worker-months. */
  readonly workerMonths: number;
  /** Cost per month, in month order; sums to `total`. */
  readonly byMonth: readonly ProgramBudgetMonth[];
  /** Cost per cohort, in input order; sums to `total`. */
  readonly byCohort: readonly ProgramBudgetCohort[];
  /** Cost per funding source (the sum of its cohorts); sums to `total`. */
  readonly byFundingSource: Readonly<Partial<Record<FundingSource, Rupiah>>>;
  /** Cost per program; sums to `total`. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
  /** Reliefs applied or refused, by relief, outcome and funding source. */
  readonly reliefs: readonly FundingRelief[];
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `budgetCapacity`: how many workers a budget covers from `from` to `to`. */
export interface BudgetCapacityInput extends PremiumOptions {
  /** The budget in whole rupiah. */
  readonly budget: Rupiah;
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
  /** Who funds the premiums. */
  readonly fundingSource: FundingSource;
}

/** Result of `budgetCapacity`. */
export interface BudgetCapacityResult extends Explainable {
  /** Always `'budget-capacity'`. */
  readonly kind: 'budget-capacity';
  /** The budget. */
  readonly budget: Rupiah;
  /** Who funds the premiums. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as. */
  readonly payer: Payer;
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** Number of months from `from` to `to`. */
  readonly monthCount: number;
  /** Cost of one worker for the whole period. */
  readonly perWorker: Rupiah;
  /** Workers the budget covers for the whole period: perWorker × workers ≤ budget < perWorker × (workers + 1). */
  readonly workers: number;
  /** Cost of that many workers. */
  readonly cost: Rupiah;
  /** What is left: budget − cost, never negative (and less than `perWorker`). */
  readonly remainder: Rupiah;
  /** Reliefs applied or refused. */
  readonly reliefs: readonly FundingRelief[];
  /** The weakest confidence. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `budgetDuration`: how many months a budget covers for a number of workers. */
export interface BudgetDurationInput extends PremiumOptions {
  /** The budget in whole rupiah. */
  readonly budget: Rupiah;
  /** Number of workers. */
  readonly workers: number;
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month to consider; default 119 months after `from` (ten years in all). */
  readonly until?: YearMonth | undefined;
  /** Who funds the premiums. */
  readonly fundingSource: FundingSource;
}

/** Result of `budgetDuration`. */
export interface BudgetDurationResult extends Explainable {
  /** Always `'budget-duration'`. */
  readonly kind: 'budget-duration';
  /** The budget. */
  readonly budget: Rupiah;
  /** Who funds the premiums. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as. */
  readonly payer: Payer;
  /** Number of workers. */
  readonly workers: number;
  /** Whole months the budget pays for every worker, starting at `from`. */
  readonly monthCount: number;
  /** First month. */
  readonly from: YearMonth;
  /** Last month fully paid, or `null` when not even the first month is. */
  readonly to: YearMonth | null;
  /** Cost of those months. */
  readonly cost: Rupiah;
  /** What is left: budget − cost, never negative. */
  readonly remainder: Rupiah;
  /** True when the budget lasts to `until` (the search stopped there). */
  readonly reachedHorizon: boolean;
  /** Reliefs applied or refused. */
  readonly reliefs: readonly FundingRelief[];
  /** The weakest confidence. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** What every part of a funding split says besides how it is sized. */
export interface FundingPartBase {
  /** The funding source of this part. */
  readonly fundingSource: FundingSource;
  /** A label, unique within the split (default the funding source). */
  readonly label?: string | undefined;
}

/** A part of a fixed amount. */
export interface FundingPartAmount extends FundingPartBase {
  /** The amount in whole rupiah. */
  readonly amount: Rupiah;
  /** Not with `amount`. */
  readonly share?: never;
  /** Not with `amount`. */
  readonly weight?: never;
}

/** A part that is a fraction of the total. */
export interface FundingPartShare extends FundingPartBase {
  /** A fraction of the total, as a decimal string between 0 and 1 (`"0.4"` = 40 %). */
  readonly share: string;
  /** Not with `share`. */
  readonly amount?: never;
  /** Not with `share`. */
  readonly weight?: never;
}

/** A part that takes a proportion of what the amounts and shares leave. */
export interface FundingPartWeight extends FundingPartBase {
  /** A non-negative weight (a number or a decimal string). */
  readonly weight: number | string;
  /** Not with `weight`. */
  readonly amount?: never;
  /** Not with `weight`. */
  readonly share?: never;
}

/**
 * One part of `fundingSplit`: exactly one of `amount` (fixed rupiah), `share` (a decimal fraction of
 * the total) or `weight` (a proportion of what amounts and shares leave).
 */
export type FundingPartInput = FundingPartAmount | FundingPartShare | FundingPartWeight;

/** Input of `fundingSplit`. */
export interface FundingSplitInput {
  /** The total to split. */
  readonly total: Rupiah;
  /** The parts; at least one. */
  readonly parts: readonly FundingPartInput[];
  /** Labels of the parts that receive leftover rupiah first on ties (others follow in input order). */
  readonly remainderOrder?: readonly string[] | undefined;
}

/** One part of a funding split. */
export interface FundingPart {
  /** The funding source. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as. */
  readonly payer: Payer;
  /** The label. */
  readonly label: string;
  /** How the part was given. */
  readonly via: 'amount' | 'share' | 'weight';
  /** The amount. */
  readonly amount: Rupiah;
}

/** Result of `fundingSplit`. */
export interface FundingSplitResult extends Explainable {
  /** Always `'funding-split'`. */
  readonly kind: 'funding-split';
  /** The total. */
  readonly total: Rupiah;
  /** The parts, in input order; they sum to the total. */
  readonly parts: readonly FundingPart[];
  /** Sums per funding source; they sum to the total. */
  readonly byFundingSource: Readonly<Partial<Record<FundingSource, Rupiah>>>;
  /** Sums per payer; they sum to the total. */
  readonly byPayer: Readonly<Partial<Record<Payer, Rupiah>>>;
  /** The weakest confidence (`A`: a split uses no legal value). */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** A village of `villageAllocation`, with its own grant or worker count. */
export interface VillageInput {
  /** Name of the village. */
  readonly name?: string | undefined;
  /** Its grant; default `grantPerVillage`. */
  readonly grant?: Rupiah | undefined;
  /** Workers it enrols; default as many as its envelope pays for. */
  readonly workers?: number | undefined;
}

/** What every village allocation says besides its period. */
export interface VillageAllocationBase extends PremiumOptions {
  /** The villages: a count, or a list. */
  readonly villages: number | readonly VillageInput[];
  /** Grant per village (for villages without their own). */
  readonly grantPerVillage?: Rupiah | undefined;
  /** Fraction of each grant set aside for premiums, a decimal string (`"0.1"` = 10 %). */
  readonly share: string;
  /** Workers per village, for villages without their own count; default as many as the envelope pays for. */
  readonly workersPerVillage?: number | undefined;
  /** Who funds the premiums, e.g. `'BKBK'` for a province's special grant. */
  readonly fundingSource: FundingSource;
}

/** A village allocation priced at a fixed premium for a number of months. */
export interface VillageAllocationByPremium extends VillageAllocationBase {
  /** Premium per worker-month, instead of the BPU price. */
  readonly premium: Rupiah;
  /** Number of months covered. */
  readonly monthCount: number;
  /** Not with `premium`. */
  readonly from?: never;
  /** Not with `premium`. */
  readonly to?: never;
}

/** A village allocation priced through the BPU calculator for every month from `from` to `to`. */
export interface VillageAllocationByMonths extends VillageAllocationBase {
  /** First covered month. */
  readonly from: YearMonth;
  /** Last covered month. */
  readonly to: YearMonth;
  /** Not with `from` and `to`. */
  readonly premium?: never;
  /** Not with `from` and `to`. */
  readonly monthCount?: never;
}

/**
 * Input of `villageAllocation`: the cost of one worker is `premium × monthCount`, or the BPU premium
 * of every month from `from` to `to`, priced for the funding source.
 */
export type VillageAllocationInput = VillageAllocationByPremium | VillageAllocationByMonths;

/** A line of a village allocation: `count` identical villages. */
export interface VillageLine {
  /** Name (or `'each village'` for a count). */
  readonly name: string;
  /** How many villages this line stands for. */
  readonly count: number;
  /** Grant of one village. */
  readonly grant: Rupiah;
  /** The share of the grant set aside for premiums (rounded down to the rupiah). */
  readonly envelope: Rupiah;
  /** Workers the envelope pays for. */
  readonly fundable: number;
  /** Workers enrolled (given, or `fundable`). */
  readonly workers: number;
  /** Cost of the workers enrolled. */
  readonly cost: Rupiah;
  /** envelope − cost: left over when positive, a shortfall when negative. */
  readonly balance: Rupiah;
  /** cost ÷ grant as a decimal string rounded half-up to 6 places (`"0.1008"`). */
  readonly shareOfGrant: string;
}

/** Result of `villageAllocation`. */
export interface VillageAllocationResult extends Explainable {
  /** Always `'village-allocation'`. */
  readonly kind: 'village-allocation';
  /** Who funds the premiums. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as. */
  readonly payer: Payer;
  /** Number of villages. */
  readonly villages: number;
  /** Number of months covered. */
  readonly monthCount: number;
  /** Cost of one worker for those months. */
  readonly perWorker: Rupiah;
  /** The lines (per village, or one line for a count). */
  readonly lines: readonly VillageLine[];
  /** Sum of the envelopes. */
  readonly envelope: Rupiah;
  /** Sum of the workers enrolled. */
  readonly workers: number;
  /** Sum of the costs. */
  readonly cost: Rupiah;
  /** envelope − cost (negative: the villages need more than their envelopes). */
  readonly balance: Rupiah;
  /** Workers the envelopes would pay for if pooled: floor(envelope ÷ perWorker). */
  readonly pooledWorkers: number;
  /** What pooling leaves, never negative: envelope − pooledWorkers × perWorker. */
  readonly pooledRemainder: Rupiah;
  /** Reliefs applied or refused (empty when a premium is given). */
  readonly reliefs: readonly FundingRelief[];
  /** The weakest confidence. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** A tranche: an inclusive range of contribution months paid together. */
export interface TrancheInput {
  /** A label (default `#1`, `#2` …). */
  readonly label?: string | undefined;
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
}

/** Input of `programTranches`: a program budget and the tranches that pay it, in order, covering all its months. */
export interface ProgramTranchesInput extends ProgramBudgetInput {
  /** The tranches, in month order, without overlaps. */
  readonly tranches: readonly TrancheInput[];
}

/** One tranche's payment. */
export interface Tranche {
  /** The label. */
  readonly label: string;
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** Worker-months paid. */
  readonly workerMonths: number;
  /** Amount of the tranche. */
  readonly amount: Rupiah;
}

/** Result of `programTranches`. */
export interface ProgramTranchesResult extends Explainable {
  /** Always `'program-tranches'`. */
  readonly kind: 'program-tranches';
  /** The program total (= the sum of the tranches). */
  readonly total: Rupiah;
  /** The tranches. */
  readonly tranches: readonly Tranche[];
  /** The program budget they pay. */
  readonly budget: ProgramBudgetResult;
  /** The weakest confidence. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `budgetReconciliation`: a reported budget and head count, covered until `to`. */
export interface BudgetReconciliationInput extends PremiumOptions {
  /** The reported budget. */
  readonly budget: Rupiah;
  /** The reported number of workers. */
  readonly workers: number;
  /** Last covered month (e.g. "hingga Desember 2025" → `'2025-12'`). */
  readonly to: YearMonth;
  /** Longest coverage to consider, in months ending at `to`; default 12, at most 120. */
  readonly maxMonthCount?: number | undefined;
  /** Who funds the premiums. */
  readonly fundingSource: FundingSource;
}

/** One hypothesis: every worker covered for `monthCount` months ending at `to`. */
export interface BudgetHypothesis {
  /** Rank, 1 = closest to the budget. */
  readonly rank: number;
  /** Number of months covered. */
  readonly monthCount: number;
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** Premium of one worker over those months. */
  readonly perWorker: Rupiah;
  /** Cost for all workers. */
  readonly cost: Rupiah;
  /** budget − cost: positive when the budget is more than the hypothesis costs, negative when less. */
  readonly balance: Rupiah;
  /** balance ÷ budget, a decimal string rounded half-up to 4 places (`"-0.0241"`). */
  readonly relativeBalance: string;
  /** The premium per worker-month the budget implies for this many months, rounded half-up to 2 places. */
  readonly impliedPremium: string;
}

/** Result of `budgetReconciliation`. */
export interface BudgetReconciliationResult extends Explainable {
  /** Always `'budget-reconciliation'`. */
  readonly kind: 'budget-reconciliation';
  /** The budget. */
  readonly budget: Rupiah;
  /** Who funds the premiums. */
  readonly fundingSource: FundingSource;
  /** The payer that funding source counts as. */
  readonly payer: Payer;
  /** The workers. */
  readonly workers: number;
  /** Budget per worker, rounded down to the rupiah. */
  readonly perWorker: Rupiah;
  /** The premium per worker-month in the month `to`. */
  readonly premium: Rupiah;
  /** Budget ÷ (workers × premium): the months it pays, a decimal string rounded half-up to 2 places. */
  readonly impliedMonthCount: string;
  /** Hypotheses from 1 to `maxMonthCount` months, closest first (ties: fewer months first). */
  readonly hypotheses: readonly BudgetHypothesis[];
  /** Reliefs applied or refused over the longest hypothesis. */
  readonly reliefs: readonly FundingRelief[];
  /** The weakest confidence. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}
