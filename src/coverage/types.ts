/**
 * Types of coverage metrics.
 *
 * @module
 */
import type { Basis } from '../explain/basis.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import type { Confidence, Rulebook } from '../rulebook/types.ts';
import type { Ratio } from './ratio.ts';
import type { RegionCode } from './region.ts';

/** Input of `coverageRatio`. */
export interface CoverageRatioInput {
  /** Active participants (residents of the region insured anywhere), a whole number ≥ 0. */
  readonly covered: number;
  /** Working population (penduduk bekerja, BPS Sakernas), a whole number ≥ 1. */
  readonly workingPopulation: number;
}

/** Result of `coverageRatio`. */
export interface CoverageRatioResult {
  /** Always `'coverage-ratio'`. */
  readonly kind: 'coverage-ratio';
  /** Active participants, as given. */
  readonly covered: number;
  /** Working population, as given. */
  readonly workingPopulation: number;
  /** covered ÷ workingPopulation, exact. */
  readonly coverage: Ratio;
  /** Workers not covered. */
  readonly uncovered: number;
  /** Always `'A'`: no legal value is used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `programShare`. */
export interface ProgramShareInput {
  /** Participants enrolled by the program (e.g. paid by the regional budget), part of `covered`. */
  readonly programParticipants: number;
  /** All active participants of the region, ≥ 1 and ≥ `programParticipants`. */
  readonly covered: number;
}

/** Result of `programShare`. */
export interface ProgramShareResult {
  /** Always `'program-share'`. */
  readonly kind: 'program-share';
  /** Program participants, as given. */
  readonly programParticipants: number;
  /** Covered, as given. */
  readonly covered: number;
  /** programParticipants ÷ covered, exact. */
  readonly share: Ratio;
  /** Always `'A'`: no legal value is used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** What `coverageImpact` needs besides the coverage count. */
export interface CoverageImpactBase {
  /** Participants the program enrolled. */
  readonly programParticipants: number;
  /** Working population, ≥ 1. */
  readonly workingPopulation: number;
}

/** The coverage count after the program: the program's participants are part of it. */
export interface CoverageImpactAfter extends CoverageImpactBase {
  /** Active participants including the program's. */
  readonly after: number;
  /** Not with `after`. */
  readonly before?: never;
}

/** The coverage count before the program: the program's participants come on top. */
export interface CoverageImpactBefore extends CoverageImpactBase {
  /** Active participants without the program's. */
  readonly before: number;
  /** Not with `before`. */
  readonly after?: never;
}

/**
 * Input of `coverageImpact`: the coverage count either `after` the program or `before` it, exactly one
 * of the two.
 */
export type CoverageImpactInput = CoverageImpactAfter | CoverageImpactBefore;

/** The figures of a program's effect on coverage. */
export interface CoverageProgramFigures {
  /** Participants the program enrolled. */
  readonly programParticipants: number;
  /** The program's share of all covered workers (programParticipants ÷ covered with the program), exact. */
  readonly share: Ratio;
  /** Covered without the program. */
  readonly coveredBefore: number;
  /** Coverage without the program, exact. */
  readonly before: Ratio;
  /**
   * Coverage with the program minus coverage without it, in percentage points, exact
   * (programParticipants ÷ workingPopulation).
   */
  readonly uplift: Ratio;
}

/** Result of `coverageImpact`. */
export interface CoverageImpactResult extends CoverageProgramFigures {
  /** Always `'coverage-impact'`. */
  readonly kind: 'coverage-impact';
  /** Covered with the program. */
  readonly coveredAfter: number;
  /** Working population. */
  readonly workingPopulation: number;
  /** Coverage with the program, exact. */
  readonly after: Ratio;
  /** Always `'A'`: no legal value is used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** The planning documents whose coverage targets are in the rulebook. */
export type CoverageTargetDocument = 'rpjmn-2025-2029' | 'rkp-2026' | 'rpjpn-2025-2045';

/** The documents with coverage targets. */
export const COVERAGE_TARGET_DOCUMENTS: readonly CoverageTargetDocument[] = Object.freeze([
  'rpjmn-2025-2029',
  'rkp-2026',
  'rpjpn-2025-2045',
]);

/** A coverage target named by its planning document and year, to be looked up in the rulebook. */
export interface CoverageTargetRef {
  /** The planning document. */
  readonly document: CoverageTargetDocument;
  /** The year the target is set for (the document must publish a value for it). */
  readonly year: number;
}

/**
 * A coverage target, exactly one of: a decimal fraction string (`'0.4392'` for 43,92 %), or a
 * {@link CoverageTargetRef} (`{ document: 'rpjmn-2025-2029', year: 2029 }`) read from the rulebook.
 */
export type CoverageTargetSpec = string | CoverageTargetRef;

/** Input of `coverageTarget`. */
export interface CoverageTargetQuery extends CoverageTargetRef {
  /** Rulebook to use; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Definition of a target's indicator, in Indonesian and English. */
export interface CoverageIndicator {
  /** Indonesian. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** Result of `coverageTarget`: a coverage target as found in the rulebook. */
export interface CoverageTargetResult {
  /** Always `'coverage-target'`. */
  readonly kind: 'coverage-target';
  /** The planning document. */
  readonly document: CoverageTargetDocument;
  /** The year. */
  readonly year: number;
  /** The target as a decimal string fraction, e.g. `"0.4392"` (43,92 %). */
  readonly value: string;
  /** The target as an exact ratio. */
  readonly target: Ratio;
  /** What the indicator measures (its numerator and denominator). */
  readonly indicator: CoverageIndicator;
  /** How sure the library is of the value (the confidence of its rule). */
  readonly confidence: Confidence;
  /** The basis: the rule (with its citations and window) and the value read. */
  readonly basis: Basis;
}

/** Input of `coverageGap`. */
export interface CoverageGapInput {
  /** Active participants now. */
  readonly covered: number;
  /** Working population, ≥ 1 (assumed constant). */
  readonly workingPopulation: number;
  /** The target: a decimal string fraction or a document and year from the rulebook. */
  readonly target: CoverageTargetSpec;
  /** Rulebook for a named target; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** The figures of a gap to a coverage target. */
export interface CoverageGapFigures {
  /** The target, exact. */
  readonly target: Ratio;
  /** The document and year the target was read from; only for a named target. */
  readonly source?: CoverageTargetRef | undefined;
  /** The smallest number of covered workers whose coverage reaches the target (rounded up). */
  readonly requiredCovered: number;
  /** Workers still needed (0 when reached). */
  readonly workersNeeded: number;
  /** Whether coverage already reaches the target. */
  readonly reached: boolean;
  /** target − coverage in percentage points, exact (negative when above the target). */
  readonly gap: Ratio;
}

/** Result of `coverageGap`. */
export interface CoverageGapResult extends CoverageGapFigures {
  /** Always `'coverage-gap'`. */
  readonly kind: 'coverage-gap';
  /** Covered now. */
  readonly covered: number;
  /** Working population. */
  readonly workingPopulation: number;
  /** Coverage now, exact. */
  readonly coverage: Ratio;
  /** `'A'` for a decimal target; the target rule's confidence for a named one. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** What `coveragePath` needs besides the target and the year to reach it by. */
export interface CoveragePathBase {
  /** Active participants now. */
  readonly covered: number;
  /** Working population, ≥ 1 (assumed constant). */
  readonly workingPopulation: number;
  /** The year the current figures describe. */
  readonly fromYear: number;
  /** Rulebook for a named target; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** A path to a named target: by default it ends in the target's year. */
export interface CoveragePathToNamedTarget extends CoveragePathBase {
  /** The document and year of the target. */
  readonly target: CoverageTargetRef;
  /** The year the target must be reached by; default the target's year. */
  readonly byYear?: number | undefined;
}

/** A path to a decimal target: the year to reach it by is required. */
export interface CoveragePathToRate extends CoveragePathBase {
  /** The target as a decimal string fraction (`'0.4392'`). */
  readonly target: string;
  /** The year the target must be reached by, after `fromYear`. */
  readonly byYear: number;
}

/** Input of `coveragePath`: a named target (`byYear` optional) or a decimal one (`byYear` required). */
export type CoveragePathInput = CoveragePathToNamedTarget | CoveragePathToRate;

/** One year of a coverage path. */
export interface CoveragePathYear {
  /** The year. */
  readonly year: number;
  /** Workers to add during the year. */
  readonly added: number;
  /** Covered at the end of the year. */
  readonly covered: number;
  /** Coverage at the end of the year, exact. */
  readonly coverage: Ratio;
}

/** Result of `coveragePath`. */
export interface CoveragePathResult {
  /** Always `'coverage-path'`. */
  readonly kind: 'coverage-path';
  /** The gap the path closes. */
  readonly gap: CoverageGapResult;
  /** One entry per year after `fromYear` up to `byYear`; the additions sum to `gap.workersNeeded`. */
  readonly years: readonly CoveragePathYear[];
  /** `'A'` for a decimal target; the target rule's confidence for a named one. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** What `coverageReport` needs besides the date of the figures. */
export interface CoverageReportBase {
  /** Kemendagri code of the region (`'35.09'`), or `'ID'`; shown in the explanation. */
  readonly region?: RegionCode | undefined;
  /** Active participants (residents of the region insured anywhere), a whole number ≥ 0. */
  readonly covered: number;
  /** Working population (penduduk bekerja, BPS Sakernas), a whole number ≥ 1. */
  readonly workingPopulation: number;
  /** Participants enrolled by a program (e.g. paid by the regional budget), part of `covered`. */
  readonly programParticipants?: number | undefined;
  /** A coverage target to measure the gap to. */
  readonly target?: CoverageTargetSpec | undefined;
  /** Rulebook for a named target; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** A report on the figures of a date. */
export interface CoverageReportAsOf extends CoverageReportBase {
  /** The date the figures describe. */
  readonly asOf?: IsoDate | undefined;
  /** Not with `asOf`. */
  readonly year?: never;
}

/** A report on the figures of a year. */
export interface CoverageReportOfYear extends CoverageReportBase {
  /** The year the figures describe. */
  readonly year?: number | undefined;
  /** Not with `year`. */
  readonly asOf?: never;
}

/** Input of `coverageReport`: at most one of `asOf` and `year` dates the figures. */
export type CoverageReportInput = CoverageReportAsOf | CoverageReportOfYear;

/** Result of `coverageReport`: a region's coverage card in one result. */
export interface CoverageReportResult {
  /** Always `'coverage-report'`. */
  readonly kind: 'coverage-report';
  /** The region, when given. */
  readonly region?: RegionCode | undefined;
  /** The date of the figures, when given. */
  readonly asOf?: IsoDate | undefined;
  /** The year of the figures, when given. */
  readonly year?: number | undefined;
  /** Active participants, as given. */
  readonly covered: number;
  /** Working population, as given. */
  readonly workingPopulation: number;
  /** Workers not covered. */
  readonly uncovered: number;
  /** covered ÷ workingPopulation, exact. */
  readonly coverage: Ratio;
  /** The program's share and uplift; only when `programParticipants` was given. */
  readonly program?: CoverageProgramFigures | undefined;
  /** The gap to the target; only when a target was given. */
  readonly gap?: CoverageGapFigures | undefined;
  /** `'A'` unless a named target was read (then its rule's confidence). */
  readonly confidence: Confidence;
  /** The basis: every figure above in one explanation. */
  readonly basis: Basis;
}

/** One program line of a reported benefit total. */
export interface ClaimsProgramInput {
  /** Program label, e.g. `'JKM'`, `'JKK'`. */
  readonly program: string;
  /** Benefits paid under the program, whole rupiah. */
  readonly amount: Rupiah;
  /** Beneficiaries of the program, when reported. */
  readonly beneficiaries?: number | undefined;
  /**
   * Amount of one full claim (e.g. the JKM lump sum Rp42.000.000, PP 82/2019 Pasal 34), to decompose
   * `amount` into full claims and a remainder.
   */
  readonly unitAmount?: Rupiah | undefined;
}

/** Input of `claimsMetrics`. */
export interface ClaimsMetricsInput {
  /** Reported total of benefits paid, whole rupiah. */
  readonly total: Rupiah;
  /** Reported beneficiaries in total, ≥ 1. */
  readonly beneficiaries: number;
  /** Reported program lines; their sum must not exceed `total`. */
  readonly programs?: readonly ClaimsProgramInput[] | undefined;
}

/** Decomposition of an amount into full claims of a unit amount and a remainder. */
export interface ClaimsDecomposition {
  /** The unit amount. */
  readonly unitAmount: Rupiah;
  /** Whole claims of the unit amount that fit in the amount (rounded down). */
  readonly fullClaims: number;
  /** amount − fullClaims × unitAmount. */
  readonly remainder: Rupiah;
  /** amount ÷ unitAmount, exact. */
  readonly claims: Ratio;
}

/** Metrics of one program line. */
export interface ClaimsProgramLine {
  /** Program label. */
  readonly program: string;
  /** Amount paid. */
  readonly amount: Rupiah;
  /** The program's share of the total, exact. */
  readonly shareOfTotal: Ratio;
  /** Average benefit per beneficiary, exact, when beneficiaries were given. */
  readonly averagePerBeneficiary?: Ratio | undefined;
  /** Decomposition into full claims, when a unit amount was given. */
  readonly decomposition?: ClaimsDecomposition | undefined;
}

/** Result of `claimsMetrics`. */
export interface ClaimsMetricsResult {
  /** Always `'claims-metrics'`. */
  readonly kind: 'claims-metrics';
  /** The reported total. */
  readonly total: Rupiah;
  /** The reported beneficiaries. */
  readonly beneficiaries: number;
  /** Average benefit per beneficiary over the total, exact. */
  readonly averagePerBeneficiary: Ratio;
  /** The same average rounded half-up to whole rupiah, for display. */
  readonly averagePerBeneficiaryRounded: Rupiah;
  /** One line per program, in the given order. */
  readonly programs: readonly ClaimsProgramLine[];
  /** total − sum of the program lines: what the reported programs do not explain. */
  readonly residual: Rupiah;
  /** Always `'A'`: no legal value is used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `benefitToPremiumRatio`. */
export interface BenefitToPremiumRatioInput {
  /** Benefits paid, whole rupiah. */
  readonly benefits: Rupiah;
  /** Premiums paid for the same program and period, whole rupiah, ≥ 1. */
  readonly premiums: Rupiah;
}

/** Result of `benefitToPremiumRatio`. */
export interface BenefitToPremiumRatioResult {
  /** Always `'benefit-to-premium-ratio'`. */
  readonly kind: 'benefit-to-premium-ratio';
  /** Benefits, as given. */
  readonly benefits: Rupiah;
  /** Premiums, as given. */
  readonly premiums: Rupiah;
  /** benefits ÷ premiums, exact (a claims ratio; above 1 the program paid out more than it collected). */
  readonly ratio: Ratio;
  /** Always `'A'`: no legal value is used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}
