/**
 * Types of the JHT old-age savings (Jaminan Hari Tua): the balance and what can be withdrawn when.
 *
 * @module
 */
import type { Basis, Explainable } from '../explain/basis.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import type { MemberCitizenship } from '../rulebook/catalog-cash.ts';
import type { Confidence, Rulebook } from '../rulebook/types.ts';

/** Months of JHT contributions of a wage earner: 5,7 % of `wage` each month (2 % worker, 3,7 % employer). */
export interface JhtWagePeriod {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
  /** Monthly wage (basic wage and fixed allowances), in whole rupiah. */
  readonly wage: Rupiah;
  /** Give either `wage` or `amount`. */
  readonly amount?: never;
}

/** Months of JHT contributions of a known amount each month (a BPU member, or amounts from a statement). */
export interface JhtAmountPeriod {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
  /** The JHT contribution paid each month, in whole rupiah. */
  readonly amount: Rupiah;
  /** Give either `wage` or `amount`. */
  readonly wage?: never;
}

/** Months of JHT contributions, by wage or by amount. */
export type JhtContributionPeriod = JhtWagePeriod | JhtAmountPeriod;

/** The JHT yield (hasil pengembangan) BPJS Ketenagakerjaan declared for a calendar year. */
export interface JhtYield {
  /** The calendar year. */
  readonly year: number;
  /** The yearly rate as a decimal string (`'0.0563'` = 5,63 %). */
  readonly rate: string;
}

/** The balance on 1 January of a year, e.g. from the yearly statement. */
export interface JhtOpeningBalance {
  /** The year it opens. */
  readonly year: number;
  /** The balance on 1 January of that year, in whole rupiah. */
  readonly amount: Rupiah;
}

