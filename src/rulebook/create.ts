/**
 * Building and checking rulebooks.
 *
 * @module
 */
import { type InputIssue, JamsostekError } from '../errors.ts';
import { isIsoDate } from '../period/iso-date.ts';
import { type Citation, CONFIDENCE_LEVELS, type Rulebook, type RuleSeries } from './types.ts';

const RATE_RE = /^\d+(\.\d+)?$/;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** @internal Every problem of one series, with paths under `series.<id>`. */
export function checkSeries(series: RuleSeries, issues: InputIssue[]): void {
  const base = ['series', series.id];
  if (!series.id) issues.push({ path: base, message: 'series id must not be empty', received: series.id });
  if (!series.title?.id || !series.title?.en)
    issues.push({
      path: [...base, 'title'],
      message: 'needs an Indonesian and an English title',
      received: series.title,
    });
  if (!Array.isArray(series.versions) || series.versions.length === 0) {
    issues.push({
      path: [...base, 'versions'],
      message: 'needs at least one version',
      received: series.versions,
    });
    return;
  }
  series.versions.forEach((v, i) => {
    const p = [...base, 'versions', i];
    if (!isIsoDate(v.from))
      issues.push({ path: [...p, 'from'], message: 'must be a YYYY-MM-DD date', received: v.from });
    if (v.to !== undefined && !isIsoDate(v.to))
      issues.push({ path: [...p, 'to'], message: 'must be a YYYY-MM-DD date', received: v.to });
    if (v.to !== undefined && isIsoDate(v.from) && v.to <= v.from)
      issues.push({ path: [...p, 'to'], message: `must be after from (${v.from})`, received: v.to });
    if (!Array.isArray(v.citations) || v.citations.length === 0)
      issues.push({
        path: [...p, 'citations'],
        message: 'every version must cite its legal basis',
        received: v.citations,
      });
    else
      v.citations.forEach((c: Citation, j: number) => {
        if (!c?.instrument || !c?.article)
          issues.push({
            path: [...p, 'citations', j],
            message: 'needs an instrument and an article',
            received: c,
          });
      });
    if (!CONFIDENCE_LEVELS.includes(v.confidence))
      issues.push({ path: [...p, 'confidence'], message: 'must be A, B, C or U', received: v.confidence });
    if (series.unit === 'rate' && !(typeof v.value === 'string' && RATE_RE.test(v.value)))
      issues.push({
        path: [...p, 'value'],
        message: 'a rate must be a decimal string such as "0.0024"',
        received: v.value,
      });
    if (series.unit === 'rupiah' && !(typeof v.value === 'number' && Number.isSafeInteger(v.value)))
      issues.push({ path: [...p, 'value'], message: 'an amount must be whole rupiah', received: v.value });
    const next = series.versions[i + 1];
    if (next) {
      if (next.from <= v.from)
        issues.push({
          path: [...p, 'from'],
          message: `versions must be sorted by from (next starts ${next.from})`,
          received: v.from,
        });
      else if (v.to === undefined || v.to > next.from)
        issues.push({
          path: [...p, 'to'],
          message: `overlaps the next version, which starts ${next.from}`,
          received: v.to,
        });
      else if (v.to < next.from)
        issues.push({
          path: [...p, 'to'],
          message: `leaves a gap before the next version, which starts ${next.from}`,
          received: v.to,
        });
    }
  });
}

/**
 * Builds a rulebook from rule series after checking every one of them: each version has a valid window
 * and at least one citation, a known confidence, and a value of the series' unit; versions are sorted,
 * do not overlap and leave no gap. The result is deeply frozen. Throws `INVALID_RULEBOOK` listing every
 * problem.
 *
 * @example
 * ```ts
 * import { createRulebook } from 'jamsostek';
 * const rb = createRulebook('my-rules', [{
 *   id: 'demo.rate', title: { id: 'Tarif', en: 'Rate' }, unit: 'rate', keyedBy: 'date',
 *   versions: [{ from: '2020-01-01', value: '0.01', confidence: 'A',
 *                citations: [{ instrument: 'PP 1/2020', article: 'Pasal 1' }] }],
 * }]);
 * ```
 */
export function createRulebook(name: string, series: readonly RuleSeries[]): Rulebook {
  const issues: InputIssue[] = [];
  const byId: Record<string, RuleSeries> = {};
  for (const s of series) {
    if (Object.hasOwn(byId, s.id))
      issues.push({ path: ['series', s.id], message: 'duplicate series id', received: s.id });
    checkSeries(s, issues);
    byId[s.id] = structuredClone(s);
  }
  if (issues.length) {
    throw new JamsostekError(
      'INVALID_RULEBOOK',
      `Rulebook '${name}' is invalid: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      { issues },
    );
  }
  return deepFreeze({ name, series: byId });
}
