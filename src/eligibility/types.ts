/**
 * Types of eligibility: workers, program criteria, reasons and results.
 *
 * @module
 */
import type { BpuCategory, BpuSector } from '../contributions/bpu/types.ts';
import type { InputIssue } from '../errors.ts';
import type { Basis, BasisParam, Explainable } from '../explain/basis.ts';
import type { Payer } from '../funding/sources.ts';
import type { IsoDate } from '../period/iso-date.ts';
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
  /** For a BPU: the category of PP 44/2015 Pasal 5 ayat (3); default `'self-employed'`. */
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
  /** Ids of programs that already pay this worker's premium (e.g. `['dbhcht-2025']`); default none. */
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
 * What a program (typically a Pemda premium-assistance program) requires, as data. Every field is
 * optional except the programs to join; absent fields are not checked.
 */
export interface ProgramCriteria {
  /** The program's own id; a worker funded only by this id is not "funded by another program". */
  readonly id?: string | undefined;
  /** BPJS Ketenagakerjaan programs the worker would join; must include JKK and JKM. Default `['JKK', 'JKM']`. */
  readonly programs?: readonly JamsostekProgram[] | undefined;
  /** Who pays the premium (decides the PP 50/2025 discount); default `'self'`. */
  readonly payer?: Payer | undefined;
  /** Segments admitted. */
  readonly segments?: readonly Segment[] | undefined;
  /** BPU categories admitted. */
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
  /** Reject workers whose premium another program already pays. */
  readonly notFundedByOtherProgram?: boolean | undefined;
}

/** Options of the eligibility functions. */
export interface EligibilityOptions {
  /** The date of the decision (registration date for JKP and JP), `YYYY-MM-DD`. */
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
  /** Ids of the rules behind a statutory reason (see `basis.rules` for their citations). */
  readonly rules: readonly string[];
  /** Confidence of the weakest rule behind it (`'A'` for program criteria, which are data). */
  readonly confidence: Confidence;
}

/** An eligible worker. */
export interface EligibleResult extends Explainable {
  /** Always `'program-eligibility'`. */
  readonly kind: 'program-eligibility';
  /** True. */
  readonly eligible: true;
  /** The decision date. */
  readonly asOf: IsoDate;
  /** Age in completed years on `asOf`. */
  readonly age: number;
  /** The BPJS programs checked. */
  readonly programs: readonly JamsostekProgram[];
  /** For a BPU joining JKK and JKM: the PP 50/2025 discount in the month of `asOf` (the calculator's rule). */
  readonly discount?: ReliefOutcome | undefined;
  /** The weakest confidence of the rules read. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** A worker who is not eligible, with every failed criterion. */
export interface IneligibleResult extends Explainable {
  /** Always `'program-eligibility'`. */
  readonly kind: 'program-eligibility';
  /** False. */
  readonly eligible: false;
  /** Every failed criterion, statutory ones first; never empty. */
  readonly reasons: readonly [EligibilityReason, ...EligibilityReason[]];
  /** The decision date. */
  readonly asOf: IsoDate;
  /** Age in completed years on `asOf`. */
  readonly age: number;
  /** The BPJS programs checked. */
  readonly programs: readonly JamsostekProgram[];
  /** For a BPU joining JKK and JKM: the PP 50/2025 discount in the month of `asOf`. */
  readonly discount?: ReliefOutcome | undefined;
  /** The weakest confidence of the rules read. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Result of `checkProgramEligibility`; narrow on `eligible`. */
export type EligibilityResult = EligibleResult | IneligibleResult;

/** A roster row that passed. */
export interface EligibleRow {
  /** 1-based row number in the roster given. */
  readonly row: number;
  /** The worker as parsed. */
  readonly worker: EligibilityWorker;
  /** The full result. */
  readonly result: EligibleResult;
}

/** A roster row that failed: not eligible, or invalid input. */
export interface ScreeningRejectedRow {
  /** 1-based row number in the roster given. */
  readonly row: number;
  /** The worker as parsed, absent when the row is invalid. */
  readonly worker?: EligibilityWorker | undefined;
  /** Failed criteria (empty for an invalid row). */
  readonly reasons: readonly EligibilityReason[];
  /** Input problems of an invalid row (empty otherwise). */
  readonly issues: readonly InputIssue[];
}

/** A reason code in roster counts: an eligibility reason, or `'INVALID_INPUT'` for invalid rows. */
export type RosterReasonCode = EligibilityReasonCode | 'INVALID_INPUT';

/** Result of `screenRoster`. */
export interface RosterScreening {
  /** Always `'roster-screening'`. */
  readonly kind: 'roster-screening';
  /** The decision date. */
  readonly asOf: IsoDate;
  /** Rows given. */
  readonly rows: number;
  /** Eligible rows, in roster order. */
  readonly eligible: readonly EligibleRow[];
  /** Rejected rows, in roster order. */
  readonly rejected: readonly ScreeningRejectedRow[];
  /** How many rows failed each reason (a row with two reasons counts under both). */
  readonly countsByReason: Readonly<Partial<Record<RosterReasonCode, number>>>;
}

/** Input of `segmentPrograms`. */
export interface SegmentProgramsQuery {
  /** The segment. */
  readonly segment: Segment;
  /** For a PU: the enterprise size (decides the mandatory programs); default `'large'`. */
  readonly enterpriseSize?: EnterpriseSize | undefined;
  /** The date, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Result of `segmentPrograms`. */
export interface SegmentProgramsResult {
  /** Programs the segment must join. */
  readonly mandatory: readonly JamsostekProgram[];
  /** Programs it may join besides. */
  readonly optional: readonly JamsostekProgram[];
  /** Programs it cannot join. */
  readonly unavailable: readonly JamsostekProgram[];
  /** The rule ids used. */
  readonly rules: readonly string[];
  /** The weakest confidence of those rules. */
  readonly confidence: Confidence;
}
