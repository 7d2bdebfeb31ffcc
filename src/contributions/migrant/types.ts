/**
 * Types of migrant-worker contributions.
 *
 * @module
 */
import type { Basis, Explainable } from '../../explain/basis.ts';
import type { Rupiah } from '../../money/rupiah.ts';
import type { IsoDate } from '../../period/iso-date.ts';
import type { Confidence, Rulebook } from '../../rulebook/types.ts';

/** Input of `migrantWorkerContribution`. */
export interface MigrantWorkerContributionInput {
  /**
   * The date the contribution is judged on, `YYYY-MM-DD`: the day it is paid (at registration, before
   * placement). The rules in force that day apply.
   */
  readonly asOf: IsoDate;
  /** Length of the work contract in months; omit to get only the pre-placement contribution. */
  readonly contractMonths?: number | undefined;
  /** Include the pre-placement contribution (default `true`). */
  readonly prePlacement?: boolean | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Contract months beyond the longest tier (24) and what they cost. */
export interface MigrantExtension {
  /** Number of months beyond 24. */
  readonly monthCount: number;
  /** Their amount. */
  readonly amount: Rupiah;
}

/** Result of `migrantWorkerContribution`. */
export interface MigrantWorkerContributionResult extends Explainable {
  /** Always `'migrant-worker-contribution'`. */
  readonly kind: 'migrant-worker-contribution';
  /** The date given. */
  readonly asOf: IsoDate;
  /** The contract length given, in months, if any. */
  readonly contractMonths?: number | undefined;
  /** Pre-placement JKK + JKM (0 when not requested). */
  readonly prePlacement: Rupiah;
  /** JKK + JKM during and after placement for the contract tier (0 without a contract). */
  readonly placement: Rupiah;
  /** Contract tier used (6, 12 or 24 months), if any. */
  readonly tierMonths?: number | undefined;
  /** Months beyond 24 and their amount. */
  readonly extension: MigrantExtension;
  /** Total to pay. */
  readonly total: Rupiah;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}
