/**
 * Exact ratios of whole numbers (covered ÷ working population, share of a program, benefit ÷ premium)
 * and their display with a named rounding mode. Computed with bigint: no floating-point value ever
 * decides a digit.
 *
 * @module
 */
import { type InputIssue, invalidInput, JamsostekError } from '../errors.ts';
import type { Lang } from '../money/format.ts';
import { type RoundingMode, roundFraction } from '../money/rounding.ts';

/**
 * An exact ratio of two whole numbers, as plain JSON data. The terms are kept as given (not reduced),
 * so `{ numerator: 323739, denominator: 1480981 }` still reads as "323.739 of 1.480.981". The numerator
 * is negative only for a difference (see {@link ratioDifference}); the denominator is always positive.
 */
export interface Ratio {
  /** The numerator, a safe integer. */
  readonly numerator: number;
  /** The denominator, a positive safe integer. */
  readonly denominator: number;
}

/** How a ratio is shown: decimal places, rounding mode and language. */
export interface RatioDisplayOptions {
  /** Digits after the decimal separator; default 2. */
  readonly decimals?: number | undefined;
  /** Rounding mode for the last digit; default `'half-up'`. `'down'` truncates. */
  readonly mode?: RoundingMode | undefined;
  /** `'id'` (default): `21,86 %`; `'en'`: `21.86%`. */
  readonly lang?: Lang | undefined;
}

/**
 * Builds a ratio, checking that both terms are safe integers and the denominator is positive. Throws
 * `INVALID_INPUT` otherwise.
 *
 * @example
 * ```ts
 * import { ratio } from 'jamsostek/coverage';
 * ratio(323739, 1480981); // { numerator: 323739, denominator: 1480981 }
 * ```
 */
export function ratio(numerator: number, denominator: number): Ratio {
  const issues: InputIssue[] = [];
  if (!Number.isSafeInteger(numerator))
    issues.push({ path: ['numerator'], message: 'must be a whole number', received: numerator });
  if (!Number.isSafeInteger(denominator) || denominator <= 0)
    issues.push({ path: ['denominator'], message: 'must be a positive whole number', received: denominator });
  if (issues.length) invalidInput(issues, 'ratio');
  return { numerator, denominator };
}

/** The terms as bigints, after checking them (a hand-built `Ratio` may be malformed). */
function big(r: Ratio): [bigint, bigint] {
  const checked = ratio(r?.numerator, r?.denominator);
  return [BigInt(checked.numerator), BigInt(checked.denominator)];
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** @internal A ratio from bigint terms (denominator > 0), reduced, or `OUT_OF_RANGE` if not safe. */
export function fromBig(n: bigint, d: bigint, what: string): Ratio {
  const g = gcd(n, d) || 1n;
  const num = Number(n / g);
  const den = Number(d / g);
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den))
    throw new JamsostekError('OUT_OF_RANGE', `${what} has terms beyond safe integers`, {
      details: { what, value: `${String(n / g)}/${String(d / g)}` },
    });
  return { numerator: num, denominator: den };
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    invalidInput([{ path: ['decimals'], message: 'must be a whole number from 0 to 20', received: decimals }]);
}

