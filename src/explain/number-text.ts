/**
 * Amounts, rates and counts as explanations write them, with the same text and the same errors as
 * `formatRupiah`, `formatRate` and `formatCount` (a test compares them), so that the explain entry loads
 * no decimal arithmetic: `formatRate`'s decimal.js is the only thing it would load it for.
 *
 * @internal
 * @module
 */
import { invalidInput } from '../errors.ts';
import { DECIMAL_MESSAGE, isDecimalText } from '../money/decimal-text.ts';
import type { Lang } from '../money/format.ts';

/** '000' … '999': the groups of three digits, made once. */
let groups: readonly string[] | undefined;

/** @internal `Rp16.800` / `Rp16,800`, as `formatRupiah` writes it (and refuses what it refuses). */
export function rupiahText(amount: number, lang: Lang): string {
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount))
    invalidInput(
      [{ path: ['amount'], message: 'must be a whole rupiah amount (a safe integer)', received: amount }],
      'amount',
    );
  if (groups === undefined) groups = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
  const g = groups;
  const sep = lang === 'id' ? '.' : ',';
  let n = Math.abs(amount);
  let out = '';
  while (n >= 1000) {
    const q = Math.floor(n / 1000);
    out = `${sep}${g[n - q * 1000] as string}${out}`;
    n = q;
  }
  return `${amount < 0 ? '-' : ''}Rp${n}${out}`;
}

/**
 * @internal `"0.0024"` → `'0,24 %'` (id) or `'0.24%'` (en), as `formatRate` writes it: the decimal
 * point moved two places (exact, in the digits), no trailing zeros, no sign on zero.
 */
export function percentText(rate: string, lang: Lang): string {
  if (!isDecimalText(rate))
    invalidInput(
      [{ path: ['rate'], message: `must be a decimal string; ${DECIMAL_MESSAGE}`, received: rate }],
      'rate',
    );
  const negative = rate.startsWith('-');
  const body = negative ? rate.slice(1) : rate;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  let whole = int + `${frac}00`.slice(0, 2);
  let rest = frac.slice(2);
  let start = 0;
  while (start < whole.length - 1 && whole.charCodeAt(start) === 48) start++;
  whole = whole.slice(start);
  let end = rest.length;
  while (end > 0 && rest.charCodeAt(end - 1) === 48) end--;
  rest = rest.slice(0, end);
  const zero = whole === '0' && rest === '';
  const pct = `${negative && !zero ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
  return lang === 'id' ? `${pct.replace('.', ',')} %` : `${pct}%`;
}

/** A non-negative finite number in plain decimal notation (`1e-7` → `0.0000001`), digits as given. */
function plainNumber(x: number): string {
  const s = String(x);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + Number(s.slice(e + 1));
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** @internal `82093` → `'82.093'` (id) or `'82,093'` (en), as `formatCount` writes it. */
export function countText(value: number, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
    invalidInput([{ path: ['value'], message: 'must be a finite number', received: value }], 'count');
  const [int = '', frac] = plainNumber(Math.abs(value)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  const body = grouped + (frac ? (lang === 'id' ? ',' : '.') + frac : '');
  return (value < 0 && body !== '0' ? '-' : '') + body;
}
