/**
 * The typed catalogue of rules: every rule id the library knows, with the type of its value. `ruleAt`
 * accepts only these ids and returns values of these types; `createRulebook` and `withRules` check
 * every version against the same catalogue at run time.
 *
 * @module
 */

import type { SchoolLevel } from '../benefits/types.ts';
import type { BpuCategory } from '../contributions/bpu/types.ts';
import type { Payer } from '../funding/sources.ts';
import type { RoundingMode } from '../money/rounding.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { JamsostekProgram, Segment } from '../vocabulary.ts';
import type {
  JhtCreditingConvention,
  JhtPartialShares,
  JhtPayoutEvent,
  JhtStopWorkRule,
  JkkRiskGroupEntry,
  JkpClaimLimit,
  JkpConsecutiveCondition,
  JkpContributionCondition,
  JkpExcludedReason,
  JkpNonCashBenefit,
  JkpRateBand,
  JpFloorCondition,
  JpIndexationConvention,
  JpLumpSumConvention,
  JpSurvivorShares,
  MemberCitizenship,
} from './catalog-cash.ts';

/** A rate as a decimal string: `"0.0024"` is 0,24 %. */
export type RateText = string;

/** A BPU income level and its JKK contribution (PP 44/2015 Lampiran II). */
export interface BpuJkkLevel {
  /** The declared monthly income of the level. */
  readonly income: Rupiah;
  /** The monthly JKK contribution at that level. */
  readonly amount: Rupiah;
}

/** A rate for each JKK risk class 1–5 (PP 44/2015 Pasal 16). */
export interface RiskClassRates {
  /** Very low risk. */
  readonly '1': RateText;
  /** Low risk. */
  readonly '2': RateText;
  /** Medium risk. */
  readonly '3': RateText;
  /** High risk. */
  readonly '4': RateText;
  /** Very high risk. */
  readonly '5': RateText;
}

/** Programs by enterprise size. */
export interface ProgramsBySize {
  /** Micro enterprises. */
  readonly micro: readonly JamsostekProgram[];
  /** Small enterprises. */
  readonly small: readonly JamsostekProgram[];
  /** Medium enterprises. */
  readonly medium: readonly JamsostekProgram[];
  /** Large enterprises. */
  readonly large: readonly JamsostekProgram[];
}

