/**
 * What-if rulebooks: replace or splice some series without touching the official one.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { isRulebook } from './brand.ts';
import type { RuleCatalog, RuleId } from './catalog.ts';
import { buildRulebook, invalidRulebook } from './create.ts';
import type { AnyRuleSeries, Rulebook, RuleSeries, RuleVersion } from './types.ts';

/**
 * A change to one series of the base rulebook, with versions typed by the rule catalogue.
 *
 * - `splice` (default): the new versions take over for their own window `[first.from, last.to)`; the
 *   base versions before and after it stay, clipped at the edges. Use it to set a value from a date on
 *   (an official JP cap) or for a temporary window (a discount extended by a year).
 * - `replace`: the series becomes exactly the given versions.
 */
export type RuleOverlay = {
  readonly [K in RuleId]: {
    /** The series id. */
    readonly id: K;
    /** How the versions combine with the base series. Default `'splice'`. */
    readonly mode?: 'splice' | 'replace' | undefined;
    /** The new versions, sorted. */
    readonly versions: readonly RuleVersion<RuleCatalog[K]>[];
  };
}[RuleId];

function splice<V>(base: readonly RuleVersion<V>[], add: readonly RuleVersion<V>[]): RuleVersion<V>[] {
  const first = add[0];
  const last = add[add.length - 1];
  if (!first || !last) return [...base];
  const start = first.from;
  const end = last.to;
  const out: RuleVersion<V>[] = [];
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

const OVERLAY_KEYS = new Set(['id', 'mode', 'versions']);

/**
 * Returns a new rulebook in which the given series are spliced or replaced. The base rulebook (for
 * example the official one) does not change; the new one is checked like any other rulebook (every
 * value against the rule catalogue), keeps the base's data version, and holds copies of the overlay's
 * objects. Throws `INVALID_RULEBOOK` listing every problem (an unknown id, a value of the wrong shape,
 * a gap, a missing citation).
 *
 * @example
 * ```ts
 * import { bpuContribution } from 'jamsostek';
 * import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
 * // What if PP 50/2025 also applied to APBD-funded workers?
 * const scenario = withRules(OFFICIAL_RULEBOOK, [{
 *   id: 'bpu.pp50.excluded-payers',
 *   versions: [{ from: '2025-12-22', value: [], confidence: 'U',
 *                citations: [{ instrument: 'scenario', article: 'no payer excluded' }] }],
 * }], 'pp50-for-everyone');
 * bpuContribution({ month: '2026-11', declaredIncome: 1000000, fundingSource: 'APBD', rulebook: scenario }).total; // 8400
 * ```
 */
export function withRules(base: Rulebook, overlays: readonly RuleOverlay[], name?: string): Rulebook {
  const issues: InputIssue[] = [];
  if (!isRulebook(base))
    invalidInput(
      [
        {
          path: ['base'],
          message: 'must be a rulebook made by the library (OFFICIAL_RULEBOOK, createRulebook or withRules)',
          received: base,
        },
      ],
      'withRules arguments',
    );
  const newName = name ?? `${base.name}+overlay`;
  if (!Array.isArray(overlays)) {
    invalidRulebook(newName, [
      { path: ['overlays'], message: 'must be an array of overlays', received: overlays },
    ]);
  }
  const series = new Map<string, AnyRuleSeries>(
    Object.values(base.series as Record<string, AnyRuleSeries>).map((s) => [s.id, s]),
  );
  overlays.forEach((o: unknown, i: number) => {
    const path = ['overlays', i];
    if (typeof o !== 'object' || o === null || Array.isArray(o)) {
      issues.push({ path, message: 'must be an overlay object { id, versions, mode? }', received: o });
      return;
    }
    const ov = o as Record<string, unknown>;
    for (const k of Object.keys(ov))
      if (!OVERLAY_KEYS.has(k))
        issues.push({ path: [...path, k], message: 'is not a known key', received: ov[k] });
    const id = ov['id'];
    const existing = typeof id === 'string' && Object.hasOwn(base.series, id) ? series.get(id) : undefined;
    if (!existing) {
      issues.push({
        path: [...path, 'id'],
        message: `is not a series of rulebook '${base.name}' (the catalogue's ids: RuleCatalog)`,
        received: id,
      });
      return;
    }
    if (ov['mode'] !== undefined && ov['mode'] !== 'splice' && ov['mode'] !== 'replace')
      issues.push({
        path: [...path, 'mode'],
        message: "must be 'splice' or 'replace'",
        received: ov['mode'],
      });
    const versions = ov['versions'];
    if (!Array.isArray(versions) || versions.length === 0) {
      issues.push({ path: [...path, 'versions'], message: 'needs at least one version', received: versions });
      return;
    }
    const bad = versions.findIndex(
      (v: unknown) =>
        typeof v !== 'object' ||
        v === null ||
        typeof (v as RuleVersion).from !== 'string' ||
        ((v as RuleVersion).to !== undefined && typeof (v as RuleVersion).to !== 'string'),
    );
    if (bad >= 0) {
      issues.push({
        path: [...path, 'versions', bad],
        message: 'must be a version object with from (and to) dates',
        received: versions[bad],
      });
      return;
    }
    const merged =
      ov['mode'] === 'replace'
        ? [...versions]
        : splice(
            (existing as RuleSeries).versions as readonly RuleVersion<unknown>[],
            versions as RuleVersion<unknown>[],
          );
    series.set(existing.id, { ...existing, versions: merged } as AnyRuleSeries);
  });
  if (issues.length) invalidRulebook(newName, issues);
  return buildRulebook(
    newName,
    [...series.values()],
    { version: base.version, verifiedThrough: base.verifiedThrough },
    'series',
  );
}