/** `r × scale` rounded to `decimals` places, as a plain decimal string with a dot. */
function scaled(r: Ratio, scale: bigint, decimals: number, mode: RoundingMode): string {
  checkDecimals(decimals);
  const [n, d] = big(r);
  const units = roundFraction(n * scale * 10n ** BigInt(decimals), d, mode);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${int}${decimals ? `.${frac}` : ''}`;
}

/**
 * The ratio as a decimal string (a fraction, not a percentage) rounded to `decimals` places with
 * `mode`: `"0.2186"`. Suitable as a rate in a rulebook or a message.
 *
 * @example
 * ```ts
 * import { ratio, ratioToDecimal } from 'jamsostek/coverage';
 * ratioToDecimal(ratio(323739, 1480981), { decimals: 6 }); // '0.218598'
 * ratioToDecimal(ratio(1, 3), { decimals: 2, mode: 'up' }); // '0.34'
 * ```
 */
export function ratioToDecimal(r: Ratio, options: Omit<RatioDisplayOptions, 'lang'> = {}): string {
  return scaled(r, 1n, options.decimals ?? 4, options.mode ?? 'half-up');
}

/**
 * The ratio as a percentage, as a plain decimal string with a dot and no sign: `"21.86"`. Rounded to
 * `decimals` places (default 2) with `mode` (default half-up).
 *
 * @example
 * ```ts
 * import { ratio, ratioPercent } from 'jamsostek/coverage';
 * ratioPercent(ratio(82093, 323739), { decimals: 1, mode: 'down' }); // '25.3'
 * ratioPercent(ratio(82093, 323739), { decimals: 1 }); // '25.4'
 * ```
 */
export function ratioPercent(r: Ratio, options: Omit<RatioDisplayOptions, 'lang'> = {}): string {
  return scaled(r, 100n, options.decimals ?? 2, options.mode ?? 'half-up');
}

function localise(plain: string, lang: Lang): string {
  return lang === 'id' ? plain.replace('.', ',') : plain;
}

/**
 * Shows a ratio as a percentage in Indonesian (`"21,86 %"`) or English (`"21.86%"`) style, rounded to
 * `decimals` places with an explicit `mode`. The same ratio shows differently when truncated and when
 * rounded half-up, and the choice is always the caller's.
 *
 * @example
 * ```ts
 * import { formatPercent, ratio } from 'jamsostek/coverage';
 * formatPercent(ratio(323739, 1480981)); // '21,86 %'
 * formatPercent(ratio(323739, 1480981), { lang: 'en' }); // '21.86%'
 * formatPercent(ratio(82093, 323739), { decimals: 1, mode: 'down' }); // '25,3 %'
 * formatPercent(ratio(82093, 323739), { decimals: 1, mode: 'half-up' }); // '25,4 %'
 * ```
 */
export function formatPercent(r: Ratio, options: RatioDisplayOptions = {}): string {
  const lang = options.lang ?? 'id';
  const plain = localise(ratioPercent(r, options), lang);
  return lang === 'id' ? `${plain} %` : `${plain}%`;
}

/**
 * Shows a ratio as percentage points (a difference of two percentages): `"5,54 poin"` in Indonesian,
 * `"5.54 pp"` in English. Negative differences keep their sign.
 *
 * @example
 * ```ts
 * import { formatPoints, ratio } from 'jamsostek/coverage';
 * formatPoints(ratio(82093, 1480981)); // '5,54 poin'
 * formatPoints(ratio(82093, 1480981), { lang: 'en' }); // '5.54 pp'
 * ```
 */
export function formatPoints(r: Ratio, options: RatioDisplayOptions = {}): string {
  const lang = options.lang ?? 'id';
  const plain = localise(ratioPercent(r, options), lang);
  return lang === 'id' ? `${plain} poin` : `${plain} pp`;
}

/**
 * The ratio in lowest terms.
 *
 * @example
 * ```ts
 * import { ratio, reduceRatio } from 'jamsostek/coverage';
 * reduceRatio(ratio(4392, 10000)); // { numerator: 549, denominator: 1250 }
 * ```
 */
export function reduceRatio(r: Ratio): Ratio {
  const [n, d] = big(r);
  return fromBig(n, d, 'ratio');
}

/**
 * Compares two ratios exactly: `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 *
 * @example
 * ```ts
 * import { compareRatios, ratio } from 'jamsostek/coverage';
 * compareRatios(ratio(1, 3), ratio(2, 6)); // 0
 * compareRatios(ratio(323739, 1480981), ratio(3215, 10000)); // -1
 * ```
 */
export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const [an, ad] = big(a);
  const [bn, bd] = big(b);
  const l = an * bd;
  const r = bn * ad;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * The exact difference `a − b`, in lowest terms: as a percentage it is the difference in percentage
 * points. Negative when `b` is larger. Throws `OUT_OF_RANGE` if the exact result's terms exceed safe
 * integers.
 *
 * @example
 * ```ts
 * import { formatPoints, ratio, ratioDifference } from 'jamsostek/coverage';
 * formatPoints(ratioDifference(ratio(4392, 10000), ratio(3215, 10000))); // '11,77 poin'
 * ```
 */
export function ratioDifference(a: Ratio, b: Ratio): Ratio {
  const [an, ad] = big(a);
  const [bn, bd] = big(b);
  return fromBig(an * bd - bn * ad, ad * bd, 'ratio difference');
}

const RATE_RE = /^(\d+)(?:\.(\d+))?$/;

/**
 * The exact ratio of a non-negative decimal string such as a target `"0.4392"` (43,92 %).
 *
 * @example
 * ```ts
 * import { ratioFromDecimal } from 'jamsostek/coverage';
 * ratioFromDecimal('0.4392'); // { numerator: 4392, denominator: 10000 }
 * ```
 */
export function ratioFromDecimal(value: string): Ratio {
  const m = RATE_RE.exec(value);
  if (!m) invalidInput([{ path: [], message: 'must be a non-negative decimal string', received: value }]);
  const frac = m[2] ?? '';
  const n = BigInt((m[1] ?? '0') + frac);
  const d = 10n ** BigInt(frac.length);
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || d > BigInt(Number.MAX_SAFE_INTEGER))
    invalidInput([{ path: [], message: 'has too many digits', received: value }]);
  return { numerator: Number(n), denominator: Number(d) };
}

/** @internal Smallest whole number `k` with `k / population ≥ r` (i.e. `ceil(r × population)`). */
export function ceilTimes(r: Ratio, population: number): number {
  const [n, d] = big(r);
  return Number(roundFraction(n * BigInt(population), d, 'up'));
}
