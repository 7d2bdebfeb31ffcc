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
import type { ReliefName } from '../vocabulary.ts';
import type { FundingSource, Payer, ProgramPayer } from './sources.ts';

/** How each worker-month is priced: the options of `bpuContribution`, with a funding source as payer. */
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

/** What a relief (PP 49/2020, PP 50/2025) did to a program's worker-months. */
export interface FundingRelief {
  /** Which relief. */
  readonly relief: ReliefName;
  /** Applied, or refused with a reason. */
  readonly status: 'applied' | 'refused';
  /** Why it was refused. */
  readonly reason?: 'payer-excluded' | 'category-not-covered' | undefined;
  /** The payer concerned. */
  readonly payer: Payer;
  /** The discount rate as a decimal string. */
  readonly discountRate: string;
  /** The contribution months concerned, in order. */
  readonly months: readonly YearMonth[];
}

/**
 * A group of workers covered for the same months at the same income level. Give the first month
 * either as `from` or as a `startDate` (coverage then starts with the month of that date).
 */
export interface FundingCohort {
  /** A name for the cohort (default `#1`, `#2` …). */
  readonly name?: string | undefined;
  /** Number of workers. */
  readonly workers: number;
  /** First covered month, inclusive. */
  readonly from?: YearMonth | undefined;
  /** Or the date coverage starts; its month is the first covered month. */
  readonly startDate?: IsoDate | undefined;
  /** Last covered month, inclusive. */
  readonly to: YearMonth;
  /** Declared income of this cohort; default the program's. */
  readonly declaredIncome?: Rupiah | undefined;
  /** Payer of this cohort; default the program's. */
  readonly payer?: ProgramPayer | undefined;
  /** Sector of this cohort; default the program's. */
  readonly sector?: BpuSector | undefined;
  /** Category of this cohort; default the program's. */
  readonly category?: BpuCategory | undefined;
}

/** Input of `programBudget`. */
export interface ProgramBudgetInput extends PremiumOptions {
  /** The cohorts; at least one. */
  readonly cohorts: readonly FundingCohort[];
  /** Who pays: a BPU payer or a funding source (mapped by `payerOf`). */
  readonly payer: ProgramPayer;
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
  /** Number of months. */
  readonly months: number;
  /** The BPU payer used. */
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
  /** Cost per month, in month order. */
  readonly byMonth: readonly ProgramBudgetMonth[];
  /** Cost per cohort, in input order. */
  readonly byCohort: readonly ProgramBudgetCohort[];
  /** Cost per program. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
  /** Reliefs applied or refused, by relief, outcome and payer. */
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
  /** Who pays. */
  readonly payer: ProgramPayer;
}

/** Result of `budgetCapacity`. */
export interface BudgetCapacityResult extends Explainable {
  /** Always `'budget-capacity'`. */
  readonly kind: 'budget-capacity';
  /** The budget. */
  readonly budget: Rupiah;
  /** Number of months. */
  readonly months: number;
  /** Cost of one worker for the whole period. */
  readonly perWorker: Rupiah;
  /** Workers the budget covers for the whole period: perWorker × workers ≤ budget < perWorker × (workers + 1). */
  readonly workers: number;
  /** Cost of that many workers. */
  readonly cost: Rupiah;
  /** What is left (budget − cost). */
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
  /** Who pays. */
  readonly payer: ProgramPayer;
}