/** A text in Indonesian and English. */
export interface BilingualText {
  /** Indonesian. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** The target of one year. */
export interface TargetPoint {
  /** The year. */
  readonly year: number;
  /** The target as a decimal string (`"0.3215"` = 32,15 %). */
  readonly value: RateText;
}

/** A coverage target series of a planning document. */
export interface CoverageTargetTable {
  /** What the target measures, in Indonesian and English. */
  readonly indicator: BilingualText;
  /** The target per year. */
  readonly points: readonly TargetPoint[];
}

/** One rate of the disability table, for both sides. */
export interface DisabilitySingleRate {
  /** The share of the disability benefit. */
  readonly rate: RateText;
}

/** Rates of the disability table that differ between the right and the left side. */
export interface DisabilitySidedRate {
  /** The share for the right side. */
  readonly right: RateText;
  /** The share for the left side. */
  readonly left: RateText;
}

/** A disability percentage of Lampiran III: one rate, or one for each side. */
export type DisabilityRateValue = DisabilitySingleRate | DisabilitySidedRate;

/** Programs open to each segment. */
export interface ProgramsBySegment {
  /** Wage earners. */
  readonly PU: readonly JamsostekProgram[];
  /** Non-wage workers. */
  readonly BPU: readonly JamsostekProgram[];
}

/** Mandatory programs of BPU participants and of wage earners by enterprise size. */
export interface MandatoryPrograms extends ProgramsBySize {
  /** Non-wage workers. */
  readonly BPU: readonly JamsostekProgram[];
}

/** The short-membership JKM rule. */
export interface ShortMembershipRule {
  /** Membership shorter than this many months is short. */
  readonly months: number;
  /** The lump sum paid instead of the full benefit. */
  readonly lumpSum: Rupiah;
  /** The funeral costs paid. */
  readonly funeral: Rupiah;
  /** Who the rule applies to, as stated by its source: every participant, or one segment. */
  readonly scope: 'all' | Segment;
}

/** A band of the temporary-incapacity (STMB) schedule. */
export interface StmbBandRule {
  /** Months the band lasts; `null`: until recovery. */
  readonly months: number | null;
  /** Share of the wage paid. */
  readonly rate: RateText;
}

/** JKK transport caps by mode. */
export interface TransportCaps {
  /** Land transport. */
  readonly land: Rupiah;
  /** Sea transport. */
  readonly sea: Rupiah;
  /** Air transport. */
  readonly air: Rupiah;
}

/** A number of months and an amount. */
export interface MonthsAndAmount {
  /** Months. */
  readonly months: number;
  /** Amount. */
  readonly amount: Rupiah;
}

/** The scholarship of one school level. */
export interface ScholarshipLevelRule {
  /** The level. */
  readonly level: SchoolLevel;
  /** Amount per year. */
  readonly perYear: Rupiah;
  /** Years paid at most. */
  readonly maxYears: number;
}

/** A window of dates. */
export interface DateWindow {
  /** First day. */
  readonly start: IsoDate;
  /** Last day. */
  readonly end: IsoDate;
}

/** GDP growth of a year. */
export interface GdpGrowth {
  /** The year of the growth. */
  readonly year: number;
  /** Growth as a signed decimal string (`"0.0503"`). */
  readonly growth: string;
}

/** The JP monthly pension benefit limits of a year (PP 45/2015 Pasal 18). */
export interface JpBenefitLimits {
  /** The lowest monthly pension benefit (manfaat pensiun paling sedikit). */
  readonly min: Rupiah;
  /** The highest monthly pension benefit (manfaat pensiun paling banyak). */
  readonly max: Rupiah;
}

/** A rounding rule. */
export interface RoundingRule {
  /** The mode. */
  readonly mode: RoundingMode;
  /** The unit in rupiah. */
  readonly unit: number;
}

/** The rows of the JKK disability table (Lampiran III). */
export type DisabilityRowKey =
  | 'sight-both-eyes'
  | 'sight-one-eye'
  | 'hearing-both-ears'
  | 'hearing-one-ear'
  | 'outer-ear-one'
  | 'outer-ear-both'
  | 'nose-tip'
  | 'nasal-septum'
  | 'smell'
  | 'colour-vision'
  | 'arm-shoulder'
  | 'arm-elbow'
  | 'hand-wrist'
  | 'thumb'
  | 'index-finger'
  | 'other-finger'
  | 'index-finger-phalanx'
  | 'other-finger-phalanx'
  | 'legs-both-hip'
  | 'leg-hip'
  | 'legs-both-ankle'
  | 'leg-ankle'
  | 'big-toe'
  | 'second-toe'
  | 'other-toe'
  | 'impotence'
  | 'leg-shortened-under-5cm'
  | 'leg-shortened-5-to-7.5cm'
  | 'leg-shortened-7.5cm-or-more'
  | 'mental-capacity';

/** The rule id of a row of the disability table. */
export type DisabilityRuleId = `jkk.disability.${DisabilityRowKey}`;

/** A tier of a marginal rate table: the rate applies up to `upTo` (`null`: no upper bound). */
export interface RateTier {
  /** Upper bound of the tier in rupiah, inclusive; `null` for the last tier. */
  readonly upTo: Rupiah | null;
  /** The rate of the tier. */
  readonly rate: RateText;
}

/** How a contribution due date is set: a day of the month, in the contribution month or a later one. */
export interface DueDateRule {
  /** The day of the month (a day the month lacks means its last day). */
  readonly day: number;
  /** Months after the contribution month: `0` the month itself, `1` the next month. */
  readonly monthOffset: number;
  /** Where a due date on a day off moves: to the next working day, or to the working day before. */
  readonly roll: 'forward' | 'backward';
}

/** Who employs: a state organiser (penyelenggara negara) or any other employer. */
export type EmployerType = 'private' | 'state';

/** The late-payment fine of a program: a rate per month of lateness, and who is exempt. */
export interface LateFineRule {
  /** The fine per month of lateness, as a decimal string of the contribution due (`"0.02"` = 2 %). */
  readonly rate: RateText;
  /** Employers the fine does not apply to. */
  readonly exempt: readonly EmployerType[];
}

/**
 * How months of lateness are counted: `started-month` counts every month begun after the anchor (paying
 * one day late is one month), `whole-month` only the months completed; `anchor` is the due date after
 * the holiday roll (`due-date`) or the nominal day before it (`nominal-date`).
 */
export interface FineCountingRule {
  /** Started or completed months. */
  readonly count: 'started-month' | 'whole-month';
  /** The date the months are counted from. */
  readonly anchor: 'due-date' | 'nominal-date';
}

/** Whether a joint-leave day (cuti bersama) counts as a working day or as a day off. */
export type JointLeaveReading = 'working-day' | 'holiday';

/** A national holiday (`holiday`, including voting days) or a joint-leave day (`joint-leave`, cuti bersama). */
export type HolidayKind = 'holiday' | 'joint-leave';

/** A day of the yearly list of national holidays and joint-leave days. */
export interface Holiday {
  /** The date. */
  readonly date: IsoDate;
  /** Its name in Indonesian and English. */
  readonly name: BilingualText;
  /** A national holiday or a joint-leave day. */
  readonly kind: HolidayKind;
}

/**
 * Every rule id with the type of its value. A rule id not listed here is a compile error in `ruleAt`
 * and an `INVALID_RULEBOOK` error in `createRulebook` and `withRules`.
 */
export interface RuleCatalog {
  /** BPU JKK by income level (PP 44/2015 Lampiran II). */
  readonly 'bpu.jkk.table': readonly BpuJkkLevel[];
  /** BPU JKK rate for a level not in the known table. */
  readonly 'bpu.jkk.fallback-rate': RateText;
  /** The lowest BPU income level. */
  readonly 'bpu.jkk.lowest-level': Rupiah;
  /** The highest BPU income level: a higher declared income is charged at it. */
  readonly 'bpu.jkk.highest-level': Rupiah;
  /** BPU JKM, flat. */
  readonly 'bpu.jkm.amount': Rupiah;
  /** BPU JHT rate. */
  readonly 'bpu.jht.rate': RateText;
  /** PP 49/2020 JKK and JKM relief. */
  readonly 'relief.pp49-2020.jkk-jkm': RateText;
  /** PP 50/2025 discount, transport sector. */
  readonly 'bpu.pp50.transport': RateText;
  /** PP 50/2025 discount, other sectors. */
  readonly 'bpu.pp50.other': RateText;
  /** Payers excluded from PP 50/2025. */
  readonly 'bpu.pp50.excluded-payers': readonly Payer[];
  /** Whether village budgets count as excluded payers. */
  readonly 'bpu.pp50.village-budget-excluded': boolean;
  /** BPU categories that PP 50/2025 covers. */
  readonly 'bpu.pp50.categories': readonly BpuCategory[];
  /** JP pension age. */
  readonly 'jp.pension-age': number;
  /** JP registration requires being below pension age. */
  readonly 'jp.registration-below-pension-age': boolean;
  /** Programs open to each segment. */
  readonly 'participant.programs-by-segment': ProgramsBySegment;
  /** Mandatory programs by segment and enterprise size. */
  readonly 'participant.mandatory-programs': MandatoryPrograms;
  /** Months a foreigner must work in Indonesia before joining. */
  readonly 'participant.foreigner-min-months': number;
  /** JKP is for citizens only. */
  readonly 'jkp.citizens-only': boolean;
  /** Age below which one may register for JKP. */
  readonly 'jkp.registration-age-below': number;
  /** Programs an employer must run before its workers join JKP. */
  readonly 'jkp.prerequisite-programs': ProgramsBySize;
  /** RPJMN 2025–2029 coverage targets. */
  readonly 'coverage.target.rpjmn-2025-2029': CoverageTargetTable;
  /** RKP 2026 coverage target. */
  readonly 'coverage.target.rkp-2026': CoverageTargetTable;
  /** RPJPN 2025–2045 coverage targets. */
  readonly 'coverage.target.rpjpn-2025-2045': CoverageTargetTable;
  /** JKM lump sum. */
  readonly 'jkm.lump-sum': Rupiah;
  /** JKM periodic benefit (paid at once). */
  readonly 'jkm.periodic': Rupiah;
  /** JKM funeral costs. */
  readonly 'jkm.funeral': Rupiah;
  /** Contribution months a JKM death needs for the scholarship. */
  readonly 'jkm.scholarship.min-contribution-months': number;
  /** The short-membership JKM rule. */
  readonly 'jkm.short-membership': ShortMembershipRule;
  /** The longest BPU arrears that keep benefit rights. */
  readonly 'arrears.max-months': number;
  /** JKK medical care. */
  readonly 'jkk.medical-care': string;
  /** JKK death lump sum as a share of 80 months' wage. */
  readonly 'jkk.death.rate': RateText;
  /** The JKK death lump sum is at least the JKM lump sum in force at the date of death. */
  readonly 'jkk.death.jkm-floor': boolean;
  /** JKK total permanent disability as a share of 80 months' wage. */
  readonly 'jkk.total-disability.rate': RateText;
  /** Months of wage in the JKK lump-sum formulas. */
  readonly 'jkk.wage-months': number;
  /** JKK periodic benefit. */
  readonly 'jkk.periodic': Rupiah;
  /** JKK funeral costs. */
  readonly 'jkk.funeral': Rupiah;
  /** Temporary incapacity (STMB) schedule: rate for a number of months (`null`: until recovery). */
  readonly 'jkk.stmb.schedule': readonly StmbBandRule[];
  /** JKK transport caps by mode. */
  readonly 'jkk.transport.caps': TransportCaps;
  /** JKK home care: longest period and cap. */
  readonly 'jkk.home-care': MonthsAndAmount;
  /** Cap for dentures. */
  readonly 'jkk.dentures.cap': Rupiah;
  /** Cap for a hearing aid. */
  readonly 'jkk.hearing-aid.cap': Rupiah;
  /** Cap for glasses. */
  readonly 'jkk.glasses.cap': Rupiah;
  /** Years after which a JKK claim lapses. */
  readonly 'jkk.claim-lapse': number;
  /** Children who may receive a scholarship. */
  readonly 'scholarship.max-children': number;
  /** The one-off scholarship of PP 44/2015. */
  readonly 'scholarship.pp44.amount': Rupiah;
  /** Scholarship amounts per school level. */
  readonly 'scholarship.levels': readonly ScholarshipLevelRule[];
  /** Age at which the scholarship ends. */
  readonly 'scholarship.age-limit': number;
  /** Age at which a child enters school: a younger child's scholarship starts then. */
  readonly 'scholarship.school-entry-age': number;
  /** PU JKK rate by risk class. */
  readonly 'pu.jkk.rate': RiskClassRates;
  /** PU JKM rate. */
  readonly 'pu.jkm.rate': RateText;
  /** PU JHT employer rate. */
  readonly 'pu.jht.employer-rate': RateText;
  /** PU JHT worker rate. */
  readonly 'pu.jht.worker-rate': RateText;
  /** PU JP employer rate. */
  readonly 'pu.jp.employer-rate': RateText;
  /** PU JP worker rate. */
  readonly 'pu.jp.worker-rate': RateText;
  /** Days of wage a daily-paid month counts. */
  readonly 'pu.wage-base.daily-multiplier': number;
  /** Months a piece-rate wage is averaged over. */
  readonly 'pu.wage-base.piece-rate-months': number;
  /** Months a weather-bound piece-rate wage is averaged over. */
  readonly 'pu.wage-base.weather-piece-rate-months': number;
  /** PP 49/2020 JP deferral. */
  readonly 'relief.pp49-2020.jp-deferral': RateText;
  /** PP 49/2020 JP repayment window. */
  readonly 'relief.pp49-2020.jp-repayment': DateWindow;
  /** PP 7/2025 JKK rates after the relief, by risk class. */
  readonly 'relief.pp7-2025.jkk': RiskClassRates;
  /** PP 7/2025 JKK recomposed to JKP, by risk class. */
  readonly 'relief.pp7-2025.jkp-recomposition': RiskClassRates;
  /** The JP wage cap. */
  readonly 'pu.jp.wage-cap': Rupiah;
  /** The previous year's GDP growth that indexes the JP cap. */
  readonly 'pu.jp.gdp-growth': GdpGrowth;
  /** Rounding of the indexed JP cap. */
  readonly 'pu.jp.wage-cap.rounding': RoundingRule;
  /** The JP monthly pension benefit limits (minimum and maximum). */
  readonly 'pu.jp.benefit-limits': JpBenefitLimits;
  /** JKP contribution paid by the central government. */
  readonly 'pu.jkp.government-rate': RateText;
  /** JKP share recomposed from JKK. */
  readonly 'pu.jkp.jkk-recomposition-rate': RateText;
  /** JKP share recomposed from JKM. */
  readonly 'pu.jkp.jkm-recomposition-rate': RateText;
  /** The JKP wage cap. */
  readonly 'pu.jkp.wage-cap': Rupiah;
  /** Migrant workers: contribution before placement. */
  readonly 'migrant.pre-placement': Rupiah;
  /** Migrant workers: contribution per contract length. */
  readonly 'migrant.contract': readonly MonthsAndAmount[];
  /** Migrant workers: contribution per extra month. */
  readonly 'migrant.extra-month': Rupiah;
  /** Construction with known wages: JKK rate. */
  readonly 'construction.wage.jkk-rate': RateText;
  /** Construction with known wages: JKM rate. */
  readonly 'construction.wage.jkm-rate': RateText;
  /** Construction by contract value: JKK tiers. */
  readonly 'construction.contract.jkk-tiers': readonly RateTier[];
  /** Construction by contract value: JKM tiers. */
  readonly 'construction.contract.jkm-tiers': readonly RateTier[];
  /** Due date of wage-earner (PU) contributions: JKK, JKM, JHT and JP. */
  readonly 'calendar.due.pu': DueDateRule;
  /** Due date of BPU contributions (JKK and JKM). */
  readonly 'calendar.due.bpu': DueDateRule;
  /** Days of the week that are days off (ISO numbers: 6 Saturday, 7 Sunday). */
  readonly 'calendar.weekend': readonly number[];
  /** The national holidays and joint-leave days of a year. */
  readonly 'calendar.holidays': readonly Holiday[];
  /** The default reading of joint-leave days for the holiday roll of due dates. */
  readonly 'calendar.joint-leave': JointLeaveReading;
  /** Late fine on JKK and JKM contributions. */
  readonly 'calendar.fine.jkk-jkm': LateFineRule;
  /** Late fine on JHT contributions. */
  readonly 'calendar.fine.jht': LateFineRule;
  /** Late fine on JP contributions. */
  readonly 'calendar.fine.jp': LateFineRule;
  /** How months of lateness are counted. */
  readonly 'calendar.fine.counting': FineCountingRule;
  /** BPU participants owe no late fine. */
  readonly 'calendar.bpu.no-fine': boolean;
  /** JKP cash benefit: bands of benefit months with the share of the capped wage. */
  readonly 'jkp.benefit.rates': readonly JkpRateBand[];
  /** Wage cap of the JKP cash benefit. */
  readonly 'jkp.benefit.wage-cap': Rupiah;
  /** JKP contribution months needed in the window before the job loss. */
  readonly 'jkp.benefit.contribution-condition': JkpContributionCondition;
  /** JKP consecutive contribution months needed before the job loss (PP 37/2021 only). */
  readonly 'jkp.benefit.consecutive-months': JkpConsecutiveCondition;
  /** Months after the job loss within which JKP must be claimed. */
  readonly 'jkp.benefit.claim-deadline': number;
  /** Reasons for the end of work that exclude JKP. */
  readonly 'jkp.benefit.excluded-reasons': readonly JkpExcludedReason[];
  /** JKP for a fixed-term contract only when the employer ends it before its term. */
  readonly 'jkp.benefit.fixed-term-early-end-only': boolean;
  /** A JKP beneficiary must be willing to work again. */
  readonly 'jkp.benefit.willing-to-work': boolean;
  /** JKP claims in a working life and the contribution months between them. */
  readonly 'jkp.benefit.claim-limit': JkpClaimLimit;
  /** Employer arrears (consecutive months) up to which BPJS still pays JKP. */
  readonly 'jkp.benefit.arrears-bpjs-pays': number;
  /** Arrears (months) of a bankrupt or closed company up to which BPJS still pays JKP. */
  readonly 'jkp.benefit.insolvency-bpjs-pays': number;
  /** JKP benefits other than cash. */
  readonly 'jkp.benefit.non-cash': readonly JkpNonCashBenefit[];
  /** Age at which JHT is paid. */
  readonly 'jht.payout-age': number;
  /** Events on which JHT is paid in full under the PP. */
  readonly 'jht.payout-events': readonly JhtPayoutEvent[];
  /** When JHT is paid to a member who stops working before the payout age. */
  readonly 'jht.stop-work': JhtStopWorkRule;
  /** Citizenships for which leaving Indonesia for good pays JHT. */
  readonly 'jht.leaving-indonesia': readonly MemberCitizenship[];
  /** The pension age of the work agreement counts as the JHT payout age. */
  readonly 'jht.contractual-pension-age': boolean;
  /** Years of membership before a partial JHT withdrawal. */
  readonly 'jht.partial.min-membership-years': number;
  /** Largest partial JHT withdrawal as a share of the balance, by purpose. */
  readonly 'jht.partial.shares': JhtPartialShares;
  /** A partial JHT withdrawal can be made once only. */
  readonly 'jht.partial.once': boolean;
  /** How a declared yearly JHT yield is credited. */
  readonly 'jht.yield-crediting': JhtCreditingConvention;
  /** JP accrual per year of contributions. */
  readonly 'jp.accrual-rate': RateText;
  /** Contribution months a JP old-age pension needs. */
  readonly 'jp.min-contribution-months': number;
  /** The 15-year floor of the JP disability and survivor pensions. */
  readonly 'jp.floor': JpFloorCondition;
  /** Shares of the JP survivor pensions. */
  readonly 'jp.survivor.shares': JpSurvivorShares;
  /** The JP minimum and maximum benefit also bound survivor pensions. */
  readonly 'jp.survivor.limits-apply': boolean;
  /** How past JP wages are weighted by inflation. */
  readonly 'jp.wage-indexation': JpIndexationConvention;
  /** How the JP lump-sum yield is credited. */
  readonly 'jp.lump-sum.yield': JpLumpSumConvention;
  /** Kinds of business by JKK risk group (Lampiran I). */
  readonly 'pu.jkk.risk-groups': readonly JkkRiskGroupEntry[];
  /** Disability table row `sight-both-eyes` (Lampiran III). */
  readonly 'jkk.disability.sight-both-eyes': DisabilityRateValue;
  /** Disability table row `sight-one-eye` (Lampiran III). */
  readonly 'jkk.disability.sight-one-eye': DisabilityRateValue;
  /** Disability table row `hearing-both-ears` (Lampiran III). */
  readonly 'jkk.disability.hearing-both-ears': DisabilityRateValue;
  /** Disability table row `hearing-one-ear` (Lampiran III). */
  readonly 'jkk.disability.hearing-one-ear': DisabilityRateValue;
  /** Disability table row `outer-ear-one` (Lampiran III). */
  readonly 'jkk.disability.outer-ear-one': DisabilityRateValue;
  /** Disability table row `outer-ear-both` (Lampiran III). */
  readonly 'jkk.disability.outer-ear-both': DisabilityRateValue;
  /** Disability table row `nose-tip` (Lampiran III). */
  readonly 'jkk.disability.nose-tip': DisabilityRateValue;
  /** Disability table row `nasal-septum` (Lampiran III). */
  readonly 'jkk.disability.nasal-septum': DisabilityRateValue;
  /** Disability table row `smell` (Lampiran III). */
  readonly 'jkk.disability.smell': DisabilityRateValue;
  /** Disability table row `colour-vision` (Lampiran III). */
  readonly 'jkk.disability.colour-vision': DisabilityRateValue;
  /** Disability table row `arm-shoulder` (Lampiran III). */
  readonly 'jkk.disability.arm-shoulder': DisabilityRateValue;
  /** Disability table row `arm-elbow` (Lampiran III). */
  readonly 'jkk.disability.arm-elbow': DisabilityRateValue;
  /** Disability table row `hand-wrist` (Lampiran III). */
  readonly 'jkk.disability.hand-wrist': DisabilityRateValue;
  /** Disability table row `thumb` (Lampiran III). */
  readonly 'jkk.disability.thumb': DisabilityRateValue;
  /** Disability table row `index-finger` (Lampiran III). */
  readonly 'jkk.disability.index-finger': DisabilityRateValue;
  /** Disability table row `other-finger` (Lampiran III). */
  readonly 'jkk.disability.other-finger': DisabilityRateValue;
  /** Disability table row `index-finger-phalanx` (Lampiran III). */
  readonly 'jkk.disability.index-finger-phalanx': DisabilityRateValue;
  /** Disability table row `other-finger-phalanx` (Lampiran III). */
  readonly 'jkk.disability.other-finger-phalanx': DisabilityRateValue;
  /** Disability table row `legs-both-hip` (Lampiran III). */
  readonly 'jkk.disability.legs-both-hip': DisabilityRateValue;
  /** Disability table row `leg-hip` (Lampiran III). */
  readonly 'jkk.disability.leg-hip': DisabilityRateValue;
  /** Disability table row `legs-both-ankle` (Lampiran III). */
  readonly 'jkk.disability.legs-both-ankle': DisabilityRateValue;
  /** Disability table row `leg-ankle` (Lampiran III). */
  readonly 'jkk.disability.leg-ankle': DisabilityRateValue;
  /** Disability table row `big-toe` (Lampiran III). */
  readonly 'jkk.disability.big-toe': DisabilityRateValue;
  /** Disability table row `second-toe` (Lampiran III). */
  readonly 'jkk.disability.second-toe': DisabilityRateValue;
  /** Disability table row `other-toe` (Lampiran III). */
  readonly 'jkk.disability.other-toe': DisabilityRateValue;
  /** Disability table row `impotence` (Lampiran III). */
  readonly 'jkk.disability.impotence': DisabilityRateValue;
  /** Disability table row `leg-shortened-under-5cm` (Lampiran III). */
  readonly 'jkk.disability.leg-shortened-under-5cm': DisabilityRateValue;
  /** Disability table row `leg-shortened-5-to-7.5cm` (Lampiran III). */
  readonly 'jkk.disability.leg-shortened-5-to-7.5cm': DisabilityRateValue;
  /** Disability table row `leg-shortened-7.5cm-or-more` (Lampiran III). */
  readonly 'jkk.disability.leg-shortened-7.5cm-or-more': DisabilityRateValue;
  /** Disability table row `mental-capacity` (Lampiran III). */
  readonly 'jkk.disability.mental-capacity': DisabilityRateValue;
}

/** A rule id the library knows. */
export type RuleId = keyof RuleCatalog & string;

/** The value type of rule `K`. */
export type RuleValueOf<K extends RuleId> = RuleCatalog[K];
