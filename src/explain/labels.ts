/**
 * The words of every vocabulary value in Indonesian and English (funding sources, payers, BPU
 * categories, sectors, enterprise sizes, segments, sides, citizenships), and the
 * formatters of message placeholders that use them. Loaded only with the message catalogue.
 *
 * Placeholders: `{x:rp}` rupiah, `{x:pct}` a decimal-string rate as a percentage, `{x:n}` a count or
 * a number with the language's grouping and decimal mark, `{x:dec}` a decimal string with the
 * language's decimal mark, `{x:rule}` a rule id as its title, and `{x:<vocabulary>}` (below) a
 * vocabulary value, or a comma-separated list of them, in words. `[A|B]` in a template keeps A when
 * every placeholder in it has a value, else B (`[A]` drops A).
 *
 * @internal
 * @module
 */
import { isDecimalText } from '../money/decimal-text.ts';
import type { Lang } from '../money/format.ts';
import { isRupiah } from '../money/rupiah.ts';
import type { RuleRef } from '../rulebook/types.ts';
import type { BasisParam } from './basis.ts';
import { countText, percentText, rupiahText } from './number-text.ts';

/** Words by value: `[id, en]`, or the Indonesian word alone where English uses the value itself. */
type Words = Readonly<Record<string, string | readonly [string, string]>>;

const BUDGETS: Words = {
  APBN: ['APBN', 'APBN (state budget)'],
  APBD: ['APBD', 'APBD (regional budget)'],
  APBDes: ['APBDes', 'APBDes (village budget)'],
  CSR: ['CSR perusahaan', 'company CSR'],
};

/** @internal The words of every vocabulary, by placeholder format. */
export const LABELS: Readonly<Record<string, Words>> = {
  source: {
    self: ['peserta sendiri', 'the worker'],
    ...BUDGETS,
    DBHCHT: ['DBHCHT', 'DBHCHT (tobacco excise revenue share)'],
    'DBH sawit': ['DBH sawit', 'DBH sawit (palm oil revenue share)'],
    BKBK: ['BKBK', 'BKBK (special provincial grant)'],
    'Dana Desa': ['Dana Desa', 'Dana Desa (village fund)'],
    ADD: ['ADD', 'ADD (village fund allocation)'],
    other: ['sumber lain', 'another source'],
  },
  payer: { self: ['peserta sendiri', 'the worker'], ...BUDGETS, other: ['pihak lain', 'another payer'] },
  category: {
    employer: 'pemberi kerja',
    'self-employed': [
      'pekerja di luar hubungan kerja atau pekerja mandiri',
      'worker outside an employment relation or self-employed',
    ],
    other: ['pekerja bukan penerima upah lainnya', 'other non-wage worker'],
  },
  sector: { transport: 'transportasi', other: ['lain (bukan transportasi)', 'other (not transport)'] },
  size: { micro: 'mikro', small: 'kecil', medium: 'menengah', large: 'besar' },
  segment: {
    PU: ['PU (penerima upah)', 'PU (wage earners)'],
    BPU: ['BPU (bukan penerima upah)', 'BPU (non-wage workers)'],
  },
  side: { employer: 'pemberi kerja', worker: 'pekerja' },
  citizenship: {
    WNI: ['warga negara Indonesia', 'an Indonesian citizen'],
    WNA: ['warga negara asing', 'a foreign national'],
  },
};

/** @internal A vocabulary value in words; a value the vocabulary does not know is shown as given. */
export function label(vocabulary: string, value: string, lang: Lang): string {
  const words = LABELS[vocabulary];
  const w = words && Object.hasOwn(words, value) ? words[value] : undefined;
  if (w === undefined) return value;
  return typeof w === 'string' ? (lang === 'id' ? w : value) : w[lang === 'id' ? 0 : 1];
}

/** A decimal string or number with the language's digit grouping and decimal mark. */
function decimal(v: string | number, lang: Lang): string {
  const text = String(v);
  if (!/^-?\d{1,15}(\.\d+)?$/.test(text)) return text;
  const [int = '', frac] = text.split('.');
  const grouped = countText(Number(int), lang);
  const sign = text.startsWith('-') && grouped === '0' ? '-' : '';
  return frac === undefined ? sign + grouped : `${sign}${grouped}${lang === 'id' ? ',' : '.'}${frac}`;
}

/** @internal Rules by id, for `{x:rule}`. */
export interface RuleLookup {
  get(id: string): RuleRef | undefined;
}

/**
 * @internal One placeholder's value with its format, or `undefined` when the format does not apply
 * to the value (the caller then shows it as it is).
 */
export function formatParam(
  fmt: string,
  v: BasisParam,
  lang: Lang,
  rules?: RuleLookup | undefined,
): string | undefined {
  if (fmt === 'rp') return isRupiah(v) ? rupiahText(v, lang) : undefined;
  if (fmt === 'pct') return isDecimalText(v) ? percentText(v, lang) : undefined;
  if (fmt === 'n' || fmt === 'dec')
    return typeof v === 'number'
      ? Number.isSafeInteger(Math.trunc(v))
        ? decimal(v, lang)
        : undefined
      : typeof v === 'string'
        ? decimal(v, lang)
        : undefined;
  if (fmt === 'rule') {
    const ref = typeof v === 'string' ? rules?.get(v) : undefined;
    return ref ? `“${ref.title[lang]}” (${v})` : undefined;
  }
  if (typeof v === 'string' && Object.hasOwn(LABELS, fmt))
    return v
      .split(', ')
      .map((x) => label(fmt, x, lang))
      .join(', ');
  return undefined;
}
