/**
 * The rows the file readers build from records, against the plain algorithm they replace: every value
 * trimmed with `String.prototype.trim`, empty values left out, each value stored with `row[key] = v`
 * (`__proto__` defined as an own property). On random headers (roster columns under any spelling,
 * repeated columns, unknown and empty headers, `__proto__`, custom columns) and random records (white
 * space of every kind, empty cells, short and long records, numbers and nulls as a spreadsheet gives
 * them), the rows are the same (same own properties in the same order, same values, same prototype) and
 * the issues are the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeaderReader } from '../../src/roster/columns.ts';
import type { RosterIssue, RosterRow } from '../../src/roster/types.ts';

/** The plain algorithm: a copy of the row building as it was, over the reader's column keys. */
function referenceBuild(
  keys: readonly string[],
  cells: readonly unknown[],
  strictWidth: boolean,
): { row: RosterRow; issues: RosterIssue[] | null } {
  const cols = keys.map((key, i) => ({
    key,
    define: key === '__proto__',
    first: keys.indexOf(key) < i ? keys.indexOf(key) : -1,
  }));
  const hasDuplicates = cols.some((c) => c.first >= 0);
  let issues: RosterIssue[] | null = null;
  const issue = (i: RosterIssue): void => {
    if (issues) issues.push(i);
    else issues = [i];
  };
  const row: Record<string, unknown> = {};
  const n = cells.length;
  const width = cols.length;
  if (strictWidth && n < width)
    issue({
      path: [],
      code: 'SHORT_ROW',
      message: `has ${n} fields where the header has ${width}; no field is guessed`,
      received: n,
    });
  for (let i = 0; i < width && i < n; i++) {
    let v = cells[i];
    if (typeof v === 'string') {
      v = v.trim();
      if (v === '') continue;
    } else if (v === null || v === undefined) continue;
    const c = cols[i] as (typeof cols)[number];
    if (hasDuplicates && c.first >= 0 && Object.hasOwn(row, c.key)) {
      const before = row[c.key];
      if (before !== v)
        issue({
          path: [c.key],
          code: 'CONFLICTING_COLUMNS',
          message: `the column ${c.key} appears twice with different values`,
          received: [before, v],
        });
      continue;
    }
    if (c.define)
      Object.defineProperty(row, c.key, { value: v, enumerable: true, writable: true, configurable: true });
    else row[c.key] = v;
  }
  for (let i = width; i < n; i++) {
    const v = cells[i];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    issue({
      path: [],
      code: 'EXTRA_FIELDS',
      message: strictWidth
        ? `has ${n} fields where the header has ${width}: a value beyond the last column (a separator inside an unquoted field?)`
        : `has a value in a column without a header (column ${i + 1})`,
      received: v,
    });
    break;
  }
  return { row, issues };
}

const HEADERS = [
  'NIK',
  'nik',
  ' Nama ',
  'Penghasilan',
  'Sumber Dana',
  'sumber_dana',
  'Mulai',
  'Sampai',
  'Wilayah',
  'Desa',
  'Tanggal Lahir',
  'JK',
  'Dibiayai Program',
  'Catatan',
  '',
  '  ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'payer',
  'Kolom X',
];

const CELLS: unknown[] = [
  '',
  ' ',
  '\t',
  'a',
  ' a ',
  'a ',
  '\ta',
  '\u00a0x',
  'x\u3000',
  '\ufeffb',
  '\u2028',
  '\u0001c',
  'd\u007f',
  '\u0085',
  'é',
  ' é ',
  '~',
  '3509010101900001',
  '1.000.000',
  'APBD',
  'apbd ',
  0,
  1_000_000,
  null,
  undefined,
  true,
];

const custom = fc.constantFrom<Record<string, string>>(
  {},
  { Catatan: 'note' },
  { 'Kolom X': 'nik' },
  { Catatan: '__proto__' },
  { 'Kolom X': ' toString ' },
);

describe('HeaderReader.build', () => {
  it('builds exactly the rows and issues of the plain algorithm (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...HEADERS), { maxLength: 8 }),
        custom,
        fc.array(fc.array(fc.constantFrom(...CELLS), { maxLength: 10 }), { maxLength: 12 }),
        fc.boolean(),
        (header, columns, records, strictWidth) => {
          const reader = new HeaderReader(header, { columns }, (i) => `column ${i + 1}`, 'test header');
          const keys = reader.keys;
          for (const cells of records) {
            const want = referenceBuild(keys, cells, strictWidth);
            const got = reader.build(cells, strictWidth);
            expect(got).toStrictEqual(want.row);
            expect(Reflect.ownKeys(got)).toEqual(Reflect.ownKeys(want.row));
            expect(Object.getPrototypeOf(got)).toBe(Object.getPrototypeOf(want.row));
            for (const k of Reflect.ownKeys(want.row))
              expect(Object.getOwnPropertyDescriptor(got, k)).toEqual(
                Object.getOwnPropertyDescriptor(want.row, k),
              );
            expect(reader.issues).toStrictEqual(want.issues);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('fills every roster field by its own name, in the order of the header', () => {
    const header = [
      'NIK',
      'Nama',
      'Penghasilan',
      'Mulai',
      'Sampai',
      'Wilayah',
      'Kelompok',
      'Sumber Dana',
      'Sektor',
      'Kategori',
      'Tanggal Lahir',
      'Jenis Kelamin',
      'Desil',
      'Segmen',
      'Kategori BPU',
      'Kewarganegaraan',
      'Mulai Bekerja di Indonesia',
      'Skala Usaha',
      'Peserta Aktif',
      'Dibiayai Program',
    ].reverse();
    const reader = new HeaderReader(header, {}, (i) => `column ${i + 1}`, 'test header');
    const cells = header.map((_, i) => `v${i}`);
    const row = reader.build(cells, true);
    const want = referenceBuild(reader.keys, cells, true).row;
    expect(Object.entries(row)).toEqual(Object.entries(want));
    expect(Object.keys(row)).toEqual([
      'fundedBy',
      'activeParticipant',
      'enterpriseSize',
      'workStartInIndonesia',
      'citizenship',
      'bpuCategory',
      'segment',
      'dtsenDecile',
      'sex',
      'birthDate',
      'category',
      'sector',
      'fundingSource',
      'cohort',
      'region',
      'to',
      'from',
      'declaredIncome',
      'name',
      'nik',
    ]);
    expect(reader.issues).toBeNull();
  });
});
