/**
 * Display of rupiah amounts and rates in Indonesian (`Rp16.800`, `0,24 %`) and English style, and a
 * parser for the amounts found in Indonesian documents (`Rp 2,8 miliar`).
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { DECIMAL_MESSAGE, Dec, parseDecimalText } from './decimal.ts';
import { checkRupiah, isRupiah, type Rupiah } from './rupiah.ts';

/** Display language: Indonesian (`id`, the default) or English (`en`). */
export type Lang = 'id' | 'en';

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function langIssues(lang: unknown): InputIssue[] {
  return lang === 'id' || lang === 'en'
    ? []
    : [{ path: ['lang'], message: "must be 'id' or 'en'", received: lang }];
}

/**
 * Formats whole rupiah with the digit grouping of the language: Indonesian `Rp16.800`, English
 * `Rp16,800`; negative amounts as `-Rp2.500`. Deterministic (it does not depend on the host's ICU
 * data). Throws `INVALID_INPUT` for anything but a whole-rupiah number.
 *
 * @example
 * ```ts
 * import { formatRupiah } from 'jamsostek';
 * formatRupiah(16800); // 'Rp16.800'
 * formatRupiah(2867558400, 'en'); // 'Rp2,867,558,400'
 * ```
 */
export function formatRupiah(amount: Rupiah, lang: Lang = 'id'): string {
  const issues = [
    ...(isRupiah(amount)
      ? []
      : [{ path: ['amount'], message: 'must be a whole rupiah amount (a safe integer)', received: amount }]),
    ...langIssues(lang),
  ];
  if (issues.length) invalidInput(issues, 'amount');
  const digits = group(String(Math.abs(amount)), lang === 'id' ? '.' : ',');
  return `${amount < 0 ? '-' : ''}Rp${digits}`;
}

/**
 * Formats a decimal-string rate as a percentage: `"0.0024"` → `'0,24 %'` (id) or `'0.24%'` (en).
 * Trailing zeros are dropped; no rounding is applied. The rate is a plain decimal string of at most 30
 * significant digits and 30 decimal places.
 *
 * @example
 * ```ts
 * import { formatRate } from 'jamsostek';
 * formatRate('0.0024'); // '0,24 %'
 * formatRate('0.037', 'en'); // '3.7%'
 * ```
 */
export function formatRate(rate: string, lang: Lang = 'id'): string {
  const d = typeof rate === 'string' ? parseDecimalText(rate) : undefined;
  const issues = [
    ...(d
      ? []
      : [{ path: ['rate'], message: `must be a decimal string; ${DECIMAL_MESSAGE}`, received: rate }]),
    ...langIssues(lang),
  ];
  if (!d || issues.length) return invalidInput(issues, 'rate');
  const pct = d.mul(100).toFixed();
  return lang === 'id' ? `${pct.replace('.', ',')} %` : `${pct}%`;
}

/**
 * Formats a plain count with digit grouping: `82093` → `'82.093'` (id) or `'82,093'` (en).
 *
 * @example
 * ```ts
 * import { formatCount } from 'jamsostek';
 * formatCount(1480981); // '1.480.981'
 * ```
 */
export function formatCount(value: number, lang: Lang = 'id'): string {
  const issues = [
    ...(typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER
      ? []
      : [{ path: ['value'], message: 'must be a finite number', received: value }]),
    ...langIssues(lang),
  ];
  if (issues.length) invalidInput(issues, 'count');
  const s = new Dec(value).abs().toFixed();
  const [int = '', frac] = s.split('.');
  const body = group(int, lang === 'id' ? '.' : ',') + (frac ? (lang === 'id' ? ',' : '.') + frac : '');
  return (value < 0 && body !== '0' ? '-' : '') + body;
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  ribu: 1e3,
  rb: 1e3,
  k: 1e3,
  juta: 1e6,
  jt: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  m: 1e9,
  triliun: 1e12,
  t: 1e12,
};

const AMOUNT_RE = /^(-)?\s*(?:rp\.?)?\s*([0-9][0-9.,]*)\s*([a-z]*)\.?$/;

/**
 * Parses an amount as written in Indonesian documents into whole rupiah: `"Rp16.800"`, `"16.800"`,
 * `"Rp16.800,00"`, `"Rp 2,8 miliar"`, `"100 juta"`, `"Rp10 ribu"`. A dot groups thousands and a comma
 * marks decimals. Throws `INVALID_INPUT` for text that is not an amount or not a whole rupiah.
 *
 * @example
 * ```ts
 * import { parseRupiah } from 'jamsostek';
 * parseRupiah('Rp 2,8 miliar'); // 2800000000
 * parseRupiah('Rp16.800'); // 16800
 * ```
 */
export function parseRupiah(text: string): Rupiah {
  const fail = (message: string): never => invalidInput([{ path: [], message, received: text }], 'amount');
  if (typeof text !== 'string') return fail('must be text');
  if (text.length > 64) return fail('is longer than any amount (64 characters at most)');
  const m = AMOUNT_RE.exec(text.trim().toLowerCase());
  if (!m) return fail('not an amount in rupiah');
  const [, sign, number = '', word = ''] = m;
  const multiplier = word === '' ? 1 : Object.hasOwn(MULTIPLIERS, word) ? MULTIPLIERS[word] : undefined;
  if (multiplier === undefined) return fail(`unknown magnitude word '${word}'`);
  const [intPart = '', frac, extra] = number.split(',');
  if (extra !== undefined) return fail('more than one decimal comma');
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(intPart)) return fail('thousands must be grouped by dots in threes');
  const value = new Dec(`${intPart.replaceAll('.', '')}${frac ? `.${frac}` : ''}`).mul(multiplier);
  if (!value.isInteger()) return fail('not a whole rupiah amount');
  return checkRupiah((sign && !value.isZero() ? value.neg() : value).toNumber(), 'amount');
}
