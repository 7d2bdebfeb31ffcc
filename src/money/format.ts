/**
 * Display of rupiah amounts and rates in Indonesian (`Rp16.800`, `0,24 %`) and English style, and a
 * parser for the amounts found in Indonesian documents (`Rp 2,8 miliar`).
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import { Dec } from './decimal.ts';
import { checkRupiah, type Rupiah } from './rupiah.ts';

/** Display language: Indonesian (`id`, the default) or English (`en`). */
export type Lang = 'id' | 'en';

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * Formats whole rupiah with Indonesian digit grouping: `Rp16.800`, `-Rp2.500`. Deterministic (it does
 * not depend on the host's ICU data).
 *
 * @example
 * ```ts
 * import { formatRupiah } from 'jamsostek';
 * formatRupiah(16800); // 'Rp16.800'
 * formatRupiah(2867558400); // 'Rp2.867.558.400'
 * ```
 */
export function formatRupiah(amount: Rupiah): string {
  checkRupiah(amount, 'amount');
  const digits = group(String(Math.abs(amount)), '.');
  return `${amount < 0 ? '-' : ''}Rp${digits}`;
}

/**
 * Formats a decimal-string rate as a percentage: `"0.0024"` → `'0,24 %'` (id) or `'0.24%'` (en).
 * Trailing zeros are dropped; no rounding is applied.
 *
 * @example
 * ```ts
 * import { formatRate } from 'jamsostek';
 * formatRate('0.0024'); // '0,24 %'
 * formatRate('0.037', 'en'); // '3.7%'
 * ```
 */
export function formatRate(rate: string, lang: Lang = 'id'): string {
  const pct = new Dec(rate).mul(100).toFixed();
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
  const s = String(Math.abs(value));
  const [int = '', frac] = s.split('.');
  const body = group(int, lang === 'id' ? '.' : ',') + (frac ? (lang === 'id' ? ',' : '.') + frac : '');
  return (value < 0 ? '-' : '') + body;
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
  const m = AMOUNT_RE.exec(String(text).trim().toLowerCase());
  const fail = (message: string): never => invalidInput([{ path: [], message, received: text }], 'amount');
  if (!m) return fail('not an amount in rupiah');
  const [, sign, number = '', word = ''] = m;
  const multiplier = word === '' ? 1 : MULTIPLIERS[word];
  if (multiplier === undefined) return fail(`unknown magnitude word '${word}'`);
  const [intPart = '', frac, extra] = number.split(',');
  if (extra !== undefined) return fail('more than one decimal comma');
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(intPart)) return fail('thousands must be grouped by dots in threes');
  const value = new Dec(`${intPart.replaceAll('.', '')}${frac ? `.${frac}` : ''}`).mul(multiplier);
  if (!value.isInteger()) return fail('not a whole rupiah amount');
  return checkRupiah((sign ? value.neg() : value).toNumber(), 'amount');
}
