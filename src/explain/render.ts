/**
 * Turning a basis into readable lines in Indonesian or English, on request only.
 *
 * @module
 */
import { type InputIssue, invalidInput, showValue } from '../errors.ts';
import { isDecimalText } from '../money/decimal-text.ts';
import type { Lang } from '../money/format.ts';
import type { Rounding, RoundingMode } from '../money/rounding.ts';
import type { Citation, Confidence, RulebookStamp, RuleRef } from '../rulebook/types.ts';
import type { Basis, BasisParam, BasisParams } from './basis.ts';
import { formatParam, type RuleLookup } from './labels.ts';
import type { Message, MessageCatalog } from './messages/types.ts';
import { countText, percentText, rupiahText } from './number-text.ts';

export { countText, percentText, rupiahText };

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

/** How a placeholder is formatted, decided once per template: no format, rupiah, rate, or another. */
type Format = 0 | 1 | 2 | 3;
const NONE = 0;
const RUPIAH = 1;
const RATE = 2;
const OTHER = 3;

/** A placeholder of a message template: `{name}` or `{name:format}`, and its text as written. */
interface Slot {
  readonly name: string;
  readonly format: string | undefined;
  readonly kind: Format;
  readonly whole: string;
}

/** A template's text and placeholders, in order. */
type Parts = readonly (string | Slot)[];

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;
/** Templates split once into text and placeholders (there are a few hundred templates). */
const compiled = new Map<string, Parts>();

function split(template: string): Parts {
  const out: (string | Slot)[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push(template.slice(at, m.index));
    const format = m[2];
    const kind: Format =
      format === undefined ? NONE : format === 'rp' ? RUPIAH : format === 'pct' ? RATE : OTHER;
    out.push({ name: m[1] as string, format, kind, whole: m[0] });
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push(template.slice(at));
  return out;
}

function compile(template: string): Parts {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = split(template);
    compiled.set(template, parts);
  }
  return parts;
}

/** Rates shown, by language: a handful of distinct rates, each formatted once (bounded). */
const rates: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };

function rate(value: string, lang: Lang): string {
  const cache = rates[lang];
  let text = cache.get(value);
  if (text === undefined) {
    text = percentText(value, lang);
    if (cache.size >= 1000) cache.clear();
    cache.set(value, text);
  }
  return text;
}

/**
 * The last two amounts written, per language: an explanation names the same wage or base on nearly
 * every line, between the lines' own amounts.
 */
const amounts: Record<Lang, { a: number; aText: string; b: number; bText: string; next: boolean }> = {
  id: { a: Number.NaN, aText: '', b: Number.NaN, bText: '', next: false },
  en: { a: Number.NaN, aText: '', b: Number.NaN, bText: '', next: false },
};

/** `rupiahText` of a safe integer. */
function rupiah(v: number, lang: Lang): string {
  const last = amounts[lang];
  // The one not used last is replaced next.
  if (v === last.a) {
    last.next = true;
    return last.aText;
  }
  if (v === last.b) {
    last.next = false;
    return last.bText;
  }
  const text = rupiahText(v, lang);
  if (last.next) {
    last.b = v;
    last.bText = text;
  } else {
    last.a = v;
    last.aText = text;
  }
  last.next = !last.next;
  return text;
}

const OPTIONAL = /\[([^[\]|]*)(?:\|([^[\]]*))?\]/g;

const NO_OWN: BasisParams = {};

/**
 * The text of a template with its parameters. `amount`, when given, is the step's amount, which
 * takes the place of a parameter of that name (the parameters' other own keys keep theirs, as
 * `{ ...params, amount }` would hold them). `[A|B]` keeps A when every placeholder in it has a value,
 * else B; `rules` names the rules of `{x:rule}`. `parts` is the template already split, when it has no
 * `[A|B]`.
 */
