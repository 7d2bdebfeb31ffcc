/**
 * Generates `docs/rules.md` (every series of the official rulebook) and `docs/open-questions.md` (every
 * version with confidence `C` or `U`) from the rulebook itself, so the pages cannot drift from the data.
 *
 * Usage: `npm run docs:rules` (writes both files). `test/rules-doc.test.ts` regenerates the text in memory
 * and compares it with the committed files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OFFICIAL_RULEBOOK, type RuleSeries, type RuleVersion } from '../src/entries/rulebook.ts';
import { formatRate, formatRupiah, type Rulebook, type RuleValue } from '../src/index.ts';

type AnyVersion = RuleVersion<unknown>;

/** Headings for the id prefixes; a prefix not listed here is shown as is. */
const TOPICS: Readonly<Record<string, string>> = {
  bpu: 'BPU contributions (self-employed and pekerja rentan)',
  pu: 'PU contributions (wage earners)',
  relief: 'Contribution reliefs',
  migrant: 'Migrant workers (PMI)',
  construction: 'Construction services',
  participant: 'Participation',
  jp: 'Pension (JP)',
  jkp: 'Job-loss insurance (JKP)',
  jkm: 'Death benefit (JKM)',
  jkk: 'Work-accident benefit (JKK)',
  scholarship: 'Scholarships',
  arrears: 'Arrears',
  coverage: 'Coverage targets',
  calendar: 'Payment calendar (due dates, holidays, late fines)',
};

const TOPIC_ORDER = Object.keys(TOPICS);

const KEYED_BY: Readonly<Record<RuleSeries['keyedBy'], string>> = {
  'contribution-month': 'looked up on the first day of the contribution month',
  'event-date': 'looked up on the date of the event',
  date: 'looked up on the date',
};

/** Keys whose numbers are rupiah amounts in table values. */
const RUPIAH_KEYS = new Set([
  'amount',
  'perYear',
  'lumpSum',
  'funeral',
  'land',
  'sea',
  'air',
  'upTo',
  'income',
  'unit',
]);

const DECIMAL = /^-?\d+(\.\d+)?$/;

function isLocalized(v: RuleValue): v is { readonly id: string; readonly en: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length === 2 &&
    typeof (v as Record<string, RuleValue>)['id'] === 'string' &&
    typeof (v as Record<string, RuleValue>)['en'] === 'string'
  );
}

/** A day of the holiday list: shown as its date and English name (the names of joint leave say so). */
function isHoliday(
  v: RuleValue,
): v is { readonly date: string; readonly name: { readonly id: string; readonly en: string } } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Readonly<Record<string, RuleValue>>;
  const name = o['name'];
  return (
    typeof o['date'] === 'string' && typeof o['kind'] === 'string' && name !== undefined && isLocalized(name)
  );
}

/** A value inside a table: decimal strings are rates, amount-like numbers are rupiah. */
function tableValue(v: RuleValue, key: string | undefined): string {
  if (v === null) return 'no limit';
  if (typeof v === 'string') return DECIMAL.test(v) ? formatRate(v, 'en') : v;
  if (typeof v === 'number') {
    if (key !== undefined && RUPIAH_KEYS.has(key)) return formatRupiah(v);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (isLocalized(v)) return v.en;
  if (isHoliday(v)) return `${v.date} ${v.name.en}`;
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== 'object' || x === null))
      return v.map((x) => tableValue(x, key)).join(', ');
    return v.map((x) => tableValue(x, key)).join('; ');
  }
  const entries = Object.entries(v as Readonly<Record<string, RuleValue>>);
  return entries
    .map(([k, x]) => {
      const inner = tableValue(x, k);
      return typeof x === 'object' && x !== null && !isLocalized(x) ? `${k}: (${inner})` : `${k}: ${inner}`;
    })
    .join(', ');
}

/** The value of a version, readable: rates as percentages, amounts in rupiah, tables summarised. */
export function formatValue(series: RuleSeries, value: unknown): string {
  return formatRuleValue(series, value as RuleValue);
}

function formatRuleValue(series: RuleSeries, value: RuleValue): string {
  switch (series.unit) {
    case 'rate':
      return typeof value === 'string' ? formatRate(value, 'en') : tableValue(value, undefined);
    case 'rupiah':
      return typeof value === 'number' ? formatRupiah(value) : tableValue(value, undefined);
    case 'months':
      return typeof value === 'number'
        ? `${value} ${value === 1 ? 'month' : 'months'}`
        : tableValue(value, undefined);
    case 'years':
      return typeof value === 'number'
        ? `${value} ${value === 1 ? 'year' : 'years'}`
        : tableValue(value, undefined);
    default:
      return tableValue(value, undefined);
  }
}

function md(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/\*/g, '\\*').replace(/_/g, '\\_');
}

function window(v: AnyVersion): string {
  return v.to === undefined ? `from ${v.from}, no end date` : `from ${v.from} to ${v.to} (exclusive)`;
}

function citations(v: AnyVersion): string {
  return v.citations.map((c) => `${c.instrument} ${c.article}`).join('; ');
}

function topicOf(id: string): string {
  return id.split('.')[0] ?? id;
}

