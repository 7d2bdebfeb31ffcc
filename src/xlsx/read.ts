/**
 * Roster rows from .xlsx spreadsheets, through hucre (an optional peer dependency).
 *
 * @module
 */
import { type InputIssue, invalidInput, isJamsostekError } from '../errors.ts';
import { HeaderReader, headerOptionIssues, type UnknownColumnsPolicy } from '../roster/columns.ts';
import { rosterSource } from '../roster/source.ts';
import type { RosterBatch, RosterIssue, RosterRow, RosterSource } from '../roster/types.ts';
import { type Cell, spreadsheets } from './hucre.ts';

/** An .xlsx file: its bytes, a web stream, or a Node stream (any async iterable of byte chunks). */
export type XlsxInput = Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** Options of {@link readXlsxRows}. */
export interface XlsxOptions {
  /** The sheet's name; default the first sheet. A name the workbook does not have throws `INVALID_INPUT`. */
  readonly sheet?: string | undefined;
  /** Header → row field, for headers the table of accepted columns does not know (as in `readCsvRows`). */
  readonly columns?: Readonly<Record<string, string>> | undefined;
  /** A header that names no roster column: `'keep'` (default, reported in `unknownColumns`) or `'error'`. */
  readonly unknownColumns?: UnknownColumnsPolicy | undefined;
}

const BATCH = 2048;

/** Columns letters for messages: 0 → A, 26 → AA. */
function letters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'region',
  'cohort',
  'fundingSource',
  'sector',
  'category',
  'sex',
  'segment',
  'bpuCategory',
  'citizenship',
  'enterpriseSize',
]);
const MONTH_FIELDS: ReadonlySet<string> = new Set(['from', 'to']);

/**
 * A cell as the roster reads it: dates as `YYYY-MM-DD` (`YYYY-MM` for the month columns), whole numbers
 * in text columns as text; a NIK stays whatever it is, so that a number is rejected as one.
 */
function cellValue(key: string, v: Cell): unknown {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return undefined;
    const iso = v.toISOString();
    return MONTH_FIELDS.has(key) ? iso.slice(0, 7) : iso.slice(0, 10);
  }
  if (typeof v === 'number' && TEXT_FIELDS.has(key) && Number.isSafeInteger(v)) return String(v);
  return v;
}

function isBlank(values: readonly Cell[]): boolean {
  for (const v of values)
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
  return true;
}

function isAsyncIterable(v: unknown): v is AsyncIterable<Uint8Array> {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  );
}

function isReadableStream(v: unknown): v is ReadableStream<Uint8Array> {
  return typeof v === 'object' && v !== null && typeof (v as ReadableStream).getReader === 'function';
}

/** The whole file as bytes (a zip archive is read from its end, so the reader needs all of it). */
async function bytesOf(input: XlsxInput): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const add = (c: unknown): void => {
    if (!(c instanceof Uint8Array))
      invalidInput(
        [{ path: ['input'], message: 'must yield byte chunks (Uint8Array)', received: c }],
        'readXlsxRows',
      );
    chunks.push(c);
    size += c.length;
  };
  if (isReadableStream(input)) {
    const reader = input.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        add(value);
      }
    } finally {
      reader.releaseLock();
    }
  } else for await (const c of input) add(c);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function unreadable(e: unknown): never {
  if (isJamsostekError(e)) throw e;
  return invalidInput(
    [{ path: ['input'], message: `is not a readable .xlsx workbook: ${String((e as Error)?.message ?? e)}` }],
    'readXlsxRows',
  );
}

function optionIssues(options: unknown): InputIssue[] {
  if (typeof options !== 'object' || options === null)
    return [{ path: [], message: 'must be an object', received: options }];
  const o = options as Record<string, unknown>;
  const issues: InputIssue[] = headerOptionIssues(o);
  for (const k of Object.keys(o))
    if (!['sheet', 'columns', 'unknownColumns'].includes(k))
      issues.push({ path: [k], message: 'is not an option of readXlsxRows', received: o[k] });
  const sheet = o['sheet'];
  if (sheet !== undefined && (typeof sheet !== 'string' || sheet === ''))
    issues.push({ path: ['sheet'], message: 'must be a sheet name', received: sheet });
  return issues;
}