/** Result of `budgetDuration`. */
export interface BudgetDurationResult extends Explainable {
  /** Always `'budget-duration'`. */
  readonly kind: 'budget-duration';
  /** The budget. */
  readonly budget: Rupiah;
  /** Number of workers. */
  readonly workers: number;
  /** Whole months the budget pays for every worker, starting at `from`. */
  readonly months: number;
  /** First month. */
  readonly from: YearMonth;
  /** Last month fully paid, or `null` when not even the first month is. */
  readonly to: YearMonth | null;
  /** Cost of those months. */
  readonly cost: Rupiah;
  /** What is left (budget − cost). */
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

/**
 * One funding part of `splitFunding`: give exactly one of `amount` (fixed rupiah), `share` (a decimal
 * fraction of the total, `"0.4"` = 40 %) or `weight` (a proportion of what amounts and shares leave).
 */
export interface FundingPartInput {
  /** The channel. */
  readonly source: FundingSource;
  /** A label, unique within the split (default the source name). */
  readonly label?: string | undefined;
  /** A fixed amount. */
  readonly amount?: Rupiah | undefined;
  /** A fraction of the total, as a decimal string between 0 and 1. */
  readonly share?: string | undefined;
  /** A weight for what is left after amounts and shares. */
  readonly weight?: number | string | undefined;
}

/** Input of `splitFunding`. */
export interface SplitFundingInput {
  /** The total to split. */
  readonly total: Rupiah;
  /** The parts; at least one. */
  readonly sources: readonly FundingPartInput[];
  /** Labels of the parts that receive leftover rupiah first on ties (others follow in input order). */
  readonly remainderOrder?: readonly string[] | undefined;
}

/** One part of a funding split. */
export interface FundingPart {
  /** The channel. */
  readonly source: FundingSource;
  /** The label. */
  readonly label: string;
  /** The BPU payer the channel counts as. */
  readonly payer: Payer;
  /** How the part was given. */
  readonly via: 'amount' | 'share' | 'weight';
  /** The amount. */
  readonly amount: Rupiah;
}

/** Result of `splitFunding`. */
export interface SplitFundingResult extends Explainable {
  /** Always `'funding-split'`. */
  readonly kind: 'funding-split';
  /** The total. */
  readonly total: Rupiah;
  /** The parts, in input order; they sum to the total. */
  readonly parts: readonly FundingPart[];
  /** Sums per funding source. */
  readonly bySource: Readonly<Partial<Record<FundingSource, Rupiah>>>;
  /** Sums per BPU payer. */
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

/**
 * Input of `villageAllocation`. The cost of one worker is `premium × months` when `premium` is given,
 * otherwise the BPU premium of every month from `from` to `to`, priced for `payer` (default `'BKBK'`).
 */
export interface VillageAllocationInput extends PremiumOptions {
  /** The villages: a count, or a list. */
  readonly villages: number | readonly VillageInput[];
  /** Grant per village (for villages without their own). */
  readonly grantPerVillage?: Rupiah | undefined;
  /** Fraction of each grant set aside for premiums, a decimal string (`"0.1"` = 10 %). */
  readonly share: string;
  /** Workers per village, for villages without their own count; default as many as the envelope pays for. */
  readonly workersPerVillage?: number | undefined;
  /** Premium per worker-month, overriding the BPU price. */
  readonly premium?: Rupiah | undefined;
  /** Months covered (with `premium`, instead of `from` and `to`). */
  readonly months?: number | undefined;
  /** First covered month. */
  readonly from?: YearMonth | undefined;
  /** Last covered month. */
  readonly to?: YearMonth | undefined;
  /** Who pays; default `'BKBK'`. */
  readonly payer?: ProgramPayer | undefined;
}

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
  /** Number of villages. */
  readonly villages: number;
  /** Months covered. */
  readonly months: number;
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
  /** What pooling leaves: envelope − pooledWorkers × perWorker. */
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

/** Input of `reconcileBudget`: a reported budget and head count, covered until `to`. */
export interface ReconcileBudgetInput extends PremiumOptions {
  /** The reported budget. */
  readonly budget: Rupiah;
  /** The reported number of workers. */
  readonly workers: number;
  /** Last covered month (e.g. "hingga Desember 2025" → `'2025-12'`). */
  readonly to: YearMonth;
  /** Longest coverage to consider, in months ending at `to`; default 12. */
  readonly maxMonths?: number | undefined;
  /** Who pays. */
  readonly payer: ProgramPayer;
}

/** One hypothesis: every worker covered for `months` months ending at `to`. */
export interface BudgetHypothesis {
  /** Rank, 1 = closest to the budget. */
  readonly rank: number;
  /** Months covered. */
  readonly months: number;
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** Premium of one worker over those months. */
  readonly perWorker: Rupiah;
  /** Cost for all workers. */
  readonly cost: Rupiah;
  /** cost − budget (positive: the hypothesis costs more than reported). */
  readonly difference: Rupiah;
  /** difference ÷ budget, a decimal string rounded half-up to 4 places. */
  readonly relativeDifference: string;
  /** The premium per worker-month the budget implies for this many months, rounded half-up to 2 places. */
  readonly impliedPremium: string;
}

/** Result of `reconcileBudget`. */
export interface ReconcileBudgetResult extends Explainable {
  /** Always `'budget-reconciliation'`. */
  readonly kind: 'budget-reconciliation';
  /** The budget. */
  readonly budget: Rupiah;
  /** The workers. */
  readonly workers: number;
  /** Budget per worker, rounded down to the rupiah. */
  readonly perWorker: Rupiah;
  /** The premium per worker-month in the month `to`. */
  readonly premium: Rupiah;
  /** Budget ÷ (workers × premium): the months it pays, a decimal string rounded half-up to 2 places. */
  readonly impliedMonths: string;
  /** Hypotheses from 1 to `maxMonths` months, closest first (ties: fewer months first). */
  readonly hypotheses: readonly BudgetHypothesis[];
  /** Reliefs applied or refused over the longest hypothesis. */
  readonly reliefs: readonly FundingRelief[];
  /** The weakest confidence. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}
