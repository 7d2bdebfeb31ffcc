/**
 * Types of the JP pension (Jaminan Pensiun): old-age, disability and survivor pensions and the lump sum.
 *
 * @module
 */
import type { Basis, Explainable } from '../explain/basis.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import type { JpBenefitLimits } from '../rulebook/catalog.ts';
import type { Confidence, Rulebook } from '../rulebook/types.ts';

/** Months of JP contributions at a monthly wage (capped by the library at the JP wage cap of each month). */
export interface JpContributionPeriod {
  /** First month, inclusive. */
  readonly from: YearMonth;
  /** Last month, inclusive. */
  readonly to: YearMonth;
  /** Monthly wage (basic wage and fixed allowances), in whole rupiah, before the cap. */
  readonly wage: Rupiah;
}

/** A yearly rate: BPS general inflation, or the JP fund's yield, for a calendar year. */
export interface JpYearlyRate {
  /** The calendar year. */
  readonly year: number;
  /** The rate as a decimal string (`'0.0292'` = 2,92 %; inflation may be negative). */
  readonly rate: string;
}

/**
 * The wages from the contribution history: the library caps each month's wage, weights it by inflation
 * and averages it, and for a lump sum adds up the contributions and their yield.
 */
export interface JpWageHistory {
  /** The contribution months (masa iur) with their wages; periods must not overlap. */
  readonly contributions: readonly JpContributionPeriod[];
  /**
   * BPS yearly general inflation of every year from the first year of the history to the year before
   * the event: the factor that weights past wages (PP 45/2015 Pasal 17 ayat (3) and (5)).
   */
  readonly inflation: readonly JpYearlyRate[];
  /** For a lump sum (fewer than 180 months): the JP fund's yearly yield of every year of the history. */
  readonly yields?: readonly JpYearlyRate[] | undefined;
  /** Give the history or the summary, not both. */
  readonly monthCount?: never;
  /** Give the history or the summary, not both. */
  readonly averageIndexedWage?: never;
  /** Give the history, the summary, or (survivors) the pension in payment. */
  readonly pensionInPayment?: never;
}

/** The wages summarised: the contribution months and the average inflation-weighted monthly wage (e.g. from BPJS). */
export interface JpWageSummary {
  /** Contribution months (masa iur). */
  readonly monthCount: number;
  /** The average monthly wage over the masa iur, already weighted by inflation, in whole rupiah. */
  readonly averageIndexedWage: Rupiah;
  /** Give the history or the summary, not both. */
  readonly contributions?: never;
  /** Give the history or the summary, not both. */
  readonly inflation?: never;
  /** Only with a history. */
  readonly yields?: never;
  /** Give the history, the summary, or (survivors) the pension in payment. */
  readonly pensionInPayment?: never;
}

/** The member's wages: a contribution history, or its summary. */
export type JpWageBasis = JpWageHistory | JpWageSummary;

/** For a survivor of a member who already received a pension: the monthly pension being paid. */
export interface JpPensionInPayment {
  /**
   * The monthly pension paid at the death: the member's old-age or disability pension, or for children
   * after the widow or widower died or remarried, the widow's or widower's pension.
   */
  readonly pensionInPayment: Rupiah;
  /** Not with a pension in payment. */
  readonly contributions?: never;
  /** Not with a pension in payment. */
  readonly inflation?: never;
  /** Not with a pension in payment. */
  readonly yields?: never;
  /** Not with a pension in payment. */
  readonly monthCount?: never;
  /** Not with a pension in payment. */
  readonly averageIndexedWage?: never;
}

