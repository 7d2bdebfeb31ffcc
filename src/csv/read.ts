/**
 * Roster rows from CSV: a header row, `;`, `,` or tab separators, quoted fields, any line breaks.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import {
  HeaderReader,
  headerOptionIssues,
  putField,
  reusableRow,
  type UnknownColumnsPolicy,
} from '../roster/columns.ts';
import { type DirectTarget, rosterSource } from '../roster/source.ts';
import type { RosterBatch, RosterIssue, RosterRow, RosterSource } from '../roster/types.ts';
import { loadPeer } from './peer.ts';
import { CsvTokenizer } from './tokenizer.ts';

/** The text of a CSV file, whole or in chunks: a string, bytes, a Node stream, a fetch body, an iterable. */
export type CsvInput =
  | string
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array | string>
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/** Options of {@link readCsvRows}. */
export interface CsvOptions {
  /**
   * Field separator; default: detected from the header line (the most frequent of `;`, `,` and tab
   * outside quotes; `,` when it has none).
   */
  readonly separator?: ';' | ',' | '\t' | undefined;
  /**
   * Header → row field, for headers the table of accepted columns (`ROSTER_COLUMNS` in
   * `jamsostek/roster`) does not know or maps otherwise. Headers are matched like the table's: case,
   * spaces, underscores, hyphens, dots and slashes do not matter.
   */
  readonly columns?: Readonly<Record<string, string>> | undefined;
  /**
   * A header that names no roster column: `'keep'` (default) keeps its values under the header's own
   * name and reports it in the summary's `unknownColumns`; `'error'` throws `INVALID_INPUT` when the
   * header is read.
   */
  readonly unknownColumns?: UnknownColumnsPolicy | undefined;
  /** Text encoding of byte input; default `'utf-8'` (`'windows-1252'` for old spreadsheet exports). */
  readonly encoding?: string | undefined;
}

/** The csv-parse function, as used here. */
type Parse = (input: string, options: Record<string, unknown>) => string[][];

let csvParse: Promise<Parse> | undefined;

/** csv-parse: the Node build where `Buffer` exists, its browser build elsewhere. */
function loadCsvParse(): Promise<Parse> {
  csvParse ??= loadPeer<Parse>(
    async () =>
      typeof (globalThis as { Buffer?: unknown }).Buffer === 'function'
        ? ((await import('csv-parse/sync')).parse as unknown as Parse)
        : ((await import('csv-parse/browser/esm/sync')).parse as unknown as Parse),
    'csv-parse',
    '^7.0.3',
    'jamsostek/csv',
  ).catch((e: unknown) => {
    csvParse = undefined;
    throw e;
  });
  return csvParse;
}

const STRING_SLICE = 1 << 20;
const BATCH = 2048;

function isIterable(v: unknown): v is Iterable<string | Uint8Array> {
  return (
    typeof v === 'object' && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function'
  );
}

function isAsyncIterable(v: unknown): v is AsyncIterable<string | Uint8Array> {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  );
}

function isReadableStream(v: unknown): v is ReadableStream<Uint8Array | string> {
  return typeof v === 'object' && v !== null && typeof (v as ReadableStream).getReader === 'function';
}

