/**
 * What text shown to a reader in one language must not contain: numbers in the other language's
 * style, unfilled placeholders, `-` standing for a missing value, object dumps, and vocabulary values
 * in their code form or in the other language. Used on `explain` output and on the examples' output.
 */
type Lang = 'id' | 'en';

interface Check {
  readonly what: string;
  readonly re: RegExp;
}

const COMMON: readonly Check[] = [
  { what: 'an unfilled placeholder', re: /\{\w+(:\w+)?\}/ },
  { what: 'an object dump', re: /\{ |\[Object|\[object|: \[|^\s*\}|^\s*\]/ },
  { what: 'undefined, null or NaN', re: /\bundefined\b|\bNaN\b|\bnull\b/ },
  { what: 'a value cut short', re: /\w\.\.\.(?!\.)/ },
  { what: 'a lone "-" for a missing value', re: /(?:^|[\s(])-(?=[\s),.;:]|$)/ },
  { what: 'an ungrouped number', re: /(?<![\d.,/#-])(?!(?:19|20)\d\d(?!\d))\d{4,10}(?![\d/-])/ },
  { what: 'a raw funding channel', re: /→ APBD/ },
];

const BY_LANG: Readonly<Record<Lang, readonly Check[]>> = {
  id: [
    { what: 'English digit grouping', re: /(?<![\d.,])\d{1,3}(,\d{3})+(?![\d,])/ },
    { what: 'an English decimal point', re: /(?<![\d.])\d+\.\d{1,2}(?![\d.])/ },
    { what: 'a percent sign without a space', re: /\d%/ },
    {
      what: 'an English word or a code value',
      re: /\b(self|self-employed|employer|worker|workers|other|transport|micro|small|medium|large|university|each|the|and|of|months?|rows?|yes|no)\b/,
    },
  ],
  en: [
    { what: 'Indonesian digit grouping', re: /(?<![\d.,])\d{1,3}(\.\d{3})+(?![\d.])/ },
    { what: 'an Indonesian decimal comma', re: /(?<![\d,])\d+,\d{1,2}(?![\d,])/ },
    { what: 'a space before a percent sign', re: /\d %/ },
    {
      what: 'an Indonesian word',
      re: /\b(WNI|WNA|lainnya|sendiri|bulan|tahun|pekerja|peserta|yang|untuk|dibayar|iuran|ya|tidak)\b/,
    },
  ],
};

/** Kemendagri region codes (`35.09`, `35.09.01`) are codes, not numbers. */
const REGION = /\b\d{2}(\.\d{2}){1,2}(\.\d{4})?\b/g;
/** Code identifiers of the library, rule ids (`pu.jp.wage-cap`) and file paths: the same in both languages. */
const CODE =
  /`[^`]*`|(?<=^|\s)\/\S+|\b(jpWageCapIndexation|previousCap|gdpGrowth)\b[^,;)]*|\((?:[a-z0-9-]+\.)+[a-z0-9.-]+\)/g;
/** Citations after a step (`(PP 44/2015 Pasal 20 ayat (3) [A])`) and in the legal basis: Indonesian in both languages. */
const CITATION =
  / \((?:[^()]|\([^()]*\))*\[[ABCU]\]\)|: (?:[^()]|\([^()]*\))*\[[ABCU]\], (?:berlaku|in force) .*$/g;

/** Every problem of `lines` shown to a reader of `lang`, as `what: line`. */
export function voiceProblems(lines: readonly string[], lang: Lang): string[] {
  const problems: string[] = [];
  for (const raw of lines) {
    const line = raw
      .replace(/^\s*- /, '')
      .replace(CITATION, '')
      .replace(REGION, 'REGION')
      .replace(CODE, 'CODE');
    for (const { what, re } of [...COMMON, ...BY_LANG[lang]])
      if (re.test(line)) problems.push(`${what}: ${raw}`);
  }
  return problems;
}
