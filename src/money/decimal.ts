/**
 * The library's private decimal.js constructor. It is a clone with its own defaults, so a host app that
 * calls `Decimal.set(...)` on the global constructor cannot change any result of this library.
 *
 * @internal
 * @module
 */
import { Decimal } from 'decimal.js';

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

/**
 * @internal The bounds of a decimal given as text or as a number, anywhere the library accepts a
 * rate, share, weight or growth: at most 30 significant digits, no digit beyond the 30th decimal place,
 * a magnitude below 10^31; text is a plain decimal (`"0.0024"`, `"-0.0207"`, no exponent) of at most
 * 64 characters. A number must also be finite and at most `Number.MAX_SAFE_INTEGER` in magnitude. The bounds cover
 * every legal rate and share with room to spare, and keep every computation on them small.
 */
export const DECIMAL_LIMITS: {
  readonly maxLength: 64;
  readonly maxSignificantDigits: 30;
  readonly maxDecimalPlaces: 30;
  readonly maxExponent: 30;
} = Object.freeze({ maxLength: 64, maxSignificantDigits: 30, maxDecimalPlaces: 30, maxExponent: 30 });

/** @internal The message of an issue about a decimal outside {@link DECIMAL_LIMITS}. */
export const DECIMAL_MESSAGE =
  'must be a plain decimal such as "0.0024" (at most 30 significant digits and 30 decimal places, below 10^31)';

const DECIMAL_RE = /^-?\d+(?:\.\d+)?$/;

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
  } else if (typeof value === 'string') {
    if (value.length > DECIMAL_LIMITS.maxLength || !DECIMAL_RE.test(value)) return undefined;
    d = new Dec(value);
  } else return undefined;
  if (d.isZero()) return new Dec(0);
  if (
    d.sd() > DECIMAL_LIMITS.maxSignificantDigits ||
    d.decimalPlaces() > DECIMAL_LIMITS.maxDecimalPlaces ||
    d.e > DECIMAL_LIMITS.maxExponent
  )
    return undefined;
  return d;
}

/** @internal A decimal as the exact fraction `num / den` with `den` a power of ten. */
export function fractionOf(d: Dec): { readonly num: bigint; readonly den: bigint } {
  const [int = '0', frac = ''] = d.abs().toFixed().split('.');
  const num = BigInt(int + frac);
  return { num: d.isNegative() ? -num : num, den: 10n ** BigInt(frac.length) };
}