function fill(
  template: string,
  parts: Parts | undefined,
  params: BasisParams,
  lang: Lang,
  amount: number | undefined,
  rules: RuleLookup | undefined,
): string {
  if (parts === undefined) {
    const chosen = template.includes('[')
      ? template.replace(OPTIONAL, (_, a: string, b = '') => {
          for (const m of a.matchAll(PLACEHOLDER)) {
            const v = param(params, m[1] as string, amount);
            if (v === undefined || v === '') return b;
          }
          return a;
        })
      : template;
    parts = compile(chosen);
  }
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string | Slot;
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const v = param(params, part.name, amount);
    if (v === undefined) {
      out += part.whole;
      continue;
    }
    // A rate is formatted once per language and value (there are a handful), the last amounts are
    // kept; every other format by formatParam, which gives undefined where the format does not fit
    // the value.
    const kind = part.kind;
    const formatted =
      kind === NONE
        ? undefined
        : kind === RUPIAH
          ? typeof v === 'number' && Number.isSafeInteger(v)
            ? rupiah(v, lang)
            : undefined
          : kind === RATE && typeof v === 'string'
            ? (rates[lang].get(v) ?? (isDecimalText(v) ? rate(v, lang) : undefined))
            : formatParam(part.format as string, v, lang, rules);
    if (formatted !== undefined) out += formatted;
    else if (typeof v === 'boolean') out += lang === 'id' ? (v ? 'ya' : 'tidak') : v ? 'yes' : 'no';
    // The library's own texts (titles, publication notes) are shown whole; anything very long is cut.
    else out += typeof v === 'string' && v.length <= 1000 ? v : showValue(v);
  }
  return out;
}

/**
 * A parameter of a template: without a step amount, as the parameters hold it; with one, as
 * `{ ...params, amount }` would hold it: the amount, or an own parameter (an inherited one is not
 * copied by a spread, so it reads as a plain object's would).
 */
function param(params: BasisParams, name: string, amount: number | undefined): BasisParam | undefined {
  if (amount === undefined) return params[name];
  if (name === 'amount') return amount;
  return (Object.hasOwn(params, name) ? params : NO_OWN)[name];
}

/** A template and its parts (`null` when it has `[A|B]`, split after the choice on every fill). */
interface Split {
  readonly template: string;
  readonly parts: Parts | null;
}

/** A message of a frozen catalogue with its templates as split on first use. */
interface Entry {
  readonly message: Message;
  id: Split | undefined;
  en: Split | undefined;
}

/** Each catalogue as a map (looking a code up in a large object costs more than in a map). */
const catalogMaps = new WeakMap<MessageCatalog, Map<string, Entry>>();
/** The catalogue looked up last, and its map: nearly every lookup is in the merged catalogue. */
let lastCatalog: MessageCatalog | undefined;
let lastMap: Map<string, Entry> | undefined;

/** The entry of a code in a frozen catalogue; `null` for a catalogue that may change. */
function entry(catalog: MessageCatalog, code: string): Entry | null | undefined {
  if (catalog === lastCatalog && lastMap !== undefined) return lastMap.get(code);
  let map = catalogMaps.get(catalog);
  if (map === undefined) {
    // Only a frozen catalogue (the library's merged one) cannot change; any other is read directly.
    if (!Object.isFrozen(catalog)) return null;
    map = new Map();
    for (const [code, message] of Object.entries(catalog))
      map.set(code, { message, id: undefined, en: undefined });
    catalogMaps.set(catalog, map);
  }
  lastCatalog = catalog;
  lastMap = map;
  return map.get(code);
}

/** @internal The message of a code in a catalogue, if it has one. */
export function lookup(catalog: MessageCatalog, code: string): Message | undefined {
  const e = entry(catalog, code);
  if (e === null) return Object.hasOwn(catalog, code) ? catalog[code] : undefined;
  return e?.message;
}

