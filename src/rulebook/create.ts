/**
 * Building and checking rulebooks.
 *
 * @module
 */
import { type InputIssue, JamsostekError, showValue } from '../errors.ts';
import { isIsoDate } from '../period/iso-date.ts';
import { toIssues } from '../schemas/validate.ts';
import { type RulebookMeta, sealRulebook } from './brand.ts';
import type { RuleId } from './catalog.ts';
import { ruleValueShapes } from './catalog-values.ts';
import { CONFIDENCE_LEVELS } from './confidence.ts';
import type { AnyRuleSeries, Confidence, Rulebook } from './types.ts';

const UNITS = ['rate', 'rupiah', 'months', 'years', 'count', 'flag', 'table', 'text'];
const KEYS = ['contribution-month', 'event-date', 'date'];
const SERIES_KEYS = new Set(['id', 'title', 'unit', 'keyedBy', 'versions', 'rhythm']);
const RHYTHM_KEYS = new Set(['kind', 'everyYears', 'month', 'publishedBy']);

function isText(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v['id'] === 'string' &&
    v['id'] !== '' &&
    typeof v['en'] === 'string' &&
    v['en'] !== ''
  );
}

function checkRhythm(rhythm: unknown, base: readonly (string | number)[], issues: InputIssue[]): void {
  const p = [...base, 'rhythm'];
  if (!isObject(rhythm)) {
    issues.push({
      path: p,
      message: 'must be a rhythm { kind, everyYears, month, publishedBy }',
      received: rhythm,
    });
    return;
  }
  unknownKeys(rhythm, RHYTHM_KEYS, p, issues);
  if (rhythm['kind'] !== 'reset' && rhythm['kind'] !== 'review')
    issues.push({ path: [...p, 'kind'], message: "must be 'reset' or 'review'", received: rhythm['kind'] });
  const every = rhythm['everyYears'];
  if (typeof every !== 'number' || !Number.isInteger(every) || every < 1 || every > 10)
    issues.push({
      path: [...p, 'everyYears'],
      message: 'must be a whole number of years from 1 to 10',
      received: every,
    });
  const month = rhythm['month'];
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12)
    issues.push({ path: [...p, 'month'], message: 'must be a month number from 1 to 12', received: month });
  if (!isText(rhythm['publishedBy']))
    issues.push({
      path: [...p, 'publishedBy'],
      message: 'needs an Indonesian and an English text',
      received: rhythm['publishedBy'],
    });
}
const VERSION_KEYS = new Set(['from', 'to', 'value', 'citations', 'confidence', 'note']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unknownKeys(
  v: Record<string, unknown>,
  known: Set<string>,
  path: readonly (string | number)[],
  issues: InputIssue[],
): void {
  for (const k of Object.keys(v))
    if (!known.has(k)) issues.push({ path: [...path, k], message: 'is not a known key', received: v[k] });
}

/** @internal Every problem of one series, with paths under `base`. */
export function checkSeries(series: unknown, base: readonly (string | number)[], issues: InputIssue[]): void {
  if (!isObject(series)) {
    issues.push({ path: [...base], message: 'must be a rule series object', received: series });
    return;
  }
  unknownKeys(series, SERIES_KEYS, base, issues);
  const shapes = ruleValueShapes();
  const id = series['id'];
  const known = typeof id === 'string' && Object.hasOwn(shapes, id);
  if (!known)
    issues.push({
      path: [...base, 'id'],
      message: 'is not a rule id of the catalogue (RuleCatalog)',
      received: id,
    });
  const title = series['title'];
  if (
    !isObject(title) ||
    typeof title['id'] !== 'string' ||
    !title['id'] ||
    typeof title['en'] !== 'string' ||
    !title['en']
  )
    issues.push({
      path: [...base, 'title'],
      message: 'needs an Indonesian and an English title',
      received: title,
    });
  if (!UNITS.includes(series['unit'] as string))
    issues.push({
      path: [...base, 'unit'],
      message: `must be one of ${UNITS.join(', ')}`,
      received: series['unit'],
    });
  if (!KEYS.includes(series['keyedBy'] as string))
    issues.push({
      path: [...base, 'keyedBy'],
      message: `must be one of ${KEYS.join(', ')}`,
      received: series['keyedBy'],
    });
  if (series['rhythm'] !== undefined) checkRhythm(series['rhythm'], base, issues);
  const versions = series['versions'];
  if (!Array.isArray(versions) || versions.length === 0) {
    issues.push({ path: [...base, 'versions'], message: 'needs at least one version', received: versions });
    return;
  }
  versions.forEach((v: unknown, i: number) => {
    const p = [...base, 'versions', i];
    if (!isObject(v)) {
      issues.push({ path: p, message: 'must be a rule version object', received: v });
      return;
    }
    unknownKeys(v, VERSION_KEYS, p, issues);
    const from = v['from'];
    const to = v['to'];
    if (!isIsoDate(from))
      issues.push({ path: [...p, 'from'], message: 'must be a YYYY-MM-DD date', received: from });
    if (to !== undefined && !isIsoDate(to))
      issues.push({ path: [...p, 'to'], message: 'must be a YYYY-MM-DD date', received: to });
    if (isIsoDate(to) && isIsoDate(from) && to <= from)
      issues.push({ path: [...p, 'to'], message: `must be after from (${from})`, received: to });
    const citations = v['citations'];
    if (!Array.isArray(citations) || citations.length === 0)
      issues.push({
        path: [...p, 'citations'],
        message: 'every version must cite its legal basis',
        received: citations,
      });
    else
      citations.forEach((c: unknown, j: number) => {
        if (
          !isObject(c) ||
          typeof c['instrument'] !== 'string' ||
          !c['instrument'] ||
          typeof c['article'] !== 'string' ||
          !c['article']
        )
          issues.push({
            path: [...p, 'citations', j],
            message: 'needs an instrument and an article',
            received: c,
          });
      });
    if (!CONFIDENCE_LEVELS.includes(v['confidence'] as Confidence))
      issues.push({ path: [...p, 'confidence'], message: 'must be A, B, C or U', received: v['confidence'] });
    if (v['note'] !== undefined && typeof v['note'] !== 'string')
      issues.push({ path: [...p, 'note'], message: 'must be text', received: v['note'] });
    if (known) {
      const r = shapes[id as RuleId].safeParse(v['value'], { reportInput: true });
      if (!r.success)
        for (const issue of toIssues(r.error.issues))
          issues.push({ ...issue, path: [...p, 'value', ...issue.path] });
    }
    const next: unknown = versions[i + 1];
    if (isObject(next) && isIsoDate(next['from']) && isIsoDate(from)) {
      const nextFrom = next['from'];
      if (nextFrom <= from)
        issues.push({
          path: [...p, 'from'],
          message: `versions must be sorted by from (next starts ${nextFrom})`,
          received: from,
        });
      else if (to === undefined || (isIsoDate(to) && to > nextFrom))
        issues.push({
          path: [...p, 'to'],
          message: `overlaps the next version, which starts ${nextFrom}`,
          received: to,
        });
      else if (isIsoDate(to) && to < nextFrom)
        issues.push({
          path: [...p, 'to'],
          message: `leaves a gap before the next version, which starts ${nextFrom}`,
          received: to,
        });
    }
  });
}

/** @internal Throws `INVALID_RULEBOOK` with every issue. */
export function invalidRulebook(rulebookName: unknown, issues: readonly InputIssue[]): never {
  const name = showValue(rulebookName);
  const shown = issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`);
  const more = issues.length > 20 ? `; … ${issues.length - 20} more` : '';
  throw new JamsostekError('INVALID_RULEBOOK', `Rulebook '${name}' is invalid: ${shown.join('; ')}${more}`, {
    issues,
    details: { rulebook: name },
  });
}

/** @internal Checks series and seals a rulebook of copies of them. */
export function buildRulebook(name: unknown, series: unknown, meta: RulebookMeta, path: string): Rulebook {
  const issues: InputIssue[] = [];
  if (typeof name !== 'string' || name.trim() === '')
    issues.push({ path: ['name'], message: 'must be a non-empty name', received: name });
  if (!Array.isArray(series)) {
    issues.push({ path: [path], message: 'must be an array of rule series', received: series });
    invalidRulebook(name, issues);
  }
  const seen = new Set<string>();
  series.forEach((s: unknown, i: number) => {
    checkSeries(s, [path, i], issues);
    const id = isObject(s) ? s['id'] : undefined;
    if (typeof id === 'string') {
      if (seen.has(id)) issues.push({ path: [path, i, 'id'], message: 'duplicate series id', received: id });
      seen.add(id);
    }
  });
  if (issues.length) invalidRulebook(name, issues);
  return sealRulebook(name as string, structuredClone(series as AnyRuleSeries[]), meta);
}

/**
 * Builds a rulebook from rule series after checking every one of them: each id is a rule of the
 * catalogue and each value has its type; each version has a valid window, at least one citation and a
 * known confidence; versions are sorted, do not overlap and leave no gap; a `rhythm`, if given, has a
 * kind, a period in years, a month and a bilingual publisher. The rulebook holds copies
 * (the caller's objects are not frozen) and is deeply frozen. Throws `INVALID_RULEBOOK` listing every
 * problem. To change a few rules of the official rulebook, use `withRules` instead.
 *
 * @example
 * ```ts
 * import { createRulebook } from 'jamsostek/rulebook';
 * const rb = createRulebook('my-rules', [{
 *   id: 'bpu.jkm.amount', title: { id: 'Iuran JKM BPU', en: 'BPU JKM contribution' }, unit: 'rupiah',
 *   keyedBy: 'contribution-month',
 *   versions: [{ from: '2015-07-01', value: 6800, confidence: 'A',
 *                citations: [{ instrument: 'PP 44/2015', article: 'Pasal 20 ayat (3)' }] }],
 * }]);
 * ```
 */
export function createRulebook(name: string, series: readonly AnyRuleSeries[]): Rulebook {
  return buildRulebook(name, series, { version: 'custom', verifiedThrough: null }, 'series');
}
