/**
 * Small printing helpers shared by the examples. Every example speaks one language at a time:
 * Indonesian by default, English with `--lang en` or `JAMSOSTEK_LANG=en` (read once, here). Numbers
 * are formatted for that language, and a published figure is printed beside the computed one.
 */
import { formatCount, formatRate, formatRupiah } from 'jamsostek';
import { explain, type JamsostekResult } from 'jamsostek/explain';

/** The output language of this run. */
export const lang: 'id' | 'en' = readLang();

function readLang(): 'id' | 'en' {
  const args = process.argv;
  const i = args.indexOf('--lang');
  const given =
    (i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length)) ??
    process.env['JAMSOSTEK_LANG'];
  return given === 'en' ? 'en' : 'id';
}

/** The text of this run's language. */
export function t(id: string, en: string): string {
  return lang === 'id' ? id : en;
}

/** Rupiah in this run's language: `Rp16.800` or `Rp16,800`. */
export const rp = (amount: number): string => formatRupiah(amount, lang);
/** A count in this run's language: `82.093` or `82,093`. */
export const num = (value: number): string => formatCount(value, lang);
/** A decimal-string rate as a percentage: `10,08 %` or `10.08%`. */
export const pct = (rate: string): string => formatRate(rate, lang);

const SCALE = {
  ribu: { value: 1e3, en: 'thousand' },
  juta: { value: 1e6, en: 'million' },
  miliar: { value: 1e9, en: 'billion' },
} as const;

/**
 * A rounded figure as an article writes it: `rounded(2.8, 'miliar', true)` is `Rp2,8 miliar` in
 * Indonesian and `Rp2.8 billion` in English.
 */
export function rounded(value: number, scale: keyof typeof SCALE, rupiah = false): string {
  const text = `${num(Math.trunc(value))}${value % 1 ? (lang === 'id' ? ',' : '.') + String(value).split('.')[1] : ''}`;
  return `${rupiah ? 'Rp' : ''}${text} ${lang === 'id' ? scale : SCALE[scale].en}`;
}

/** Whether the last thing printed was a heading (a table then needs no empty line before it). */
let afterHeading = true;

/** Prints an empty line and a heading. */
export function heading(text: string): void {
  flush();
  console.log(`\n=== ${text} ===`);
  afterHeading = true;
}

/** Prints a computed figure that has no published counterpart. */
export function figure(label: string, text: string): void {
  flush();
  console.log(`${label}: ${text}`);
  afterHeading = false;
}

/** Prints lines of text as they are. */
export function say(...lines: readonly string[]): void {
  flush();
  for (const line of lines) console.log(line);
  afterHeading = false;
}

/** Prints the explanation of a result in this run's language, indented. */
export function explainResult(result: JamsostekResult, options: { sources?: boolean } = {}): void {
  flush();
  console.log('');
  for (const line of explain(result, { lang, ...options })) console.log(`  ${line}`);
  afterHeading = false;
}

const NUMERIC = /^[-+≈]?\s?(Rp)?-?\d[\d.,]*( ?%| \S+)?\*?$/;

/**
 * Prints rows as an aligned table, after an empty line unless a heading was just printed. `align` has
 * one letter per column, `l` or `r`; by default the first column is left-aligned and any other column
 * is right-aligned when every cell in it is a number or an amount.
 */
export function table(rows: readonly (readonly string[])[], head?: readonly string[], align?: string): void {
  flush();
  if (!afterHeading) console.log('');
  afterHeading = false;
  const all = head ? [head, ...rows] : rows;
  const columns = Math.max(0, ...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...all.map((r) => (r[c] ?? '').length)),
  );
  const right = widths.map(
    (_, c) =>
      (align?.[c] ?? (c > 0 && rows.every((r) => !r[c] || NUMERIC.test(r[c] ?? '')) ? 'r' : 'l')) === 'r',
  );
  const line = (r: readonly string[]): string =>
    widths
      .map((w, c) => {
        const cell = r[c] ?? '';
        return right[c] ? cell.padStart(w) : cell.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  if (head) {
    console.log(`  ${line(head)}`);
    console.log(`  ${widths.map((w) => '─'.repeat(w)).join('  ')}`);
  }
  for (const r of rows) console.log(`  ${line(r)}`);
}

let mismatches = 0;
let pending: string[][] = [];

/** Prints the comparisons gathered so far as one table. */
function flush(): void {
  if (!pending.length) return;
  const rows = pending;
  pending = [];
  table(
    rows,
    [
      t('Angka', 'Figure'),
      t('Diterbitkan', 'Published'),
      t('Dihitung', 'Computed'),
      '',
      t('Sumber', 'Source'),
    ],
    'lrrll',
  );
}

/**
 * A published figure beside the computed one. A number is compared exactly (`✓` or `≠`, and the
 * example then exits non-zero); a text is a rounded figure as published (`≈`). Consecutive
 * comparisons print as one table.
 */
export function compare(
  label: string,
  published: number | string,
  computed: number,
  source: string,
  format: (n: number) => string = rp,
): void {
  const same = typeof published === 'number' ? published === computed : undefined;
  if (same === false) mismatches++;
  pending.push([
    label,
    typeof published === 'number' ? format(published) : published,
    format(computed),
    same === undefined ? '≈' : same ? '✓' : '≠',
    source,
  ]);
}

/** Ends the example: prints what is pending, and a non-zero exit code if a published figure was not reproduced. */
export function done(): void {
  flush();
  if (mismatches > 0) {
    console.error(
      t(
        `${mismatches} angka yang diterbitkan tidak terulang`,
        `${mismatches} published figure(s) not reproduced`,
      ),
    );
    process.exitCode = 1;
  }
}
