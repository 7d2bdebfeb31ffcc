/**
 * Generates `docs/rules.md` (every series of the official rulebook), `docs/open-questions.md` (every
 * version with confidence `C` or `U`) and the law calendar `docs/law-calendar.md` with its Indonesian
 * twin `docs/id/law-calendar.md` (every known change after the date the rulebook was checked through)
 * from the rulebook itself, so the pages cannot drift from the data.
 *
 * Usage: `npm run docs:rules` (writes the four files). `test/rules-doc.test.ts` regenerates the text in
 * memory and compares it with the committed files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OFFICIAL_RULEBOOK, type RuleSeries, type RuleVersion } from '../src/entries/rulebook.ts';
import { formatRate, formatRupiah, type Rulebook, type RuleValue } from '../src/index.ts';
import { nextDue } from '../src/rulebook/rhythm.ts';

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
  jht: 'Old-age savings (JHT)',
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
  'min',
  'max',
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

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function rhythmLine(series: RuleSeries): string | undefined {
  const r = series.rhythm;
  if (!r) return undefined;
  const every = r.everyYears === 1 ? 'every year' : `every ${r.everyYears} years`;
  const when = `from 1 ${MONTHS_EN[r.month - 1]}`;
  return r.kind === 'reset'
    ? `Rhythm: the law sets a new value ${every}, applying ${when}; published by ${md(r.publishedBy.en)}. A lookup from the day a new version was due, while the rulebook has none, returns the last value as stale (confidence \`U\`, notice \`rule.stale\`).`
    : `Rhythm: the law requires a review ${every} (around ${when.slice(5)}): ${md(r.publishedBy.en)}. The value stays in force until an instrument changes it.`;
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
    `Every rule the library applies, as held in \`OFFICIAL_RULEBOOK\` (exported by \`jamsostek/rulebook\`, data version`,
    `\`${rulebook.version}\`, checked against the law through ${rulebook.verifiedThrough ?? 'no date'}): ${all.length} series`,
    `with ${versions} versions in all, grouped by topic. Each version shows its window (the first day is included, the end day is not), its`,
    'value, the instrument and article it comes from, and the confidence of the value: `A` read in the',
    'regulation text, `B` two or more independent sources agree, `C` a single source or partly conflicting',
    'sources, `U` unverified. Rates are shown as percentages and amounts in rupiah. This page is generated from',
    'the rulebook itself, so it always matches what the calculators use; the values that are still uncertain',
    'are collected in [Open legal questions](open-questions.md), and the dated changes ahead in the',
    '[law calendar](law-calendar.md).',
    '',
  ];
  for (const [topic, series] of byTopic(rulebook)) {
    out.push(`## ${topicTitle(topic)}`, '');
    for (const s of series) {
      out.push(`### \`${s.id}\``, '');
      out.push(`${md(s.title.en)} (${md(s.title.id)}). Unit: ${s.unit}; ${KEYED_BY[s.keyedBy]}.`, '');
      const rhythm = rhythmLine(s);
      if (rhythm !== undefined) out.push(rhythm, '');
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

type Lang = 'en' | 'id';

/** One dated event of the law calendar. */
interface CalendarEvent {
  readonly date: string;
  readonly series: RuleSeries;
  readonly kind: 'start' | 'end' | 'due' | 'review';
  readonly version: AnyVersion;
}

/** Every known change after `since`: versions that start or end, new values due, reviews due. */
function calendarEvents(rulebook: Rulebook, since: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const s of Object.values(rulebook.series) as RuleSeries[]) {
    const versions = s.versions as readonly AnyVersion[];
    versions.forEach((v, i) => {
      if (i > 0 && v.from > since) events.push({ date: v.from, series: s, kind: 'start', version: v });
      const next = versions[i + 1];
      // The end of a series whose next version is due that day is told by the 'due' row.
      const dueThen = s.rhythm?.kind === 'reset' && v.to === nextDue(v.from, s.rhythm);
      if (v.to !== undefined && v.to > since && next === undefined && !dueThen)
        events.push({ date: v.to, series: s, kind: 'end', version: v });
    });
    const last = versions[versions.length - 1];
    if (s.rhythm && last) {
      const due = nextDue(last.from, s.rhythm);
      if (due > since)
        events.push({
          date: due,
          series: s,
          kind: s.rhythm.kind === 'reset' ? 'due' : 'review',
          version: last,
        });
    }
  }
  const order = { end: 0, start: 1, due: 2, review: 3 };
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || order[a.kind] - order[b.kind] || a.series.id.localeCompare(b.series.id),
  );
}

function previousMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function eventText(e: CalendarEvent, lang: Lang): string {
  const full = md(formatValue(e.series, e.version.value));
  // Long tables (coverage targets) are named, not printed: they are in the rulebook page.
  const value = full.length <= 60 ? full : lang === 'en' ? 'the current value' : 'nilai saat ini';
  const monthly = e.series.keyedBy === 'contribution-month';
  const month = e.date.slice(0, 7);
  const by = e.series.rhythm ? md(e.series.rhythm.publishedBy[lang]) : '';
  if (lang === 'en') {
    switch (e.kind) {
      case 'start':
        return full.length <= 60
          ? `New value ${value}${monthly ? ` from contribution month ${month}` : ''}.`
          : `New version${monthly ? ` from contribution month ${month}` : ''} (its value is on the rulebook page).`;
      case 'end':
        return `Ends: ${value} applies for the last time ${monthly ? `to contribution month ${previousMonth(e.date)}` : `on the day before ${e.date}`}; no later version is known.`;
      case 'due':
        return e.version.to === undefined
          ? `New value due (${by}). Until it is added, lookups from this date return the last value ${value} as stale (confidence \`U\`, notice \`rule.stale\`).`
          : `The last version (${value}) ends; the next is due (${by}) and not yet in the rulebook, so lookups from this date find no rule in force (\`RULE_NOT_IN_FORCE\`).`;
      default:
        return `Review due (${by}); ${value} stays in force until an instrument changes it.`;
    }
  }
  switch (e.kind) {
    case 'start':
      return full.length <= 60
        ? `Nilai baru ${value}${monthly ? ` sejak bulan iuran ${month}` : ''}.`
        : `Versi baru${monthly ? ` sejak bulan iuran ${month}` : ''} (nilainya ada di halaman buku aturan).`;
    case 'end':
      return `Berakhir: ${value} berlaku terakhir ${monthly ? `untuk bulan iuran ${previousMonth(e.date)}` : `pada hari sebelum ${e.date}`}; belum ada versi sesudahnya.`;
    case 'due':
      return e.version.to === undefined
        ? `Nilai baru jatuh tempo (${by}). Sampai ditambahkan, pencarian sejak tanggal ini mengembalikan nilai terakhir ${value} sebagai nilai usang (keyakinan \`U\`, catatan \`rule.stale\`).`
        : `Versi terakhir (${value}) berakhir; nilai berikutnya jatuh tempo (${by}) dan belum ada di buku aturan, sehingga pencarian sejak tanggal ini tidak menemukan aturan yang berlaku (\`RULE_NOT_IN_FORCE\`).`;
    default:
      return `Evaluasi jatuh tempo (${by}); ${value} tetap berlaku sampai diubah.`;
  }
}

function calendarPage(rulebook: Rulebook, lang: Lang): string {
  const since = rulebook.verifiedThrough ?? '0000-00-00';
  const events = calendarEvents(rulebook, since);
  const rel = lang === 'en' ? '' : '../';
  const intro =
    lang === 'en'
      ? [
          '# Law calendar',
          '',
          `The changes the official rulebook knows of after ${since}, the date through which it was checked against the`,
          `law (\`OFFICIAL_RULEBOOK.verifiedThrough\`), in date order: versions that start, temporary rules that end, new`,
          'values the law requires on a rhythm (the JP wage cap every March, the JP benefit limits every year …) and',
          'reviews it requires. A new value that is due but not yet published is not invented: lookups past its due',
          'date return the last value as stale, with confidence `U` and a `rule.stale` notice that names the missing',
          'publication; supply it with `withRules` when it appears. Contribution rules are keyed on the contribution',
          `month, benefit rules on the date of the event. Every rule is in [The rulebook](${rel}rules.md). This page is`,
          'generated from the rulebook (`npm run docs:rules`).',
          '',
        ]
      : [
          '# Kalender hukum',
          '',
          `Perubahan yang diketahui buku aturan resmi sesudah ${since}, tanggal terakhir buku aturan diperiksa terhadap`,
          `peraturan (\`OFFICIAL_RULEBOOK.verifiedThrough\`), urut tanggal: versi yang mulai berlaku, aturan sementara yang`,
          'berakhir, nilai baru yang diwajibkan peraturan secara berkala (batas upah JP setiap Maret, batas manfaat JP',
          'setiap tahun …) dan evaluasi yang diwajibkan. Nilai baru yang jatuh tempo tetapi belum diterbitkan tidak',
          'dikarang: pencarian sesudah tanggal jatuh temponya mengembalikan nilai terakhir sebagai nilai usang, dengan',
          'keyakinan `U` dan catatan `rule.stale` yang menyebut terbitan yang belum ada; pasang dengan `withRules` bila',
          'sudah terbit. Aturan iuran dicari menurut bulan iuran, aturan manfaat menurut tanggal kejadian. Semua aturan',
          `ada di [Buku aturan](${rel}rules.md). Halaman ini dihasilkan dari buku aturan (\`npm run docs:rules\`).`,
          '',
        ];
  const basis = lang === 'en' ? 'Basis' : 'Dasar';
  const rows = events.flatMap((e) => [
    `- **${e.date}**: \`${e.series.id}\` (${md(e.series.title[lang])}). ${eventText(e, lang)}`,
    `  - ${basis}: ${md(citations(e.version))}`,
  ]);
  return `${HEADER}\n\n${[...intro, ...rows].join('\n')}\n`;
}

/** The generated pages, as markdown text. */
export interface RulesDocs {
  /** `docs/rules.md`. */
  readonly rules: string;
  /** `docs/open-questions.md`. */
  readonly openQuestions: string;
  /** `docs/law-calendar.md`. */
  readonly calendar: string;
  /** `docs/id/law-calendar.md`. */
  readonly calendarId: string;
}

/** Renders the pages from a rulebook (the official one by default). */
export function renderRulesDocs(rulebook: Rulebook = OFFICIAL_RULEBOOK): RulesDocs {
  return {
    rules: rulesPage(rulebook),
    openQuestions: openQuestionsPage(rulebook),
    calendar: calendarPage(rulebook, 'en'),
    calendarId: calendarPage(rulebook, 'id'),
  };
}

/** Where the pages are written, relative to the repository root. */
export const RULES_DOC_PATHS = {
  rules: 'docs/rules.md',
  openQuestions: 'docs/open-questions.md',
  calendar: 'docs/law-calendar.md',
  calendarId: 'docs/id/law-calendar.md',
} as const;

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const docs = renderRulesDocs();
  for (const key of Object.keys(RULES_DOC_PATHS) as (keyof typeof RULES_DOC_PATHS)[])
    writeFileSync(join(root, RULES_DOC_PATHS[key]), docs[key]);
  console.log(`wrote ${Object.values(RULES_DOC_PATHS).join(', ')}`);
}