/** @internal Renders a message code with params; unknown codes render as the code and its params. */
export function message(
  catalog: MessageCatalog,
  code: string,
  params: BasisParams,
  lang: Lang,
  amount?: number,
  rules?: RuleLookup,
): string {
  const e = entry(catalog, code);
  const m = e === null ? (Object.hasOwn(catalog, code) ? catalog[code] : undefined) : e?.message;
  if (!m) return `${code} ${JSON.stringify(amount === undefined ? params : { ...params, amount })}`;
  const id = lang === 'id';
  const template = id ? m.id : m.en;
  let parts: Parts | undefined;
  if (e) {
    let split = id ? e.id : e.en;
    // (The message objects are not frozen themselves: a changed template is split again.)
    if (split === undefined || split.template !== template) {
      split = { template, parts: template.includes('[') ? null : compile(template) };
      if (id) e.id = split;
      else e.en = split;
    }
    parts = split.parts ?? undefined;
  }
  return fill(template, parts, params, lang, amount, rules);
}

const titleCodes = new Map<string, string>();

/** @internal `title.<kind>`, the code of a result's title, made once per kind. */
export function titleCode(kind: string): string {
  let code = titleCodes.get(kind);
  if (code === undefined) {
    code = `title.${kind}`;
    if (titleCodes.size < 1000) titleCodes.set(kind, code);
  }
  return code;
}

/**
 * What is kept per frozen rule reference: whether its check found it sound (only when deeply frozen),
 * its label (alone and as a step's line ends) and its line of the legal basis in each language, made
 * on first use.
 */
interface RuleTexts {
  sound: boolean;
  label: string | undefined;
  cite: string | undefined;
  id: string | undefined;
  en: string | undefined;
}

const ruleTexts = new WeakMap<object, RuleTexts>();

/** The kept texts of a rule; for a rule that is not frozen, new ones each time. */
function textsOf(ref: RuleRef): RuleTexts {
  let t = ruleTexts.get(ref);
  if (t === undefined) {
    t = { sound: false, label: undefined, cite: undefined, id: undefined, en: undefined };
    if (Object.isFrozen(ref)) ruleTexts.set(ref, t);
  }
  return t;
}

/** `PP 44/2015 Pasal 20 ayat (3) [A]`: the citations and confidence of a rule. */
function ruleLabel(ref: RuleRef, t: RuleTexts): string {
  let label = t.label;
  if (label === undefined) {
    label = `${ref.citations.map(formatCitation).join('; ')} [${ref.confidence}]`;
    t.label = label;
  }
  return label;
}

/** ` (PP 44/2015 Pasal 20 ayat (3) [A])`: the label of a step's only rule, as the step's line ends. */
function ruleCite(ref: RuleRef, t: RuleTexts): string {
  let cite = t.cite;
  if (cite === undefined) {
    cite = ` (${ruleLabel(ref, t)})`;
    t.cite = cite;
  }
  return cite;
}

/** The line of the legal basis for one rule. */
function sourceLine(r: RuleRef, t: RuleTexts, lang: Lang): string {
  let line = t[lang];
  if (line === undefined) {
    const window = `${r.from} … ${r.to ?? (lang === 'id' ? 'sekarang' : 'open')}`;
    line = `- ${r.title[lang]}: ${ruleLabel(r, t)}, ${lang === 'id' ? 'berlaku' : 'in force'} ${window}`;
    t[lang] = line;
  }
  return line;
}

const roundingNotes: Record<Lang, WeakMap<Rounding, string>> = { id: new WeakMap(), en: new WeakMap() };
/** The frozen rounding noted last and its note, per language (a basis rounds its steps alike). */
const lastRounding: Record<Lang, { rounding: Rounding | undefined; note: string }> = {
  id: { rounding: undefined, note: '' },
  en: { rounding: undefined, note: '' },
};

/** ` [dibulatkan setengah ke atas ke Rp1]`: how a step rounded (kept per frozen rounding and language). */
function roundingNote(rounding: Rounding, lang: Lang): string {
  const last = lastRounding[lang];
  if (rounding === last.rounding) return last.note;
  let note = roundingNotes[lang].get(rounding);
  if (note === undefined) {
    note =
      lang === 'id'
        ? ` [dibulatkan ${ROUNDING_NAMES.id[rounding.mode]} ke ${rupiahText(rounding.unit, lang)}]`
        : ` [rounded ${ROUNDING_NAMES.en[rounding.mode]} to ${rupiahText(rounding.unit, lang)}]`;
    if (!Object.isFrozen(rounding)) return note;
    roundingNotes[lang].set(rounding, note);
  }
  last.rounding = rounding;
  last.note = note;
  return note;
}

