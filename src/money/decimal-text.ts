/**
 * The bounds of decimal text, checked without a decimal library (the rulebook checks its rates with it
 * and stays small).
 *
 * @internal
 * @module
 */

/**
 * @internal The bounds of a decimal given as text or as a number, anywhere the library accepts a
 * rate, share, weight or growth: at most 30 significant digits, no digit beyond the 30th decimal place,
 * a magnitude below 10^31; text is a plain decimal (`"0.0024"`, `"-0.0207"`, no exponent) of at most
 * 64 characters. A number must also be finite and at most `Number.MAX_SAFE_INTEGER` in magnitude. The
 * bounds cover every legal rate and share with room to spare, and keep every computation on them small.
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

const DECIMAL_RE = /^-?(\d+)(?:\.(\d+))?$/;

/** @internal True when `value` is decimal text within {@link DECIMAL_LIMITS}. */
export function isDecimalText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > DECIMAL_LIMITS.maxLength) return false;
  const m = DECIMAL_RE.exec(value);
  if (!m) return false;
  const int = (m[1] ?? '').replace(/^0+/, '');
  const frac = (m[2] ?? '').replace(/0+$/, '');
  // Significant digits: from the first non-zero digit to the last non-zero one.
  const digits = (int + frac).replace(/^0+/, '').replace(/0+$/, '');
  return (
    frac.length <= DECIMAL_LIMITS.maxDecimalPlaces &&
    int.length <= DECIMAL_LIMITS.maxExponent + 1 &&
    digits.length <= DECIMAL_LIMITS.maxSignificantDigits
  );
}
