/**
 * The shape of the law as data: dated, cited rule series.
 *
 * @module
 */
import type { IsoDate } from '../period/iso-date.ts';

/**
 * How sure the library is of a value: `A` read in the regulation text; `B` two or more independent
 * sources agree; `C` one source or partly conflicting; `U` unverified (shown as such in every
 * explanation).
 */
export type Confidence = 'A' | 'B' | 'C' | 'U';

/** The confidence levels from strongest to weakest. */
export const CONFIDENCE_LEVELS: readonly Confidence[] = Object.freeze(['A', 'B', 'C', 'U']);

/** Where a value comes from: the legal instrument and the article (or annex, or explanation). */
export interface Citation {
  /** The instrument, e.g. `'PP 44/2015'`, `'Permenaker 4/2023'`. */
  readonly instrument: string;
  /** The place in it, e.g. `'Pasal 20 ayat (3)'`, `'Lampiran II'`, `'Penjelasan Pasal 55'`. */
  readonly article: string;
}

/** A JSON value held by a rule version. Rates are decimal strings (`"0.0024"`), amounts whole rupiah. */
export type RuleValue =
  | string
  | number
  | boolean
  | null
  | readonly RuleValue[]
  | { readonly [key: string]: RuleValue };

/** What kind of value a series holds; checked at load time for `rate` and `rupiah`. */
export type RuleUnit = 'rate' | 'rupiah' | 'months' | 'years' | 'count' | 'flag' | 'table' | 'text';

/** One version of a rule: a value in force during `[from, to)`. */
export interface RuleVersion<V extends RuleValue = RuleValue> {
  /** First day in force (inclusive). */
  readonly from: IsoDate;
  /** First day no longer in force (exclusive); absent while the version is open-ended. */
  readonly to?: IsoDate | undefined;
  /** The value. */
  readonly value: V;
  /** At least one citation. */
  readonly citations: readonly Citation[];
  /** How sure we are of this version. */
  readonly confidence: Confidence;
  /** Why the confidence is what it is, or how the value was derived. */
  readonly note?: string | undefined;
}

/** A short text in Indonesian and English. */
export interface LocalizedText {
  /** Indonesian. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** A titled series of versions of one rule, in date order, without gaps or overlaps. */
export interface RuleSeries<V extends RuleValue = RuleValue> {
  /** Stable id, e.g. `'bpu.jkm.amount'`. */
  readonly id: string;
  /** Short human title in Indonesian and English. */
  readonly title: LocalizedText;
  /** What the value is. */
  readonly unit: RuleUnit;
  /**
   * What the dates are matched against. Contribution rules are looked up on the first day of the
   * contribution month; benefit rules on the date of the event.
   */
  readonly keyedBy: 'contribution-month' | 'event-date' | 'date';
  /** The versions, sorted by `from`. */
  readonly versions: readonly RuleVersion<V>[];
}

/** A validated, deeply frozen set of rule series. */
export interface Rulebook {
  /** `'official'` for the library's own, or the name given to an overlay. */
  readonly name: string;
  /** The series by id. */
  readonly series: Readonly<Record<string, RuleSeries>>;
}

/** The rule version used for a result, as recorded in its basis. */
export interface RuleRef {
  /** The series id. */
  readonly id: string;
  /** The series title. */
  readonly title: LocalizedText;
  /** The value used. */
  readonly value: RuleValue;
  /** First day in force. */
  readonly from: IsoDate;
  /** First day no longer in force, if the version has an end. */
  readonly to?: IsoDate | undefined;
  /** The citations of the version. */
  readonly citations: readonly Citation[];
  /** The confidence of the version. */
  readonly confidence: Confidence;
  /** Note of the version, if any. */
  readonly note?: string | undefined;
}