function byTopic(rulebook: Rulebook): [string, RuleSeries[]][] {
  const groups = new Map<string, RuleSeries[]>();
  for (const s of Object.values(rulebook.series)) {
    const t = topicOf(s.id);
    const list = groups.get(t) ?? [];
    list.push(s);
    groups.set(t, list);
  }
  const rank = (t: string) => {
    const i = TOPIC_ORDER.indexOf(t);
    return i < 0 ? TOPIC_ORDER.length : i;
  };
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}

function topicTitle(t: string): string {
  return TOPICS[t] ?? t;
}

function versionLines(series: RuleSeries, v: AnyVersion): string[] {
  const out = [
    `- **${window(v)}**, confidence \`${v.confidence}\`: ${md(formatValue(series, v.value))}`,
    `  - Citation: ${md(citations(v))}`,
  ];
  if (v.note !== undefined) out.push(`  - Note: ${md(v.note)}`);
  return out;
}

const HEADER =
  '<!-- Generated by scripts/gen-rules-doc.ts from the official rulebook: do not edit by hand. Run `npm run docs:rules`. -->';

function rulesPage(rulebook: Rulebook): string {
  const all = Object.values(rulebook.series);
  const versions = all.reduce((n, s) => n + s.versions.length, 0);
  const out: string[] = [
    HEADER,
    '',
    '# The rulebook',
    '',
    `Every rule the library applies, as held in \`OFFICIAL_RULEBOOK\` (exported by \`jamsostek/rulebook\`): ${all.length} series`,
    `with ${versions} versions in all, grouped by topic. Each version shows its window (the first day is included, the end day is not), its`,
    'value, the instrument and article it comes from, and the confidence of the value: `A` read in the',
    'regulation text, `B` two or more independent sources agree, `C` a single source or partly conflicting',
    'sources, `U` unverified. Rates are shown as percentages and amounts in rupiah. This page is generated from',
    'the rulebook itself, so it always matches what the calculators use; the values that are still uncertain',
    'are collected in [Open legal questions](open-questions.md).',
    '',
  ];
  for (const [topic, series] of byTopic(rulebook)) {
    out.push(`## ${topicTitle(topic)}`, '');
    for (const s of series) {
      out.push(`### \`${s.id}\``, '');
      out.push(`${md(s.title.en)} (${md(s.title.id)}). Unit: ${s.unit}; ${KEYED_BY[s.keyedBy]}.`, '');
      for (const v of s.versions) out.push(...versionLines(s, v));
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function openQuestionsPage(rulebook: Rulebook): string {
  const groups = byTopic(rulebook)
    .map(([topic, series]) => {
      const items = series.flatMap((s) =>
        s.versions.filter((v) => v.confidence === 'C' || v.confidence === 'U').map((v) => ({ s, v })),
      );
      return [topic, items] as const;
    })
    .filter(([, items]) => items.length > 0);
  const count = groups.reduce((n, [, items]) => n + items.length, 0);
  const out: string[] = [
    HEADER,
    '',
    '# Open legal questions',
    '',
    `These ${count} rule versions ship with confidence \`C\` (a single source, or sources that partly conflict) or`,
    '`U` (unverified): the library needs a value to answer, but the regulation text behind it has not been',
    'read, or its reading is disputed. Every result that uses one of them carries that confidence and a',
    'notice, so nothing hides the doubt. The note under each item says what is missing. If you can settle one',
    '(an official copy of an annex, a circular, a published figure), please open an issue with the source;',
    'until then you can substitute your own reading with `withRules`. Every rule, certain or not, is listed',
    'in [The rulebook](rules.md).',
    '',
  ];
  for (const [topic, items] of groups) {
    out.push(`## ${topicTitle(topic)}`, '');
    for (const { s, v } of items) {
      out.push(
        `- \`${s.id}\` (${md(s.title.en)}), **${window(v)}**, confidence \`${v.confidence}\`: ${md(formatValue(s, v.value))}`,
        `  - Citation: ${md(citations(v))}`,
        `  - Open question: ${v.note === undefined ? 'no note recorded.' : md(v.note)}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The two generated pages, as markdown text. */
export interface RulesDocs {
  /** `docs/rules.md`. */
  readonly rules: string;
  /** `docs/open-questions.md`. */
  readonly openQuestions: string;
}

/** Renders both pages from a rulebook (the official one by default). */
export function renderRulesDocs(rulebook: Rulebook = OFFICIAL_RULEBOOK): RulesDocs {
  return { rules: rulesPage(rulebook), openQuestions: openQuestionsPage(rulebook) };
}

/** Where the pages are written, relative to the repository root. */
export const RULES_DOC_PATHS = { rules: 'docs/rules.md', openQuestions: 'docs/open-questions.md' } as const;

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const docs = renderRulesDocs();
  writeFileSync(join(root, RULES_DOC_PATHS.rules), docs.rules);
  writeFileSync(join(root, RULES_DOC_PATHS.openQuestions), docs.openQuestions);
  console.log(`wrote ${RULES_DOC_PATHS.rules} and ${RULES_DOC_PATHS.openQuestions}`);
}
