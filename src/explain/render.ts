/**
 * Turning a basis into readable lines in Indonesian or English, on request only.
 *
 * @module
 */
import { formatCount, formatRate, formatRupiah, type Lang } from '../money/format.ts';
import type { RoundingMode } from '../money/rounding.ts';
import type { Citation, RuleRef } from '../rulebook/types.ts';
import type { BasisParam, Explainable } from './basis.ts';
import type { MessageCatalog } from './messages/types.ts';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** Language: `'id'` (default) or `'en'`. */
  readonly lang?: Lang | undefined;
  /** Add the legal-basis section listing every rule used (default `true`). */
  readonly sources?: boolean | undefined;
}

const ROUNDING_NAMES: Record<Lang, Record<RoundingMode, string>> = {
  id: { 'half-up': 'setengah ke atas', 'half-even': 'setengah ke genap', down: 'ke bawah', up: 'ke atas' },
  en: { 'half-up': 'half-up', 'half-even': 'half-even', down: 'down', up: 'up' },
};

/**
 * Renders one citation: `PP 44/2015 Pasal 20 ayat (3)`.
 *
 * @example
 * ```ts
 * import { formatCitation } from 'jamsostek';
 * formatCitation({ instrument: 'PP 44/2015', article: 'Pasal 20 ayat (3)' }); // 'PP 44/2015 Pasal 20 ayat (3)'
 * ```
 */
export function formatCitation(citation: Citation): string {
  return `${citation.instrument} ${citation.article}`;
}

function fill(template: string, params: Readonly<Record<string, BasisParam>>, lang: Lang): string {
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, fmt: string | undefined) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (fmt === 'rp' && typeof v === 'number') return formatRupiah(v);
    if (fmt === 'pct' && typeof v === 'string') return formatRate(v, lang);
    if (fmt === 'n' && typeof v === 'number') return formatCount(v, lang);
    if (typeof v === 'boolean') return lang === 'id' ? (v ? 'ya' : 'tidak') : v ? 'yes' : 'no';
    return String(v);
  });
}

/** @internal Renders a message code with params; unknown codes render as the code and its params. */
export function message(
  catalog: MessageCatalog,
  code: string,
  params: Readonly<Record<string, BasisParam>>,
  lang: Lang,
): string {
  const m = catalog[code];
  if (!m) return `${code} ${JSON.stringify(params)}`;
  return fill(m[lang], params, lang);
}

function ruleLabel(ref: RuleRef): string {
  return `${ref.citations.map(formatCitation).join('; ')} [${ref.confidence}]`;
}

/**
 * @internal Renders the explanation of a result with the given message catalogue: a title, one line per
 * step with the citation and confidence of the rules behind it, the notices, and the legal basis.
 */
export function renderExplanation(
  catalog: MessageCatalog,
  result: Explainable,
  options: ExplainOptions,
): string[] {
  const lang = options.lang ?? 'id';
  const { basis } = result;
  const byId = new Map<string, RuleRef>();
  for (const r of basis.rules) byId.set(r.id, r);
  const lines: string[] = [];
  lines.push(message(catalog, `title.${result.kind}`, result.titleParams ?? {}, lang));
  for (const s of basis.steps) {
    const params = s.amount === undefined ? s.params : { ...s.params, amount: s.amount };
    let line = `- ${message(catalog, s.code, params, lang)}`;
    const refs = s.rules.map((id) => byId.get(id)).filter((r): r is RuleRef => r !== undefined);
    if (refs.length) line += ` (${refs.map(ruleLabel).join('; ')})`;
    if (s.rounding)
      line +=
        lang === 'id'
          ? ` [dibulatkan ${ROUNDING_NAMES.id[s.rounding.mode]} ke ${formatRupiah(s.rounding.unit)}]`
          : ` [rounded ${ROUNDING_NAMES.en[s.rounding.mode]} to ${formatRupiah(s.rounding.unit)}]`;
    lines.push(line);
  }
  if (basis.notices.length) {
    lines.push(message(catalog, 'notices.title', {}, lang));
    for (const n of basis.notices) lines.push(`- ${message(catalog, n.code, n.params, lang)}`);
  }
  if (options.sources !== false && basis.rules.length) {
    lines.push(message(catalog, 'sources.title', {}, lang));
    for (const r of basis.rules) {
      const window = `${r.from} … ${r.to ?? (lang === 'id' ? 'sekarang' : 'open')}`;
      lines.push(`- ${r.title[lang]}: ${ruleLabel(r)}, ${lang === 'id' ? 'berlaku' : 'in force'} ${window}`);
    }
  }
  if (basis.steps.some((s) => s.rounding)) lines.push(message(catalog, 'footer.rounding', {}, lang));
  lines.push(message(catalog, 'footer.confidence', { level: basis.confidence }, lang));
  lines.push(message(catalog, 'footer.rulebook', { name: basis.rulebook }, lang));
  return lines;
}
