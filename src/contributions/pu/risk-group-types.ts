/**
 * Types of the JKK risk-group lookup of a business.
 *
 * @module
 */
import type { Basis, Explainable } from '../../explain/basis.ts';
import type { IsoDate } from '../../period/iso-date.ts';
import type { JkkRiskGroupEntry } from '../../rulebook/catalog-cash.ts';
import type { Citation, Confidence, Rulebook } from '../../rulebook/types.ts';
import type { RiskClass } from './types.ts';

/** Input of `jkkRiskGroup`. */
export interface JkkRiskGroupInput {
  /**
   * The kind of business, as named in the annex (`'Rumah makan dan minuman'`; case, accents and
   * punctuation are ignored), or an entry id (`'G2-024'`). There are no KBLI codes in the annex.
   */
  readonly business: string;
  /** The date the group is looked up for (the annex of PP 82/2019 from 2019-12-02). */
  readonly asOf: IsoDate;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** An entry of the annex with its risk class and JKK rate. */
export interface JkkRiskGroupCandidate {
  /** The entry: id, name and group. */
  readonly entry: JkkRiskGroupEntry;
  /** The risk class to give `puContribution` (equal to the group). */
  readonly riskClass: RiskClass;
  /** The JKK rate of that class on `asOf` (`pu.jkk.rate`), decimal string. */
  readonly rate: string;
}

/** Fields every lookup result has. */
export interface JkkRiskGroupBase extends Explainable {
  /** Always `'jkk-risk-group'`. */
  readonly kind: 'jkk-risk-group';
  /** The date, as given. */
  readonly asOf: IsoDate;
  /** The business looked up, as given. */
  readonly query: string;
  /** Weakest confidence of the rules used (the annex transcription is `C`). */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/** The business is an entry of the annex. */
export interface JkkRiskGroupFound extends JkkRiskGroupBase, JkkRiskGroupCandidate {
  /** Found. */
  readonly status: 'found';
  /** Where the grouping and the rate come from. */
  readonly citations: readonly Citation[];
}

/** The business is not an entry of the annex: the closest entries, most similar first (possibly none). */
export interface JkkRiskGroupNotFound extends JkkRiskGroupBase {
  /** Not found. */
  readonly status: 'not-found';
  /** Up to five entries sharing words with the query; none is a decision. */
  readonly closest: readonly JkkRiskGroupCandidate[];
}

/** Result of `jkkRiskGroup`: the entry found, or the closest entries. */
export type JkkRiskGroupResult = JkkRiskGroupFound | JkkRiskGroupNotFound;
