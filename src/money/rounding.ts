/**
 * Rounding of exact amounts to whole rupiah (or to a larger unit such as Rp100), with the mode named.
 *
 * BPJS Ketenagakerjaan publishes no rounding rule; the library's default is half-up to one rupiah per
 * program line, and every explanation says so.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { DECIMAL_MESSAGE, Dec, fractionOf, parseDecimalText } from './decimal.ts';
import { checkRupiah, type Rupiah } from './rupiah.ts';

/**
 * How a fractional amount becomes whole: `half-up` (halves away from zero), `half-even` (banker's),
 * `down` (towards zero, i.e. truncate) and `up` (away from zero).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/** The rounding modes, for validation and documentation. */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze(['half-up', 'half-even', 'down', 'up']);

/** A rounding as applied: mode and unit in rupiah. */
export interface Rounding {
  /** The rounding mode. */
  readonly mode: RoundingMode;
  /** The unit rounded to, in rupiah (1 = whole rupiah, 100 = hundreds). */
  readonly unit: number;
}

/** The library's default: half-up to one rupiah. */
export const DEFAULT_ROUNDING: Rounding = Object.freeze({ mode: 'half-up', unit: 1 });

/** @internal The mode and unit of a {@link Rounding}, checked: every problem under `path`. */
export function roundingIssues(rounding: unknown, path: readonly (string | number)[]): InputIssue[] {
  if (rounding === DEFAULT_ROUNDING) return [];
  if (typeof rounding !== 'object' || rounding === null)
    return [{ path, message: 'must be a rounding { mode, unit }', received: rounding }];
  const { mode, unit } = rounding as Record<string, unknown>;
  const issues: InputIssue[] = [];
  if (!(ROUNDING_MODES as readonly unknown[]).includes(mode))
    issues.push({
      path: [...path, 'mode'],
      message: "must be 'half-up', 'half-even', 'down' or 'up'",
      received: mode,
    });
  if (!Number.isSafeInteger(unit) || (unit as number) < 1)
    issues.push({
      path: [...path, 'unit'],
      message: 'must be a positive whole number of rupiah',
      received: unit,
    });
  return issues;
}

/** @internal A rate as an exact fraction; `fast` when numerator and denominator are safe integers. */
interface ParsedRate {
  readonly fast: boolean;
  readonly num: number;
  readonly den: number;
  readonly bigNum: bigint;
  readonly bigDen: bigint;
}

/**
 * @internal The most entries a module cache holds. A cache that reaches it is emptied and refills
 * with what is used next: the rates of the rulebooks in use are a few dozen, so the bound is never
 * reached in practice, and a million distinct rates cost at most this many entries.
 */
export const CACHE_LIMIT = 1000;

const rateCache = new Map<string, ParsedRate>();

/** @internal The number of entries in the module caches (for the test of their bound). */
export function cacheSizes(): { readonly rates: number; readonly complements: number } {
  return { rates: rateCache.size, complements: complementCache.size };
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** @internal The issue of a value that should be a non-negative decimal rate, at `path`, or none. */
export function rateIssues(rate: unknown, path: readonly (string | number)[]): InputIssue[] {
  if (typeof rate === 'string' && rateCache.has(rate)) return [];
  const d = typeof rate === 'string' ? parseDecimalText(rate) : undefined;
  return d && !d.isNegative()
    ? []
    : [{ path, message: `must be a non-negative decimal string; ${DECIMAL_MESSAGE}`, received: rate }];
}

/** @internal Parses a non-negative decimal-string rate such as `"0.0024"` into an exact fraction. */
export function parseRate(rate: string): ParsedRate {
  const cached = rateCache.get(rate);
  if (cached) return cached;
  const d = typeof rate === 'string' ? parseDecimalText(rate) : undefined;
  if (!d || d.isNegative()) return invalidInput(rateIssues(rate, []), 'rate');
  const { num: bigNum, den: bigDen } = fractionOf(d);
  const num = Number(bigNum);
  const den = Number(bigDen);
  const fast = Number.isSafeInteger(num) && Number.isSafeInteger(den);
  return remember(rateCache, rate, { fast, num, den, bigNum, bigDen });
}

/**
 * Whether a quotient `q` with a non-zero remainder moves one unit away from zero under `mode`, given
 * how twice the remainder compares with the divisor (`half` is -1, 0 or 1) and whether `q` is odd. The
 * one definition of the four modes; both the integer and the bigint paths use it.
 */
function roundsAway(mode: RoundingMode, half: number, odd: boolean): boolean {
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return true;
    case 'half-up':
      return half >= 0;
    case 'half-even':
      return half > 0 || (half === 0 && odd);
  }
}

