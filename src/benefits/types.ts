/**
 * Types of JKM, JKK and scholarship benefits and of the disability table.
 *
 * @module
 */
import type { Basis, Explainable } from '../explain/basis.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import type { DisabilityRateValue, DisabilityRowKey, RuleId } from '../rulebook/catalog.ts';
import type { Citation, Confidence, LocalizedText, Rulebook } from '../rulebook/types.ts';

/** The benefit regime in force on the date of the event. */
export type BenefitRegime = 'PP 44/2015' | 'PP 82/2019';

/** Who receives an amount. */
export type BenefitRecipient = 'heirs' | 'burial-organiser' | 'participant' | 'children';

/** Codes of the JKM amounts: lump sum, periodic benefit paid at once, funeral cost. */
export type JkmItemCode = 'jkm.lump-sum' | 'jkm.periodic' | 'jkm.funeral';

/**
 * Codes of the JKK cash amounts: transport per mode, temporary incapacity (STMB), a partial disability
 * by its table row, total permanent disability, death, funeral cost, periodic benefit, home care and
 * devices.
 */
export type JkkItemCode =
  | 'jkk.transport.land'
  | 'jkk.transport.sea'
  | 'jkk.transport.air'
  | 'jkk.stmb'
  | `jkk.disability.${DisabilityRowKey}`
  | 'jkk.total-disability'
  | 'jkk.death'
  | 'jkk.funeral'
  | 'jkk.periodic'
  | 'jkk.home-care'
  | 'jkk.dentures'
  | 'jkk.hearing-aid'
  | 'jkk.glasses';

/** Code of the scholarship amount. */
export type ScholarshipItemCode = 'scholarship';

/** Code of an amount of a benefit. */
export type BenefitItemCode = JkmItemCode | JkkItemCode | ScholarshipItemCode;

/** One amount of a benefit, with the rule, articles and confidence behind it. */
export interface BenefitItem<C extends BenefitItemCode = BenefitItemCode> {
  /** Stable item code, e.g. `'jkm.lump-sum'`, `'jkk.stmb'`, `'jkk.disability.arm-shoulder'`. */
  readonly item: C;
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
  readonly monthCount: number;
  /** The BPU contribution months owed (the months just before the month of the event), in order. */
  readonly monthsOwed: readonly YearMonth[];
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
  /**
   * First payment date: when the child enters school. Default the date of the event; but when neither
   * this nor `level` is given and the child is below the school-entry age at the event (4 years,
   * rule `scholarship.school-entry-age`, unverified), the day the child reaches that age, because the
   * scholarship of a child not yet of school age is paid when the child enters school.
   */
  readonly startDate?: IsoDate | undefined;
  /** Date the child marries or starts working, which ends the scholarship. */
  readonly stopDate?: IsoDate | undefined;
}

/** School level: kindergarten to primary, junior and senior secondary, university or vocational training. */
export type SchoolLevel = 'TK-SD' | 'SMP' | 'SMA' | 'university';

/**
 * The school levels, in order: the choices of {@link ScholarshipChild.level} (for a form's select).
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
 * The causes that give a scholarship right: the choices of {@link ScholarshipScheduleInput.cause}.
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
export interface ScholarshipScheduleInput {
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
  /** Position of the child in the input (0 = first). */
  readonly child: number;
  /** The paid years, in order. */
  readonly years: readonly ScholarshipYear[];
  /** Sum of the years. */
  readonly total: Rupiah;
  /** Why the schedule stopped before the last level, if it did. */
  readonly stoppedBy?: 'age-limit' | 'stop-date' | undefined;
}

/** Stable reason a scholarship is not given: fewer contribution months than a non-work death needs. */
export type ScholarshipRefusal = 'contribution-period-too-short';

