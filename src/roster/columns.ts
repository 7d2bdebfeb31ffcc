/**
 * The columns a roster file may have, with their Indonesian and English headers, and the reading of a
 * file's header and records into roster rows (shared by the CSV and the spreadsheet readers).
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import type { RosterIssue, RosterRow } from './types.ts';

/** A field of a roster row that files may fill. */
export type RosterField =
  | 'nik'
  | 'name'
  | 'declaredIncome'
  | 'from'
  | 'to'
  | 'region'
  | 'cohort'
  | 'fundingSource'
  | 'sector'
  | 'category'
  | 'birthDate'
  | 'sex'
  | 'dtsenDecile'
  | 'segment'
  | 'bpuCategory'
  | 'citizenship'
  | 'workStartInIndonesia'
  | 'enterpriseSize'
  | 'activeParticipant'
  | 'fundedBy';

/** One accepted column of a roster file: the row field it fills and the headers that name it. */
export interface RosterColumn {
  /** The row field the column fills (its own name is always accepted as a header too). */
  readonly field: RosterField;
  /** Indonesian headers. */
  readonly id: readonly string[];
  /** English headers. */
  readonly en: readonly string[];
}

/**
 * Every column the roster readers know, with the headers they accept. A header matches when it equals
 * one of these (or the field's own name) after both are folded: letters to lower case, and every space,
 * underscore, hyphen, dot and slash removed, so `Sumber Dana`, `sumber_dana`, `SUMBER-DANA` and
 * `fundingSource` all name `fundingSource`.
 *
 * @example
 * ```ts
 * import { ROSTER_COLUMNS } from 'jamsostek/roster';
 * ROSTER_COLUMNS.find((c) => c.field === 'fundingSource')?.id; // ['Sumber Dana', 'Sumber Pendanaan', 'Sumber Anggaran']
 * ```
 */
export const ROSTER_COLUMNS: readonly RosterColumn[] = /* @__PURE__ */ Object.freeze(
  (
    [
      [
        'nik',
        ['NIK', 'No NIK', 'Nomor NIK', 'No KTP', 'Nomor Induk Kependudukan'],
        ['National ID', 'ID number'],
      ],
      ['name', ['Nama', 'Nama Lengkap', 'Nama Peserta', 'Nama Pekerja'], ['Name', 'Full name']],
      [
        'declaredIncome',
        ['Penghasilan', 'Upah', 'Penghasilan per Bulan', 'Upah yang Dilaporkan'],
        ['Declared income', 'Income'],
      ],
      ['from', ['Mulai', 'Bulan Mulai', 'Mulai Bulan'], ['From', 'First month', 'Start month']],
      ['to', ['Sampai', 'Sampai Bulan', 'Bulan Akhir', 'Selesai'], ['To', 'Last month', 'End month']],
      ['region', ['Wilayah', 'Kode Wilayah', 'Kode Kemendagri'], ['Region', 'Region code']],
      [
        'cohort',
        ['Kelompok', 'Desa', 'Kelurahan', 'Desa/Kelurahan', 'Angkatan'],
        ['Cohort', 'Village', 'Batch'],
      ],
      ['fundingSource', ['Sumber Dana', 'Sumber Pendanaan', 'Sumber Anggaran'], ['Funding source']],
      ['sector', ['Sektor'], ['Sector']],
      ['category', ['Kategori', 'Kategori Peserta'], ['Category']],
      ['birthDate', ['Tanggal Lahir', 'Tgl Lahir', 'Tgl. Lahir'], ['Birth date', 'Date of birth', 'DOB']],
      ['sex', ['Jenis Kelamin', 'JK', 'Kelamin'], ['Sex', 'Gender']],
      ['dtsenDecile', ['Desil', 'Desil DTSEN'], ['DTSEN decile', 'Decile']],
      ['segment', ['Segmen'], ['Segment']],
      ['bpuCategory', ['Kategori BPU'], ['BPU category']],
      ['citizenship', ['Kewarganegaraan'], ['Citizenship']],
      ['workStartInIndonesia', ['Mulai Bekerja di Indonesia'], ['Work start in Indonesia']],
      ['enterpriseSize', ['Skala Usaha'], ['Enterprise size']],
      ['activeParticipant', ['Peserta Aktif'], ['Active participant']],
      ['fundedBy', ['Dibiayai Program'], ['Funded by']],
    ] as const
  ).map(([field, id, en]) =>
    Object.freeze({ field, id: Object.freeze([...id]), en: Object.freeze([...en]) }),
  ),
);

