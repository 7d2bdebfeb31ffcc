/**
 * Types of eligibility: workers, program criteria, reasons and results.
 *
 * @module
 */
import type { BpuCategory, BpuSector } from '../contributions/bpu/types.ts';
import type { InputIssue } from '../errors.ts';
import type { Basis, BasisParam } from '../explain/basis.ts';
import type { FundingSource, Payer } from '../funding/sources.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { RuleId } from '../rulebook/catalog.ts';
import type { Confidence, LocalizedText, Rulebook } from '../rulebook/types.ts';
import type { JamsostekProgram, ReliefOutcome, Segment } from '../vocabulary.ts';

/** Size of the employing enterprise of a wage earner (usaha mikro, kecil, menengah, besar). */
export type EnterpriseSize = 'micro' | 'small' | 'medium' | 'large';

/** The enterprise sizes. */
export const ENTERPRISE_SIZES: readonly EnterpriseSize[] = Object.freeze([
  'micro',
  'small',
  'medium',
  'large',
]);

/** Citizenship: `WNI` (Indonesian) or `WNA` (foreigner). */
export type Citizenship = 'WNI' | 'WNA';

/** A person whose eligibility is checked. */
export interface EligibilityWorker {
  /** Your own identifier (kept as given, e.g. a row key); never an input to the decision. */
  readonly id?: string | undefined;
  /** Date of birth, `YYYY-MM-DD`. */
  readonly birthDate: IsoDate;
  /** Citizenship; default `'WNI'`. */
  readonly citizenship?: Citizenship | undefined;
  /** For a foreigner (required then): the first day of work in Indonesia. */
  readonly workStartInIndonesia?: IsoDate | undefined;
  /** Participant segment. */
  readonly segment: Segment;
  /** For a BPU: the category of PP 44/2015 Pasal 5 ayat (3); default `'self-employed'`. Not for a PU. */
  readonly bpuCategory?: BpuCategory | undefined;
  /** For a PU (required then): the size of the employing enterprise. */
  readonly enterpriseSize?: EnterpriseSize | undefined;
  /** Sector for PP 50/2025 and for program criteria; default `'other'`. */
  readonly sector?: BpuSector | undefined;
  /** DTSEN welfare decile 1–10 of the worker's family; absent when the family is not in DTSEN. */
  readonly dtsenDecile?: number | undefined;
  /** Region of residence, in whatever coding the program uses (e.g. a BPS code or a district name). */
  readonly region?: string | undefined;
  /** True when the worker is already an active BPJS Ketenagakerjaan participant; default `false`. */
  readonly activeParticipant?: boolean | undefined;
  /**
   * The ids of the premium-assistance programs that already pay this worker's premium, in your own
   * coding (e.g. `['dbhcht-2025']`); default none. They are program ids, not funding sources: each is
   * compared exactly with {@link ProgramCriteria.id}, and only `notFundedByOtherProgram` reads them.
   */
  readonly fundedBy?: readonly string[] | undefined;
}

/** An inclusive age band in completed years on the as-of date. */
export interface AgeBand {
  /** Lowest age admitted (inclusive). */
  readonly min?: number | undefined;
  /** Highest age admitted (inclusive). */
  readonly max?: number | undefined;
}

/**
 * What a program (typically a Pemda premium-assistance program) requires, as data: who funds it, and
 * the criteria it sets. Absent criteria are not checked.
 */
export interface ProgramCriteria {
  /**
   * The program's own id, in the coding of {@link EligibilityWorker.fundedBy}: a worker funded only by
   * this id is not "funded by another program".
   */
  readonly id?: string | undefined;
  /**
   * Who funds the premium the program pays (required). Its payer (`payerOf(fundingSource)`) decides the
   * PP 50/2025 discount: premiums paid through the APBN or the APBD, which `'DBHCHT'`, `'DBH sawit'` and
   * `'BKBK'` are spent through, get none (Pasal 3 ayat (5)).
   */
  readonly fundingSource: FundingSource;
  /** BPJS Ketenagakerjaan programs the worker would join; must include JKK and JKM. Default `['JKK', 'JKM']`. */
  readonly programs?: readonly JamsostekProgram[] | undefined;
  /** Segments admitted. */
  readonly segments?: readonly Segment[] | undefined;
  /** BPU categories admitted (a PU worker is not checked against them). */
  readonly bpuCategories?: readonly BpuCategory[] | undefined;
  /** Highest DTSEN decile admitted (1–10); workers outside DTSEN are rejected. */
  readonly maxDtsenDecile?: number | undefined;
  /** Age band admitted, in completed years on the as-of date. */
  readonly age?: AgeBand | undefined;
  /** Sectors admitted. */
  readonly sectors?: readonly BpuSector[] | undefined;
  /** Regions of residence admitted (compared exactly). */
  readonly regions?: readonly string[] | undefined;
  /** Reject workers who are already active participants. */
  readonly notActiveParticipant?: boolean | undefined;
  /** Reject workers whose `fundedBy` names a program other than this one's `id`. */
  readonly notFundedByOtherProgram?: boolean | undefined;
}

