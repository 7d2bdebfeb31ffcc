/**
 * Exact ratios of whole numbers (covered ÷ working population, share of a program, benefit ÷ premium)
 * and their display with a named rounding mode. Computed with bigint: no floating-point value ever
 * decides a digit.
 *
 * @module
 */
import { type InputIssue, invalidInput, JamsostekError } from '../errors.ts';
import { DECIMAL_MESSAGE, fractionOf, parseDecimalText } from '../money/decimal.ts';
import type { Lang } from '../money/format.ts';
import { ROUNDING_MODES, type RoundingMode, roundFraction } from '../money/rounding.ts';

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

/**
 * Builds a ratio, checking that both terms are safe integers and the denominator is positive. Throws
 * `INVALID_INPUT` listing every problem otherwise. A zero numerator is `0`, never `-0`.
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
  return { numerator: numerator === 0 ? 0 : numerator, denominator };
}

/** How a ratio is rounded: decimal places and rounding mode. */
export interface RatioRoundingOptions {
  /** Digits after the decimal separator, a whole number from 0 to 20. */
  readonly decimals?: number | undefined;
  /** Rounding mode for the last digit; default `'half-up'`. `'down'` truncates. */
  readonly mode?: RoundingMode | undefined;
}

/** How a ratio is shown: decimal places, rounding mode and language. */
export interface RatioDisplayOptions extends RatioRoundingOptions {
  /**
   * The output language: `'id'` writes a decimal comma (`21,86 %`), `'en'` a decimal point (`21.86%`).
   * `formatPercent` and `formatPoints` default to `'id'`; `ratioPercent` without it gives a plain,
   * machine-readable decimal with a point.
   */
  readonly lang?: Lang | undefined;
}

const LANGS: readonly Lang[] = ['id', 'en'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every problem of a ratio argument, under `path`. */
function ratioIssues(r: unknown, path: string, issues: InputIssue[]): void {
  if (!isObject(r)) {
    issues.push({ path: [path], message: 'must be a ratio { numerator, denominator }', received: r });
    return;
  }
  const { numerator, denominator } = r;
  if (!Number.isSafeInteger(numerator))
    issues.push({ path: [path, 'numerator'], message: 'must be a whole number', received: numerator });
  if (!(Number.isSafeInteger(denominator) && Number(denominator) > 0))
    issues.push({
      path: [path, 'denominator'],
      message: 'must be a positive whole number',
      received: denominator,
    });
}

interface Rounding {
  decimals: number;
  mode: RoundingMode;
  lang: Lang | undefined;
}

/** Every problem of an options argument; the options with their defaults. */
function optionsOf(
  options: unknown,
  defaultDecimals: number,
  withLang: boolean,
  issues: InputIssue[],
): Rounding {
  const out: Rounding = { decimals: defaultDecimals, mode: 'half-up', lang: undefined };
  if (options === undefined) return out;
  if (!isObject(options)) {
    issues.push({ path: ['options'], message: 'must be an object', received: options });
    return out;
  }
  const known = withLang ? ['decimals', 'mode', 'lang'] : ['decimals', 'mode'];
  for (const k of Object.keys(options))
    if (!known.includes(k))
      issues.push({ path: ['options', k], message: 'is not a known key', received: options[k] });
  const { decimals, mode, lang } = options;
  if (decimals !== undefined) {
    if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20)
      out.decimals = decimals;
    else
      issues.push({
        path: ['options', 'decimals'],
        message: 'must be a whole number from 0 to 20',
        received: decimals,
      });
  }
  if (mode !== undefined) {
    const m = ROUNDING_MODES.find((x) => x === mode);
    if (m) out.mode = m;
    else
      issues.push({
        path: ['options', 'mode'],
        message: `must be one of ${ROUNDING_MODES.join(', ')}`,
        received: mode,
      });
  }
  if (withLang && lang !== undefined) {
    const l = LANGS.find((x) => x === lang);
    if (l) out.lang = l;
    else issues.push({ path: ['options', 'lang'], message: "must be 'id' or 'en'", received: lang });
  }
  return out;
}

/** Checks a ratio and options argument together, throwing every problem at once. */
function checked(
  r: Ratio,
  options: unknown,
  defaultDecimals: number,
  withLang: boolean,
  what: string,
): [bigint, bigint, Rounding] {
  const issues: InputIssue[] = [];
  ratioIssues(r, 'ratio', issues);
  const o = optionsOf(options, defaultDecimals, withLang, issues);
  if (issues.length) invalidInput(issues, what);
  return [BigInt(r.numerator), BigInt(r.denominator), o];
}

/** The terms of one ratio argument as bigints, after checking it (a hand-built `Ratio` may be malformed). */
function termsOf(r: Ratio, what: string): [bigint, bigint] {
  const issues: InputIssue[] = [];
  ratioIssues(r, 'ratio', issues);
  if (issues.length) invalidInput(issues, what);
  return [BigInt(r.numerator), BigInt(r.denominator)];
}

