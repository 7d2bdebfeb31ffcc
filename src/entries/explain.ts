/**
 * The one `explain`: renders any result of the library as readable lines in Indonesian or English,
 * with the article, window and confidence of every rule behind each number.
 *
 * @packageDocumentation
 * @module jamsostek/explain
 * @group Entry points
 */

export { explain } from '../explain/explain.ts';
export { type ExplainOptions, formatCitation } from '../explain/render.ts';
export type { JamsostekResult, JamsostekResultKind } from '../explain/result.ts';