/** @internal Folds a header: lower case, without spaces, underscores, hyphens, dots and slashes. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-./]+/g, '');
}

const BY_FOLDED: ReadonlyMap<string, RosterField> = /* @__PURE__ */ (() => {
  const m = new Map<string, RosterField>();
  for (const c of ROSTER_COLUMNS) for (const h of [c.field, ...c.id, ...c.en]) m.set(foldHeader(h), c.field);
  return m;
})();

/**
 * The roster field a file header names, by {@link ROSTER_COLUMNS}, or `undefined` for a header the
 * readers do not know.
 *
 * @example
 * ```ts
 * import { rosterFieldOf } from 'jamsostek/roster';
 * rosterFieldOf('SUMBER-DANA'); // 'fundingSource'
 * rosterFieldOf('Tgl. Lahir'); // 'birthDate'
 * rosterFieldOf('Catatan'); // undefined
 * ```
 */
export function rosterFieldOf(header: string): RosterField | undefined {
  if (typeof header !== 'string')
    invalidInput([{ path: [], message: 'must be text', received: header }], 'roster header');
  return BY_FOLDED.get(foldHeader(header));
}

/** How a reader treats headers it does not know. */
export type UnknownColumnsPolicy = 'keep' | 'error';

/** @internal Options shared by the file readers. */
export interface HeaderOptions {
  readonly columns?: Readonly<Record<string, string>> | undefined;
  readonly unknownColumns?: UnknownColumnsPolicy | undefined;
}

/** @internal Validates the header options shared by the readers; returns their issues. */
export function headerOptionIssues(
  o: Record<string, unknown>,
): { path: string[]; message: string; received: unknown }[] {
  const issues: { path: string[]; message: string; received: unknown }[] = [];
  const columns = o['columns'];
  if (columns !== undefined) {
    if (typeof columns !== 'object' || columns === null || Array.isArray(columns))
      issues.push({ path: ['columns'], message: 'must be an object of header → field', received: columns });
    else
      for (const [k, v] of Object.entries(columns))
        if (typeof v !== 'string' || v.trim() === '')
          issues.push({ path: ['columns', k], message: 'must be a field name', received: v });
  }
  const unknown = o['unknownColumns'];
  if (unknown !== undefined && unknown !== 'keep' && unknown !== 'error')
    issues.push({ path: ['unknownColumns'], message: "must be 'keep' or 'error'", received: unknown });
  return issues;
}

/** A row being built: the roster fields as named properties, any other header by its own name. */
type BuildingRow = { [F in RosterField]?: unknown } & Record<string, unknown>;

/** The roster fields in the order of the cases of {@link put}. */
const PUT_FIELDS: readonly RosterField[] = [
  'nik',
  'name',
  'declaredIncome',
  'from',
  'to',
  'region',
  'cohort',
  'fundingSource',
  'sector',
  'category',
  'birthDate',
  'sex',
  'dtsenDecile',
  'segment',
  'bpuCategory',
  'citizenship',
  'workStartInIndonesia',
  'enterpriseSize',
  'activeParticipant',
  'fundedBy',
];

/** The slot of each roster field in {@link put}. */
const SLOTS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(PUT_FIELDS.map((f, i) => [f, i] as const));