/** The index of the last rule of the basis with this id, or -1 (a stale lookup may repeat an id). */
function ruleIndex(rules: readonly RuleRef[], id: string): number {
  for (let i = rules.length - 1; i >= 0; i--) if ((rules[i] as RuleRef).id === id) return i;
  return -1;
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
  // The own enumerable keys in Object.entries order, without making the entries (this runs for every
  // step of every explanation).
  for (const k in params) {
    if (!Object.hasOwn(params, k)) continue;
    const v = params[k];
    if (typeof v !== 'string' && typeof v !== 'boolean' && typeof v !== 'number')
      issues.push({ path: [...path, k], message: 'must be a text, a number or true/false', received: v });
  }
}

/** Params whose every own enumerable value is a text, a number or true/false (no path made). */
function soundParams(params: unknown): boolean {
  if (!isObject(params)) return false;
  for (const k in params) {
    if (!Object.hasOwn(params, k)) continue;
    const v = params[k];
    if (typeof v !== 'string' && typeof v !== 'boolean' && typeof v !== 'number') return false;
  }
  return true;
}

/** Frozen, with data properties only (no getter could answer differently next time). */
function fixed(o: unknown): boolean {
  return (
    typeof o === 'object' &&
    o !== null &&
    Object.isFrozen(o) &&
    Object.values(Object.getOwnPropertyDescriptors(o)).every((d) => 'value' in d)
  );
}

function deeplyFrozen(r: Record<string, unknown>): boolean {
  const citations = r['citations'];
  return (
    fixed(r) &&
    fixed(r['title']) &&
    Array.isArray(citations) &&
    fixed(citations) &&
    citations.every((c: unknown) => fixed(c))
  );
}

/** A rule reference found sound before. */
function sound(r: unknown): boolean {
  return typeof r === 'object' && r !== null && ruleTexts.get(r)?.sound === true;
}

/** @internal Every problem of a rule reference under `path`. */
export function ruleRefIssues(r: unknown, path: readonly (string | number)[], issues: InputIssue[]): void {
  if (sound(r)) return;
  const before = issues.length;
  ruleRefCheck(r, path, issues);
  // A deeply frozen rule found sound cannot change since.
  if (issues.length === before && isObject(r) && deeplyFrozen(r))
    textsOf(r as unknown as RuleRef).sound = true;
}

