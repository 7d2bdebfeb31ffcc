/**
 * Types of JKM, JKK and scholarship benefits.
 *
 * @module
 */
import type { Basis, Explainable } from '../explain/basis.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { RuleId } from '../rulebook/catalog.ts';
import type { Citation, Confidence, LocalizedText, Rulebook } from '../rulebook/types.ts';
import type { Segment } from '../vocabulary.ts';

/** The benefit regime in force on the date of the event. */
export type BenefitRegime = 'PP 44/2015' | 'PP 82/2019';

/** Who receives an amount. */
export type BenefitRecipient = 'heirs' | 'burial-organiser' | 'participant' | 'children';

/** One amount of a benefit, with the rule, articles and confidence behind it. */
export interface BenefitItem {
  /** Stable item code, e.g. `'jkm.lump-sum'`, `'jkk.stmb'`, `'jkk.disability.arm-shoulder'`. */
  readonly item: string;
  /** The amount in whole rupiah. */
  readonly amount: Rupiah;
  /** Who receives it. */
  readonly recipient: BenefitRecipient;
  /** Id of the rule that sets it. */
  readonly rule: RuleId;
  /** Citations of that rule version. */
  readonly citations: readonly Citation[];
  /** Confidence of that rule version. */
  readonly confidence: Confidence;
}

/** Arrears the heirs or the participant must pay before the deferred part is paid. */
export interface ArrearsDue {
  /** Unpaid consecutive months. */
  readonly months: number;
  /** The BPU contribution months owed (the months just before the event month). */
  readonly monthsOwed: readonly string[];
  /** JKK + JKM contributions owed, in whole rupiah. */
  readonly amount: Rupiah;
}

/** A child for the scholarship. */
export interface ScholarshipChild {
  /** Date of birth. */
  readonly birthDate: IsoDate;
  /** School level at the start of the schedule; default `'TK-SD'`. */
  readonly level?: SchoolLevel | undefined;
  /** School year within that level at the start (1 = first); default 1. */
  readonly yearInLevel?: number | undefined;
  /** First payment date (e.g. when a young child enters school); default the date of the event. */
  readonly startDate?: IsoDate | undefined;
  /** Date the child marries or starts working, which ends the scholarship. */
  readonly stopDate?: IsoDate | undefined;
}

/** School level: kindergarten to primary, junior and senior secondary, university or vocational training. */
export type SchoolLevel = 'TK-SD' | 'SMP' | 'SMA' | 'university';

/**
 * The school levels, in order.
 *
 * @example
 * ```ts
 * import { SCHOOL_LEVELS } from 'jamsostek/benefits';
 * SCHOOL_LEVELS[0]; // 'TK-SD'
 * ```
 */
export const SCHOOL_LEVELS: readonly SchoolLevel[] = Object.freeze(['TK-SD', 'SMP', 'SMA', 'university']);

/** What caused the scholarship right. */
export type ScholarshipCause = 'non-work-death' | 'work-accident-death' | 'total-disability';

/**
 * The causes that give a scholarship right.
 *
 * @example
 * ```ts
 * import { SCHOLARSHIP_CAUSES } from 'jamsostek/benefits';
 * SCHOLARSHIP_CAUSES.includes('total-disability'); // true
 * ```
 */
export const SCHOLARSHIP_CAUSES: readonly ScholarshipCause[] = Object.freeze([
  'non-work-death',
  'work-accident-death',
  'total-disability',
]);