/** Input of `jhtBalance`. */
export interface JhtBalanceInput {
  /** The date of the balance: months whose last day is on or before it are counted. */
  readonly asOf: IsoDate;
  /** The contribution history; periods may overlap (two employers at once). */
  readonly contributions: readonly JhtContributionPeriod[];
  /** The declared yield of every calendar year from the first year of the history to the year of `asOf`. */
  readonly yields: readonly JhtYield[];
  /** A balance to start from; the history then starts in that year or later. */
  readonly openingBalance?: JhtOpeningBalance | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** One year of the JHT account. */
export interface JhtBalanceYear {
  /** The calendar year. */
  readonly year: number;
  /** Balance at the start of the year. */
  readonly opening: Rupiah;
  /** Contributions credited in the year. */
  readonly contributions: Rupiah;
  /** Months of the year elapsed by the end of the year or by `asOf` (the yield is pro rata). */
  readonly monthCount: number;
  /** The declared yearly rate (`'0'` when no month of the year elapsed). */
  readonly rate: string;
  /** The yield credited, rounded half-up to the rupiah. */
  readonly yieldAmount: Rupiah;
  /** Balance at the end of the year (or on `asOf`). */
  readonly closing: Rupiah;
}

/** Result of `jhtBalance`. */
export interface JhtBalanceResult extends Explainable {
  /** Always `'jht-balance'`. */
  readonly kind: 'jht-balance';
  /** The date of the balance. */
  readonly asOf: IsoDate;
  /** The opening balance given (0 when none). */
  readonly openingBalance: Rupiah;
  /** Contribution months counted (a month paid by two employers counts twice). */
  readonly monthCount: number;
  /** All contributions credited. */
  readonly contributions: Rupiah;
  /** All yield credited. */
  readonly yieldAmount: Rupiah;
  /** The balance: opening + contributions + yield. */
  readonly balance: Rupiah;
  /** Year by year. */
  readonly byYear: readonly JhtBalanceYear[];
  /** Weakest confidence of the rules used (the crediting convention is `C`). */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** What the member asks to withdraw, and why. */
export type JhtWithdrawalEvent =
  | 'retirement'
  | 'resignation'
  | 'dismissal'
  | 'contract-ended'
  | 'total-disability'
  | 'death'
  | 'leaving-indonesia'
  | 'partial';

/** What every withdrawal input says. */
export interface JhtWithdrawalInputBase {
  /** The date the withdrawal is judged on (the date of the claim). */
  readonly asOf: IsoDate;
  /** The JHT balance (e.g. from `jhtBalance` or the member's statement), in whole rupiah. */
  readonly balance: Rupiah;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** The member reached the pension age. */
export interface JhtRetirementInput extends JhtWithdrawalInputBase {
  /** Reaching the payout age (56) or the pension age of the work agreement. */
  readonly event: 'retirement';
  /** Date of birth. */
  readonly birthDate: IsoDate;
  /** The pension age set by the work agreement, company rules or collective agreement, if any. */
  readonly contractualPensionAge?: number | undefined;
}

/** The member stopped working before the pension age. */
export interface JhtStopWorkInput extends JhtWithdrawalInputBase {
  /** A resignation, a termination by the employer, or a fixed-term contract that reached its term. */
  readonly event: 'resignation' | 'dismissal' | 'contract-ended';
  /** Date of the resignation statement, of the termination, or of the end of the contract. */
  readonly eventDate: IsoDate;
  /** Date of birth; needed only for a claim judged between 2015-07-01 and 2015-08-11 (paid at 56 then). */
  readonly birthDate?: IsoDate | undefined;
}

/** The member became totally and permanently disabled or died. */
export interface JhtDisabilityOrDeathInput extends JhtWithdrawalInputBase {
  /** Total permanent disability (paid to the member) or death (paid to the heirs). */
  readonly event: 'total-disability' | 'death';
  /** Date of the determination of the disability, or of death. */
  readonly eventDate: IsoDate;
}

/** The member leaves Indonesia for good. */
export interface JhtLeavingInput extends JhtWithdrawalInputBase {
  /** Leaving Indonesia for good. */
  readonly event: 'leaving-indonesia';
  /** Date of departure. */
  readonly eventDate: IsoDate;
  /** Citizenship of the member. */
  readonly citizenship: MemberCitizenship;
}

/** A partial withdrawal before the payout, once, after ten years of membership. */
export interface JhtPartialInput extends JhtWithdrawalInputBase {
  /** A partial withdrawal. */
  readonly event: 'partial';
  /** Home ownership (up to 30 %) or other needs in preparing for retirement (up to 10 %). */
  readonly purpose: 'housing' | 'other';
  /** First day of membership. */
  readonly membershipStart: IsoDate;
  /** True when a partial withdrawal was already made; default `false`. */
  readonly partialTaken?: boolean | undefined;
}

/** Input of `jhtWithdrawal`: one of the events, each with what it needs. */
export type JhtWithdrawalInput =
  | JhtRetirementInput
  | JhtStopWorkInput
  | JhtDisabilityOrDeathInput
  | JhtLeavingInput
  | JhtPartialInput;

/** Who receives a JHT payment. */
export type JhtRecipient = 'participant' | 'heirs';

/**
 * Why JHT cannot be withdrawn: below the payout age, a citizen leaving Indonesia (foreigners only),
 * fewer than ten years of membership for a partial withdrawal, or a partial withdrawal already made.
 */
export type JhtWithdrawalRefusal =
  | 'below-payout-age'
  | 'citizen-leaving-indonesia'
  | 'membership-too-short'
  | 'partial-already-taken';

/** Fields every withdrawal result has. */
export interface JhtWithdrawalBase extends Explainable {
  /** Always `'jht-withdrawal'`. */
  readonly kind: 'jht-withdrawal';
  /** The event, as given. */
  readonly event: JhtWithdrawalEvent;
  /** The date judged on. */
  readonly asOf: IsoDate;
  /** The balance given. */
  readonly balance: Rupiah;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Fields of a withdrawal that pays. */
export interface JhtWithdrawalPayout extends JhtWithdrawalBase {
  /** The amount: the whole balance, or at most the share for a partial withdrawal (rounded down). */
  readonly amount: Rupiah;
  /** The share of the balance (`'1'` for the whole balance). */
  readonly share: string;
  /** The first day it can be paid. */
  readonly payableFrom: IsoDate;
  /** Who receives it. */
  readonly recipient: JhtRecipient;
}

/** Payable on `asOf`. */
export interface JhtWithdrawalPayable extends JhtWithdrawalPayout {
  /** Payable now. */
  readonly status: 'payable';
}

/** Payable later, from `payableFrom` (a waiting period, or the payout age). */
export interface JhtWithdrawalWaiting extends JhtWithdrawalPayout {
  /** Payable from `payableFrom`. */
  readonly status: 'waiting';
}

/** Not payable, with every reason. */
export interface JhtWithdrawalNotPayable extends JhtWithdrawalBase {
  /** Not payable. */
  readonly status: 'not-payable';
  /** Every reason, never empty. */
  readonly reasons: readonly [JhtWithdrawalRefusal, ...JhtWithdrawalRefusal[]];
  /** Always 0. */
  readonly amount: 0;
}

/** Result of `jhtWithdrawal`: payable now, payable later, or not payable with every reason. */
export type JhtWithdrawalResult = JhtWithdrawalPayable | JhtWithdrawalWaiting | JhtWithdrawalNotPayable;