/** What every JP input says. */
export interface JpBenefitInputBase {
  /** The member's date of birth. */
  readonly birthDate: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** The old-age pension, or the lump sum below 15 years of contributions. */
export interface JpOldAgeFields extends JpBenefitInputBase {
  /** Old age. */
  readonly kind: 'old-age';
  /** The date judged on (the claim): the member must have reached the pension age by then. */
  readonly asOf: IsoDate;
}

/** The disability pension, for a total permanent disability before the pension age. */
export interface JpDisabilityFields extends JpBenefitInputBase {
  /** Disability. */
  readonly kind: 'disability';
  /** Date the total permanent disability was determined. */
  readonly eventDate: IsoDate;
  /** First day of JP membership. */
  readonly membershipStart: IsoDate;
  /**
   * Contribution density (share of membership months paid) as a decimal string; default, with a history,
   * the contribution months ÷ the months from the month of `membershipStart` to the month before the event.
   */
  readonly density?: string | undefined;
}

/** A survivor pension: widow or widower, children, or a parent. */
export interface JpSurvivorFields extends JpBenefitInputBase {
  /** Survivor. */
  readonly kind: 'survivor';
  /** Who receives it. */
  readonly beneficiary: 'spouse' | 'child' | 'parent';
  /** Date of the member's death (for children after a widow or widower: of that death or remarriage). */
  readonly eventDate: IsoDate;
  /** First day of JP membership; needed for the 15-year floor when the member died before a pension. */
  readonly membershipStart?: IsoDate | undefined;
  /** Contribution density as a decimal string; see {@link JpDisabilityFields.density}. */
  readonly density?: string | undefined;
}

/** Input of `jpBenefit` for an old-age pension. */
export type JpOldAgeInput = JpOldAgeFields & JpWageBasis;

/** Input of `jpBenefit` for a disability pension. */
export type JpDisabilityInput = JpDisabilityFields & JpWageBasis;

/** Input of `jpBenefit` for a survivor pension. */
export type JpSurvivorInput = JpSurvivorFields & (JpWageBasis | JpPensionInPayment);

/** Input of `jpBenefit`: a union on `kind`. */
export type JpBenefitInput = JpOldAgeInput | JpDisabilityInput | JpSurvivorInput;

/** The kind of JP benefit. */
export type JpBenefitKind = 'old-age' | 'disability' | 'survivor';

/** Whether the minimum or the maximum changed the amount. */
export type JpLimitApplied = 'min' | 'max' | 'none';

/** Why no JP benefit is due: the old-age pension before the pension age; a disability at or after it (old age then). */
export type JpRefusal = 'below-pension-age' | 'at-or-above-pension-age';

/** Fields every JP result has. */
export interface JpBenefitBase extends Explainable {
  /** Always `'jp-benefit'`. */
  readonly kind: 'jp-benefit';
  /** The kind of benefit asked for. */
  readonly benefit: JpBenefitKind;
  /** For a survivor pension, who receives it. */
  readonly beneficiary?: 'spouse' | 'child' | 'parent' | undefined;
  /** The date that decides: the day the pension age was reached, the disability, or the death. */
  readonly eventDate: IsoDate;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** A monthly pension. */
export interface JpPension extends JpBenefitBase {
  /** A pension. */
  readonly status: 'pension';
  /** The monthly pension of the first year, within the limits. */
  readonly monthly: Rupiah;
  /** The amount before the limits: the formula (× the survivor's share), or the share of the pension in payment. */
  readonly beforeLimits: Rupiah;
  /** The limits in force when the right starts, when they apply. */
  readonly limits?: JpBenefitLimits | undefined;
  /** Whether the minimum or the maximum changed the amount. */
  readonly limitApplied: JpLimitApplied;
  /** The share of the formula or of the pension in payment (`'1'` for the member's own pension). */
  readonly share: string;
  /** Contribution months (absent when a pension in payment was given). */
  readonly monthCount?: number | undefined;
  /** Contribution months counted in the formula (180 when the 15-year floor applies). */
  readonly countedMonthCount?: number | undefined;
  /** The average inflation-weighted monthly wage used (absent when a pension in payment was given). */
  readonly averageIndexedWage?: Rupiah | undefined;
  /** First day of the right: the 1st of the month after the event. */
  readonly startsOn: IsoDate;
}

/** The lump sum of a member who reaches the pension age with fewer than 180 contribution months (Pasal 24). */
export interface JpLumpSum extends JpBenefitBase {
  /** A lump sum. */
  readonly status: 'lump-sum';
  /** Contributions plus yield. */
  readonly amount: Rupiah;
  /** The contributions paid (3 % of the capped wage). */
  readonly contributions: Rupiah;
  /** The yield. */
  readonly yieldAmount: Rupiah;
  /** Contribution months. */
  readonly monthCount: number;
  /** First day it can be paid: the 1st of the month after the pension age (and complete documents). */
  readonly payableFrom: IsoDate;
}

/** No JP benefit of this kind is due. */
export interface JpNotEligible extends JpBenefitBase {
  /** Not eligible. */
  readonly status: 'not-eligible';
  /** Every reason, never empty. */
  readonly reasons: readonly [JpRefusal, ...JpRefusal[]];
  /** The day the pension age is (or was) reached. */
  readonly pensionAgeDate: IsoDate;
}

/** Result of `jpBenefit`: a monthly pension, a lump sum, or not eligible. */
export type JpBenefitResult = JpPension | JpLumpSum | JpNotEligible;
