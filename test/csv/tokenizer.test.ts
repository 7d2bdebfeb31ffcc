/**
 * The CSV record splitter against csv-parse itself: on generated files with quotes, delimiters, every
 * kind of line break and byte order marks, cut into chunks at random places, the records (fields and
 * the physical line each starts on) are exactly those csv-parse reads from the whole file with the
 * options the reader uses (`relax_quotes`, `record_delimiter: CRLF, LF, CR`, `skip_empty_lines`).
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../../src/csv/tokenizer.ts';

interface Rec {
  line: number;
  fields: string[] | 'unclosed';
}

const OPTIONS = {
  relax_quotes: true,
  relax_column_count: true,
  record_delimiter: ['\r\n', '\n', '\r'],
  skip_empty_lines: true,
  bom: true,
  raw: true,
  skip_records_with_error: true,
};

/** Physical line breaks in a text: CRLF, LF and CR each count once. */
function breaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\r') n++;
    else if (s[i] === '\n' && s[i - 1] !== '\r') n++;
  }
  return n;
}

/**
 * csv-parse on the whole text. The line a record starts on is counted in the text itself: from the
 * end of the record before it (`info.bytes`, bytes read up to its line break), past empty lines.
 */
function reference(text: string, delimiter: string): { records: Rec[]; error: boolean } {
  let error = false;
  const out = parse(text, {
    ...OPTIONS,
    raw: false,
    info: true,
    delimiter,
    on_skip: () => {
      error = true;
    },
  }) as unknown as { record: string[]; info: { bytes: number } }[];
  const bytes = Buffer.from(text);
  const records: Rec[] = [];
  let end = 0;
  for (const { record, info } of out) {
    let start = end;
    while (start < text.length && '\r\n\uFEFF'.includes(text[start] as string)) start++;
    records.push({ line: 1 + breaks(text.slice(0, start)), fields: record });
    end = bytes.subarray(0, info.bytes).toString().length;
  }
  return { records, error };
}

/** The tokenizer on the text cut at `cuts`, quoted records parsed one by one by csv-parse. */
function tokenize(text: string, delimiter: string, cuts: number[], max = 7, byLine = false): Rec[] {
  const records: Rec[] = [];
  const t = new CsvTokenizer(delimiter, {
    // With byLine, plain records are taken from the text ranges the tokenizer hands over: whole
    // stretches of lines (at most 3 read at a time, so that the rest come again) and single lines.
    linesRead: 0,
    takesLines: byLine,
    lines(all, start, end, line) {
      let n = 0;
      let pos = start;
      while (n < 3) {
        const lf = all.indexOf('\n', pos);
        if (lf === -1 || lf >= end) break;
        if (lf > pos) records.push({ line: line + n, fields: all.slice(pos, lf).split(delimiter) });
        n++;
        pos = lf + 1;
      }
      this.linesRead = n;
      return pos;
    },
    line: (all, start, end, line) => {
      if (byLine) records.push({ line, fields: all.slice(start, end).split(delimiter) });
      return byLine;
    },
    fields: (fields, line) => records.push({ line, fields }),
    quoted: (raw, line) => {
      const [fields] = parse(raw, { ...OPTIONS, raw: false, bom: false, delimiter }) as string[][];
      records.push({ line, fields: fields ?? [] });
    },
    unclosed: (line) => records.push({ line, fields: 'unclosed' }),
  });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    const end = Math.min(c, body.length);
    if (end <= at) continue;
    t.push(body.slice(at, end));
    while (t.run(max));
    at = end;
  }
  t.push(body.slice(at));
  while (t.run(max));
  t.end();
  while (t.run(max));
  return records;
}

const piece = fc.constantFrom(
  'a',
  'bc',
  ' ',
  'é',
  '"',
  '""',
  ';',
  ',',
  '\t',
  '\n',
  '\r',
  '\r\n',
  'O"Brien',
  '"x"',
  '"y;z"',
  '"a\r\nb"',
);

const file = fc
  .tuple(fc.boolean(), fc.array(piece, { maxLength: 40 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

describe('CsvTokenizer', () => {
  it('reads every generated file as csv-parse reads it, whatever the chunks (property)', () => {
    fc.assert(
      fc.property(
        file,
        fc.constantFrom(';', ',', '\t'),
        fc.array(fc.nat(60), { maxLength: 6 }),
        (text, delimiter, cuts) => {
          const ref = reference(text, delimiter);
          const mine = tokenize(text, delimiter, cuts);
          if (!ref.error) {
            expect(mine).toEqual(ref.records);
            return;
          }
          // csv-parse stops at a quote that never closes: the records before it are the same, then the
          // record is reported as unclosed (and the tokenizer reads on from the next line).
          const bad = mine.findIndex((r) => r.fields === 'unclosed');
          expect(bad).toBe(ref.records.length);
          expect(mine.slice(0, bad)).toEqual(ref.records);
          expect(mine.filter((r) => r.fields === 'unclosed')).toHaveLength(1);
        },
      ),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('reads text without quotes and CRs (split a chunk at a time) as csv-parse reads it, whatever the chunks and batch sizes (property)', () => {
    const plain = fc
      .array(fc.constantFrom('a', 'bc', ' ', 'é', ';', ',', '\t', '\n', '\n\n'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        plain,
        fc.constantFrom(';', ',', '\t'),
        fc.array(fc.nat(80), { maxLength: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (text, delimiter, cuts, max, byLine) => {
          // Plain records handed over as a text range (the CSV reader's direct path) read the same.
          expect(tokenize(text, delimiter, cuts, max, byLine)).toEqual(reference(text, delimiter).records);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('splits a file without any delimiter in linear time: 300.000 one-field lines', () => {
    const text = '3509010101900001\n'.repeat(300_000);
    const t = new CsvTokenizer(';', {
      linesRead: 0,
      takesLines: false,
      lines: (_, start) => start,
      line: () => false,
      fields: (fields) => {
        if (fields.length !== 1 || fields[0] !== '3509010101900001') throw new Error(String(fields));
        n++;
      },
      quoted: () => undefined,
      unclosed: () => undefined,
    });
    let n = 0;
    t.push(text);
    t.end();
    while (t.run(2048));
    expect(n).toBe(300_000);
  });

  it('reads the records after an unclosed quote again from the next line, at their own lines', () => {
    const text = 'a;b\n1;"Budi\n2;x\n3;""y\n4;z';
    expect(tokenize(text, ';', [])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: 'unclosed' },
      { line: 3, fields: ['2', 'x'] },
      // `""y`: the quote after the opening one is followed by text, so it closes (csv-parse keeps both).
      { line: 4, fields: ['3', '""y'] },
      { line: 5, fields: ['4', 'z'] },
    ]);
  });

  it('counts a quoted field over three lines as one record at its first line, then the lines after it', () => {
    expect(tokenize('h\r\n"a\r\nb\rc"\r\nd\n', ',', [3, 4, 9])).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['a\r\nb\rc'] },
      { line: 5, fields: ['d'] },
    ]);
  });
});