/**
 * Sets one value of a row. Each roster field is set by a store of its own (the property name written
 * out), so that rows of one file all take the same shape the same way and every store stays
 * monomorphic; any other key is set by name. Same properties, same order as `row[key] = v`.
 */
function put(row: BuildingRow, slot: number, key: string, v: unknown): void {
  switch (slot) {
    case 0:
      row.nik = v;
      return;
    case 1:
      row.name = v;
      return;
    case 2:
      row.declaredIncome = v;
      return;
    case 3:
      row.from = v;
      return;
    case 4:
      row.to = v;
      return;
    case 5:
      row.region = v;
      return;
    case 6:
      row.cohort = v;
      return;
    case 7:
      row.fundingSource = v;
      return;
    case 8:
      row.sector = v;
      return;
    case 9:
      row.category = v;
      return;
    case 10:
      row.birthDate = v;
      return;
    case 11:
      row.sex = v;
      return;
    case 12:
      row.dtsenDecile = v;
      return;
    case 13:
      row.segment = v;
      return;
    case 14:
      row.bpuCategory = v;
      return;
    case 15:
      row.citizenship = v;
      return;
    case 16:
      row.workStartInIndonesia = v;
      return;
    case 17:
      row.enterpriseSize = v;
      return;
    case 18:
      row.activeParticipant = v;
      return;
    case 19:
      row.fundedBy = v;
      return;
    default:
      row[key] = v;
  }
}

/** The slot of `payer` in {@link putField}: not a roster field, but a column the pricing reads. */
const PAYER_SLOT = PUT_FIELDS.length;

/**
 * @internal A row with every roster field and `payer` present and undefined, to be reused with
 * {@link putField}: every row set through it keeps one shape.
 */
export function reusableRow(): RosterRow {
  const row: BuildingRow = {};
  for (const f of PUT_FIELDS) put(row, SLOTS.get(f) ?? -1, f, undefined);
  row['payer'] = undefined;
  return row;
}

/** @internal Sets the field of a slot of {@link HeaderReader.directPlan} in a {@link reusableRow}. */
export function putField(row: RosterRow, slot: number, v: string | undefined): void {
  if (slot === PAYER_SLOT) (row as BuildingRow)['payer'] = v;
  else put(row as BuildingRow, slot, '', v);
}

/** A column of a file as the reader uses it. */
interface ReadColumn {
  /** The row property the column fills. */
  readonly key: string;
  /** The slot of `key` in {@link put} when it is a roster field, else -1. */
  readonly slot: number;
  /** True for keys that an assignment cannot set (`__proto__`). */
  readonly define: boolean;
  /** Index of the first column with the same key, when this one repeats it; else -1. */
  readonly first: number;
}

/**
 * @internal The header of a file, read once: which property each column fills, which headers are
 * unknown or repeated; then builds rows from records.
 */
export class HeaderReader {
  readonly unknownColumns: string[] = [];
  readonly duplicateColumns: string[] = [];
  private readonly cols: ReadColumn[] = [];
  private readonly hasDuplicates: boolean;
  /** Issues of the last record built (null when none). */
  issues: RosterIssue[] | null = null;

