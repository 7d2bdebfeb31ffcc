/**
 * Types of coverage metrics.
 *
 * @module
 */
import type { Basis, Explainable } from '../explain/basis.ts';
import type { Rupiah } from '../money/rupiah.ts';
import type { Citation, Confidence, Rulebook } from '../rulebook/types.ts';
import type { Ratio } from './ratio.ts';

/** Input of `coverageRatio`. */
export interface CoverageRatioInput {
  /** Active participants (residents of the region insured anywhere), a whole number ≥ 0. */
  readonly covered: number;
  /** Working population (penduduk bekerja, BPS Sakernas), a whole number ≥ 1. */
  readonly workingPopulation: number;
}

/** Result of `coverageRatio`. */
export interface CoverageRatioResult extends Explainable {
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
export interface ProgramShareResult extends Explainable {
  /** Always `'program-share'`. */
  readonly kind: 'program-share';
  /** Program participants, as given. */
  readonly programParticipants: number;
  /** Covered, as given. */
  readonly covered: number;
  /** programParticipants ÷ covered, exact. */
  readonly share: Ratio;
  /** The basis. */
  readonly basis: Basis;
}

/**
 * Input of `coverageImpact`: the coverage count either `after` the program (program participants are
 * part of it) or `before` it (program participants come on top). Give exactly one of the two.
 */
export interface CoverageImpactInput {
  /** Active participants including the program's. */
  readonly after?: number | undefined;
  /** Active participants without the program's. */
  readonly before?: number | undefined;
  /** Participants the program enrolled. */
  readonly programParticipants: number;
  /** Working population, ≥ 1. */
  readonly workingPopulation: number;
}

/** Result of `coverageImpact`. */
export interface CoverageImpactResult extends Explainable {
  /** Always `'coverage-impact'`. */
  readonly kind: 'coverage-impact';
  /** Covered without the program. */
  readonly coveredBefore: number;
  /** Covered with the program. */
  readonly coveredAfter: number;
  /** Program participants. */
  readonly programParticipants: number;
  /** Working population. */
  readonly workingPopulation: number;
  /** Coverage without the program, exact. */
  readonly before: Ratio;
  /** Coverage with the program, exact. */
  readonly after: Ratio;
  /** after − before: the uplift in percentage points, exact (programParticipants ÷ workingPopulation). */
  readonly uplift: Ratio;
  /** The program's share of all covered workers (programParticipants ÷ coveredAfter), exact. */
  readonly share: Ratio;
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

/** A target named by its document and year, looked up in the rulebook. */
export interface CoverageTargetQuery {
  /** The planning document. */
  readonly document: CoverageTargetDocument;
  /** The year the target is set for (the document must publish a value for it). */
  readonly year: number;
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

/** A coverage target as found in the rulebook. */
export interface CoverageTarget {
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
  /** The rule series id. */
  readonly rule: string;
  /** Where the value comes from. */
  readonly citations: readonly Citation[];
  /** How sure the library is of the value. */
  readonly confidence: Confidence;
}

/** Input of `gapToTarget`. */
export interface GapToTargetInput {
  /** Active participants now. */
  readonly covered: number;
  /** Working population, ≥ 1 (assumed constant). */
  readonly workingPopulation: number;
  /**
   * The target: a decimal string fraction (`"0.4392"`) or a document and year from the rulebook
   * (`{ document: 'rpjmn-2025-2029', year: 2029 }`).
   */
  readonly target: string | Omit<CoverageTargetQuery, 'rulebook'>;
  /** Rulebook for a named target; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Result of `gapToTarget`. */
export interface GapToTargetResult extends Explainable {
  /** Always `'coverage-gap'`. */
  readonly kind: 'coverage-gap';
  /** Covered now. */
  readonly covered: number;
  /** Working population. */
  readonly workingPopulation: number;
  /** Coverage now, exact. */
  readonly coverage: Ratio;
  /** The target, exact. */
  readonly target: Ratio;
  /** The smallest number of covered workers whose coverage reaches the target (rounded up). */
  readonly requiredCovered: number;
  /** Workers still needed (0 when reached). */
  readonly workersNeeded: number;
  /** Whether coverage already reaches the target. */
  readonly reached: boolean;
  /** target − coverage in percentage points, exact (negative when above the target). */
  readonly gap: Ratio;
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `coveragePath`. */
export interface CoveragePathInput extends GapToTargetInput {
  /** The year the current figures describe. */
  readonly fromYear: number;
  /** The year the target must be reached by; default the year of a named target. */
  readonly byYear?: number | undefined;
}

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
export interface CoveragePathResult extends Explainable {
  /** Always `'coverage-path'`. */
  readonly kind: 'coverage-path';
  /** The gap the path closes. */
  readonly gap: GapToTargetResult;
  /** One entry per year after `fromYear` up to `byYear`; the additions sum to `gap.workersNeeded`. */
  readonly years: readonly CoveragePathYear[];
  /** The basis. */
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
export interface ClaimsMetricsResult extends Explainable {
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
  /** The basis. */
  readonly basis: Basis;
}

/** Input of `benefitToPremiumRatio`. */
export interface BenefitToPremiumInput {
  /** Benefits paid, whole rupiah. */
  readonly benefits: Rupiah;
  /** Premiums paid for the same program and period, whole rupiah, ≥ 1. */
  readonly premiums: Rupiah;
}

/** Result of `benefitToPremiumRatio`. */
export interface BenefitToPremiumResult extends Explainable {
  /** Always `'benefit-to-premium'`. */
  readonly kind: 'benefit-to-premium';
  /** Benefits, as given. */
  readonly benefits: Rupiah;
  /** Premiums, as given. */
  readonly premiums: Rupiah;
  /** benefits ÷ premiums, exact (a claims ratio; above 1 the program paid out more than it collected). */
  readonly ratio: Ratio;
  /** The basis. */
  readonly basis: Basis;
}