function ruleRefCheck(r: unknown, path: readonly (string | number)[], issues: InputIssue[]): void {
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

const BASIS_LISTS = ['rules', 'steps', 'notices'] as const;
const TITLE_PARAMS_PATH = ['basis', 'titleParams'] as const;

/** @internal Every problem of a basis that would keep it from rendering. */
export function basisIssues(basis: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isObject(basis))
    return [{ path: ['basis'], message: 'must be the basis object of a result', received: basis }];
  for (const k of BASIS_LISTS)
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
  // (The paths of params are made only for params with a problem.)
  if (!soundParams(basis['titleParams'])) paramsIssues(basis['titleParams'], TITLE_PARAMS_PATH, issues);
  // Indexed loops, not forEach: a hole in an array (a forged result) is a problem like any other.
  const steps = basis['steps'] as unknown[];
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (!isObject(s) || typeof s['code'] !== 'string' || !Array.isArray(s['rules'])) {
      issues.push({
        path: ['basis', 'steps', i],
        message: 'must be a step { code, params, rules }',
        received: s,
      });
      continue;
    }
    if (!soundParams(s['params'])) paramsIssues(s['params'], ['basis', 'steps', i, 'params'], issues);
    const ids = s['rules'] as unknown[];
    for (let j = 0; j < ids.length; j++)
      if (typeof ids[j] !== 'string')
        issues.push({
          path: ['basis', 'steps', i, 'rules', j],
          message: 'must be a rule id',
          received: ids[j],
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
  }
  const notices = basis['notices'] as unknown[];
  for (let i = 0; i < notices.length; i++) {
    const n = notices[i];
    if (!isObject(n) || typeof n['code'] !== 'string')
      issues.push({
        path: ['basis', 'notices', i],
        message: 'must be a notice { code, params }',
        received: n,
      });
    else if (!soundParams(n['params'])) paramsIssues(n['params'], ['basis', 'notices', i, 'params'], issues);
  }
  const rules = basis['rules'] as unknown[];
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (!sound(r)) ruleRefIssues(r, ['basis', 'rules', i], issues);
  }
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
  const rules = basis.rules;
  const texts: RuleTexts[] = [];
  for (const r of rules) texts.push(textsOf(r));
  // A map from id to rule pays off only for a long list; a calculator's basis has a handful.
  let byId: Map<string, number> | undefined;
  if (rules.length > 16) {
    byId = new Map();
    for (let i = 0; i < rules.length; i++) byId.set((rules[i] as RuleRef).id, i);
  }
  const indexOf = (id: string): number => (byId ? (byId.get(id) ?? -1) : ruleIndex(rules, id));
  const lookupRule: RuleLookup = {
    get: (id) => {
      const i = indexOf(id);
      return i < 0 ? undefined : rules[i];
    },
  };
  const lines: string[] = [];
  lines.push(message(catalog, titleCode(kind), basis.titleParams, lang));
  for (const s of basis.steps) {
    // ` (label; label)`: a step's one rule's is kept with the rule.
    let cited = '';
    let one = -1;
    for (const id of s.rules) {
      const i = indexOf(id);
      if (i < 0) continue;
      if (one === -1 && cited === '') {
        one = i;
        continue;
      }
      if (one >= 0) {
        cited = ruleLabel(rules[one] as RuleRef, texts[one] as RuleTexts);
        one = -2;
      }
      cited += `; ${ruleLabel(rules[i] as RuleRef, texts[i] as RuleTexts)}`;
    }
    const cites =
      one >= 0 ? ruleCite(rules[one] as RuleRef, texts[one] as RuleTexts) : cited === '' ? '' : ` (${cited})`;
    const rounded = s.rounding ? roundingNote(s.rounding, lang) : '';
    lines.push(`- ${message(catalog, s.code, s.params, lang, s.amount, lookupRule)}${cites}${rounded}`);
  }
  return renderTail(catalog, basis, confidence, options, concerns, texts, lines);
}