/** The chunks of a web stream, for runtimes whose streams are not async iterables. */
async function* streamChunks(
  stream: ReadableStream<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The text of the input in chunks, decoded, without a leading byte order mark. */
async function* texts(input: CsvInput, encoding: string): AsyncGenerator<string> {
  let decoder: Decoder | undefined;
  let first = true;
  // While every byte so far is ASCII, a chunk of ASCII bytes is the same text in UTF-8 as in Latin-1,
  // which Node decodes several times faster; the first chunk with another byte starts the decoder
  // (at a character boundary, since every chunk before it was whole ASCII characters).
  let ascii = NODE_BUFFER !== undefined && /^utf-?8$/i.test(encoding);
  const decode = (chunk: unknown): string => {
    let t: string;
    const bytes = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : chunk;
    if (typeof chunk === 'string') t = chunk;
    else if (ascii && bytes instanceof Uint8Array && isAscii(bytes))
      t = (NODE_BUFFER as NodeBuffer)
        .from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        .toString('latin1');
    else if (chunk instanceof Uint8Array || chunk instanceof ArrayBuffer) {
      ascii = false;
      decoder ??= makeDecoder(encoding);
      try {
        t = decoder.decode(chunk, { stream: true });
      } catch (e) {
        return invalidInput(
          [
            {
              path: [],
              message: `is not valid ${encoding} text (${String((e as Error).message)}); give its encoding, e.g. encoding: 'windows-1252'`,
            },
          ],
          'CSV',
        );
      }
    } else
      return invalidInput(
        [{ path: ['chunk'], message: 'must be text or bytes (Uint8Array)', received: chunk }],
        'CSV',
      );
    if (first && t.length) {
      first = false;
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    }
    return t;
  };
  if (typeof input === 'string') {
    for (let i = 0; i < input.length || i === 0; i += STRING_SLICE)
      yield decode(input.slice(i, i + STRING_SLICE));
    return;
  }
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) yield decode(input);
  else if (isAsyncIterable(input)) for await (const c of input) yield decode(c);
  else if (isReadableStream(input)) for await (const c of streamChunks(input)) yield decode(c);
  else for (const c of input) yield decode(c);
  if (decoder) {
    const tail = decoder.decode();
    if (tail) yield tail;
  }
}

type Decoder = InstanceType<typeof TextDecoder>;

/** What is used of Node's `Buffer` (absent in browsers). */
interface NodeBuffer {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'latin1'): string };
}

const NODE_BUFFER: NodeBuffer | undefined = (globalThis as { Buffer?: NodeBuffer }).Buffer;

/** True when every byte is below 128 (read four at a time where they are aligned). */
function isAscii(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n && (bytes.byteOffset + i) % 4 !== 0) if ((bytes[i++] as number) > 127) return false;
  const words = (n - i) >> 2;
  if (words > 0) {
    const w = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    let or = 0;
    for (let k = 0; k < words; k++) or |= w[k] as number;
    if ((or & 0x80808080) !== 0) return false;
    i += words * 4;
  }
  while (i < n) if ((bytes[i++] as number) > 127) return false;
  return true;
}

/** A decoder that keeps a byte order mark in its text (the reader strips one at the start of the file only). */
function makeDecoder(encoding: string): Decoder {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    return invalidInput(
      [{ path: ['encoding'], message: 'is not an encoding this runtime knows', received: encoding }],
      'CSV options',
    );
  }
}

/**
 * The separator of a header line: the most frequent of `;`, `,` and tab outside quotes (`,` without
 * any), or undefined when the line is not complete yet.
 */
function sniff(text: string, final: boolean): ';' | ',' | '\t' | undefined {
  let quoted = false;
  let semi = 0;
  let comma = 0;
  let tab = 0;
  let i = 0;
  // Skip empty lines before the header.
  while (i < text.length && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 10 || c === 13)) break;
    else if (!quoted && c === 59) semi++;
    else if (!quoted && c === 44) comma++;
    else if (!quoted && c === 9) tab++;
  }
  if (i >= text.length && !final) return undefined;
  if (semi >= comma && semi >= tab && semi > 0) return ';';
  if (tab > comma) return '\t';
  return ',';
}

function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) for (let i = 0; i < f.length; i++) if (f.charCodeAt(i) > 32) return false;
  return true;
}

/**
 * Collects rows into batches; quoted records are parsed by csv-parse when a batch is complete. With a
 * target (see {@link readInto}), a plain line is read straight into the target instead, as long as no
 * earlier row waits in the batch (so rows reach the target in the file's order).
 */
class Batcher {
  header: HeaderReader | undefined;
  rows: (RosterRow | undefined)[] = [];
  numbers: number[] = [];
  issues: (RosterIssue[] | undefined)[] = [];
  pending: { index: number; text: string }[] = [];
  sentColumns = false;
  private readonly parse: Parse;
  private readonly parseOptions: Record<string, unknown>;
  private readonly options: CsvOptions;
  private readonly delimiter: string;
  private readonly target: DirectTarget | undefined;
  /** Per column, the slot of the row field to set, or -1 (see `HeaderReader.directPlan`). */
  private plan: Int8Array | undefined;
  private readonly row: RosterRow = reusableRow();
  /** The lines the last {@link lines} read. */
  linesRead = 0;

