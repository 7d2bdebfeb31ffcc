/**
 * Types of construction-project contributions.
 *
 * @module
 */
import type { Basis, Explainable } from '../../explain/basis.ts';
import type { Rupiah } from '../../money/rupiah.ts';
import type { YearMonth } from '../../period/year-month.ts';
import type { Confidence, Rulebook } from '../../rulebook/types.ts';
import type { ReliefOutcome } from '../../vocabulary.ts';

/** A construction project whose workers' wages are known (PP 44/2015 Pasal 54 ayat (1), 55 ayat (1)). */
export interface ConstructionWageInput {
  /** Contribution month. */
  readonly month: YearMonth;
  /** Monthly wages of the project's workers, whole rupiah. */
  readonly wage: Rupiah;
  /** Not with `wage`: give one of the two. */
  readonly contractValue?: never;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** A construction project whose wages are unknown (PP 44/2015 Pasal 54 ayat (2), 55 ayat (2)). */
export interface ConstructionContractValueInput {
  /** Contribution month. */
  readonly month: YearMonth;
  /** Value of the construction contract, whole rupiah. */
  readonly contractValue: Rupiah;
  /** Not with `contractValue`: give one of the two. */
  readonly wage?: never;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Input of `constructionContribution`: exactly one of the wages (when known) and the contract value. */
export type ConstructionContributionInput = ConstructionWageInput | ConstructionContractValueInput;

/** What every construction contribution says. */
export interface ConstructionContributionBase extends Explainable {
  /** Always `'construction-contribution'`. */
  readonly kind: 'construction-contribution';
  /** Contribution month. */
  readonly month: YearMonth;
  /** JKK payable. */
  readonly jkk: Rupiah;
  /** JKM payable. */
  readonly jkm: Rupiah;
  /** JKK + JKM. */
  readonly total: Rupiah;
  /** JKK + JKM before reliefs. */
  readonly totalBeforeRelief: Rupiah;
  /** Reliefs applied (PP 49/2020 in months 2020-08 … 2021-01). */
  readonly reliefs: readonly ReliefOutcome[];
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** A construction contribution computed on the wages. */
export interface ConstructionContributionByWage extends ConstructionContributionBase {
  /** Computed on the wages. */
  readonly basedOn: 'wage';
  /** The wages given. */
  readonly wage: Rupiah;
}

/** A construction contribution computed on the contract value, tier by tier. */
export interface ConstructionContributionByContractValue extends ConstructionContributionBase {
  /** Computed on the contract value. */
  readonly basedOn: 'contract-value';
  /** The contract value given. */
  readonly contractValue: Rupiah;
}

/** Result of `constructionContribution`, told apart by `basedOn`. */
export type ConstructionContributionResult =
  | ConstructionContributionByWage
  | ConstructionContributionByContractValue;