/** The terms of two ratio arguments `a` and `b`, after checking both. */
function termsOfBoth(a: Ratio, b: Ratio, what: string): [bigint, bigint, bigint, bigint] {
  const issues: InputIssue[] = [];
  ratioIssues(a, 'a', issues);
  ratioIssues(b, 'b', issues);
  if (issues.length) invalidInput(issues, what);
  return [BigInt(a.numerator), BigInt(a.denominator), BigInt(b.numerator), BigInt(b.denominator)];
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

/**
 * `n / d × scale` rounded to `decimals` places, as a decimal string with a point (or the decimal comma
 * of `'id'`). A value that rounds to zero is `0`, never `-0`.
 */
function scaled(n: bigint, d: bigint, scale: bigint, o: Rounding): string {
  const units = roundFraction(n * scale * 10n ** BigInt(o.decimals), d, o.mode);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(o.decimals + 1, '0');
  const int = digits.slice(0, digits.length - o.decimals);
  const frac = digits.slice(digits.length - o.decimals);
  const point = o.lang === 'id' ? ',' : '.';
  return `${negative ? '-' : ''}${int}${o.decimals ? `${point}${frac}` : ''}`;
}

/**
 * The ratio as a decimal string (a fraction, not a percentage) rounded to `decimals` places (default
 * 4) with `mode` (default half-up): `"0.2186"`. Machine-readable, with a point: suitable as a rate in a
 * rulebook or a target. Throws `INVALID_INPUT` listing every problem of its arguments.
 *
 * @example
 * ```ts
 * import { ratio, ratioToDecimal } from 'jamsostek/coverage';
 * ratioToDecimal(ratio(323739, 1480981), { decimals: 6 }); // '0.218598'
 * ratioToDecimal(ratio(1, 3), { decimals: 2, mode: 'up' }); // '0.34'
 * ```
 */
export function ratioToDecimal(r: Ratio, options?: RatioRoundingOptions): string {
  const [n, d, o] = checked(r, options, 4, false, 'ratioToDecimal arguments');
  return scaled(n, d, 1n, o);
}

/**
 * The ratio as a percentage without the percent sign, rounded to `decimals` places (default 2) with
 * `mode` (default half-up). Without `lang` it is a plain decimal with a point (`"21.86"`); with `lang`
 * it uses that language's decimal separator (`'id'`: `"21,86"`, `'en'`: `"21.86"`). Negative
 * differences keep their sign; a value that rounds to zero is never `-0`. Throws `INVALID_INPUT`
 * listing every problem of its arguments.
 *
 * @example
 * ```ts
 * import { ratio, ratioPercent } from 'jamsostek/coverage';
 * ratioPercent(ratio(82093, 323739), { decimals: 1, mode: 'down' }); // '25.3'
 * ratioPercent(ratio(82093, 323739), { decimals: 1 }); // '25.4'
 * ratioPercent(ratio(82093, 323739), { lang: 'id' }); // '25,36'
 * ```
 */
export function ratioPercent(r: Ratio, options?: RatioDisplayOptions): string {
  const [n, d, o] = checked(r, options, 2, true, 'ratioPercent arguments');
  return scaled(n, d, 100n, o);
}

/**
 * Shows a ratio as a percentage in Indonesian (`"21,86 %"`, the default) or English (`"21.86%"`) style,
 * rounded to `decimals` places (default 2) with an explicit `mode` (default half-up). The same ratio
 * shows differently when truncated and when rounded half-up, and the choice is always the caller's.
 * Throws `INVALID_INPUT` listing every problem of its arguments.
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
export function formatPercent(r: Ratio, options?: RatioDisplayOptions): string {
  const [n, d, o] = checked(r, options, 2, true, 'formatPercent arguments');
  const lang = o.lang ?? 'id';
  const plain = scaled(n, d, 100n, { ...o, lang });
  return lang === 'id' ? `${plain} %` : `${plain}%`;
}

/**
 * Shows a ratio as percentage points (a difference of two percentages): `"5,54 poin"` in Indonesian
 * (the default), `"5.54 pp"` in English. Negative differences keep their sign; a difference that rounds
 * to zero is `0,00`, never `-0,00`. Throws `INVALID_INPUT` listing every problem of its arguments.
 *
 * @example
 * ```ts
 * import { formatPoints, ratio } from 'jamsostek/coverage';
 * formatPoints(ratio(82093, 1480981)); // '5,54 poin'
 * formatPoints(ratio(82093, 1480981), { lang: 'en' }); // '5.54 pp'
 * ```
 */
export function formatPoints(r: Ratio, options?: RatioDisplayOptions): string {
  const [n, d, o] = checked(r, options, 2, true, 'formatPoints arguments');
  const lang = o.lang ?? 'id';
  const plain = scaled(n, d, 100n, { ...o, lang });
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
  const [n, d] = termsOf(r, 'reduceRatio argument');
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
  const [an, ad, bn, bd] = termsOfBoth(a, b, 'compareRatios arguments');
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
  const [an, ad, bn, bd] = termsOfBoth(a, b, 'ratioDifference arguments');
  return fromBig(an * bd - bn * ad, ad * bd, 'ratio difference');
}

/**
 * The exact ratio of a non-negative decimal string such as a target `"0.4392"` (43,92 %). Throws
 * `INVALID_INPUT` for anything else, or for more digits than a safe integer holds.
 *
 * @example
 * ```ts
 * import { ratioFromDecimal } from 'jamsostek/coverage';
 * ratioFromDecimal('0.4392'); // { numerator: 4392, denominator: 10000 }
 * ```
 */
export function ratioFromDecimal(value: string): Ratio {
  const dec = typeof value === 'string' ? parseDecimalText(value) : undefined;
  if (!dec || dec.isNegative())
    return invalidInput(
      [
        {
          path: ['value'],
          message: `must be a non-negative decimal string such as "0.4392"; ${DECIMAL_MESSAGE}`,
          received: value,
        },
      ],
      'decimal',
    );
  const { num: n, den: d } = fractionOf(dec);
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || d > BigInt(Number.MAX_SAFE_INTEGER))
    invalidInput([{ path: ['value'], message: 'has too many digits', received: value }], 'decimal');
  return { numerator: Number(n), denominator: Number(d) };
}

/** @internal Smallest whole number `k` with `k / population ≥ r` (i.e. `ceil(r × population)`). */
export function ceilTimes(r: Ratio, population: number): number {
  const [n, d] = termsOf(r, 'ratio');
  return Number(roundFraction(n * BigInt(population), d, 'up'));
}