/** Input of `scholarshipSchedule`. */
export interface ScholarshipInput {
  /** Date of the death, accident or diagnosis (selects the regime). */
  readonly eventDate: IsoDate;
  /** The cause. */
  readonly cause: ScholarshipCause;
  /** Months of contributions paid (masa iur); needed for a non-work death. */
  readonly contributionMonths?: number | undefined;
  /** The children; at most as many as the regime allows (2 under PP 82/2019, 1 under PP 44/2015). */
  readonly children: readonly ScholarshipChild[];
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** One paid school year. */
export interface ScholarshipYear {
  /** Date the year's payment falls due. */
  readonly date: IsoDate;
  /** The level paid for (`'one-off'` for the PP 44/2015 single payment). */
  readonly level: SchoolLevel | 'one-off';
  /** The child's age on that date. */
  readonly age: number;
  /** The amount. */
  readonly amount: Rupiah;
}

/** The schedule of one child. */
export interface ChildSchedule {
  /** Position of the child in the input. */
  readonly child: number;
  /** The paid years, in order. */
  readonly years: readonly ScholarshipYear[];
  /** Sum of the years. */
  readonly total: Rupiah;
  /** Why the schedule stopped before the last level, if it did. */
  readonly stoppedBy?: 'age-limit' | 'stop-date' | undefined;
}

/** Stable reasons a scholarship is not given. */
export type ScholarshipRefusal = 'contribution-period-too-short' | 'no-children';

/** Result of `scholarshipSchedule`: eligible with a schedule, or not eligible with a reason. */
export type ScholarshipResult =
  | (ScholarshipBase & {
      /** Eligible. */
      readonly status: 'eligible';
      /** One schedule per child. */
      readonly children: readonly ChildSchedule[];
      /** Sum over the children. */
      readonly total: Rupiah;
      /** Rule of the amounts. */
      readonly item: BenefitItem;
    })
  | (ScholarshipBase & {
      /** Not eligible. */
      readonly status: 'not-eligible';
      /** Why. */
      readonly reason: ScholarshipRefusal;
      /** Always empty. */
      readonly children: readonly ChildSchedule[];
      /** Always 0. */
      readonly total: 0;
    });

/** Fields every scholarship result has. */
export interface ScholarshipBase extends Explainable {
  /** Always `'scholarship-schedule'`. */
  readonly kind: 'scholarship-schedule';
  /** The regime. */
  readonly regime: BenefitRegime;
  /** The cause. */
  readonly cause: ScholarshipCause;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `jkmBenefit`. */
export interface JkmBenefitInput {
  /** Date of death. */
  readonly deathDate: IsoDate;
  /** Participant segment. */
  readonly segment: Segment;
  /** First day of membership. */
  readonly membershipStart: IsoDate;
  /** Months of contributions paid (masa iur). */
  readonly contributionMonths: number;
  /** Consecutive unpaid months at death; default 0. */
  readonly arrearsMonths?: number | undefined;
  /** BPU declared income, to price the arrears; default the lowest level. */
  readonly declaredIncome?: Rupiah | undefined;
  /** Whether the participant leaves heirs; default `true`. */
  readonly heirs?: boolean | undefined;
  /** Set when the death was caused by a work accident or occupational disease: JKM is then not paid. */
  readonly workRelated?: boolean | undefined;
  /** Children, for the scholarship schedule. */
  readonly children?: readonly ScholarshipChild[] | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Stable reasons JKM pays nothing. */
export type JkmRefusal = 'arrears-over-limit' | 'work-related-death';

/** Fields every JKM result has. */
export interface JkmBase extends Explainable {
  /** Always `'jkm-benefit'`. */
  readonly kind: 'jkm-benefit';
  /** The regime. */
  readonly regime: BenefitRegime;
  /** Amounts payable now. */
  readonly items: readonly BenefitItem[];
  /** Sum of `items`. */
  readonly payableNow: Rupiah;
  /** Amounts paid only after the arrears are settled. */
  readonly deferred: readonly BenefitItem[];
  /** Sum of `deferred`. */
  readonly deferredTotal: Rupiah;
  /** `payableNow + deferredTotal`, scholarship excluded. */
  readonly total: Rupiah;
  /** True when the short-membership rule reduced the benefit. */
  readonly shortMembership: boolean;
  /** Scholarship outcome, when children were given (or a not-eligible outcome when none were). */
  readonly scholarship?: ScholarshipResult | undefined;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Result of `jkmBenefit`. */
export type JkmBenefitResult =
  | (JkmBase & {
      /** Paid in full (possibly reduced by the short-membership rule). */
      readonly status: 'paid';
    })
  | (JkmBase & {
      /** Part now, part after the arrears are paid. */
      readonly status: 'deferred';
      /** What must be paid first. */
      readonly arrears: ArrearsDue;
    })
  | (JkmBase & {
      /** Nothing is paid. */
      readonly status: 'not-eligible';
      /** Why. */
      readonly reason: JkmRefusal;
    });

/** A transport mode for the JKK transport benefit. */
export type TransportMode = 'land' | 'sea' | 'air';

/** Transport costs spent, per mode. */
export interface TransportCosts {
  /** By land, river or lake. */
  readonly land?: Rupiah | undefined;
  /** By sea. */
  readonly sea?: Rupiah | undefined;
  /** By air. */
  readonly air?: Rupiah | undefined;
}

/** Costs of devices spent. */
export interface DeviceCosts {
  /** Dentures. */
  readonly dentures?: Rupiah | undefined;
  /** Hearing aid (from PP 82/2019). */
  readonly hearingAid?: Rupiah | undefined;
  /** Glasses (from PP 82/2019). */
  readonly glasses?: Rupiah | undefined;
}

/** Home care claimed. */
export interface HomeCareClaim {
  /** Months of home care. */
  readonly months: number;
  /** Cost spent. */
  readonly cost: Rupiah;
}

/** One partial disability claimed. */
export interface DisabilityClaim {
  /** Row key of the disability table, e.g. `'arm-shoulder'` (see `disabilityRows()`). */
  readonly row: string;
  /** Side, for rows that differ by side. */
  readonly side?: 'right' | 'left' | undefined;
  /** Left-handed worker: right and left are swapped. */
  readonly leftHanded?: boolean | undefined;
  /** For a loss of function: the share of function lost as a decimal string (`'0.5'`); absent for anatomical loss. */
  readonly functionLost?: string | undefined;
}

/** Input of `jkkBenefit`. */
export interface JkkBenefitInput {
  /** Date of the accident or of the diagnosis of the occupational disease. */
  readonly eventDate: IsoDate;
  /** Participant segment. */
  readonly segment: Segment;
  /** Monthly wage (PU) or declared income level (BPU) at the time of the event. */
  readonly wage: Rupiah;
  /** Months of temporary incapacity (STMB). */
  readonly stmbMonths?: number | undefined;
  /** Partial disabilities. */
  readonly disabilities?: readonly DisabilityClaim[] | undefined;
  /** Total permanent disability. */
  readonly totalDisability?: boolean | undefined;
  /** Death caused by the accident or disease. */
  readonly death?: boolean | undefined;
  /** Also asked for JKM (exclusive with a JKK death: the JKK death is paid, with a reason). */
  readonly claimJkm?: boolean | undefined;
  /** Transport costs spent, per mode. */
  readonly transport?: TransportCosts | undefined;
  /** Home care: months and cost spent. */
  readonly homeCare?: HomeCareClaim | undefined;
  /** Costs of dentures, hearing aid and glasses spent. */
  readonly devices?: DeviceCosts | undefined;
  /** Date of the claim, to check the lapse. */
  readonly claimDate?: IsoDate | undefined;
  /** BPU consecutive unpaid months at the event; default 0. */
  readonly arrearsMonths?: number | undefined;
  /** Children, for the scholarship (death or total disability). */
  readonly children?: readonly ScholarshipChild[] | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** One month band of the STMB schedule. */
export interface StmbBand {
  /** First month (1-based). */
  readonly fromMonth: number;
  /** Last month, inclusive. */
  readonly toMonth: number;
  /** Share of the wage, decimal string. */
  readonly rate: string;
  /** Monthly amount. */
  readonly monthly: Rupiah;
  /** Amount of the band. */
  readonly amount: Rupiah;
}

/** Stable reasons JKK pays nothing. */
export type JkkRefusal = 'arrears-over-limit' | 'claim-lapsed';

/** A benefit refused because another one was paid. */
export interface ExcludedBenefit {
  /** The refused benefit. */
  readonly benefit: 'JKM';
  /** Stable reason. */
  readonly reason: 'jkk-death-excludes-jkm';
}

/** Fields every JKK result has. */
export interface JkkBase extends Explainable {
  /** Always `'jkk-benefit'`. */
  readonly kind: 'jkk-benefit';
  /** The regime. */
  readonly regime: BenefitRegime;
  /** Medical care: as medically needed, without a ceiling; never an amount. */
  readonly medicalCare: 'as-needed-no-ceiling' | 'none';
  /** Cash amounts payable now. */
  readonly items: readonly BenefitItem[];
  /** Sum of `items`. */
  readonly payableNow: Rupiah;
  /** Cash amounts paid after recovery and after the arrears are paid. */
  readonly deferred: readonly BenefitItem[];
  /** Sum of `deferred`. */
  readonly deferredTotal: Rupiah;
  /** `payableNow + deferredTotal`, scholarship excluded. */
  readonly total: Rupiah;
  /** The STMB schedule, when STMB months were given. */
  readonly stmb: readonly StmbBand[];
  /** Benefits refused because another was paid (JKM next to a JKK death). */
  readonly excluded: readonly ExcludedBenefit[];
  /** Scholarship outcome, when children were given with a death or total disability. */
  readonly scholarship?: ScholarshipResult | undefined;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Result of `jkkBenefit`. */
export type JkkBenefitResult =
  | (JkkBase & {
      /** Paid. */
      readonly status: 'paid';
    })
  | (JkkBase & {
      /** Medical care now, cash later. */
      readonly status: 'deferred';
      /** Arrears to pay first. */
      readonly arrears: ArrearsDue;
    })
  | (JkkBase & {
      /** Nothing is paid. */
      readonly status: 'not-eligible';
      /** Why. */
      readonly reason: JkkRefusal;
    });

/** The percentage(s) of a disability row: one rate, or a rate for each side. */
export type DisabilityRate = DisabilitySingleRate | DisabilitySidedRate;

/** One percentage for the row, as a decimal string. */
export interface DisabilitySingleRate {
  /** The percentage as a decimal string (`"0.4"` = 40 %). */
  readonly rate: string;
}

/** Different percentages for the right and the left side (swapped for a left-handed worker). */
export interface DisabilitySidedRate {
  /** Right side, decimal string. */
  readonly right: string;
  /** Left side, decimal string. */
  readonly left: string;
}

/** A row of the disability table, as `disabilityRows` lists it. */
export interface DisabilityRow {
  /** Row key for `DisabilityClaim.row`. */
  readonly row: string;
  /** Title in Indonesian and English. */
  readonly title: LocalizedText;
  /** One percentage, or right and left. */
  readonly value: DisabilityRate;
  /** Citations. */
  readonly citations: readonly Citation[];
  /** Confidence of the row. */
  readonly confidence: Confidence;
}
