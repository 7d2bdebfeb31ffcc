/**
 * Combining confidence levels.
 *
 * @module
 */
import type { Confidence } from './types.ts';

const RANK: Readonly<Record<Confidence, number>> = { A: 0, B: 1, C: 2, U: 3 };

/**
 * The weakest of some confidence levels (`A` strongest, `U` weakest); `A` for none. A result is only
 * as sure as the least certain rule it used.
 *
 * @example
 * ```ts
 * import { weakestConfidence } from 'jamsostek';
 * weakestConfidence(['A', 'C', 'B']); // 'C'
 * ```
 */
export function weakestConfidence(levels: Iterable<Confidence>): Confidence {
  let weakest: Confidence = 'A';
  for (const c of levels) if (RANK[c] > RANK[weakest]) weakest = c;
  return weakest;
}
