/**
 * Finding the rule version in force on a date or in a contribution month.
 *
 * @module
 */
import { JamsostekError } from '../errors.ts';
import { isIsoDate } from '../period/iso-date.ts';
import { isYearMonth } from '../period/year-month.ts';
import type { Rulebook, RuleRef, RuleSeries } from './types.ts';

const cache = new WeakMap<Rulebook, Map<string, RuleRef | null>>();

function toDate(at: string): string {
  if (isIsoDate(at)) return at;
  if (isYearMonth(at)) return `${at}-01`;
  throw new JamsostekError('INVALID_INPUT', `Not a date or month: ${String(at)}`, {
    issues: [{ path: [], message: 'must be YYYY-MM-DD or YYYY-MM', received: at }],
  });
}

function seriesOf(rulebook: Rulebook, id: string): RuleSeries {
  const s = rulebook.series[id];
  if (!s) {
    throw new JamsostekError('RULE_NOT_IN_FORCE', `Rulebook '${rulebook.name}' has no rule '${id}'`, {
      details: { rule: id, rulebook: rulebook.name },
    });
  }
  return s;
}

/**
 * The version of rule `id` in force at `at` (a date, or a month meaning its first day), or `undefined`
 * when none is. Lookups are cached per rulebook.
 *
 * @example
 * ```ts
 * import { findRule } from 'jamsostek';
 * import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
 * findRule(OFFICIAL_RULEBOOK, 'bpu.pp50.other', '2026-05')?.value; // the PP 50/2025 discount in force
 * findRule(OFFICIAL_RULEBOOK, 'bpu.pp50.other', '2027-05'); // undefined
 * ```
 */
export function findRule(rulebook: Rulebook, id: string, at: string): RuleRef | undefined {
  let perBook = cache.get(rulebook);
  if (!perBook) {
    perBook = new Map();
    cache.set(rulebook, perBook);
  }
  const key = `${id}|${at}`;
  const hit = perBook.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const date = toDate(at);
  const s = seriesOf(rulebook, id);
  let found: RuleRef | null = null;
  for (const v of s.versions) {
    if (v.from <= date && (v.to === undefined || date < v.to)) {
      found = Object.freeze({
        id: s.id,
        title: s.title,
        value: v.value,
        from: v.from,
        to: v.to,
        citations: v.citations,
        confidence: v.confidence,
        note: v.note,
      });
      break;
    }
  }
  perBook.set(key, found);
  return found ?? undefined;
}

/**
 * The version of rule `id` in force at `at`. Throws `RULE_NOT_IN_FORCE`, naming the rule and the date,
 * when the date is before the first version or after an end without successor: the library never
 * answers with a silent zero.
 *
 * @example
 * ```ts
 * import { ruleAt } from 'jamsostek';
 * import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
 * ruleAt(OFFICIAL_RULEBOOK, 'bpu.jkm.amount', '2025-09').value; // 6800
 * ```
 */
export function ruleAt(rulebook: Rulebook, id: string, at: string): RuleRef {
  const found = findRule(rulebook, id, at);
  if (!found) {
    const s = seriesOf(rulebook, id);
    const first = s.versions[0]?.from;
    throw new JamsostekError(
      'RULE_NOT_IN_FORCE',
      `Rule '${id}' (${s.title.en}) is not in force at ${at} in rulebook '${rulebook.name}' (first version from ${String(first)})`,
      { details: { rule: id, at, rulebook: rulebook.name } },
    );
  }
  return found;
}
