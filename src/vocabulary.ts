/**
 * The words every entry point shares: programs, segments and relief decisions.
 *
 * @module
 */
import type { RuleId } from './rulebook/catalog.ts';

/**
 * A program of BPJS Ketenagakerjaan: `JKK` work-accident insurance, `JKM` death insurance, `JHT`
 * old-age savings, `JP` pension, `JKP` job-loss insurance.
 */
export type JamsostekProgram = 'JKK' | 'JKM' | 'JHT' | 'JP' | 'JKP';

/** The five programs. */
export const JAMSOSTEK_PROGRAMS: readonly JamsostekProgram[] = Object.freeze([
  'JKK',
  'JKM',
  'JHT',
  'JP',
  'JKP',
]);

/** Participant segment: `PU` wage earners (penerima upah), `BPU` non-wage workers (bukan penerima upah). */
export type Segment = 'PU' | 'BPU';

/** The segments. */
export const SEGMENTS: readonly Segment[] = Object.freeze(['PU', 'BPU']);

/** A temporary contribution relief: PP 49/2020 (COVID-19), PP 7/2025 (labour-intensive industry), PP 50/2025 (BPU). */
export type ReliefName = 'PP 49/2020' | 'PP 7/2025' | 'PP 50/2025';

/** Why a relief in force was refused: the payer is excluded, or the worker's category is not covered. */
export type ReliefRefusal = 'payer-excluded' | 'category-not-covered';

/** A relief that applied. */
export interface ReliefApplied {
  /** Which relief. */
  readonly relief: ReliefName;
  /** It applied. */
  readonly status: 'applied';
  /** The discount as a decimal string (`"0.5"` = 50 % off, `"0.99"` = 99 % off). */
  readonly discountRate: string;
  /** The programs it concerns. */
  readonly programs: readonly JamsostekProgram[];
  /** The rules that decided it. */
  readonly rules: readonly RuleId[];
}

/** A relief in force that was refused to this worker or payer, with the reason. */
export interface ReliefRefused {
  /** Which relief. */
  readonly relief: ReliefName;
  /** It was refused. */
  readonly status: 'refused';
  /** Why. */
  readonly reason: ReliefRefusal;
  /** The discount the worker would otherwise have had. */
  readonly discountRate: string;
  /** The programs it concerns. */
  readonly programs: readonly JamsostekProgram[];
  /** The rules that decided it. */
  readonly rules: readonly RuleId[];
}

/** The outcome of a relief in force for a contribution: applied, or refused with a reason. */
export type ReliefOutcome = ReliefApplied | ReliefRefused;
