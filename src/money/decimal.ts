/**
 * The library's private decimal.js constructor. It is a clone with its own defaults, so a host app that
 * calls `Decimal.set(...)` on the global constructor cannot change any result of this library.
 *
 * @internal
 * @module
 */
import { Decimal } from 'decimal.js';
import { DECIMAL_LIMITS, isDecimalText } from './decimal-text.ts';

/** @internal Private Decimal constructor: 40 significant digits, half-up, immune to global `Decimal.set`. */
export const Dec: typeof Decimal = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/** @internal A decimal value from the private constructor. */
export type Dec = Decimal;

export {
  DECIMAL_LIMITS,
  DECIMAL_MESSAGE,
  isDecimalText,
} from './decimal-text.ts';

/**
 * @internal The one parser of decimal text (and numbers) of the library: the exact value, or
 * `undefined` for anything outside {@link DECIMAL_LIMITS} (wrong type, `NaN`, `"1e-400000000"`, 400
 * digits …). Zero is always `+0`.
 */
export function parseDecimalText(value: unknown): Dec | undefined {
  let d: Dec;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return undefined;
    d = new Dec(value);
    if (d.sd() > DECIMAL_LIMITS.maxSignificantDigits || d.decimalPlaces() > DECIMAL_LIMITS.maxDecimalPlaces)
      return undefined;
  } else if (isDecimalText(value)) d = new Dec(value);
  else return undefined;
  return d.isZero() ? new Dec(0) : d;
}

/** @internal A decimal as the exact fraction `num / den` with `den` a power of ten. */
export function fractionOf(d: Dec): { readonly num: bigint; readonly den: bigint } {
  const [int = '0', frac = ''] = d.abs().toFixed().split('.');
  const num = BigInt(int + frac);
  return { num: d.isNegative() ? -num : num, den: 10n ** BigInt(frac.length) };
}
