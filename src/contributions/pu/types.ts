/**
 * Types of wage-earner (PU) contributions.
 *
 * @module
 */
import type { Basis, Explainable } from '../../explain/basis.ts';
import type { Rupiah } from '../../money/rupiah.ts';
import type { IsoDate } from '../../period/iso-date.ts';
import type { YearMonth } from '../../period/year-month.ts';
import type { Confidence, Rulebook } from '../../rulebook/types.ts';
import type { ReliefOutcome } from '../../vocabulary.ts';

/** Programs an employer pays for a wage earner. JKP is joined through `jkpMember`. */
export type PuProgram = 'JKK' | 'JKM' | 'JHT' | 'JP';

/** The PU programs an employer can register. */
export const PU_PROGRAMS: readonly PuProgram[] = Object.freeze(['JKK', 'JKM', 'JHT', 'JP']);

/** Every program that can appear in a PU result: the registered ones and JKP. */
export type PuResultProgram = PuProgram | 'JKP';

/** Working-environment risk class of PP 44/2015 Pasal 16: 1 very low … 5 very high. */
export type RiskClass = 1 | 2 | 3 | 4 | 5;

/** The risk classes. */
export const RISK_CLASSES: readonly RiskClass[] = Object.freeze([1, 2, 3, 4, 5]);

