/**
 * The explanation renderer as it was before the single-call work (issue 21): `explain` must give the
 * same lines, and the same errors, as this.
 */
import { type InputIssue, invalidInput, showValue } from '../../src/errors.ts';
import type { Basis, BasisParam, BasisParams } from '../../src/explain/basis.ts';
import { fullCatalog } from '../../src/explain/catalog.ts';
import { derivedRenderers } from '../../src/explain/derived.ts';
import { LABELS, label } from '../../src/explain/labels.ts';
import type { MessageCatalog } from '../../src/explain/messages/types.ts';
import type { JamsostekResult } from '../../src/explain/result.ts';
import { isDecimalText } from '../../src/money/decimal-text.ts';
import { formatCount, formatRate, formatRupiah, type Lang } from '../../src/money/format.ts';
import type { RoundingMode } from '../../src/money/rounding.ts';
import { isRupiah } from '../../src/money/rupiah.ts';
import type { Citation, Confidence, RuleRef } from '../../src/rulebook/types.ts';

/** Options of `explain`. */
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
 * import { formatCitation } from 'jamsostek/explain';
 * formatCitation({ instrument: 'PP 44/2015', article: 'Pasal 20 ayat (3)' }); // 'PP 44/2015 Pasal 20 ayat (3)'
 * ```
 */
export function formatCitation(citation: Citation): string {
  if (
    typeof citation !== 'object' ||
    citation === null ||
    typeof citation.instrument !== 'string' ||
    typeof citation.article !== 'string'
  )
    invalidInput(
      [{ path: [], message: 'must be a citation { instrument, article } of two texts', received: citation }],
      'citation',
    );
  return `${citation.instrument} ${citation.article}`;
}

/** A decimal string or number with the language's digit grouping and decimal mark (as labels.ts had it). */
function decimal(v: string | number, lang: Lang): string {
  const text = String(v);
  if (!/^-?\d{1,15}(\.\d+)?$/.test(text)) return text;
  const [int = '', frac] = text.split('.');
  const grouped = formatCount(Number(int), lang);
  const sign = text.startsWith('-') && grouped === '0' ? '-' : '';
  return frac === undefined ? sign + grouped : `${sign}${grouped}${lang === 'id' ? ',' : '.'}${frac}`;
}

type RulesById = ReadonlyMap<string, RuleRef>;

/** One placeholder's value with its format, as labels.ts formatted it before the single-call work. */
function formatParam(fmt: string, v: BasisParam, lang: Lang, rules?: RulesById): string | undefined {
  if (fmt === 'rp') return isRupiah(v) ? formatRupiah(v, lang) : undefined;
  if (fmt === 'pct') return isDecimalText(v) ? formatRate(v, lang) : undefined;
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

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;
const OPTIONAL = /\[([^[\]|]*)(?:\|([^[\]]*))?\]/g;

function fill(template: string, params: BasisParams, lang: Lang, rules?: RulesById): string {
  const has = (name: string): boolean => params[name] !== undefined && params[name] !== '';
  const chosen = template.includes('[')
    ? template.replace(OPTIONAL, (_, a: string, b = '') =>
        [...a.matchAll(PLACEHOLDER)].every((m) => has(m[1] as string)) ? a : b,
      )
    : template;
  return chosen.replace(PLACEHOLDER, (whole, name: string, fmt: string | undefined) => {
    const v = params[name];
    if (v === undefined) return whole;
    const formatted = fmt === undefined ? undefined : formatParam(fmt, v, lang, rules);
    if (formatted !== undefined) return formatted;
    if (typeof v === 'boolean') return lang === 'id' ? (v ? 'ya' : 'tidak') : v ? 'yes' : 'no';
    return typeof v === 'string' && v.length <= 1000 ? v : showValue(v);
  });
}

/** @internal Renders a message code with params; unknown codes render as the code and its params. */
export function message(
  catalog: MessageCatalog,
  code: string,
  params: BasisParams,
  lang: Lang,
  rules?: RulesById,
): string {
  const m = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
  if (!m) return `${code} ${JSON.stringify(params)}`;
  return fill(m[lang], params, lang, rules);
}

function ruleLabel(ref: RuleRef): string {
  return `${ref.citations.map(formatCitation).join('; ')} [${ref.confidence}]`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const CONFIDENCES: readonly unknown[] = ['A', 'B', 'C', 'U'];

/** Every problem of params (`{ name: string | number | boolean }`) under `path`. */
function paramsIssues(params: unknown, path: readonly (string | number)[], issues: InputIssue[]): void {
  if (!isObject(params)) {
    issues.push({ path, message: 'must be an object', received: params });
    return;
  }
  for (const [k, v] of Object.entries(params))
    if (typeof v !== 'string' && typeof v !== 'boolean' && typeof v !== 'number')
      issues.push({ path: [...path, k], message: 'must be a text, a number or true/false', received: v });
}

/** @internal Every problem of a rule reference under `path`. */
export function ruleRefIssues(r: unknown, path: readonly (string | number)[], issues: InputIssue[]): void {
  const title = isObject(r) ? r['title'] : undefined;
  const citations = isObject(r) ? r['citations'] : undefined;
  if (
    !isObject(r) ||
    typeof r['id'] !== 'string' ||
    !isObject(title) ||
    typeof title['id'] !== 'string' ||
    typeof title['en'] !== 'string' ||
    !Array.isArray(citations) ||
    !citations.every(
      (c: unknown) => isObject(c) && typeof c['instrument'] === 'string' && typeof c['article'] === 'string',
    ) ||
    typeof r['from'] !== 'string' ||
    (r['to'] !== undefined && typeof r['to'] !== 'string') ||
    !CONFIDENCES.includes(r['confidence'])
  )
    issues.push({ path, message: 'must be a rule reference', received: r });
}

/** @internal Every problem of a basis that would keep it from rendering. */
export function basisIssues(basis: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isObject(basis))
    return [{ path: ['basis'], message: 'must be the basis object of a result', received: basis }];
  for (const k of ['rules', 'steps', 'notices'] as const)
    if (!Array.isArray(basis[k]))
      issues.push({ path: ['basis', k], message: 'must be an array', received: basis[k] });
  if (!isObject(basis['titleParams']))
    issues.push({
      path: ['basis', 'titleParams'],
      message: 'must be an object',
      received: basis['titleParams'],
    });
  const stamp = basis['rulebook'];
  if (!isObject(stamp) || typeof stamp['name'] !== 'string' || typeof stamp['version'] !== 'string')
    issues.push({ path: ['basis', 'rulebook'], message: 'must be { name, version }', received: stamp });
  if (issues.length) return issues;
  paramsIssues(basis['titleParams'], ['basis', 'titleParams'], issues);
  // Array.from: a hole is visited (as undefined) like any other entry.
  Array.from(basis['steps'] as unknown[]).forEach((s, i) => {
    if (!isObject(s) || typeof s['code'] !== 'string' || !Array.isArray(s['rules'])) {
      issues.push({
        path: ['basis', 'steps', i],
        message: 'must be a step { code, params, rules }',
        received: s,
      });
      return;
    }
    paramsIssues(s['params'], ['basis', 'steps', i, 'params'], issues);
    Array.from(s['rules'] as unknown[]).forEach((id, j) => {
      if (typeof id !== 'string')
        issues.push({ path: ['basis', 'steps', i, 'rules', j], message: 'must be a rule id', received: id });
    });
    if (s['amount'] !== undefined && typeof s['amount'] !== 'number')
      issues.push({
        path: ['basis', 'steps', i, 'amount'],
        message: 'must be a number',
        received: s['amount'],
      });
    const r = s['rounding'];
    const known =
      isObject(r) &&
      typeof r['mode'] === 'string' &&
      Object.hasOwn(ROUNDING_NAMES.en, r['mode']) &&
      Number.isSafeInteger(r['unit']) &&
      (r['unit'] as number) >= 1;
    if (r !== undefined && !known)
      issues.push({
        path: ['basis', 'steps', i, 'rounding'],
        message: 'must be a rounding { mode, unit }',
        received: r,
      });
  });
  // Array.from: a hole is visited (as undefined) like any other entry.
  Array.from(basis['notices'] as unknown[]).forEach((n, i) => {
    if (!isObject(n) || typeof n['code'] !== 'string')
      issues.push({
        path: ['basis', 'notices', i],
        message: 'must be a notice { code, params }',
        received: n,
      });
    else paramsIssues(n['params'], ['basis', 'notices', i, 'params'], issues);
  });
  // Array.from: a hole is visited (as undefined) like any other entry.
  Array.from(basis['rules'] as unknown[]).forEach((r, i) => {
    ruleRefIssues(r, ['basis', 'rules', i], issues);
  });
  return issues;
}

/**
 * @internal Renders the explanation of a result from its basis with the given message catalogue: a
 * title, one line per step with the citation and confidence of the rules behind it, the notices, and
 * the legal basis. The caller has checked the basis with {@link basisIssues}.
 */
export function renderBasis(
  catalog: MessageCatalog,
  kind: string,
  basis: Basis,
  confidence: Confidence,
  options: ExplainOptions,
  concerns?: string | undefined,
): string[] {
  const lang = options.lang ?? 'id';
  const byId = new Map<string, RuleRef>();
  for (const r of basis.rules) byId.set(r.id, r);
  const lines: string[] = [];
  lines.push(message(catalog, `title.${kind}`, basis.titleParams, lang));
  for (const s of basis.steps) {
    const params = s.amount === undefined ? s.params : { ...s.params, amount: s.amount };
    let line = `- ${message(catalog, s.code, params, lang, byId)}`;
    const refs = s.rules.map((id) => byId.get(id)).filter((r): r is RuleRef => r !== undefined);
    if (refs.length) line += ` (${refs.map(ruleLabel).join('; ')})`;
    if (s.rounding)
      line +=
        lang === 'id'
          ? ` [dibulatkan ${ROUNDING_NAMES.id[s.rounding.mode]} ke ${formatRupiah(s.rounding.unit, lang)}]`
          : ` [rounded ${ROUNDING_NAMES.en[s.rounding.mode]} to ${formatRupiah(s.rounding.unit, lang)}]`;
    lines.push(line);
  }
  lines.push(...renderTail(catalog, basis, confidence, options, concerns));
  return lines;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * @internal The latest month or date a result concerns, from its `to`, `month`, `eventDate` or `asOf`
 * field (a month as its first day), or `undefined` when it has none.
 */
export function concernedDate(result: Readonly<Record<string, unknown>>): string | undefined {
  let latest: string | undefined;
  for (const key of ['to', 'month', 'eventDate', 'asOf']) {
    const v = result[key];
    if (typeof v !== 'string') continue;
    const day = MONTH.test(v) ? `${v}-01` : DAY.test(v) ? v : undefined;
    if (day !== undefined && (latest === undefined || day > latest)) latest = day;
  }
  return latest;
}

/** @internal The notices, legal basis and footers of an explanation. */
export function renderTail(
  catalog: MessageCatalog,
  basis: Pick<Basis, 'notices' | 'rules' | 'rulebook'> & { readonly steps?: Basis['steps'] },
  confidence: Confidence,
  options: ExplainOptions,
  concerns?: string | undefined,
): string[] {
  const lang = options.lang ?? 'id';
  const lines: string[] = [];
  if (basis.notices.length) {
    lines.push(message(catalog, 'notices.title', {}, lang));
    const rules: RulesById = new Map(basis.rules.map((r) => [r.id, r]));
    for (const n of basis.notices) lines.push(`- ${message(catalog, n.code, n.params, lang, rules)}`);
  }
  if (options.sources !== false && basis.rules.length) {
    lines.push(message(catalog, 'sources.title', {}, lang));
    for (const r of basis.rules) {
      const window = `${r.from} … ${r.to ?? (lang === 'id' ? 'sekarang' : 'open')}`;
      lines.push(`- ${r.title[lang]}: ${ruleLabel(r)}, ${lang === 'id' ? 'berlaku' : 'in force'} ${window}`);
    }
  }
  if (basis.steps?.some((s) => s.rounding)) lines.push(message(catalog, 'footer.rounding', {}, lang));
  if (basis.rules.length) lines.push(message(catalog, 'footer.confidence', { level: confidence }, lang));
  if (basis.rulebook.name !== 'none')
    lines.push(
      message(
        catalog,
        'footer.rulebook',
        { name: basis.rulebook.name, version: basis.rulebook.version },
        lang,
      ),
    );
  const checked = basis.rulebook.verifiedThrough;
  if (typeof checked === 'string' && concerns !== undefined && concerns > checked)
    lines.push(message(catalog, 'footer.verified-through', { date: checked, at: concerns }, lang));
  return lines;
}

export function referenceExplain(result: JamsostekResult, options: ExplainOptions = {}): string[] {
  const issues: InputIssue[] = [];
  const opts: unknown = options;
  if (!isObject(opts)) issues.push({ path: ['options'], message: 'must be an object', received: options });
  else {
    const { lang, sources } = opts;
    if (lang !== undefined && lang !== 'id' && lang !== 'en')
      issues.push({ path: ['options', 'lang'], message: "must be 'id' or 'en'", received: lang });
    if (sources !== undefined && typeof sources !== 'boolean')
      issues.push({ path: ['options', 'sources'], message: 'must be true or false', received: sources });
  }
  if (!isObject(result)) {
    issues.push({ path: [], message: 'must be a result of the library', received: result });
    invalidInput(issues, 'explain arguments');
  }
  const kind = result['kind'];
  const catalog = fullCatalog();
  const derived =
    typeof kind === 'string' && Object.hasOwn(derivedRenderers, kind) ? derivedRenderers[kind] : undefined;
  if (!derived && (typeof kind !== 'string' || !Object.hasOwn(catalog, `title.${kind}`)))
    issues.push({ path: ['kind'], message: 'is not the kind of a result of the library', received: kind });
  const confidence = result['confidence'];
  if (!derived) {
    issues.push(...basisIssues(result['basis']));
    if (confidence !== 'A' && confidence !== 'B' && confidence !== 'C' && confidence !== 'U')
      issues.push({ path: ['confidence'], message: 'must be A, B, C or U', received: confidence });
  }
  if (issues.length) invalidInput(issues, 'explain arguments');
  if (derived) return derived(catalog, result, options);
  return renderBasis(
    catalog,
    kind as string,
    result['basis'] as Basis,
    confidence as 'A',
    options,
    concernedDate(result),
  );
}
