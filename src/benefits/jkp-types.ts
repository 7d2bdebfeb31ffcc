/**
 * Types of the JKP job-loss benefit (Jaminan Kehilangan Pekerjaan).
 *
 * @module
 */
import type { EnterpriseSize } from '../eligibility/types.ts';
import type { Basis, Explainable } from '../explain/basis.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { MonthRange } from '../period/year-month.ts';
import type { JkpNonCashBenefit } from '../rulebook/catalog-cash.ts';
import type { Confidence, Rulebook } from '../rulebook/types.ts';
import type { JamsostekProgram } from '../vocabulary.ts';

/**
 * Why the employment ended: `'dismissal'` (pemutusan hubungan kerja by the employer, including a
 * fixed-term contract ended by the employer before its term), `'contract-ended'` (a fixed-term contract
 * reached its term), `'resignation'`, `'retirement'`, `'total-disability'` (cacat total tetap) or
 * `'death'`.
 */
export type JobLossReason =
  | 'dismissal'
  | 'contract-ended'
  | 'resignation'
  | 'retirement'
  | 'total-disability'
  | 'death';

/**
 * The reasons for the end of work, in order: the choices of {@link JkpBenefitInput.reason}.
 *
 * @example
 * ```ts
 * import { JOB_LOSS_REASONS } from 'jamsostek/benefits';
 * JOB_LOSS_REASONS[0]; // 'dismissal'
 * ```
 */
export const JOB_LOSS_REASONS: readonly JobLossReason[] = Object.freeze([
  'dismissal',
  'contract-ended',
  'resignation',
  'retirement',
  'total-disability',
  'death',
]);

/** The employment contract: open-ended (PKWTT) or fixed-term (PKWT). */
export type EmploymentContract = 'open-ended' | 'fixed-term';

/** The programs the worker was enrolled in at the job loss, to check the JKP companion programs. */
export interface JkpMembership {
  /** Size of the employing enterprise: it decides which programs are required (PP 37/2021 Pasal 4 ayat (3)). */
  readonly enterpriseSize: EnterpriseSize;
  /** The BPJS Ketenagakerjaan programs the worker was enrolled in (JKP itself need not be listed). */
  readonly programs: readonly JamsostekProgram[];
  /** True when the worker was registered in the national health insurance (JKN). */
  readonly jkn: boolean;
}

/** Earlier JKP benefits of the worker, for the limit of three in a working life (PP 37/2021 Pasal 35). */
export interface JkpPreviousBenefits {
  /** JKP benefits received before (0 for a first claim). */
  readonly count: number;
  /** Contribution months paid since the last of them. */
  readonly contributionMonthCount: number;
}

/** Where the employer stands when the worker loses the job. */
export interface JkpEmployerStatus {
  /** Consecutive months the employer was in arrears with the contributions that fund JKP; default 0. */
  readonly arrearsMonthCount?: number | undefined;
  /** The company was declared bankrupt (final court decision) or closed (dissolution letter). */
  readonly insolvency?: 'bankrupt' | 'closed' | undefined;
}