/** `d` digits from `at` in `v`. */
function digits(v: string, at: number, d: number): boolean {
  for (let i = at; i < at + d; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `YYYY-MM` (four digits, a dash, two digits), as `/^\d{4}-\d{2}$/` tests it. */
function isMonthText(v: string): boolean {
  return v.length === 7 && v.charCodeAt(4) === 45 && digits(v, 0, 4) && digits(v, 5, 2);
}

/** `YYYY-MM-DD`, as `/^\d{4}-\d{2}-\d{2}$/` tests it. */
function isDayText(v: string): boolean {
  return (
    v.length === 10 &&
    v.charCodeAt(4) === 45 &&
    v.charCodeAt(7) === 45 &&
    digits(v, 0, 4) &&
    digits(v, 5, 2) &&
    digits(v, 8, 2)
  );
}

const CONCERNS = ['to', 'month', 'eventDate', 'asOf'] as const;
/** The month turned into its first day last (results of a month are explained one after another). */
let lastMonth = '';
let lastMonthDay = '';

/**
 * @internal The latest month or date a result concerns, from its `to`, `month`, `eventDate` or `asOf`
 * field (a month as its first day), or `undefined` when it has none.
 */
export function concernedDate(result: Readonly<Record<string, unknown>>): string | undefined {
  let latest: string | undefined;
  for (const key of CONCERNS) {
    const v = result[key];
    if (typeof v !== 'string') continue;
    let day: string | undefined;
    if (isMonthText(v)) {
      if (v !== lastMonth) {
        lastMonth = v;
        lastMonthDay = `${v}-01`;
      }
      day = lastMonthDay;
    } else if (isDayText(v)) day = v;
    if (day !== undefined && (latest === undefined || day > latest)) latest = day;
  }
  return latest;
}

/** Texts of an explanation that depend only on the catalogue, the language and a few values. */
class FixedTexts {
  private readonly texts = new Map<string, string>();
  private readonly levels = new Map<Confidence, string>();
  private readonly stamps = new WeakMap<RulebookStamp, string>();
  private readonly catalog: MessageCatalog;
  private readonly lang: Lang;

  constructor(catalog: MessageCatalog, lang: Lang) {
    this.catalog = catalog;
    this.lang = lang;
  }

  /** A message without parameters. */
  text(code: string): string {
    let text = this.texts.get(code);
    if (text === undefined) {
      text = message(this.catalog, code, {}, this.lang);
      this.texts.set(code, text);
    }
    return text;
  }

  /** The footer naming the weakest confidence. */
  confidence(level: Confidence): string {
    let text = this.levels.get(level);
    if (text === undefined) {
      text = message(this.catalog, 'footer.confidence', { level }, this.lang);
      if (this.levels.size < 8) this.levels.set(level, text);
    }
    return text;
  }

  /** The footer naming the rulebook and its data version (kept per frozen stamp). */
  rulebook(stamp: RulebookStamp): string {
    let text = this.stamps.get(stamp);
    if (text === undefined) {
      text = message(
        this.catalog,
        'footer.rulebook',
        { name: stamp.name, version: stamp.version },
        this.lang,
      );
      if (Object.isFrozen(stamp)) this.stamps.set(stamp, text);
    }
    return text;
  }
}

const fixedByCatalog = new WeakMap<MessageCatalog, Record<Lang, FixedTexts>>();

/** The fixed texts of a catalogue in a language; for a catalogue that may change, made afresh. */
function fixedTexts(catalog: MessageCatalog, lang: Lang): FixedTexts {
  let both = fixedByCatalog.get(catalog);
  if (both === undefined) {
    // (Object.isFrozen walks every key of a large catalogue, so it is asked once per catalogue.)
    if (!Object.isFrozen(catalog)) return new FixedTexts(catalog, lang);
    both = { id: new FixedTexts(catalog, 'id'), en: new FixedTexts(catalog, 'en') };
    fixedByCatalog.set(catalog, both);
  }
  return both[lang];
}

/**
 * @internal The notices, legal basis and footers of an explanation, added to `lines` (returned).
 * `texts`, when given, are the kept texts of the basis's rules, in their order.
 */
export function renderTail(
  catalog: MessageCatalog,
  basis: Pick<Basis, 'notices' | 'rules' | 'rulebook'> & { readonly steps?: Basis['steps'] },
  confidence: Confidence,
  options: ExplainOptions,
  concerns?: string | undefined,
  texts?: readonly RuleTexts[],
  lines: string[] = [],
): string[] {
  const lang = options.lang ?? 'id';
  const fixed = fixedTexts(catalog, lang);
  if (basis.notices.length) {
    lines.push(fixed.text('notices.title'));
    const rules: RuleLookup = {
      get: (id) => {
        const i = ruleIndex(basis.rules, id);
        return i < 0 ? undefined : basis.rules[i];
      },
    };
    for (const n of basis.notices)
      lines.push(`- ${message(catalog, n.code, n.params, lang, undefined, rules)}`);
  }
  if (options.sources !== false && basis.rules.length) {
    lines.push(fixed.text('sources.title'));
    const rules = basis.rules;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i] as RuleRef;
      lines.push(sourceLine(r, texts?.[i] ?? textsOf(r), lang));
    }
  }
  if (basis.steps?.some((s) => s.rounding)) lines.push(fixed.text('footer.rounding'));
  if (basis.rules.length) lines.push(fixed.confidence(confidence));
  if (basis.rulebook.name !== 'none') lines.push(fixed.rulebook(basis.rulebook));
  const checked = basis.rulebook.verifiedThrough;
  if (typeof checked === 'string' && concerns !== undefined && concerns > checked)
    lines.push(message(catalog, 'footer.verified-through', { date: checked, at: concerns }, lang));
  return lines;
}