  constructor(parse: Parse, delimiter: string, options: CsvOptions, target?: DirectTarget) {
    this.parse = parse;
    this.options = options;
    this.delimiter = delimiter;
    this.target = target;
    this.parseOptions = {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: false,
      bom: false,
    };
  }

  private setHeader(fields: readonly string[], line: number): void {
    this.header = new HeaderReader(
      fields,
      this.options,
      (i) => `column ${i + 1}`,
      `CSV header (line ${line})`,
    );
    if (this.target) this.plan = this.header.directPlan(this.target.reads);
  }

  /** Reads plain lines into the target with {@link line}, up to the first it cannot read that way. */
  lines(text: string, start: number, end: number, line: number): number {
    let n = 0;
    let pos = start;
    for (;;) {
      const lf = text.indexOf('\n', pos);
      if (lf === -1 || lf >= end) break;
      if (lf > pos && !this.line(text, pos, lf, line + n)) break;
      n++;
      pos = lf + 1;
    }
    this.linesRead = n;
    return pos;
  }

  /** True when plain lines go straight to the target: its header is read and no row waits. */
  get takesLines(): boolean {
    return this.plan !== undefined && this.rows.length === 0;
  }

  /**
   * Reads a plain line straight into the target when it is as simple as most lines are: exactly as
   * many fields as the header, and every field the target reads either empty or printable ASCII at
   * both ends (so trimming would not change it). Any other line is left to {@link fields}, which
   * builds its row and reports what is wrong with it, as without a target.
   */
  line(text: string, start: number, end: number, line: number): boolean {
    const plan = this.plan;
    if (plan === undefined || this.rows.length !== 0) return false;
    const row = this.row;
    const delimiter = this.delimiter;
    const last = plan.length - 1;
    let a = start;
    let any = false;
    for (let i = 0; i <= last; i++) {
      let d = text.indexOf(delimiter, a);
      if (d === -1 || d > end) {
        if (i !== last) return false;
        d = end;
      } else if (i === last) return false;
      const slot = plan[i] as number;
      if (slot >= 0) {
        if (d > a) {
          const first = text.charCodeAt(a);
          const final = text.charCodeAt(d - 1);
          if (first <= 32 || first >= 127 || final <= 32 || final >= 127) return false;
          putField(row, slot, text.slice(a, d));
          any = true;
        } else putField(row, slot, undefined);
      }
      a = d + 1;
    }
    // A line whose read fields are all empty may be blank, or not: fields() decides.
    if (!any) return false;
    const target = this.target as DirectTarget;
    this.sendColumns(target, this.header as HeaderReader);
    target.addAt(row, line, 0, undefined);
    return true;
  }

  /** Tells the target the file's unknown and repeated headers, once, before its first row. */
  private sendColumns(target: DirectTarget, header: HeaderReader): void {
    if (this.sentColumns) return;
    target.columns(header.unknownColumns, header.duplicateColumns);
    this.sentColumns = true;
  }

  fields(fields: string[], line: number): void {
    if (isBlank(fields)) return;
    const header = this.header;
    if (!header) {
      this.setHeader(fields, line);
      return;
    }
    const row = header.build(fields, true);
    const target = this.target;
    if (target && this.rows.length === 0) {
      // No row waits for csv-parse: this one goes to the target now, in the file's order.
      this.sendColumns(target, header);
      target.addAt(row, line, 0, header.issues ?? undefined);
      return;
    }
    this.rows.push(row);
    this.numbers.push(line);
    this.issues.push(header.issues ?? undefined);
  }

  quoted(text: string, line: number, stray: boolean): void {
    if (!this.header) {
      const [fields] = this.parse(text, this.parseOptions);
      if (fields && !isBlank(fields)) this.setHeader(fields, line);
      return;
    }
    this.pending.push({ index: this.rows.length, text });
    this.rows.push(undefined);
    this.numbers.push(line);
    this.issues.push(
      stray
        ? [
            {
              path: [],
              code: 'STRAY_QUOTE',
              message:
                'has a quote inside a field that does not start with one (O"Brien, TV 12"); it is read as a literal quote',
            },
          ]
        : undefined,
    );
  }