/** Input of `jkpBenefit`. */
export interface JkpBenefitInput {
  /** Date of the job loss (the termination of employment). */
  readonly eventDate: IsoDate;
  /** Date the claim is made; default `eventDate`. The contribution condition and the deadline in force on it apply. */
  readonly claimDate?: IsoDate | undefined;
  /** Why the employment ended. */
  readonly reason: JobLossReason;
  /** The employment contract. */
  readonly contract: EmploymentContract;
  /** The last monthly wage the employer reported to BPJS Ketenagakerjaan, in whole rupiah. */
  readonly wage: Rupiah;
  /**
   * The months for which JKP contributions were paid, with any employer, as inclusive ranges
   * (`{ from: '2023-01', to: '2025-05' }`). Only the months in the window before the month of the job
   * loss count; others are ignored.
   */
  readonly contributions: readonly MonthRange[];
  /** Whether the worker is willing to work again (as a wage earner or self-employed); default `true`. */
  readonly willingToWork?: boolean | undefined;
  /**
   * The date each benefit month is (or will be) paid, in order, at most six. The cash rate is the one in
   * force on that date. Default: monthly from the claim date, which the result flags when it matters.
   */
  readonly paymentDates?: readonly IsoDate[] | undefined;
  /** Earlier JKP benefits; default none. */
  readonly previousBenefits?: JkpPreviousBenefits | undefined;
  /** The programs the worker was enrolled in; when absent the companion programs are not checked (the result says so). */
  readonly membership?: JkpMembership | undefined;
  /** The employer's arrears and solvency; default no arrears. */
  readonly employer?: JkpEmployerStatus | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** The JKP regime in force on a date: PP 37/2021, or PP 37/2021 as amended by PP 6/2025. */
export type JkpRegime = 'PP 37/2021' | 'PP 6/2025';

/**
 * Why JKP is not paid: an excluded reason for the end of work (`'resignation'`, `'retirement'`,
 * `'total-disability'`, `'death'`), a fixed-term contract that reached its term, too few contribution
 * months in the window, too few consecutive months (PP 37/2021), a claim after the deadline, the limit
 * of claims, too few contribution months since the previous benefit, missing companion programs, or not
 * willing to work again.
 */
export type JkpRefusal =
  | 'resignation'
  | 'retirement'
  | 'total-disability'
  | 'death'
  | 'fixed-term-contract-ended'
  | 'contribution-months-too-few'
  | 'consecutive-months-too-few'
  | 'claim-deadline-passed'
  | 'claim-limit-reached'
  | 'too-soon-after-previous-benefit'
  | 'companion-programs-missing'
  | 'not-willing-to-work';

/** One month of the JKP cash benefit. */
export interface JkpBenefitMonth {
  /** Benefit month, 1 to 6. */
  readonly benefitMonth: number;
  /** Date it is paid (given, or assumed monthly from the claim date). */
  readonly paymentDate: IsoDate;
  /** Share of the wage, decimal string (`'0.6'`). */
  readonly rate: string;
  /** The wage used: the reported wage, capped. */
  readonly wageBase: Rupiah;
  /** The amount of the month. */
  readonly amount: Rupiah;
}

/** Who pays the JKP cash benefit first: BPJS Ketenagakerjaan, or the employer in arrears (who may claim it back). */
export type JkpPaidBy = 'bpjs' | 'employer-first';

/** Fields every JKP result has. */
export interface JkpBenefitBase extends Explainable {
  /** Always `'jkp-benefit'`. */
  readonly kind: 'jkp-benefit';
  /** Date of the job loss, as given. */
  readonly eventDate: IsoDate;
  /** Date of the claim (default the date of the job loss). */
  readonly claimDate: IsoDate;
  /** The regime in force on the claim date. */
  readonly regime: JkpRegime;
  /** JKP contribution months counted in the window before the month of the job loss. */
  readonly contributionMonthCount: number;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** JKP is paid. */
export interface JkpBenefitEligible extends JkpBenefitBase {
  /** Eligible. */
  readonly status: 'eligible';
  /** The cash benefit month by month. */
  readonly byMonth: readonly JkpBenefitMonth[];
  /** Sum of the months. */
  readonly total: Rupiah;
  /** The non-cash benefits, which have no rupiah value: labour-market information and job training. */
  readonly nonCash: readonly JkpNonCashBenefit[];
  /** Who pays the cash benefit first. */
  readonly paidBy: JkpPaidBy;
}

/** JKP is not paid, with every reason. */
export interface JkpBenefitNotEligible extends JkpBenefitBase {
  /** Not eligible. */
  readonly status: 'not-eligible';
  /** Every reason, never empty. */
  readonly reasons: readonly [JkpRefusal, ...JkpRefusal[]];
  /** Always empty. */
  readonly byMonth: readonly [];
  /** Always 0. */
  readonly total: 0;
}

/** Result of `jkpBenefit`: eligible with the monthly cash benefit, or not eligible with every reason. */
export type JkpBenefitResult = JkpBenefitEligible | JkpBenefitNotEligible;
