/**
 * Rounding of exact amounts to whole rupiah (or to a larger unit such as Rp100), with the mode named.
 *
 * BPJS Ketenagakerjaan publishes no rounding rule; the library's default is half-up to one rupiah per
 * program line, and every explanation says so.
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import { Dec } from './decimal.ts';
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

interface ParsedRate {
  readonly num: number;
  readonly den: number;
  readonly bigNum: bigint;
  readonly bigDen: bigint;
}

const rateCache = new Map<string, ParsedRate>();
const RATE_RE = /^(\d+)(?:\.(\d+))?$/;

/** @internal Parses a non-negative decimal-string rate such as `"0.0024"` into an exact fraction. */
export function parseRate(rate: string): ParsedRate {
  const cached = rateCache.get(rate);
  if (cached) return cached;
  const m = RATE_RE.exec(rate);
  if (!m) invalidInput([{ path: [], message: 'rate must be a non-negative decimal string', received: rate }]);
  const frac = m[2] ?? '';
  const bigNum = BigInt((m[1] ?? '0') + frac);
  const bigDen = 10n ** BigInt(frac.length);
  const parsed: ParsedRate = { num: Number(bigNum), den: Number(bigDen), bigNum, bigDen };
  rateCache.set(rate, parsed);
  return parsed;
}

/** @internal Rounds the exact fraction p / d (d > 0) to an integer with `mode`; signs handled. */
export function roundFraction(p: bigint, d: bigint, mode: RoundingMode): bigint {
  const negative = p < 0n;
  const a = negative ? -p : p;
  let q = a / d;
  const r = a - q * d;
  if (r !== 0n) {
    const twice = 2n * r;
    if (mode === 'up') q += 1n;
    else if (mode === 'half-up') {
      if (twice >= d) q += 1n;
    } else if (mode === 'half-even') {
      if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
    }
  }
  return negative ? -q : q;
}

const complementCache = new Map<string, string>();

/** @internal `1 − rate` as a decimal string (the share still payable after a relief of `rate`); cached. */
export function complementRate(rate: string): string {
  let c = complementCache.get(rate);
  if (c === undefined) {
    c = new Dec(1).minus(rate).toFixed();
    complementCache.set(rate, c);
  }
  return c;
}

/**
 * `amount × rate` rounded to `rounding.unit` rupiah with `rounding.mode`, computed exactly (integer
 * arithmetic; no floating-point rate ever touches the amount).
 *
 * @param amount - whole rupiah
 * @param rate - a decimal string such as `"0.0024"` (0.24 %)
 * @param rounding - defaults to half-up to one rupiah
 *
 * @example
 * ```ts
 * import { applyRate } from 'jamsostek';
 * applyRate(3125, '0.0024'); // 8 (3125 × 0.0024 = 7.5, half-up), where Math.round(3125 * 0.0024) gives 7
 * applyRate(10000000, '0.037'); // 370000
 * ```
 */
export function applyRate(amount: Rupiah, rate: string, rounding: Rounding = DEFAULT_ROUNDING): Rupiah {
  const { num, den, bigNum, bigDen } = parseRate(rate);
  const unit = rounding.unit;
  if (unit === 1) {
    const p = amount * num;
    if (Number.isSafeInteger(p) && p >= 0) {
      const q = Math.floor(p / den);
      const r = p - q * den;
      if (r === 0) return q;
      const twice = 2 * r;
      switch (rounding.mode) {
        case 'down':
          return q;
        case 'up':
          return q + 1;
        case 'half-up':
          return twice >= den ? q + 1 : q;
        case 'half-even':
          return twice > den || (twice === den && q % 2 === 1) ? q + 1 : q;
      }
    }
  }
  const units = roundFraction(BigInt(amount) * bigNum, bigDen * BigInt(unit), rounding.mode);
  return checkRupiah(Number(units * BigInt(unit)), 'amount × rate');
}

/**
 * Rounds an exact decimal (given as a decimal string or number) to whole units of `rounding.unit` rupiah.
 *
 * @example
 * ```ts
 * import { roundRupiah } from 'jamsostek';
 * roundRupiah('7.5'); // 8
 * roundRupiah('7349734.9', { mode: 'down', unit: 100 }); // 7349700
 * ```
 */
export function roundRupiah(value: string | number, rounding: Rounding = DEFAULT_ROUNDING): Rupiah {
  const d = new Dec(value);
  if (!d.isFinite()) invalidInput([{ path: [], message: 'value must be finite', received: value }]);
  const mode =
    rounding.mode === 'half-up'
      ? Dec.ROUND_HALF_UP
      : rounding.mode === 'half-even'
        ? Dec.ROUND_HALF_EVEN
        : rounding.mode === 'down'
          ? Dec.ROUND_DOWN
          : Dec.ROUND_UP;
  const r = d.div(rounding.unit).toDecimalPlaces(0, mode).mul(rounding.unit);
  return checkRupiah(r.toNumber(), 'rounded amount');
}
