/**
 * `jamsostek roster`: a roster file priced in one streamed pass, with progress on stderr and a clean
 * stop on Ctrl-C.
 *
 * @internal
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { formatCount, type Lang } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import {
  processRoster,
  type RosterOptions,
  RosterOptionsSchema,
  type RosterSource,
  type RosterSummary,
} from 'jamsostek/roster';
import { amount, defined, fundingSource, help, list, parse, str } from './args.ts';
import { type CliIo, EXIT, FileError, Interrupted, UsageError } from './io.ts';
import { Progress } from './progress.ts';

/** How many rejected rows a summary keeps in its list (the counts stay exact). */
const REJECTED_KEPT = 1000;

const SEPARATORS: Record<string, ';' | ',' | '\t'> = { ';': ';', ',': ',', tab: '\t', '\t': '\t' };

/** Counts the bytes of a file stream as they pass. */
async function* counted(
  chunks: AsyncIterable<Uint8Array>,
  onBytes: (n: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes(chunk.byteLength);
    yield chunk;
  }
}

function fileError(path: string, e: unknown): FileError {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : e instanceof Error
          ? e.message
          : String(e);
  return new FileError(`cannot read ${path}: ${why}`);
}

function interruptedText(lang: Lang, rows: number, bytes: number, size: number | undefined): string {
  const share = size ? ` (${Math.floor((bytes / size) * 100)} %)` : '';
  return lang === 'id'
    ? `Dihentikan (Ctrl-C) setelah ${formatCount(rows, lang)} baris, ${formatCount(bytes, lang)} byte dari ${size === undefined ? '?' : formatCount(size, lang)}${share}; tidak ada ringkasan yang ditulis.`
    : `Interrupted (Ctrl-C) after ${formatCount(rows, lang)} rows, ${formatCount(bytes, lang)} bytes of ${size === undefined ? '?' : formatCount(size, lang)}${share}; no summary written.`;
}

/** Runs `jamsostek roster`. */
export async function rosterCommand(args: readonly string[], io: CliIo): Promise<number> {
  const p = parse(
    'roster',
    args,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      'funding-source': { type: 'string' },
      payer: { type: 'string' },
      income: { type: 'string' },
      sector: { type: 'string' },
      category: { type: 'string' },
      programs: { type: 'string' },
      separator: { type: 'string' },
      sheet: { type: 'string' },
      out: { type: 'string' },
      progress: { type: 'boolean' },
      'progress-every': { type: 'string' },
    },
    1,
  );
  if (p.values['help']) return help(io, 'roster', p.lang);
  const [path] = p.positionals;
  if (path === undefined) throw new UsageError('give the roster file (.csv or .xlsx)', 'roster');
  const ext = extname(path).toLowerCase();
  if (ext === '.xls')
    throw new UsageError('.xls workbooks are not read: save the sheet as .xlsx or CSV', 'roster');
  const spreadsheet = ext === '.xlsx';
  const out = str(p, 'out');
  const outExt = out === undefined ? undefined : extname(out).toLowerCase();
  if (outExt !== undefined && outExt !== '.json' && outExt !== '.xlsx')
    throw new UsageError('--out writes a summary.json or a report.xlsx', 'roster');
  const sepText = str(p, 'separator');
  const separator = sepText === undefined ? undefined : SEPARATORS[sepText];
  if (sepText !== undefined && (separator === undefined || spreadsheet))
    throw new UsageError(`--separator must be ';', ',' or tab for a CSV file, not '${sepText}'`, 'roster');
  const sheet = str(p, 'sheet');
  if (sheet !== undefined && !spreadsheet) throw new UsageError('--sheet is for .xlsx files', 'roster');
  const every = str(p, 'progress-every');
  const seconds = every === undefined ? 5 : Number(every);
  if (!(seconds >= 0) || every === '')
    throw new UsageError(`--progress-every takes seconds, not '${every}'`, 'roster');
  let workers = 0;
  const options = defined({
    from: str(p, 'from'),
    to: str(p, 'to'),
    fundingSource: fundingSource(p),
    declaredIncome: amount(p, 'income'),
    sector: str(p, 'sector'),
    category: str(p, 'category'),
    programs: list(p, 'programs'),
    rejectedLimit: REJECTED_KEPT,
    // Counts priced workers for the progress display ("rejected so far" = rows read − workers).
    onWorker: () => {
      workers++;
    },
  }) as unknown as RosterOptions;
  // The options are checked before the file is opened: INVALID_INPUT lists every problem.
  RosterOptionsSchema.parse(options);

  const file = resolve(io.cwd, path);
  let size: number | undefined;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = s.size;
  } catch (e) {
    throw fileError(path, e);
  }
  // The readers are loaded only here: their optional peer dependencies (csv-parse, hucre) are needed only
  // by this command, and a missing one is reported with the command that installs it.
  let bytes = 0;
  let rows = 0;
  const stream = createReadStream(file);
  const chunks = counted(stream, (n) => {
    bytes += n;
  });
  const source: RosterSource = spreadsheet
    ? (await import('jamsostek/xlsx')).readXlsxRows(chunks, defined({ sheet }))
    : (await import('jamsostek/csv')).readCsvRows(chunks, defined({ separator }));
  const progress = new Progress(io.stderr, io.now, p.lang, p.values['progress'] !== false, seconds * 1000);
  const state = () => ({ bytes, size, rows, rejected: Math.max(0, rows - workers) });
  // The file's batches pass through here: progress after each, and Ctrl-C between two.
  const watched: RosterSource = {
    [Symbol.asyncIterator]: () => source[Symbol.asyncIterator](),
    async *batches() {
      for await (const batch of source.batches()) {
        if (io.signal?.aborted) {
          progress.finish(state());
          throw new Interrupted(interruptedText(p.lang, rows, bytes, size));
        }
        yield batch;
        rows += batch.rows.length;
        if (progress.due()) progress.update(state());
      }
      if (io.signal?.aborted) {
        progress.finish(state());
        throw new Interrupted(interruptedText(p.lang, rows, bytes, size));
      }
    },
  };
  let summary: RosterSummary;
  try {
    summary = await processRoster(watched, options);
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && /^E[A-Z]/.test(e.code))
      throw fileError(path, e);
    throw e;
  } finally {
    stream.destroy();
  }
  progress.finish({ bytes, size, rows, rejected: summary.rows - summary.workers });
  if (out !== undefined) {
    try {
      const content =
        outExt === '.xlsx'
          ? await (await import('jamsostek/xlsx')).writeRosterReport(summary)
          : `${JSON.stringify(summary, null, 2)}\n`;
      await writeFile(resolve(io.cwd, out), content);
    } catch (e) {
      if (!(e instanceof Error) || !('code' in e) || typeof e.code !== 'string' || !/^E[A-Z]/.test(e.code))
        throw e;
      throw new FileError(`cannot write ${out}: ${e.message}`);
    }
  }
  if (p.values['json']) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    io.stdout.write(`${explain(summary, { lang: p.lang }).join('\n')}\n`);
    if (out !== undefined)
      io.stdout.write(`${p.lang === 'id' ? 'Ringkasan ditulis ke' : 'Summary written to'} ${out}\n`);
  }
  return EXIT.ok;
}
