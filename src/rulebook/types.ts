/**
 * The shape of the law as data: dated, cited rule series.
 *
 * @module
 */
import type { IsoDate } from '../period/iso-date.ts';
import type { RuleCatalog, RuleId } from './catalog.ts';

/**
 * How sure the library is of a value: `A` read in the regulation text; `B` two or more independent
 * sources agree; `C` one source or partly conflicting; `U` unverified (shown as such in every
 * explanation).
 */
export type Confidence = 'A' | 'B' | 'C' | 'U';

/** Where a value comes from: the legal instrument and the article (or annex, or explanation). */
export interface Citation {
  /** The instrument, e.g. `'PP 44/2015'`, `'Permenaker 4/2023'`. */
  readonly instrument: string;
  /** The place in it, e.g. `'Pasal 20 ayat (3)'`, `'Lampiran II'`, `'Penjelasan Pasal 55'`. */
  readonly article: string;
}

/** Any JSON value a rule version may hold. Rates are decimal strings (`"0.0024"`), amounts whole rupiah. */
export type RuleValue =
  | string
  | number
  | boolean
  | null
  | readonly RuleValue[]
  | { readonly [key: string]: RuleValue };

/** What kind of value a series holds. */
export type RuleUnit = 'rate' | 'rupiah' | 'months' | 'years' | 'count' | 'flag' | 'table' | 'text';

/** One version of a rule: a value in force during `[from, to)`. */
export interface RuleVersion<V = RuleValue> {
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

/**
 * How often the law sets a rule anew, declared on a series so that a lookup never silently reuses a value
 * whose successor is due.
 *
 * - `reset`: the law requires a new value every period (the JP wage cap each March, from the statistics
 *   agency's GDP figure). From the first day the next version was due (`month` of the year after the last
 *   version's start, plus `everyYears − 1` years), a lookup that still falls in the last, open-ended
 *   version is **stale**: it returns the old value with confidence `U` and `stale` set, and every result
 *   using it carries a `rule.stale` warning.
 * - `review`: the law only requires the value to be reviewed; the old value stays in force until an
 *   instrument changes it. The review date is listed in the law calendar; lookups are never stale.
 */
export interface RuleRhythm {
  /** `reset`: a new value is due each period; `review`: the value must only be reviewed. */
  readonly kind: 'reset' | 'review';
  /** Years between two publications (1: every year). */
  readonly everyYears: number;
  /** Month (1–12) from whose first day each new version applies. */
  readonly month: number;
  /** Who publishes the new value, and on what, in Indonesian and English. */
  readonly publishedBy: LocalizedText;
}

/** Why a looked-up value is stale: the publication that was due and is missing from the rulebook. */
export interface RuleStaleness {
  /** First day from which the missing version was due. */
  readonly due: IsoDate;
  /** Who publishes it, in Indonesian and English. */
  readonly publishedBy: LocalizedText;
}

/** A titled series of versions of one rule, in date order, without gaps or overlaps. */
export interface RuleSeries<K extends RuleId = RuleId> {
  /** Stable id, e.g. `'bpu.jkm.amount'`. */
  readonly id: K;
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
  readonly versions: readonly RuleVersion<RuleCatalog[K]>[];
  /** How often the law sets the rule anew, if it does (see {@link RuleRhythm}). */
  readonly rhythm?: RuleRhythm | undefined;
}

/** Any series of the catalogue, with its value type tied to its id. */
export type AnyRuleSeries = { readonly [K in RuleId]: RuleSeries<K> }[RuleId];

/** The series of a rulebook by id, each typed by its id. */
export type RulebookSeries = { readonly [K in RuleId]?: RuleSeries<K> };

declare const RULEBOOK_BRAND: unique symbol;

/**
 * A validated, deeply frozen set of rule series. Only the library makes rulebooks
 * (`OFFICIAL_RULEBOOK`, `createRulebook`, `withRules` from `jamsostek/rulebook`); a hand-built object is
 * a compile error and, at run time, an `INVALID_INPUT` error of any calculator it is given to.
 */
export interface Rulebook {
  /** @internal Marks rulebooks made by the library. */
  readonly [RULEBOOK_BRAND]: true;
  /** `'official'` for the library's own, or the name given to a what-if rulebook. */
  readonly name: string;
  /** The date-based version of the official rule data it was built from, e.g. `'2026-12-01'`. */
  readonly version: string;
  /**
   * The date through which the official data it was built from was last checked against the law;
   * `null` for a rulebook built from scratch with `createRulebook`.
   */
  readonly verifiedThrough: IsoDate | null;
  /** The series by id. */
  readonly series: RulebookSeries;
}

/** Which rulebook a result was computed with: its name and data version. */
export interface RulebookStamp {
  /** The rulebook's name (`'official'` or a what-if name). */
  readonly name: string;
  /** The data version of the official rules it was built from. */
  readonly version: string;
  /**
   * The date through which the rule data was last checked against the law (`null` for a rulebook built
   * from scratch); `explain` names it when a result concerns a later month or date.
   */
  readonly verifiedThrough?: IsoDate | null | undefined;
}

/** The value of any rule of the catalogue. */
export type AnyRuleValue = RuleCatalog[RuleId];

/** The rule version used for a result, as recorded in its basis. */
export interface RuleRef<V = AnyRuleValue> {
  /** The series id. */
  readonly id: RuleId;
  /** The series title. */
  readonly title: LocalizedText;
  /** The value used. */
  readonly value: V;
  /** First day in force. */
  readonly from: IsoDate;
  /** First day no longer in force, if the version has an end. */
  readonly to?: IsoDate | undefined;
  /** The citations of the version. */
  readonly citations: readonly Citation[];
  /** The confidence of the version; `U` when the lookup is stale. */
  readonly confidence: Confidence;
  /** Note of the version, if any. */
  readonly note?: string | undefined;
  /**
   * Set when the value is stale: the series' rhythm required a newer version by the looked-up date and the
   * rulebook has none, so the last published value is returned with confidence `U`.
   */
  readonly stale?: RuleStaleness | undefined;
}
