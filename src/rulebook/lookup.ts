/**
 * Finding the rule version in force on a date or in a contribution month.
 *
 * @module
 */
import { type InputIssue, invalidInput, JamsostekError } from '../errors.ts';
import { type IsoDate, isIsoDate } from '../period/iso-date.ts';
import { isYearMonth, type YearMonth } from '../period/year-month.ts';
import { indexedSeries, isRulebook } from './brand.ts';
import type { RuleCatalog, RuleId } from './catalog.ts';
import type { Rulebook, RuleRef } from './types.ts';

/**
 * @internal The version of rule `id` in force at `at` on trusted arguments (calculators call it after
 * validating their input). Throws `RULE_NOT_IN_FORCE` when the rulebook lacks the series.
 */
export function lookupRule<K extends RuleId>(
  rulebook: Rulebook,
  id: K,
  at: YearMonth | IsoDate,
): RuleRef<RuleCatalog[K]> | undefined {
  const hit = indexedSeries(rulebook, id);
  if (!hit) {
    throw new JamsostekError('RULE_NOT_IN_FORCE', `Rulebook '${rulebook.name}' has no rule '${id}'`, {
      details: { rule: id, at, rulebook: rulebook.name },
    });
  }
  const date = at.length === 7 ? `${at}-01` : at;
  const { versions } = hit.series;
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i] as (typeof versions)[number];
    if (v.from <= date && (v.to === undefined || date < v.to)) {
      // Past the day the next version of a rhythmic series was due: the last value, marked stale.
      if (hit.staleFrom !== undefined && date >= hit.staleFrom && i === versions.length - 1)
        return hit.staleRef;
      return hit.refs[i];
    }
  }
  return undefined;
}

/** @internal {@link lookupRule} that throws `RULE_NOT_IN_FORCE` when no version is in force. */
export function requireRule<K extends RuleId>(
  rulebook: Rulebook,
  id: K,
  at: YearMonth | IsoDate,
): RuleRef<RuleCatalog[K]> {
  const found = lookupRule(rulebook, id, at);
  if (!found) {
    const s = indexedSeries(rulebook, id)?.series;
    const first = s?.versions[0]?.from;
    throw new JamsostekError(
      'RULE_NOT_IN_FORCE',
      `Rule '${id}' (${s?.title.en ?? id}) is not in force at ${at} in rulebook '${rulebook.name}' (first version from ${String(first)})`,
      { details: { rule: id, at, rulebook: rulebook.name } },
    );
  }
  return found;
}

function checkArgs(rulebook: unknown, id: unknown, at: unknown, what: string): void {
  const issues: InputIssue[] = [];
  if (!isRulebook(rulebook))
    issues.push({
      path: ['rulebook'],
      message: 'must be a rulebook made by the library (OFFICIAL_RULEBOOK, createRulebook or withRules)',
      received: rulebook,
    });
  if (typeof id !== 'string' || id === '')
    issues.push({ path: ['id'], message: 'must be a rule id such as "bpu.jkm.amount"', received: id });
  if (!isYearMonth(at) && !isIsoDate(at))
    issues.push({
      path: ['at'],
      message: 'must be a YYYY-MM month or a YYYY-MM-DD date from 1900 to 2100',
      received: at,
    });
  if (issues.length) invalidInput(issues, what);
}

/**
 * The version of rule `id` in force at `at` (a date, or a month meaning its first day), or `undefined`
 * when none is. For a series whose law sets a new value on a rhythm (`series.rhythm`, e.g. the JP wage
 * cap every March), a date from which the next version was due but is missing returns the last value
 * with confidence `U` and `stale` naming the missing publication. Throws `RULE_NOT_IN_FORCE` when the rulebook has no such rule, `INVALID_INPUT` for
 * bad arguments.
 *
 * @example
 * ```ts
 * import { findRule, OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
 * findRule(OFFICIAL_RULEBOOK, 'bpu.pp50.other', '2026-05')?.value; // '0.5', the PP 50/2025 discount
 * findRule(OFFICIAL_RULEBOOK, 'bpu.pp50.other', '2027-05'); // undefined
 * ```
 */
export function findRule<K extends RuleId>(
  rulebook: Rulebook,
  id: K,
  at: YearMonth | IsoDate,
): RuleRef<RuleCatalog[K]> | undefined {
  checkArgs(rulebook, id, at, 'rule lookup');
  return lookupRule(rulebook, id, at);
}

/**
 * The version of rule `id` in force at `at`, with its value typed by the rule catalogue. Throws
 * `RULE_NOT_IN_FORCE`, naming the rule and the date, when the date is before the first version or
 * after an end without successor: the library never answers with a silent zero. A stale lookup (see
 * `findRule`) returns the last published value with confidence `U` and `stale` set.
 *
 * @example
 * ```ts
 * import { OFFICIAL_RULEBOOK, ruleAt } from 'jamsostek/rulebook';
 * const jkm: number = ruleAt(OFFICIAL_RULEBOOK, 'bpu.jkm.amount', '2025-09').value; // 6800
 * const cap = ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', '2027-03'); // the 2027 cap is not published yet
 * cap.value; // 11086300, the 2026 cap
 * cap.confidence; // 'U'
 * cap.stale?.due; // '2027-03-01'
 * ```
 */
export function ruleAt<K extends RuleId>(
  rulebook: Rulebook,
  id: K,
  at: YearMonth | IsoDate,
): RuleRef<RuleCatalog[K]> {
  checkArgs(rulebook, id, at, 'rule lookup');
  return requireRule(rulebook, id, at);
}

/**
 * @internal The rules of one rulebook in one contribution month, each looked up once and then kept:
 * the calculators that run many times per month (a payroll, a form recomputing on every keystroke)
 * read them from here instead of searching the series on every call. Same answers and same errors as
 * {@link lookupRule} and {@link requireRule}.
 */
export class MonthRules {
  /** The rulebook. */
  readonly rulebook: Rulebook;
  /** The contribution month. */
  readonly month: YearMonth;
  private readonly found = new Map<RuleId, RuleRef | null>();

  constructor(rulebook: Rulebook, month: YearMonth) {
    this.rulebook = rulebook;
    this.month = month;
  }

  /** {@link lookupRule} in this month: the version in force, or `undefined`. */
  find<K extends RuleId>(id: K): RuleRef<RuleCatalog[K]> | undefined {
    let ref = this.found.get(id);
    if (ref === undefined) {
      ref = (lookupRule(this.rulebook, id, this.month) as RuleRef | undefined) ?? null;
      this.found.set(id, ref);
    }
    return (ref ?? undefined) as RuleRef<RuleCatalog[K]> | undefined;
  }

  /** {@link requireRule} in this month: the version in force, or `RULE_NOT_IN_FORCE`. */
  require<K extends RuleId>(id: K): RuleRef<RuleCatalog[K]> {
    return this.find(id) ?? requireRule(this.rulebook, id, this.month);
  }
}

const monthRulesByBook = new WeakMap<Rulebook, Map<string, MonthRules>>();

/** @internal The {@link MonthRules} of a rulebook and month, made once per rulebook and month. */
export function monthRules(rulebook: Rulebook, month: YearMonth): MonthRules {
  let perBook = monthRulesByBook.get(rulebook);
  if (perBook === undefined) {
    perBook = new Map();
    monthRulesByBook.set(rulebook, perBook);
  }
  let rules = perBook.get(month);
  if (rules === undefined) {
    rules = new MonthRules(rulebook, month);
    perBook.set(month, rules);
  }
  return rules;
}