  /**
   * @param header The header cells.
   * @param options Custom columns and the unknown-columns policy.
   * @param nameOf The name of the column at an index for messages (`column 3`, `column C`).
   * @param what What is read, for errors (`'CSV header'`).
   */
  constructor(
    header: readonly unknown[],
    options: HeaderOptions,
    nameOf: (index: number) => string,
    what: string,
  ) {
    const custom = new Map<string, string>();
    for (const [k, v] of Object.entries(options.columns ?? {})) custom.set(foldHeader(k), v.trim());
    const seen = new Map<string, number>();
    let dup = false;
    header.forEach((cell, i) => {
      const text = cell === null || cell === undefined ? '' : String(cell).trim();
      const folded = foldHeader(text);
      let key: string;
      if (text === '') key = nameOf(i);
      else key = custom.get(folded) ?? BY_FOLDED.get(folded) ?? text;
      if (text === '' || (!custom.has(folded) && !BY_FOLDED.has(folded))) this.unknownColumns.push(key);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        dup = true;
        if (!this.duplicateColumns.includes(key)) this.duplicateColumns.push(key);
      }
      this.cols.push({ key, slot: SLOTS.get(key) ?? -1, define: key === '__proto__', first: first ?? -1 });
    });
    this.hasDuplicates = dup;
    if (options.unknownColumns === 'error' && this.unknownColumns.length)
      invalidInput(
        this.unknownColumns.map((h) => ({
          path: ['columns', h],
          message: 'is not a roster column: map it with the columns option, or remove it',
          received: h,
        })),
        what,
      );
  }

  /**
   * For a reader that hands rows to the pricing without building each one: per column, the slot of
   * the field to set in a reused row ({@link putField}; -1: a column the pricing does not read), or
   * undefined when the header repeats a column (such rows are built one by one).
   *
   * @param reads The row properties the pricing reads.
   */
  directPlan(reads: ReadonlySet<string>): Int8Array | undefined {
    if (this.hasDuplicates) return undefined;
    return Int8Array.from(this.cols, (c) =>
      !reads.has(c.key) ? -1 : c.slot >= 0 ? c.slot : c.key === 'payer' ? PAYER_SLOT : -1,
    );
  }

  /** The row property each column fills. */
  get keys(): string[] {
    return this.cols.map((c) => c.key);
  }

  /**
   * Builds the row of one record. Text values are trimmed; empty values are left out (so that the
   * roster options' defaults apply). Sets `issues` when the record is short, has values beyond the
   * header, or gives two different values for one repeated column.
   *
   * @param cells The record's values.
   * @param strictWidth True for CSV: fewer fields than the header is an error (a spreadsheet row may
   *   simply end early).
   */
  build(cells: readonly unknown[], strictWidth: boolean): RosterRow {
    this.issues = null;
    const row: BuildingRow = {};
    const cols = this.cols;
    const n = cells.length;
    const width = cols.length;
    if (strictWidth && n < width)
      this.issue({
        path: [],
        code: 'SHORT_ROW',
        message: `has ${n} fields where the header has ${width}; no field is guessed`,
        received: n,
      });
    for (let i = 0; i < width && i < n; i++) {
      let v = cells[i];
      if (typeof v === 'string') {
        // Trimmed only when it may have white space at an end: printable ASCII at both ends has none.
        const a = v.charCodeAt(0);
        const z = v.charCodeAt(v.length - 1);
        if (!(a > 32 && a < 127 && z > 32 && z < 127)) {
          v = v.trim();
          if (v === '') continue;
        }
      } else if (v === null || v === undefined) continue;
      const c = cols[i] as ReadColumn;
      if (this.hasDuplicates && c.first >= 0 && Object.hasOwn(row, c.key)) {
        const before = row[c.key];
        if (before !== v)
          this.issue({
            path: [c.key],
            code: 'CONFLICTING_COLUMNS',
            message: `the column ${c.key} appears twice with different values`,
            received: [before, v],
          });
        continue;
      }
      if (c.define)
        Object.defineProperty(row, c.key, { value: v, enumerable: true, writable: true, configurable: true });
      else put(row, c.slot, c.key, v);
    }
    for (let i = width; i < n; i++) {
      const v = cells[i];
      if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      this.issue({
        path: [],
        code: 'EXTRA_FIELDS',
        message: strictWidth
          ? `has ${n} fields where the header has ${width}: a value beyond the last column (a separator inside an unquoted field?)`
          : `has a value in a column without a header (column ${i + 1})`,
        received: v,
      });
      break;
    }
    return row;
  }

  private issue(issue: RosterIssue): void {
    if (this.issues) this.issues.push(issue);
    else this.issues = [issue];
  }
}
