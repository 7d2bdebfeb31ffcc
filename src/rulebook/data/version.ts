/**
 * The version of the official rule data and the date through which it was checked against the law.
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../../period/iso-date.ts';

/**
 * @internal The date-based version of the official rule data. A correction of a legal value changes it
 * (see docs/releasing.md); it is stamped into the basis of every result.
 */
export const DATA_VERSION = '2026-12-01';

/**
 * @internal The date through which the official data was last checked against published law.
 */
export const VERIFIED_THROUGH: IsoDate = '2026-12-01';
