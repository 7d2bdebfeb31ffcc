/**
 * `explain`: renders any result of the library as readable lines in Indonesian or English.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import type { Basis } from './basis.ts';
import { fullCatalog } from './catalog.ts';
import { derivedRenderers } from './derived.ts';
import { expandedBasis, expansionIssues } from './expand.ts';
import { basisIssues, concernedDate, type ExplainOptions, lookup, renderBasis, titleCode } from './render.ts';
import type { JamsostekResult } from './result.ts';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Renders the explanation of any result of the library as readable lines: a title, one line per step
 * with the citation and confidence of the rules behind it, the notices, the legal basis and the
 * rulebook's data version, and, when the result concerns a month or date after the day its rulebook was
 * last checked against the law (`verifiedThrough`), a line saying so. Nothing is built until this is called. Results with a basis render from
 * it; roster summaries and screenings (which merge across shards and carry the rules they used, not
 * steps) render from their own fields.
 *
 * Anything else than a result of the library is a compile error and, at run time, `INVALID_INPUT`
 * with every problem found.
 *
 * @example
 * ```ts
 * import { bpuContribution } from 'jamsostek';
 * import { explain } from 'jamsostek/explain';
 * const r = bpuContribution({ month: '2025-09', declaredIncome: 1000000 });
 * console.log(explain(r).join('\n')); // Indonesian
 * console.log(explain(r, { lang: 'en' }).join('\n'));
 * ```
 */
export function explain(result: JamsostekResult, options: ExplainOptions = {}): string[] {
  const issues: InputIssue[] = [];
  const opts: unknown = options;
  if (!isObject(opts)) issues.push({ path: ['options'], message: 'must be an object', received: options });
  else {
    const { lang, sources } = opts;
    if (lang !== undefined && lang !== 'id' && lang !== 'en')
      issues.push({ path: ['options', 'lang'], message: "must be 'id' or 'en'", received: lang });
    if (sources !== undefined && typeof sources !== 'boolean')
      issues.push({ path: ['options', 'sources'], message: 'must be true or false', received: sources });
  }
  if (!isObject(result)) {
    issues.push({ path: [], message: 'must be a result of the library', received: result });
    invalidInput(issues, 'explain arguments');
  }
  const kind = result['kind'];
  const catalog = fullCatalog();
  const derived =
    typeof kind === 'string' && Object.hasOwn(derivedRenderers, kind) ? derivedRenderers[kind] : undefined;
  if (!derived && (typeof kind !== 'string' || lookup(catalog, titleCode(kind)) === undefined))
    issues.push({ path: ['kind'], message: 'is not the kind of a result of the library', received: kind });
  const confidence = result['confidence'];
  if (!derived) {
    const problems = basisIssues(result['basis']);
    // (A loop, not a spread: a forged result may have a problem on each of 100.000 lines.)
    for (const i of problems.length ? problems : expansionIssues(result, result['basis'] as Basis))
      issues.push(i);
    if (confidence !== 'A' && confidence !== 'B' && confidence !== 'C' && confidence !== 'U')
      issues.push({ path: ['confidence'], message: 'must be A, B, C or U', received: confidence });
  }
  if (issues.length) invalidInput(issues, 'explain arguments');
  if (derived) return derived(catalog, result, options);
  return renderBasis(
    catalog,
    kind as string,
    expandedBasis(result, result['basis'] as Basis),
    confidence as 'A',
    options,
    concernedDate(result),
  );
}
