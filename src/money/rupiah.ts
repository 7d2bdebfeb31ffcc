/**
 * Whole-rupiah amounts: safe-integer `number`s, guarded.
 *
 * @module
 */
import { JamsostekError } from '../errors.ts';

/**
 * An amount of money in whole rupiah. Always a safe integer (`Number.isSafeInteger`); the library
 * throws `OUT_OF_RANGE` rather than return an amount that cannot be represented exactly.
 */
export type Rupiah = number;

/**
 * True when `value` is a whole-rupiah amount the library accepts: a safe integer.
 *
 * @example
 * ```ts
 * import { isRupiah } from 'jamsostek';
 * isRupiah(16800); // true
 * isRupiah(0.5); // false
 * ```
 */
export function isRupiah(value: unknown): value is Rupiah {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** @internal Throws `OUT_OF_RANGE` unless `value` is a safe integer. */
export function checkRupiah(value: number, what: string): Rupiah {
  if (!Number.isSafeInteger(value)) {
    throw new JamsostekError('OUT_OF_RANGE', `${what} (${String(value)}) is not a safe whole-rupiah amount`, {
      details: { what, value },
    });
  }
  return value;
}
