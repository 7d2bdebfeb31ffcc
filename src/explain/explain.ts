/**
 * `explain` of the root entry: renders the results the root entry computes.
 *
 * @module
 */
import { JamsostekError } from '../errors.ts';
import type { Explainable } from './basis.ts';
import { rootCatalog } from './catalog.ts';
import { type ExplainOptions, renderExplanation } from './render.ts';

/**
 * Renders the explanation of a result as readable lines: a title, one line per step with the citation
 * and confidence of the rules behind it, the notices, and the legal basis. Nothing is built until this
 * is called.
 *
 * This `explain` (from `'jamsostek'`) knows the results of the root entry, the BPU contributions, and
 * keeps their message text out of bundles that never call it. The `explain` exported by every domain
 * entry (`'jamsostek/payroll'`, `'jamsostek/benefits'`, `'jamsostek/eligibility'`, `'jamsostek/funding'`,
 * `'jamsostek/coverage'`, `'jamsostek/roster'`) renders every result of the library. Given a result it
 * cannot render, this one throws `INVALID_INPUT` naming the result's kind instead of printing message
 * codes.
 *
 * @example
 * ```ts
 * import { bpuContribution, explain } from 'jamsostek';
 * const r = bpuContribution({ month: '2025-09', declaredIncome: 1000000 });
 * console.log(explain(r).join('\n')); // Indonesian
 * console.log(explain(r, { lang: 'en' }).join('\n'));
 * ```
 */
export function explain(result: Explainable, options: ExplainOptions = {}): string[] {
  const catalog = rootCatalog();
  if (!Object.hasOwn(catalog, `title.${result.kind}`)) {
    const message = `explain from 'jamsostek' renders BPU contribution results only; import explain from the domain entry that computed this '${result.kind}' result (any of them renders every result)`;
    throw new JamsostekError('INVALID_INPUT', message, {
      issues: [{ path: ['kind'], message, received: result.kind }],
    });
  }
  return renderExplanation(catalog, result, options);
}
