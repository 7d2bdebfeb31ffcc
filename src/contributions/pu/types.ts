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

/** Every program of a PU result, in the order of the lines: JKK, JKM, JHT, JP, JKP. */
export const PU_RESULT_PROGRAMS: readonly PuResultProgram[] = Object.freeze([
  'JKK',
  'JKM',
  'JHT',
  'JP',
  'JKP',
]);

/** Working-environment risk class of PP 44/2015 Pasal 16: 1 very low … 5 very high. */
export type RiskClass = 1 | 2 | 3 | 4 | 5;

/** The risk classes. */
export const RISK_CLASSES: readonly RiskClass[] = Object.freeze([1, 2, 3, 4, 5]);

/** What prices a wage earner's contribution besides the month: the wage, the risk class, the programs. */
export interface PuContributionOptions {
  /** Monthly wage (basic wage + fixed allowances, PP 44/2015 Pasal 19) in whole rupiah, at least Rp1. */
  readonly wage: Rupiah;
  /** JKK risk class 1–5 of the workplace. */
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

/** Input of `puContribution`. */
export interface PuContributionInput extends PuContributionOptions {
  /** Contribution month, `YYYY-MM`. */
  readonly month: YearMonth;
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

/**
 * Totals of PU contributions by side. Three figures concern the employer: `employer` (its own share,
 * paid from its own money), `worker` (what it withholds from wages) and, on the results that carry
 * it, `employerRemittance` = `employer + worker` (what it transfers to BPJS Ketenagakerjaan).
 */
export interface PuSideTotals {
  /** The employer's own share: paid from its own money, not from wages. */
  readonly employer: Rupiah;
  /** The workers' share: withheld by the employer from the wage (the deduction on the payslip). */
  readonly worker: Rupiah;
  /** Paid by the central government (JKP); not transferred by the employer. */
  readonly government: Rupiah;
  /** Everything credited for the period: `employer + worker + government`. */
  readonly total: Rupiah;
  /** Deferred amounts still owed (PP 49/2020); not part of `total`. */
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
  /** Totals by side: the employer's own share, the worker's withheld share, the government's. */
  readonly totals: PuSideTotals;
  /** What the employer transfers for the month: its own share plus the worker share it withholds. */
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
export interface PuContributionScheduleInput extends PuContributionOptions {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
}

/** Result of `puContributionSchedule`. */
export interface PuContributionScheduleResult extends Explainable {
  /** Always `'pu-contribution-schedule'`. */
  readonly kind: 'pu-contribution-schedule';
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** One result per month, in order. */
  readonly byMonth: readonly PuContributionResult[];
  /** Sums by side over the range. */
  readonly totals: PuSideTotals;
  /** Sums of each program's `total` over the range. */
  readonly totalByProgram: Readonly<Partial<Record<PuResultProgram, Rupiah>>>;
  /** The weakest confidence over all months. */
  readonly confidence: Confidence;
  /** The basis: every rule used in any month, one step per month, the sums by side and the total. */
  readonly basis: Basis;
}

/** Wage paid monthly: basic wage plus fixed allowances (PP 44/2015 Pasal 19 ayat (2)). */
export interface PuMonthlyWageInput {
  /** Paid monthly. */
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

/** Wage paid by the day (PP 44/2015 Pasal 19 ayat (3)). */
export interface PuDailyWageInput {
  /** Paid by the day. */
  readonly payBasis: 'daily';
  /** Contribution month. */
  readonly month: YearMonth;
  /** Wage for one day. */
  readonly dailyWage: Rupiah;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Wage paid by piece or output (PP 44/2015 Pasal 19 ayat (4) and (5)). */
export interface PuPieceRateWageInput {
  /** Paid by piece or output; `piece-rate-weather` when the work depends on the weather. */
  readonly payBasis: 'piece-rate' | 'piece-rate-weather';
  /** Contribution month. */
  readonly month: YearMonth;
  /** Wages of the last months, oldest first; exactly as many as the rule averages (3 or 12). */
  readonly lastMonths: readonly Rupiah[];
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** How the wage is paid, for `puWageBase` (PP 44/2015 Pasal 19), told apart by `payBasis`. */
export type PuWageBaseInput = PuMonthlyWageInput | PuDailyWageInput | PuPieceRateWageInput;

/** How a wage is paid: `monthly`, `daily`, `piece-rate` or `piece-rate-weather`. */
export type PayBasis = PuWageBaseInput['payBasis'];

/** Result of `puWageBase`. */
export interface PuWageBaseResult extends Explainable {
  /** Always `'pu-wage-base'`. */
  readonly kind: 'pu-wage-base';
  /** The contribution month given. */
  readonly month: YearMonth;
  /** The pay basis given. */
  readonly payBasis: PayBasis;
  /** The monthly wage to use as `wage` in `puContribution`. */
  readonly wage: Rupiah;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `jpWageCapIndexation`. */
export interface JpWageCapIndexationInput {
  /**
   * A contribution month of the new cap (each cap applies from March, PP 45/2015 Pasal 29 ayat (4));
   * selects the rounding rule in force.
   */
  readonly month: YearMonth;
  /** The previous year's cap, whole rupiah. */
  readonly previousCap: Rupiah;
  /** GDP growth of the previous year as a decimal string above −1, e.g. `'0.0503'` or `'-0.0207'`. */
  readonly gdpGrowth: string;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Result of `jpWageCapIndexation`. */
export interface JpWageCapIndexationResult extends Explainable {
  /** Always `'jp-wage-cap-indexation'`. */
  readonly kind: 'jp-wage-cap-indexation';
  /** The month given. */
  readonly month: YearMonth;
  /** The previous cap given. */
  readonly previousCap: Rupiah;
  /** The GDP growth given. */
  readonly gdpGrowth: string;
  /** The new cap: `previousCap × (1 + gdpGrowth)`, rounded by the rule in force. */
  readonly cap: Rupiah;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** One employee of a payroll month: their wage and what differs from the month's defaults. */
export interface PayrollEmployee {
  /** Your identifier (an employee number); default the employee's position in `employees`, from `'0'`. */
  readonly id?: string | undefined;
  /** Monthly wage (basic wage + fixed allowances) in whole rupiah, at least Rp1. */
  readonly wage: Rupiah;
  /** JKK risk class; default the month's `riskClass` (one of the two is required). */
  readonly riskClass?: RiskClass | undefined;
  /** JKP member; default the month's `jkpMember`, else `false`. */
  readonly jkpMember?: boolean | undefined;
  /** Programs registered; default all four. */
  readonly programs?: readonly PuProgram[] | undefined;
  /** The caller states the employer qualifies for the PP 7/2025 labour-intensive JKK relief. */
  readonly laborIntensiveRelief?: boolean | undefined;
}

/** Input of `payrollMonth`: one contribution month for a list of employees. */
export interface PayrollMonthInput {
  /** Contribution month, `YYYY-MM`. */
  readonly month: YearMonth;
  /** The employees, at least one; ids must not repeat. */
  readonly employees: readonly PayrollEmployee[];
  /** Risk class of every employee that does not give its own. */
  readonly riskClass?: RiskClass | undefined;
  /** JKP membership of every employee that does not give its own (default `false`). */
  readonly jkpMember?: boolean | undefined;
  /** Rulebook to use; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** One employee's contribution in a payroll month. */
export interface PayrollMonthEmployee {
  /** The id given, or the employee's position in `employees` (`'0'`, `'1'`, …). */
  readonly id: string;
  /** The employee's contribution, exactly as `puContribution` computes it. */
  readonly result: PuContributionResult;
}

/** The sums of one program over a payroll month, by side. */
export interface PuProgramTotals {
  /** The employers' share that ends up in the program (after reliefs and recomposition). */
  readonly employer: Rupiah;
  /** The workers' share, withheld from wages. */
  readonly worker: Rupiah;
  /** The central government's share (JKP only). */
  readonly government: Rupiah;
  /** `employer + worker + government`. */
  readonly total: Rupiah;
}

/**
 * Result of `payrollMonth`. Of the three figures that concern the employer, `totals.employer` is its
 * own share (from its own money), `totals.worker` what it withholds from the wages, and
 * `employerRemittance` what it transfers to BPJS Ketenagakerjaan (the two together).
 */
export interface PayrollMonthResult extends Explainable {
  /** Always `'payroll-month'`. */
  readonly kind: 'payroll-month';
  /** Contribution month. */
  readonly month: YearMonth;
  /** One row per employee, in the order given. */
  readonly employees: readonly PayrollMonthEmployee[];
  /** Sums of the employees' totals by side; each is the exact sum of the rows. */
  readonly totals: PuSideTotals;
  /** What the employer transfers for the month: `totals.employer + totals.worker`. */
  readonly employerRemittance: Rupiah;
  /** Sums by program over the employees; every program is listed, with zeros when unused. */
  readonly byProgram: Readonly<Record<PuResultProgram, PuProgramTotals>>;
  /** The weakest confidence over the employees. */
  readonly confidence: Confidence;
  /** The basis: every rule used, one step per employee, the sums by program and by side. */
  readonly basis: Basis;
}