/**
 * Reads roster rows from an .xlsx workbook: the first sheet, or the one named by `sheet`. The first
 * non-empty row is the header, matched against the table of accepted columns (`ROSTER_COLUMNS` in
 * `jamsostek/roster`) as `readCsvRows` does; row numbers are the sheet's. A NIK stored as a number is
 * rejected with the code `NIK_AS_NUMBER` (spreadsheets keep 15 significant digits, so its 16th digit is
 * already lost); dates become `YYYY-MM-DD` (`YYYY-MM` in the month columns); a value in a column
 * without a header rejects its row. Rows are read as a stream (the file's bytes are held, its rows
 * are not).
 *
 * Needs hucre, an optional peer dependency of this entry: `npm install hucre@^1.0.0`. Without it,
 * reading throws `INVALID_INPUT` naming the command.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { processRoster } from 'jamsostek/roster';
 * import { readXlsxRows } from 'jamsostek/xlsx';
 * const bytes = await readFile('examples/data/dinsos.xlsx');
 * const summary = await processRoster(readXlsxRows(bytes), { from: '2026-01', to: '2026-06' });
 * summary.rows; // the rows of the first sheet
 * ```
 */
export function readXlsxRows(input: XlsxInput, options: XlsxOptions = {}): RosterSource {
  const issues: InputIssue[] = [];
  if (
    !(input instanceof Uint8Array) &&
    !(input instanceof ArrayBuffer) &&
    !isReadableStream(input) &&
    !isAsyncIterable(input)
  )
    issues.push({
      path: ['input'],
      message: 'must be the bytes of an .xlsx file, a web stream or a Node stream of them',
      received: input,
    });
  issues.push(...optionIssues(options).map((i) => ({ ...i, path: ['options', ...i.path] })));
  if (issues.length) invalidInput(issues, 'readXlsxRows');
  const o: XlsxOptions = { ...options };
  let bytes: Promise<Uint8Array> | undefined;
  return rosterSource(async function* (): AsyncGenerator<RosterBatch> {
    const book = await spreadsheets();
    bytes ??= bytesOf(input);
    const data = await bytes;
    let header: HeaderReader | undefined;
    let keys: string[] = [];
    let rows: RosterRow[] = [];
    let numbers: number[] = [];
    let found: (RosterIssue[] | undefined)[] = [];
    let sent = false;
    let seen = 0;
    const take = (): RosterBatch => {
      const b: RosterBatch = {
        rows,
        rowNumbers: numbers,
        issues: found,
        ...(sent || !header
          ? {}
          : { unknownColumns: [...header.unknownColumns], duplicateColumns: [...header.duplicateColumns] }),
      };
      if (header) sent = true;
      rows = [];
      numbers = [];
      found = [];
      return b;
    };
    try {
      for await (const r of book.rows(data, o.sheet)) {
        seen++;
        const values = r.values;
        if (isBlank(values)) continue;
        if (!header) {
          header = new HeaderReader(
            values,
            o,
            (i) => `column ${letters(i)}`,
            `sheet header (row ${r.index + 1})`,
          );
          keys = header.keys;
          continue;
        }
        const cells: unknown[] = new Array(values.length);
        for (let i = 0; i < values.length; i++) cells[i] = cellValue(keys[i] ?? '', values[i] ?? null);
        rows.push(header.build(cells, false));
        numbers.push(r.index + 1);
        found.push(header.issues ?? undefined);
        if (rows.length >= BATCH) yield take();
      }
    } catch (e) {
      unreadable(e);
    }
    if (seen === 0 && o.sheet !== undefined) {
      const names = await book.sheetNames(data).catch(unreadable);
      if (!names.includes(o.sheet))
        invalidInput(
          [
            {
              path: ['options', 'sheet'],
              message: `is not a sheet of the workbook (${names.join(', ')})`,
              received: o.sheet,
            },
          ],
          'readXlsxRows',
        );
    }
    yield take();
  });
}
