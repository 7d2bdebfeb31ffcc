/**
 * Combining confidence levels.
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import type { Confidence } from './types.ts';

/** The confidence levels from strongest to weakest. */
export const CONFIDENCE_LEVELS: readonly Confidence[] = Object.freeze(['A', 'B', 'C', 'U']);

const RANK: Readonly<Record<Confidence, number>> = { A: 0, B: 1, C: 2, U: 3 };

/**
 * The weakest of some confidence levels (`'A'` for none): a figure is only as sure as the least sure
 * value it was computed from.
 *
 * @example
 * ```ts
 * import { weakestConfidence } from 'jamsostek/rulebook';
 * weakestConfidence(['A', 'C', 'B']); // 'C'
 * weakestConfidence([]); // 'A'
 * ```
 */
export function weakestConfidence(levels: Iterable<Confidence>): Confidence {
  if (
    levels === null ||
    typeof levels !== 'object' ||
    typeof (levels as Iterable<Confidence>)[Symbol.iterator] !== 'function'
  )
    invalidInput(
      [{ path: [], message: 'must be an array (or iterable) of confidence levels', received: levels }],
      'confidence levels',
    );
  let weakest: Confidence = 'A';
  let i = 0;
  for (const c of levels) {
    const r = RANK[c];
    if (r === undefined || !Object.hasOwn(RANK, c))
      invalidInput([{ path: [i], message: 'must be A, B, C or U', received: c }], 'confidence levels');
    if (r > RANK[weakest]) weakest = c;
    i++;
  }
  return weakest;
}