/** Input of `puContribution`. */
export interface PuContributionInput {
  /** Contribution month, `YYYY-MM`. */
  readonly month: YearMonth;
  /** Monthly wage (basic wage + fixed allowances, PP 44/2015 Pasal 19) in whole rupiah, at least Rp1. */
  readonly wage: Rupiah;
  /** JKK risk class 1–5. */
  readonly riskClass: RiskClass;
  /** Whether the worker is a JKP member (default `false`): moves part of JKK/JKM into JKP. */
  readonly jkpMember?: boolean | undefined;
  /** Programs registered; default all four. JKK and JKM are always together. */
  readonly programs?: readonly PuProgram[] | undefined;
  /** The caller states the employer qualifies for the PP 7/2025 labour-intensive JKK relief. */
  readonly laborIntensiveRelief?: boolean | undefined;
  /** Rulebook to use; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Part of one program's money that was moved to another program (recomposition). */
export interface PuRecomposition {
  /** Program the employer pays under. */
  readonly from: 'JKK' | 'JKM';
  /** Program that receives it. */
  readonly to: 'JKP';
  /** Amount moved. */
  readonly amount: Rupiah;
}

/** One program of a PU contribution: where the money ends up, by side. */
export interface PuContributionLine {
  /** The program. */
  readonly program: PuResultProgram;
  /** The wage base used for this program (after any cap). */
  readonly base: Rupiah;
  /** The cap applied to the wage for this program, if the program has one (JP, JKP). */
  readonly cap?: Rupiah | undefined;
  /** Whether the cap lowered the base. */
  readonly capped: boolean;
  /** The employer's share that ends up in this program (after reliefs, recomposition and deferral). */
  readonly employer: Rupiah;
  /** The worker's share, deducted from the wage. */
  readonly worker: Rupiah;
  /** The central government's share (JKP only). */
  readonly government: Rupiah;
  /** `employer + worker + government`. */
  readonly total: Rupiah;
  /** What the employer pays in cash under this program's name, before recomposition moves part of it. */
  readonly employerCash: Rupiah;
  /** What the contribution would have been without reliefs and deferrals (all sides). */
  readonly fullAmount: Rupiah;
  /** Amount forgiven by a relief (PP 49/2020, PP 7/2025). */
  readonly relief: Rupiah;
  /** Amount deferred (PP 49/2020 JP), owed later; not part of `total`. */
  readonly deferred: Rupiah;
}

/** The PP 49/2020 JP deferral of a month. */
export interface PuDeferral {
  /** Always `'JP'`. */
  readonly program: 'JP';
  /** Deferred employer share. */
  readonly employer: Rupiah;
  /** Deferred worker share. */
  readonly worker: Rupiah;
  /** Total deferred. */
  readonly total: Rupiah;
  /** Repayment must start by this date. */
  readonly repaymentStart: IsoDate;
  /** Repayment must be complete by this date. */
  readonly repaymentEnd: IsoDate;
}

/** Totals of a PU contribution by side. */
export interface PuSideTotals {
  /** Employer's cash payment (all its shares). */
  readonly employer: Rupiah;
  /** Worker's deduction from the wage. */
  readonly worker: Rupiah;
  /** Central government (JKP). */
  readonly government: Rupiah;
  /** Everything credited for the month. */
  readonly total: Rupiah;
  /** Deferred amounts still owed (PP 49/2020). */
  readonly deferred: Rupiah;
}

/** Result of `puContribution`. */
export interface PuContributionResult extends Explainable {
  /** Always `'pu-contribution'`. */
  readonly kind: 'pu-contribution';
  /** Contribution month. */
  readonly month: YearMonth;
  /** Wage as given. */
  readonly wage: Rupiah;
  /** Risk class used. */
  readonly riskClass: RiskClass;
  /** Whether JKP was computed (member and JKP in force that month). */
  readonly jkp: boolean;
  /** One line per program, in the order JKK, JKM, JHT, JP, JKP. */
  readonly lines: readonly PuContributionLine[];
  /** Money moved from JKK/JKM to JKP (already reflected in the lines). */
  readonly recompositions: readonly PuRecomposition[];
  /** Totals by side. */
  readonly totals: PuSideTotals;
  /** What the employer transfers for the month: its shares plus the worker deductions it withholds. */
  readonly employerRemittance: Rupiah;
  /** The PP 49/2020 JP deferral, if the month had one. */
  readonly deferral?: PuDeferral | undefined;
  /** Reliefs applied. */
  readonly reliefs: readonly ReliefOutcome[];
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `puContributionSchedule`: as `puContribution`, for an inclusive range of months. */
export interface PuContributionScheduleInput extends Omit<PuContributionInput, 'month'> {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
}

/** Result of `puContributionSchedule`. */
export interface PuContributionScheduleResult {
  /** Always `'pu-contribution-schedule'`. */
  readonly kind: 'pu-contribution-schedule';
  /** One result per month, in order. */
  readonly months: readonly PuContributionResult[];
  /** Sums by side over the range. */
  readonly totals: PuSideTotals;
  /** Sums of each program's `total` over the range. */
  readonly totalByProgram: Readonly<Partial<Record<PuResultProgram, Rupiah>>>;
  /** The weakest confidence over all months. */
  readonly confidence: Confidence;
}

/** How the wage is paid, for `puWageBase` (PP 44/2015 Pasal 19). */
export type PuWageBaseInput =
  | {
      /** Paid monthly: basic wage plus fixed allowances. */
      readonly payBasis: 'monthly';
      /** Contribution month. */
      readonly month: YearMonth;
      /** Basic wage. */
      readonly basicWage: Rupiah;
      /** Fixed allowances (default 0). */
      readonly fixedAllowances?: Rupiah | undefined;
      /** Rulebook; default the official one. */
      readonly rulebook?: Rulebook | undefined;
    }
  | {
      /** Paid by the day. */
      readonly payBasis: 'daily';
      /** Contribution month. */
      readonly month: YearMonth;
      /** Wage for one day. */
      readonly dailyWage: Rupiah;
      /** Rulebook; default the official one. */
      readonly rulebook?: Rulebook | undefined;
    }
  | {
      /** Paid by piece or output; `piece-rate-weather` when the work depends on the weather. */
      readonly payBasis: 'piece-rate' | 'piece-rate-weather';
      /** Contribution month. */
      readonly month: YearMonth;
      /** Wages of the last months, oldest first; exactly as many as the rule averages (3 or 12). */
      readonly lastMonths: readonly Rupiah[];
      /** Rulebook; default the official one. */
      readonly rulebook?: Rulebook | undefined;
    };

/** Result of `puWageBase`. */
export interface PuWageBaseResult extends Explainable {
  /** Always `'pu-wage-base'`. */
  readonly kind: 'pu-wage-base';
  /** The monthly wage to use as `wage` in `puContribution`. */
  readonly wage: Rupiah;
  /** The pay basis given. */
  readonly payBasis: PuWageBaseInput['payBasis'];
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `jpWageCapIndexation`. */
export interface JpWageCapIndexationInput {
  /** The previous year's cap, whole rupiah. */
  readonly previousCap: Rupiah;
  /** GDP growth of the previous year as a decimal string, e.g. `'0.0503'` or `'-0.0207'`. */
  readonly gdpGrowth: string;
}
