/**
 * What-if rulebooks: replace or splice some series without touching the official one.
 *
 * @module
 */
import { type InputIssue, JamsostekError } from '../errors.ts';
import { createRulebook } from './create.ts';
import type { Rulebook, RuleSeries, RuleVersion } from './types.ts';

/**
 * A change to one series.
 *
 * - `splice` (default): the new versions take over for their own window `[first.from, last.to)`; the
 *   base versions before and after it stay, clipped at the edges. Use it to set a value from a date on
 *   (an official 2026 JP cap) or for a temporary window (a discount extended by a year).
 * - `replace`: the series becomes exactly the given versions.
 *
 * A series id that the base does not have is added; then `title`, `unit` and `keyedBy` are required.
 */
export interface RuleOverlay {
  /** The series id. */
  readonly id: string;
  /** How the versions combine with the base series. Default `'splice'`. */
  readonly mode?: 'splice' | 'replace' | undefined;
  /** The new versions, sorted. */
  readonly versions: readonly RuleVersion[];
  /** Title for a new series (or to retitle an existing one). */
  readonly title?: RuleSeries['title'] | undefined;
  /** Unit for a new series. */
  readonly unit?: RuleSeries['unit'] | undefined;
  /** Key for a new series. */
  readonly keyedBy?: RuleSeries['keyedBy'] | undefined;
}

function splice(base: readonly RuleVersion[], add: readonly RuleVersion[]): RuleVersion[] {
  const first = add[0];
  const last = add[add.length - 1];
  if (!first || !last) return [...base];
  const start = first.from;
  const end = last.to;
  const out: RuleVersion[] = [];
  for (const v of base) {
    if (v.from < start) out.push(v.to === undefined || v.to > start ? { ...v, to: start } : v);
  }
  out.push(...add);
  if (end !== undefined) {
    for (const v of base) {
      if (v.to === undefined || v.to > end) {
        if (v.from >= end) out.push(v);
        else out.push({ ...v, from: end });
      }
    }
  }
  return out;
}

/**
 * Returns a new rulebook in which the given series are spliced or replaced. The base rulebook (for
 * example the official one) does not change; the new one is checked like any other rulebook.
 *
 * @example
 * ```ts
 * import { bpuContribution, withRules } from 'jamsostek';
 * import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
 * // What if PP 50/2025 also applied to APBD-funded workers?
 * const scenario = withRules(OFFICIAL_RULEBOOK, [{
 *   id: 'bpu.pp50.excluded-payers',
 *   versions: [{ from: '2025-12-22', value: [], confidence: 'U',
 *                citations: [{ instrument: 'scenario', article: 'no payer excluded' }] }],
 * }], 'pp50-for-everyone');
 * bpuContribution({ month: '2026-11', declaredIncome: 1000000, payer: 'APBD', rulebook: scenario }).total; // 8400
 * ```
 */
export function withRules(base: Rulebook, overlays: readonly RuleOverlay[], name?: string): Rulebook {
  const issues: InputIssue[] = [];
  const series: Record<string, RuleSeries> = { ...base.series };
  overlays.forEach((o, i) => {
    const existing = series[o.id];
    if (!existing && (!o.title || !o.unit || !o.keyedBy)) {
      issues.push({
        path: ['overlays', i],
        message: `new series '${o.id}' needs title, unit and keyedBy`,
        received: o.id,
      });
      return;
    }
    const versions =
      o.mode === 'replace' || !existing ? [...o.versions] : splice(existing.versions, o.versions);
    series[o.id] = {
      id: o.id,
      title: o.title ?? (existing as RuleSeries).title,
      unit: o.unit ?? (existing as RuleSeries).unit,
      keyedBy: o.keyedBy ?? (existing as RuleSeries).keyedBy,
      versions,
    };
  });
  if (issues.length) {
    throw new JamsostekError('INVALID_RULEBOOK', issues.map((i) => i.message).join('; '), { issues });
  }
  return createRulebook(name ?? `${base.name}+overlay`, Object.values(series));
}