/** Input of `programEligibility`. */
export interface ProgramEligibilityInput {
  /** The worker. */
  readonly worker: EligibilityWorker;
  /** The program's criteria and funding source. */
  readonly criteria: ProgramCriteria;
  /** The date the decision is judged on (the registration date for JKP and JP), `YYYY-MM-DD`. */
  readonly asOf: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Input of `rosterScreening`. */
export interface RosterScreeningInput {
  /**
   * The rows, each meant to be an {@link EligibilityWorker} but not yet validated (a spreadsheet
   * import): an invalid row is rejected with its issues, it does not stop the screening.
   */
  readonly rows: readonly unknown[];
  /** The program's criteria and funding source. */
  readonly criteria: ProgramCriteria;
  /** The date the decision is judged on, `YYYY-MM-DD`. */
  readonly asOf: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Reasons that come from the law. */
export type LawReasonCode =
  | 'law.program-not-available'
  | 'law.foreigner-min-work'
  | 'law.jkp-citizens-only'
  | 'law.jkp-registration-age'
  | 'law.jkp-employment-relation'
  | 'law.jkp-prerequisite-programs'
  | 'law.jp-pension-age';

/** Reasons that come from the program's criteria. */
export type ProgramReasonCode =
  | 'program.segment'
  | 'program.bpu-category'
  | 'program.not-in-dtsen'
  | 'program.dtsen-decile'
  | 'program.age-below'
  | 'program.age-above'
  | 'program.sector'
  | 'program.region'
  | 'program.active-participant'
  | 'program.funded-by-other-program';

/** Every stable reason code. */
export type EligibilityReasonCode = LawReasonCode | ProgramReasonCode;

/** One failed criterion. */
export interface EligibilityReason {
  /** Stable code apps can switch on. */
  readonly code: EligibilityReasonCode;
  /** `'law'` for statutory rules, `'program'` for the program's own criteria. */
  readonly source: 'law' | 'program';
  /** The BPJS program the reason concerns, for statutory reasons about one program. */
  readonly program?: JamsostekProgram | undefined;
  /** The worker's value that was compared (e.g. the age 54). */
  readonly actual: BasisParam;
  /** What the rule or criterion requires (e.g. `'< 54'`). */
  readonly expected: BasisParam;
  /** The message in Indonesian and English. */
  readonly message: LocalizedText;
  /** Ids of the rules behind a statutory reason (see `basis.rules` for their citations); empty for program criteria. */
  readonly rules: readonly RuleId[];
  /** Confidence of the weakest rule behind it (`'A'` for program criteria, which are data). */
  readonly confidence: Confidence;
}

/** What `programEligibility` always says. */
export interface ProgramEligibilityBase {
  /** Always `'program-eligibility'`. */
  readonly kind: 'program-eligibility';
  /** The decision date. */
  readonly asOf: IsoDate;
  /** Age in completed years on `asOf`. */
  readonly age: number;
  /** The BPJS programs checked. */
  readonly programs: readonly JamsostekProgram[];
  /** Who funds the premium, as the criteria say. */
  readonly fundingSource: FundingSource;
  /** The payer it counts as for PP 50/2025 (`payerOf(fundingSource)`). */
  readonly payer: Payer;
  /**
   * For a BPU worker, the PP 50/2025 decision on JKK and JKM for the month of `asOf`, by the same rule as
   * `bpuContribution` and `bpuDiscountStatus`: `status: 'applied'`, or `status: 'refused'` with its
   * `reason` (`'payer-excluded'`: the payer is the APBN, the APBD or a village budget;
   * `'category-not-covered'`). `undefined` when no PP 50/2025 window is in force that month for the
   * worker's sector, and always for a wage earner (PU), whom PP 50/2025 does not concern.
   */
  readonly discount?: ReliefOutcome | undefined;
  /** The weakest confidence of the rules read. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** An eligible worker. */
export interface EligibleResult extends ProgramEligibilityBase {
  /** True. */
  readonly eligible: true;
}

/** A worker who is not eligible, with every failed criterion. */
export interface IneligibleResult extends ProgramEligibilityBase {
  /** False. */
  readonly eligible: false;
  /** Every failed criterion, statutory ones first; never empty. */
  readonly reasons: readonly [EligibilityReason, ...EligibilityReason[]];
}

/** Result of `programEligibility`; narrow on `eligible`. */
export type ProgramEligibilityResult = EligibleResult | IneligibleResult;

/** A roster row that passed. */
export interface EligibleRow {
  /** 1-based row number in the roster given. */
  readonly row: number;
  /** The worker as parsed. */
  readonly worker: EligibilityWorker;
  /** The full result. */
  readonly result: EligibleResult;
}

/** A roster row whose data is invalid: it was not checked. */
export interface ScreeningInvalidRow {
  /** Always `'invalid'`. */
  readonly kind: 'invalid';
  /** 1-based row number in the roster given. */
  readonly row: number;
  /** Every input problem, with its path from the row (`['dtsenDecile']`); never empty. */
  readonly issues: readonly [InputIssue, ...InputIssue[]];
}

/** A roster row whose worker is valid but not eligible. */
export interface ScreeningIneligibleRow {
  /** Always `'ineligible'`. */
  readonly kind: 'ineligible';
  /** 1-based row number in the roster given. */
  readonly row: number;
  /** The worker as parsed. */
  readonly worker: EligibilityWorker;
  /** Every failed criterion, statutory ones first; never empty. */
  readonly reasons: readonly [EligibilityReason, ...EligibilityReason[]];
}

/** A roster row that failed; narrow on `kind`. */
export type ScreeningRejectedRow = ScreeningInvalidRow | ScreeningIneligibleRow;

/** A reason code in screening counts: an eligibility reason, or `'INVALID_INPUT'` for invalid rows. */
export type ScreeningReasonCode = EligibilityReasonCode | 'INVALID_INPUT';

/** Result of `rosterScreening`. */
export interface RosterScreeningResult {
  /** Always `'roster-screening'`. */
  readonly kind: 'roster-screening';
  /** The decision date. */
  readonly asOf: IsoDate;
  /** Rows given. */
  readonly rows: number;
  /** Eligible rows, in roster order. */
  readonly eligible: readonly EligibleRow[];
  /** Rejected rows (invalid or not eligible), in roster order. */
  readonly rejected: readonly ScreeningRejectedRow[];
  /**
   * How many rejected rows have each reason: every invalid row counts once under `'INVALID_INPUT'`;
   * a not-eligible row counts once under each distinct reason code it has, so a row failing two
   * criteria counts under both and the counts can add up to more than `rejected.length`. Reasons no row
   * has are absent.
   */
  readonly rejectedByReason: Readonly<Partial<Record<ScreeningReasonCode, number>>>;
  /** The weakest confidence of the rules used for any row (`'A'` when no row was checked). */
  readonly confidence: Confidence;
  /**
   * The basis: the rulebook, every rule version used for any row and their notices. It has no steps:
   * `explain` renders a screening from its own fields.
   */
  readonly basis: Basis;
}

/** Input of `pensionAge`. */
export interface PensionAgeInput {
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Result of `pensionAge`. */
export interface PensionAgeResult {
  /** Always `'pension-age'`. */
  readonly kind: 'pension-age';
  /** The date. */
  readonly asOf: IsoDate;
  /** The JP pension age in force on `asOf`, in years (PP 45/2015 Pasal 15). */
  readonly age: number;
  /** The confidence of the rule version. */
  readonly confidence: Confidence;
  /** The basis: the `jp.pension-age` version in force and one step. */
  readonly basis: Basis;
}

/** Input of `segmentPrograms` for wage earners. */
export interface SegmentProgramsPuInput {
  /** Wage earners. */
  readonly segment: 'PU';
  /** The size of the employing enterprise (decides the mandatory programs); default `'large'`. */
  readonly enterpriseSize?: EnterpriseSize | undefined;
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Input of `segmentPrograms` for non-wage workers. */
export interface SegmentProgramsBpuInput {
  /** Non-wage workers. */
  readonly segment: 'BPU';
  /** Not for a BPU, who has no employing enterprise. */
  readonly enterpriseSize?: never;
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Input of `segmentPrograms`. */
export type SegmentProgramsInput = SegmentProgramsPuInput | SegmentProgramsBpuInput;

/** What `segmentPrograms` always says. */
export interface SegmentProgramsBase {
  /** Always `'segment-programs'`. */
  readonly kind: 'segment-programs';
  /** The date. */
  readonly asOf: IsoDate;
  /** Programs the segment must join. */
  readonly mandatory: readonly JamsostekProgram[];
  /** Programs it may join besides. */
  readonly optional: readonly JamsostekProgram[];
  /** Programs it cannot join. */
  readonly unavailable: readonly JamsostekProgram[];
  /** The weakest confidence of the rules read. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** The programs of wage earners. */
export interface SegmentProgramsPu extends SegmentProgramsBase {
  /** Wage earners. */
  readonly segment: 'PU';
  /** The enterprise size used. */
  readonly enterpriseSize: EnterpriseSize;
}

/** The programs of non-wage workers. */
export interface SegmentProgramsBpu extends SegmentProgramsBase {
  /** Non-wage workers. */
  readonly segment: 'BPU';
}

/** Result of `segmentPrograms`; narrow on `segment`. */
export type SegmentProgramsResult = SegmentProgramsPu | SegmentProgramsBpu;
