/**
 * @internal Shorthand for citations in the data modules.
 * @module
 */
import type { Citation } from '../types.ts';

/** @internal */
export function cite(instrument: string, article: string): Citation {
  return { instrument, article };
}
