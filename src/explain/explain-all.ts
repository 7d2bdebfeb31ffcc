/**
 * `explain` of the domain entries: renders every result of the library.
 *
 * @module
 */
import type { Explainable } from './basis.ts';
import { fullCatalog } from './catalog-all.ts';
import { type ExplainOptions, renderExplanation } from './render.ts';

/**
 * Renders the explanation of any result of the library as readable lines: a title, one line per step
 * with the citation and confidence of the rules behind it, the notices, and the legal basis. Nothing is
 * built until this is called. Every domain entry exports this same function; the root entry's `explain`
 * knows only the BPU contributions.
 *
 * @example
 * ```ts
 * import { explain, jkmBenefit } from 'jamsostek/benefits';
 * const r = jkmBenefit({ deathDate: '2025-06-01', segment: 'PU', membershipStart: '2020-01-01', contributionMonths: 65 });
 * console.log(explain(r).join('\n')); // Indonesian, a letter to the heirs
 * console.log(explain(r, { lang: 'en' }).join('\n'));
 * ```
 */
export function explain(result: Explainable, options: ExplainOptions = {}): string[] {
  return renderExplanation(fullCatalog(), result, options);
}
