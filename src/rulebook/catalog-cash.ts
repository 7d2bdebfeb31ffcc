/**
 * Value types of the rules of the JKP, JHT and JP benefits and of the JKK risk groups of businesses.
 *
 * @module
 */
import type { RateText } from './catalog.ts';

/** A reason for a termination that never gives JKP (PP 37/2021 Pasal 20 ayat (1)). */
export type JkpExcludedReason = 'resignation' | 'total-disability' | 'retirement' | 'death';

/** A band of the JKP cash benefit: a share of the wage for a number of benefit months. */
export interface JkpRateBand {
  /** Benefit months of the band. */
  readonly months: number;
  /** Share of the capped wage paid each month. */
  readonly rate: RateText;
}

/** The JKP contribution condition: so many contribution months within a window before the job loss. */
export interface JkpContributionCondition {
  /** Contribution months needed. */
  readonly minMonths: number;
  /** Calendar months before the month of the job loss in which they are counted. */
  readonly windowMonths: number;
}

/** The PP 37/2021 condition of consecutive contribution months before the job loss. */
export interface JkpConsecutiveCondition {
  /** Consecutive months needed. */
  readonly months: number;
  /** True when the run must end in the month before the job loss (the library's reading). */
  readonly endingAtJobLoss: boolean;
}

/** How often JKP can be claimed in a working life (PP 37/2021 Pasal 35). */
export interface JkpClaimLimit {
  /** Claims in a working life at most. */
  readonly claims: number;
  /** Contribution months needed since the previous benefit before another claim. */
  readonly contributionMonthsBetween: number;
}

/** A non-cash JKP benefit: access to labour-market information, and job training. */
export type JkpNonCashBenefit = 'job-market-information' | 'job-training';

/** Events on which JHT is paid in full under the PP itself. */
export type JhtPayoutEvent = 'retirement' | 'total-disability' | 'death';

/** JHT of a member who stops working before the payout age: paid only at that age. */
export interface JhtPayoutAtAge {
  /** Paid when the member reaches the payout age. */
  readonly payout: 'at-payout-age';
}

/** JHT of a member who stops working before the payout age: paid after a waiting period. */
export interface JhtPayoutAfterWaiting {
  /** Paid after the waiting period. */
  readonly payout: 'after-waiting';
  /** Months to wait from the date of the resignation or termination. */
  readonly waitingMonths: number;
}

/** When JHT is paid to a member who stops working before the payout age. */
export type JhtStopWorkRule = JhtPayoutAtAge | JhtPayoutAfterWaiting;

/** Citizenship of a member: `WNI` (Indonesian) or `WNA` (foreigner). */
export type MemberCitizenship = 'WNI' | 'WNA';

/** The largest partial JHT withdrawal, as a share of the balance, by purpose (PP 46/2015 Pasal 22 ayat (5)). */
export interface JhtPartialShares {
  /** For home ownership. */
  readonly housing: RateText;
  /** For other needs in preparing for retirement. */
  readonly other: RateText;
}

/**
 * How a declared yearly JHT yield is credited (the library's convention): the opening balance earns
 * the year's rate for the months of the year elapsed, each contribution from the end of its month, and
 * the yield is added at the end of the year (or on the as-of date).
 */
export type JhtCreditingConvention = 'annual-pro-rata';

/**
 * How past JP wages are weighted (the library's convention): each month's capped wage is multiplied by
 * (1 + inflation) of every calendar year from its own year to the year before the event.
 */
export type JpIndexationConvention = 'calendar-year-to-year-before-event';

/** How the JP lump-sum yield is credited (the library's convention): monthly, at one twelfth of the yearly rate. */
export type JpLumpSumConvention = 'monthly-compound';

/** The 15-year floor of the disability and survivor pensions (PP 45/2015 Pasal 20–23). */
export interface JpFloorCondition {
  /** Contribution months counted when the floor applies (15 years). */
  readonly countedMonths: number;
  /** Lowest contribution density (share of membership months paid). */
  readonly minDensity: RateText;
  /** Disability: months of membership before the event, at least. */
  readonly disabilityMinMonths: number;
  /** Survivors: months of membership before the death, at least. */
  readonly survivorMinMonths: number;
}

/** Shares of the survivor pensions (PP 45/2015 Pasal 21–23). */
export interface JpSurvivorShares {
  /** Widow or widower. */
  readonly spouse: RateText;
  /** The children (at most two). */
  readonly child: RateText;
  /** One parent. */
  readonly parent: RateText;
}

/** A JKK risk group: 1 very low … 5 very high (PP 44/2015 Pasal 16). */
export type RiskGroup = 1 | 2 | 3 | 4 | 5;

/** One kind of business of the JKK risk-group annex (Lampiran I). */
export interface JkkRiskGroupEntry {
  /** Stable id, `G{group}-{number}` in the order of the annex (e.g. `'G2-024'`). */
  readonly id: string;
  /** The name of the kind of business, in Indonesian, as in the annex. */
  readonly name: string;
  /** Its risk group. */
  readonly group: RiskGroup;
}