  unclosed(line: number, quoteLine: number): void {
    if (!this.header)
      invalidInput(
        [
          {
            path: [],
            message: `the header (line ${line}) has a quote that never closes (line ${quoteLine})`,
          },
        ],
        'CSV',
      );
    this.rows.push({});
    this.numbers.push(line);
    this.issues.push([
      {
        path: [],
        code: 'UNCLOSED_QUOTE',
        message: `has a quoted field that opens on line ${quoteLine} and never closes; the record is rejected and reading goes on with line ${quoteLine + 1}`,
      },
    ]);
  }

  get size(): number {
    return this.rows.length;
  }

  /** The batch so far, with every quoted record parsed; empty rows (all fields blank) left out. */
  take(): RosterBatch {
    const header = this.header;
    if (this.pending.length && header) {
      const records = this.parse(this.pending.map((q) => q.text).join('\n'), this.parseOptions);
      // csv-parse reads each delimited record as one record; read them one by one if it ever does not.
      const parsed =
        records.length === this.pending.length
          ? records
          : this.pending.map((q) => this.parse(q.text, this.parseOptions)[0] ?? []);
      this.pending.forEach((q, k) => {
        const fields = parsed[k] ?? [];
        if (isBlank(fields)) return;
        this.rows[q.index] = header.build(fields, true);
        const found = header.issues;
        if (found) this.issues[q.index] = [...(this.issues[q.index] ?? []), ...found];
      });
    }
    let rows = this.rows as RosterRow[];
    let numbers = this.numbers;
    let issues = this.issues;
    if (this.pending.length && this.rows.includes(undefined)) {
      const keep = this.rows.map((r) => r !== undefined);
      rows = rows.filter((_, i) => keep[i]);
      numbers = numbers.filter((_, i) => keep[i]);
      issues = issues.filter((_, i) => keep[i]);
    }
    const batch: RosterBatch = {
      rows,
      rowNumbers: numbers,
      issues,
      ...(this.sentColumns || !header
        ? {}
        : { unknownColumns: [...header.unknownColumns], duplicateColumns: [...header.duplicateColumns] }),
    };
    if (header) this.sentColumns = true;
    this.rows = [];
    this.numbers = [];
    this.issues = [];
    this.pending = [];
    return batch;
  }
}

function optionIssues(options: unknown): InputIssue[] {
  if (typeof options !== 'object' || options === null)
    return [{ path: [], message: 'must be an object', received: options }];
  const o = options as Record<string, unknown>;
  const issues: InputIssue[] = headerOptionIssues(o);
  for (const k of Object.keys(o))
    if (!['separator', 'columns', 'unknownColumns', 'encoding'].includes(k))
      issues.push({ path: [k], message: 'is not an option of readCsvRows', received: o[k] });
  const sep = o['separator'];
  if (sep !== undefined && sep !== ';' && sep !== ',' && sep !== '\t')
    issues.push({ path: ['separator'], message: "must be ';', ',' or a tab", received: sep });
  const enc = o['encoding'];
  if (enc !== undefined && (typeof enc !== 'string' || enc === ''))
    issues.push({ path: ['encoding'], message: 'must be an encoding name', received: enc });
  return issues;
}

