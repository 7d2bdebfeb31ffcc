/**
 * Rulebooks are opaque: only the library's constructors make them. Each one is registered in a
 * registry shared through a global symbol, so that the ESM and CJS builds loaded side by side accept
 * each other's rulebooks.
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../period/iso-date.ts';
import type { RuleCatalog, RuleId } from './catalog.ts';
import { DATA_VERSION, VERIFIED_THROUGH } from './data/version.ts';
import { nextDue } from './rhythm.ts';
import type { AnyRuleSeries, Rulebook, RuleRef, RuleSeries } from './types.ts';

const REGISTRY = Symbol.for('jamsostek.rulebooks.v1');

function registry(): WeakSet<object> {
  const g = globalThis as unknown as Record<symbol, WeakSet<object> | undefined>;
  let set = g[REGISTRY];
  if (!set) {
    set = new WeakSet();
    Object.defineProperty(globalThis, REGISTRY, { value: set });
  }
  return set;
}

/**
 * True when `value` is a rulebook the library made (`OFFICIAL_RULEBOOK`, `createRulebook`,
 * `withRules`), in this copy of the library or another one loaded beside it.
 *
 * @example
 * ```ts
 * import { isRulebook, OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
 * isRulebook(OFFICIAL_RULEBOOK); // true
 * isRulebook({ name: 'official', series: {} }); // false
 * ```
 */
export function isRulebook(value: unknown): value is Rulebook {
  return typeof value === 'object' && value !== null && registry().has(value);
}

/** @internal Meta data of a rulebook. */
export interface RulebookMeta {
  readonly version: string;
  readonly verifiedThrough: IsoDate | null;
}

/** @internal The official data's version and check date. */
export const OFFICIAL_META: RulebookMeta = { version: DATA_VERSION, verifiedThrough: VERIFIED_THROUGH };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * @internal Freezes and registers a rulebook from series that are already checked (the official data
 * is checked by a test; `createRulebook` checks its input first). The series objects become part of
 * the rulebook: pass copies of anything a caller may still hold.
 */
export function sealRulebook(name: string, series: readonly AnyRuleSeries[], meta: RulebookMeta): Rulebook {
  const byId: Record<string, AnyRuleSeries> = {};
  for (const s of series) byId[s.id] = s;
  const book = deepFreeze({
    name,
    version: meta.version,
    verifiedThrough: meta.verifiedThrough,
    series: byId,
  }) as unknown as Rulebook;
  registry().add(book);
  return book;
}

/**
 * @internal A series with one prebuilt, frozen reference per version and, for a series whose law sets a
 * new value on a rhythm and whose last version is open-ended, the day from which that last version is
 * stale and the stale reference returned from then on.
 */
interface Indexed {
  readonly series: RuleSeries;
  readonly refs: readonly RuleRef[];
  readonly staleFrom?: IsoDate | undefined;
  readonly staleRef?: RuleRef | undefined;
}

const indexes = new WeakMap<Rulebook, Map<string, Indexed>>();

/** @internal The series `id` of a rulebook with its prebuilt references, or `undefined`. */
export function indexedSeries<K extends RuleId>(
  rulebook: Rulebook,
  id: K,
):
  | {
      readonly series: RuleSeries<K>;
      readonly refs: readonly RuleRef<RuleCatalog[K]>[];
      readonly staleFrom?: IsoDate | undefined;
      readonly staleRef?: RuleRef<RuleCatalog[K]> | undefined;
    }
  | undefined {
  let perBook = indexes.get(rulebook);
  if (!perBook) {
    perBook = new Map();
    indexes.set(rulebook, perBook);
  }
  let hit: Indexed | undefined = perBook.get(id);
  if (!hit) {
    if (!Object.hasOwn(rulebook.series, id)) return undefined;
    const s = rulebook.series[id] as RuleSeries | undefined;
    if (!s) return undefined;
    const refs = s.versions.map((v) =>
      Object.freeze({
        id: s.id,
        title: s.title,
        value: v.value,
        from: v.from,
        to: v.to,
        citations: v.citations,
        confidence: v.confidence,
        note: v.note,
      }),
    );
    hit = { series: s, refs: refs as readonly RuleRef[], ...staleness(s, refs as readonly RuleRef[]) };
    perBook.set(id, hit);
  }
  return hit as unknown as {
    series: RuleSeries<K>;
    refs: readonly RuleRef<RuleCatalog[K]>[];
    staleFrom?: IsoDate;
    staleRef?: RuleRef<RuleCatalog[K]>;
  };
}

function staleness(
  s: RuleSeries,
  refs: readonly RuleRef[],
): { readonly staleFrom: IsoDate; readonly staleRef: RuleRef } | Record<string, never> {
  const last = s.versions[s.versions.length - 1];
  const lastRef = refs[refs.length - 1];
  if (s.rhythm?.kind !== 'reset' || !last || !lastRef || last.to !== undefined) return {};
  const due = nextDue(last.from, s.rhythm);
  const staleRef: RuleRef = Object.freeze({
    ...lastRef,
    confidence: 'U',
    stale: Object.freeze({ due, publishedBy: s.rhythm.publishedBy }),
  });
  return { staleFrom: due, staleRef };
}