/** @internal Rounds the exact fraction p / d (d > 0) to an integer with `mode`; signs handled. */
export function roundFraction(p: bigint, d: bigint, mode: RoundingMode): bigint {
  const negative = p < 0n;
  const a = negative ? -p : p;
  let q = a / d;
  const r = a - q * d;
  if (r !== 0n) {
    const twice = 2n * r;
    if (roundsAway(mode, twice > d ? 1 : twice === d ? 0 : -1, q % 2n === 1n)) q += 1n;
  }
  return negative ? -q : q;
}

const complementCache = new Map<string, string>();

/** @internal `1 − rate` as a decimal string (the share still payable after a relief of `rate`); cached. */
export function complementRate(rate: string): string {
  const c = complementCache.get(rate);
  if (c !== undefined) return c;
  return remember(complementCache, rate, new Dec(1).minus(rate).toFixed());
}

/**
 * `amount × rate` rounded to `rounding.unit` rupiah with `rounding.mode`, computed exactly (integer
 * arithmetic; no floating-point rate ever touches the amount).
 *
 * @param amount - whole rupiah
 * @param rate - a plain decimal string such as `"0.0024"` (0.24 %), not negative, at most 30 significant
 *   digits and 30 decimal places
 * @param rounding - defaults to half-up to one rupiah; the mode must be one of the four and the unit a
 *   positive whole number. Throws `INVALID_INPUT` listing every bad argument, `OUT_OF_RANGE` when the
 *   result leaves the safe integers.
 *
 * @example
 * ```ts
 * import { applyRate } from 'jamsostek';
 * applyRate(3125, '0.0024'); // 8 (3125 × 0.0024 = 7.5, half-up), where Math.round(3125 * 0.0024) gives 7
 * applyRate(10000000, '0.037'); // 370000
 * ```
 */
export function applyRate(amount: Rupiah, rate: string, rounding: Rounding = DEFAULT_ROUNDING): Rupiah {
  if (
    !Number.isSafeInteger(amount) ||
    typeof rate !== 'string' ||
    !rateCache.has(rate) ||
    rounding !== DEFAULT_ROUNDING
  ) {
    const issues = [
      ...(Number.isSafeInteger(amount)
        ? []
        : [
            { path: ['amount'], message: 'must be a whole rupiah amount (a safe integer)', received: amount },
          ]),
      ...rateIssues(rate, ['rate']),
      ...roundingIssues(rounding, ['rounding']),
    ];
    if (issues.length) invalidInput(issues, 'amount, rate and rounding');
  }
  const { fast, num, den, bigNum, bigDen } = parseRate(rate);
  const unit = rounding.unit;
  if (unit === 1 && fast) {
    const p = amount * num;
    if (Number.isSafeInteger(p) && p >= 0) {
      const q = Math.floor(p / den);
      const r = p - q * den;
      if (r === 0) return q + 0; // never -0
      const twice = 2 * r;
      return roundsAway(rounding.mode, twice > den ? 1 : twice === den ? 0 : -1, q % 2 === 1) ? q + 1 : q + 0;
    }
  }
  const units = roundFraction(BigInt(amount) * bigNum, bigDen * BigInt(unit), rounding.mode);
  return checkRupiah(Number(units * BigInt(unit)), 'amount × rate');
}

/**
 * @internal Rounds a decimal the library computed itself (not a caller's text, so no input bounds) to
 * whole rupiah, exactly, with the given rounding.
 */
export function roundDec(value: Dec, rounding: Rounding = DEFAULT_ROUNDING): Rupiah {
  const { num, den } = fractionOf(value);
  const units = roundFraction(num, den * BigInt(rounding.unit), rounding.mode);
  return checkRupiah(Number(units * BigInt(rounding.unit)), 'rounded amount');
}

/**
 * Rounds an exact decimal (given as a plain decimal string or a number, at most 30 significant digits and
 * 30 decimal places) to whole units of `rounding.unit` rupiah.
 *
 * @example
 * ```ts
 * import { roundRupiah } from 'jamsostek';
 * roundRupiah('7.5'); // 8
 * roundRupiah('7349734.9', { mode: 'down', unit: 100 }); // 7349700
 * ```
 */
export function roundRupiah(value: string | number, rounding: Rounding = DEFAULT_ROUNDING): Rupiah {
  const d = parseDecimalText(value);
  const issues = [
    ...(d ? [] : [{ path: ['value'], message: DECIMAL_MESSAGE, received: value }]),
    ...roundingIssues(rounding, ['rounding']),
  ];
  if (!d || issues.length) return invalidInput(issues, 'value and rounding');
  const { num, den } = fractionOf(d);
  const units = roundFraction(num, den * BigInt(rounding.unit), rounding.mode);
  return checkRupiah(Number(units * BigInt(rounding.unit)), 'rounded amount');
}