/** Fields every scholarship result has. */
export interface ScholarshipScheduleBase extends Explainable {
  /** Always `'scholarship-schedule'`. */
  readonly kind: 'scholarship-schedule';
  /** Date of the event, as given. */
  readonly eventDate: IsoDate;
  /** The regime. */
  readonly regime: BenefitRegime;
  /** The cause. */
  readonly cause: ScholarshipCause;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** The children are entitled: one schedule per child named. */
export interface ScholarshipScheduleEligible extends ScholarshipScheduleBase {
  /** Eligible. */
  readonly status: 'eligible';
  /** One schedule per child, in the order given (empty when no child was named). */
  readonly children: readonly ChildSchedule[];
  /** Sum over the children. */
  readonly total: Rupiah;
  /** The rule of the amounts, with the total. */
  readonly item: BenefitItem<ScholarshipItemCode>;
}

/** No scholarship is given. */
export interface ScholarshipScheduleNotEligible extends ScholarshipScheduleBase {
  /** Not eligible. */
  readonly status: 'not-eligible';
  /** Why. */
  readonly reason: ScholarshipRefusal;
  /** Always 0. */
  readonly total: 0;
}

/** Result of `scholarshipSchedule`: eligible with a schedule, or not eligible with a reason. */
export type ScholarshipScheduleResult = ScholarshipScheduleEligible | ScholarshipScheduleNotEligible;

/** What every JKM input says, for either segment. */
export interface JkmBenefitInputBase {
  /** Date of death. */
  readonly eventDate: IsoDate;
  /** First day of membership. */
  readonly membershipStart: IsoDate;
  /** Months of contributions paid (masa iur). */
  readonly contributionMonths: number;
  /** Consecutive unpaid months at death; default 0. */
  readonly arrearsMonths?: number | undefined;
  /** Whether the participant leaves heirs; default `true`. */
  readonly heirs?: boolean | undefined;
  /** Set when the death was caused by a work accident or occupational disease: JKM is then not paid. */
  readonly workRelated?: boolean | undefined;
  /** Children, for the scholarship schedule. */
  readonly children?: readonly ScholarshipChild[] | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** JKM input for a wage earner (PU): the benefit does not depend on the wage. */
export interface JkmBenefitPuInput extends JkmBenefitInputBase {
  /** Wage earner. */
  readonly segment: 'PU';
  /** Only for a BPU participant. */
  readonly declaredIncome?: never;
}

/** JKM input for a non-wage participant (BPU). */
export interface JkmBenefitBpuInput extends JkmBenefitInputBase {
  /** Non-wage participant. */
  readonly segment: 'BPU';
  /** Declared monthly income, to price the arrears; default the lowest level. */
  readonly declaredIncome?: Rupiah | undefined;
}

/** Input of `jkmBenefit`: a PU or a BPU participant. */
export type JkmBenefitInput = JkmBenefitPuInput | JkmBenefitBpuInput;

/** Stable reasons JKM pays nothing. */
export type JkmRefusal = 'arrears-over-limit' | 'work-related-death';

/** Fields every JKM result has. */
export interface JkmBenefitBase extends Explainable {
  /** Always `'jkm-benefit'`. */
  readonly kind: 'jkm-benefit';
  /** Date of death, as given. */
  readonly eventDate: IsoDate;
  /** The regime. */
  readonly regime: BenefitRegime;
  /** Amounts payable now. */
  readonly items: readonly BenefitItem<JkmItemCode>[];
  /** Sum of `items`. */
  readonly payableNow: Rupiah;
  /** Everything the heirs receive, now and after any arrears are paid; scholarship excluded. */
  readonly total: Rupiah;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Fields of a JKM result that pays something. */
export interface JkmBenefitPayout extends JkmBenefitBase {
  /** True when the short-membership rule reduced the benefit. */
  readonly shortMembership: boolean;
  /**
   * The scholarship decision, when the participant leaves heirs and the short-membership rule does not
   * apply (eligible with a schedule per child named, or not eligible with a reason).
   */
  readonly scholarship?: ScholarshipScheduleResult | undefined;
}

/** JKM paid in full (possibly reduced by the short-membership rule). */
export interface JkmBenefitPaid extends JkmBenefitPayout {
  /** Paid. */
  readonly status: 'paid';
}

/** JKM for a BPU in arrears up to the limit: the funeral cost now, the rest after the arrears are paid. */
export interface JkmBenefitDeferred extends JkmBenefitPayout {
  /** Part now, part after the arrears are paid. */
  readonly status: 'deferred';
  /** Amounts paid once the arrears are paid. */
  readonly deferred: readonly BenefitItem<JkmItemCode>[];
  /** Sum of `deferred`; `payableNow + deferredTotal = total`. */
  readonly deferredTotal: Rupiah;
  /** What must be paid first. */
  readonly arrears: ArrearsDue;
}

/** JKM pays nothing. */
export interface JkmBenefitNotEligible extends JkmBenefitBase {
  /** Nothing is paid. */
  readonly status: 'not-eligible';
  /** Why. */
  readonly reason: JkmRefusal;
  /** Always empty. */
  readonly items: readonly [];
  /** Always 0. */
  readonly payableNow: 0;
  /** Always 0. */
  readonly total: 0;
}

/** Result of `jkmBenefit`: paid, deferred until the arrears are paid, or not eligible with a reason. */
export type JkmBenefitResult = JkmBenefitPaid | JkmBenefitDeferred | JkmBenefitNotEligible;

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
  readonly monthCount: number;
  /** Cost spent. */
  readonly cost: Rupiah;
}

/** One partial disability claimed. */
export interface DisabilityClaim {
  /** Row of the disability table, e.g. `'arm-shoulder'` (see `disabilityTable`). */
  readonly row: DisabilityRowKey;
  /** Side, for rows that differ by side. */
  readonly side?: 'right' | 'left' | undefined;
  /** Left-handed worker: right and left are swapped. */
  readonly leftHanded?: boolean | undefined;
  /** For a loss of function: the share of function lost as a decimal string (`'0.5'`); absent for anatomical loss. */
  readonly functionLost?: string | undefined;
}

/** What every JKK input says, for either segment. */
export interface JkkBenefitInputBase {
  /** Date of the accident or of the diagnosis of the occupational disease. */
  readonly eventDate: IsoDate;
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
  /** Consecutive unpaid months at the event; default 0 (BPU: PP 44/2015 Pasal 39; PU: the employer pays first). */
  readonly arrearsMonths?: number | undefined;
  /** Children, for the scholarship (death or total disability). */
  readonly children?: readonly ScholarshipChild[] | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** JKK input for a wage earner (PU). */
export interface JkkBenefitPuInput extends JkkBenefitInputBase {
  /** Wage earner. */
  readonly segment: 'PU';
  /** Monthly wage at the time of the event, in whole rupiah. */
  readonly wage: Rupiah;
  /** Only for a BPU participant. */
  readonly declaredIncome?: never;
}

/** JKK input for a non-wage participant (BPU): the benefits are computed on the declared income. */
export interface JkkBenefitBpuInput extends JkkBenefitInputBase {
  /** Non-wage participant. */
  readonly segment: 'BPU';
  /** Declared monthly income at the time of the event, in whole rupiah. */
  readonly declaredIncome: Rupiah;
  /** Only for a PU participant. */
  readonly wage?: never;
}

/** Input of `jkkBenefit`: a PU participant with a `wage`, or a BPU participant with a `declaredIncome`. */
export type JkkBenefitInput = JkkBenefitPuInput | JkkBenefitBpuInput;

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
export interface JkkBenefitBase extends Explainable {
  /** Always `'jkk-benefit'`. */
  readonly kind: 'jkk-benefit';
  /** Date of the event, as given. */
  readonly eventDate: IsoDate;
  /** The regime. */
  readonly regime: BenefitRegime;
  /** Cash amounts payable now. */
  readonly items: readonly BenefitItem<JkkItemCode>[];
  /** Sum of `items`. */
  readonly payableNow: Rupiah;
  /** Every cash amount, now and later; scholarship excluded. */
  readonly total: Rupiah;
  /** Weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Fields of a JKK result that gives benefits. */
export interface JkkBenefitPayout extends JkkBenefitBase {
  /** Medical care: as medically needed, without a ceiling; never an amount. */
  readonly medicalCare: 'as-needed-no-ceiling';
  /** The STMB schedule (empty when no STMB months were given). */
  readonly stmb: readonly StmbBand[];
  /** Benefits refused because another was paid (JKM next to a JKK death). */
  readonly excluded: readonly ExcludedBenefit[];
  /** Scholarship outcome, when children were given with a death or total disability. */
  readonly scholarship?: ScholarshipScheduleResult | undefined;
}

/** JKK paid. */
export interface JkkBenefitPaid extends JkkBenefitPayout {
  /** Paid. */
  readonly status: 'paid';
}

/** JKK for a BPU in arrears up to the limit: medical care now, the cash after recovery and payment of the arrears. */
export interface JkkBenefitDeferred extends JkkBenefitPayout {
  /** Medical care now, cash later. */
  readonly status: 'deferred';
  /** Always empty: no cash is paid now. */
  readonly items: readonly [];
  /** Always 0. */
  readonly payableNow: 0;
  /** Cash amounts paid after recovery and after the arrears are paid. */
  readonly deferred: readonly BenefitItem<JkkItemCode>[];
  /** Sum of `deferred` (equal to `total`). */
  readonly deferredTotal: Rupiah;
  /** Arrears to pay first. */
  readonly arrears: ArrearsDue;
}

/** JKK pays nothing. */
export interface JkkBenefitNotEligible extends JkkBenefitBase {
  /** Nothing is paid. */
  readonly status: 'not-eligible';
  /** Why. */
  readonly reason: JkkRefusal;
  /** No medical care either. */
  readonly medicalCare: 'none';
  /** Always empty. */
  readonly items: readonly [];
  /** Always 0. */
  readonly payableNow: 0;
  /** Always 0. */
  readonly total: 0;
}

/** Result of `jkkBenefit`: paid, deferred until recovery and payment of the arrears, or not eligible. */
export type JkkBenefitResult = JkkBenefitPaid | JkkBenefitDeferred | JkkBenefitNotEligible;

/** Input of `disabilityTable`. */
export interface DisabilityTableInput {
  /** The date (of an accident or diagnosis) the table is read for. */
  readonly asOf: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** A row of the disability table. */
export interface DisabilityRow {
  /** Row key for {@link DisabilityClaim.row}. */
  readonly row: DisabilityRowKey;
  /** Title in Indonesian and English. */
  readonly title: LocalizedText;
  /** One percentage, or right and left. */
  readonly value: DisabilityRateValue;
  /** Citations. */
  readonly citations: readonly Citation[];
  /** Confidence of the row. */
  readonly confidence: Confidence;
}

/** Result of `disabilityTable`: the JKK disability table in force on a date. */
export interface DisabilityTableResult extends Explainable {
  /** Always `'disability-table'`. */
  readonly kind: 'disability-table';
  /** The date, as given. */
  readonly asOf: IsoDate;
  /** Every row in force, in table order. */
  readonly rows: readonly DisabilityRow[];
  /** Weakest confidence of the rows. */
  readonly confidence: Confidence;
  /** The basis: every row's rule and one step per row. */
  readonly basis: Basis;
}
