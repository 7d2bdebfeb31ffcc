/**
 * The words of every vocabulary value in Indonesian and English (funding sources, payers, BPU
 * categories, sectors, enterprise sizes, segments, sides, citizenships, school levels), and the
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
import { formatCount, formatRate, formatRupiah, type Lang } from '../money/format.ts';
import type { RuleRef } from '../rulebook/types.ts';
import type { BasisParam } from './basis.ts';

type Words = Readonly<Record<string, { readonly id: string; readonly en: string }>>;

const BUDGETS: Words = {
  APBN: { id: 'APBN', en: 'APBN (state budget)' },
  APBD: { id: 'APBD', en: 'APBD (regional budget)' },
  APBDes: { id: 'APBDes', en: 'APBDes (village budget)' },
};

/** @internal The words of every vocabulary, by placeholder format. */
export const LABELS: Readonly<Record<string, Words>> = {
  source: {
    self: { id: 'peserta sendiri', en: 'the worker' },
    ...BUDGETS,
    DBHCHT: { id: 'DBHCHT', en: 'DBHCHT (tobacco excise revenue share)' },
    'DBH sawit': { id: 'DBH sawit', en: 'DBH sawit (palm oil revenue share)' },
    BKBK: { id: 'BKBK', en: 'BKBK (special provincial grant)' },
    'Dana Desa': { id: 'Dana Desa', en: 'Dana Desa (village fund)' },
    ADD: { id: 'ADD', en: 'ADD (village fund allocation)' },
    CSR: { id: 'CSR perusahaan', en: 'company CSR' },
    other: { id: 'sumber lain', en: 'another source' },
  },
  payer: {
    self: { id: 'peserta sendiri', en: 'the worker' },
    ...BUDGETS,
    CSR: { id: 'CSR perusahaan', en: 'company CSR' },
    other: { id: 'pihak lain', en: 'another payer' },
  },
  category: {
    employer: { id: 'pemberi kerja', en: 'employer' },
    'self-employed': {
      id: 'pekerja di luar hubungan kerja atau pekerja mandiri',
      en: 'worker outside an employment relation or self-employed',
    },
    other: { id: 'pekerja bukan penerima upah lainnya', en: 'other non-wage worker' },
  },
  sector: {
    transport: { id: 'transportasi', en: 'transport' },
    other: { id: 'lain (bukan transportasi)', en: 'other (not transport)' },
  },
  size: {
    micro: { id: 'mikro', en: 'micro' },
    small: { id: 'kecil', en: 'small' },
    medium: { id: 'menengah', en: 'medium' },
    large: { id: 'besar', en: 'large' },
  },
  segment: {
    PU: { id: 'PU (penerima upah)', en: 'PU (wage earners)' },
    BPU: { id: 'BPU (bukan penerima upah)', en: 'BPU (non-wage workers)' },
  },
  side: {
    employer: { id: 'pemberi kerja', en: 'employer' },
    worker: { id: 'pekerja', en: 'worker' },
  },
  citizenship: {
    WNI: { id: 'warga negara Indonesia', en: 'an Indonesian citizen' },
    WNA: { id: 'warga negara asing', en: 'a foreign national' },
  },
  level: {
    'TK-SD': { id: 'TK/SD', en: 'kindergarten or primary school' },
    SMP: { id: 'SMP', en: 'junior high school' },
    SMA: { id: 'SMA', en: 'senior high school' },
    university: { id: 'perguruan tinggi', en: 'university' },
  },
};

/** @internal A vocabulary value in words; a value the vocabulary does not know is shown as given. */
export function label(vocabulary: string, value: string, lang: Lang): string {
  const words = LABELS[vocabulary];
  return words && Object.hasOwn(words, value) ? (words[value] as { id: string; en: string })[lang] : value;
}

/** A decimal string or number with the language's digit grouping and decimal mark. */
function decimal(v: string | number, lang: Lang): string {
  const text = String(v);
  if (!/^-?\d{1,15}(\.\d+)?$/.test(text)) return text;
  const [int = '', frac] = text.split('.');
  const grouped = formatCount(Number(int), lang);
  const sign = text.startsWith('-') && grouped === '0' ? '-' : '';
  return frac === undefined ? sign + grouped : `${sign}${grouped}${lang === 'id' ? ',' : '.'}${frac}`;
}

/** @internal Rules by id, for `{x:rule}`. */
export type RulesById = ReadonlyMap<string, RuleRef>;

/**
 * @internal One placeholder's value with its format, or `undefined` when the format does not apply
 * to the value (the caller then shows it as it is).
 */
export function formatParam(
  fmt: string,
  v: BasisParam,
  lang: Lang,
  rules?: RulesById | undefined,
): string | undefined {
  if (fmt === 'rp') return typeof v === 'number' ? formatRupiah(v, lang) : undefined;
  if (fmt === 'pct') return typeof v === 'string' ? formatRate(v, lang) : undefined;
  if (fmt === 'n' || fmt === 'dec') return typeof v === 'boolean' ? undefined : decimal(v, lang);
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