/**
 * Reads roster rows from CSV text or a stream of chunks (a Node file stream, a fetch body, bytes).
 * The first non-empty line is the header: its columns are matched against `ROSTER_COLUMNS` (case,
 * spaces and underscores do not matter: `Sumber Dana` is `fundingSource`); a header the table does not
 * know keeps its values under its own name and is reported in the summary's `unknownColumns`. Values
 * stay text (`'1.000.000'`): `processRoster` reads Indonesian number formats. Separators `;`, `,` and
 * tab; a byte order mark; CRLF, LF and CR line breaks.
 *
 * Nothing is lost without a word: a record with fewer fields than the header, a value beyond the
 * header, or two different values under a repeated header is a rejected row; a quoted field that never
 * closes rejects its record, and reading goes on with the next line; a quote inside an unquoted field
 * (`O"Brien`) is kept as a literal quote and the row flagged. Row numbers are physical lines, counting
 * the header (a record spanning lines is numbered by its first). Time and memory are linear in the
 * input, also for one huge field; a stream is read with bounded memory.
 *
 * Quoted records are parsed by csv-parse, an optional peer dependency of this entry:
 * `npm install csv-parse@^7.0.3`. Without it, reading throws `INVALID_INPUT` naming the command.
 *
 * @example
 * ```ts
 * import { readCsvRows } from 'jamsostek/csv';
 * import { processRoster } from 'jamsostek/roster';
 * const csv = 'NIK;Nama;Penghasilan;Sumber Dana\n3509010101900001;Contoh Sintetis;1.000.000;APBD\n';
 * const summary = await processRoster(readCsvRows(csv), { from: '2025-07', to: '2025-12' });
 * summary.total; // 100800
 * ```
 */
export function readCsvRows(input: CsvInput, options: CsvOptions = {}): RosterSource {
  const issues: InputIssue[] = [];
  if (
    typeof input !== 'string' &&
    !(input instanceof Uint8Array) &&
    !(input instanceof ArrayBuffer) &&
    !isIterable(input) &&
    !isAsyncIterable(input) &&
    !isReadableStream(input)
  )
    issues.push({
      path: ['input'],
      message: 'must be CSV text, bytes, a stream or an (async) iterable of text or byte chunks',
      received: input,
    });
  issues.push(...optionIssues(options).map((i) => ({ ...i, path: ['options', ...i.path] })));
  if (issues.length) invalidInput(issues, 'readCsvRows');
  const o: CsvOptions = { ...options };
  let used = false;
  /** The batches of the input; with a target, most rows go straight to it and never into a batch. */
  async function* read(target?: DirectTarget): AsyncGenerator<RosterBatch> {
    if (
      used &&
      typeof input !== 'string' &&
      !(input instanceof Uint8Array) &&
      !(input instanceof ArrayBuffer)
    )
      invalidInput(
        [{ path: ['input'], message: 'a stream can be read once; call readCsvRows again', received: input }],
        'readCsvRows',
      );
    used = true;
    const parse = await loadCsvParse();
    let tokenizer: CsvTokenizer | undefined;
    let batcher: Batcher | undefined;
    let head = '';
    for await (const text of texts(input, o.encoding ?? 'utf-8')) {
      if (!tokenizer) {
        head += text;
        const sep = o.separator ?? sniff(head, false);
        if (sep === undefined) continue;
        batcher = new Batcher(parse, sep, o, target);
        tokenizer = new CsvTokenizer(sep, batcher);
        tokenizer.push(head);
        head = '';
      } else tokenizer.push(text);
      while (true) {
        const more = tokenizer.run(BATCH);
        if ((batcher as Batcher).size >= BATCH) yield (batcher as Batcher).take();
        if (!more) break;
      }
    }
    if (!tokenizer) {
      const sep = o.separator ?? sniff(head, true) ?? ',';
      batcher = new Batcher(parse, sep, o, target);
      tokenizer = new CsvTokenizer(sep, batcher);
      tokenizer.push(head);
    }
    const b = batcher as Batcher;
    tokenizer.end();
    while (tokenizer.run(BATCH)) if (b.size >= BATCH) yield b.take();
    yield b.take();
  }
  return rosterSource(
    () => read(),
    (target) => readInto(read(target), target),
  );
}

/** Hands the rows of batches to a target, in order, as `processRoster` would. */
async function readInto(batches: AsyncIterable<RosterBatch>, target: DirectTarget): Promise<void> {
  for await (const b of batches) {
    target.columns(b.unknownColumns, b.duplicateColumns);
    const { rows, rowNumbers, issues } = b;
    for (let i = 0; i < rows.length; i++)
      target.addAt(rows[i] as RosterRow, rowNumbers[i] as number, 0, issues?.[i]);
  }
}
