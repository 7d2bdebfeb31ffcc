/**
 * A small CSV reader for the roster exports regional offices use: a header row, `;` or `,` separators,
 * quoted fields, Indonesian number formats left as text for the roster to read (`1.000.000`).
 *
 * @module
 */
import { invalidInput } from '../errors.ts';
import type { RosterRow } from './types.ts';

/** Options of {@link readCsvRows}. */
export interface CsvOptions {
  /** Field separator; default: detected from the header (`;` if it has more `;` than `,`). */
  readonly separator?: ';' | ',' | '\t' | undefined;
  /**
   * Header name → roster field. Header names are matched case-insensitively after trimming. The
   * defaults map common Indonesian headers: `nik`, `nama` → `name`, `penghasilan` / `upah` →
   * `declaredIncome`, `wilayah` / `kode_wilayah` → `region`, `sumber_dana` → `fundingSource`,
   * `mulai` → `from`, `sampai` → `to`, `kelompok` / `desa` → `cohort`, `sektor` → `sector`,
   * `kategori` → `category`.
   */
  readonly columns?: Readonly<Record<string, string>> | undefined;
}

const DEFAULT_COLUMNS: Readonly<Record<string, string>> = {
  nik: 'nik',
  nama: 'name',
  name: 'name',
  penghasilan: 'declaredIncome',
  upah: 'declaredIncome',
  declaredincome: 'declaredIncome',
  wilayah: 'region',
  kode_wilayah: 'region',
  region: 'region',
  sumber_dana: 'fundingSource',
  fundingsource: 'fundingSource',
  mulai: 'from',
  from: 'from',
  sampai: 'to',
  to: 'to',
  kelompok: 'cohort',
  desa: 'cohort',
  cohort: 'cohort',
  sektor: 'sector',
  sector: 'sector',
  kategori: 'category',
  category: 'category',
};

/** @internal Splits one logical CSV line into fields. */
export function splitCsvLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

function quoteCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

async function* lines(
  source: string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield* source.split(/\r?\n/);
    return;
  }
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let i = rest.indexOf('\n');
    while (i >= 0) {
      yield rest.slice(0, i).replace(/\r$/, '');
      rest = rest.slice(i + 1);
      i = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest) yield rest.replace(/\r$/, '');
}

/**
 * Reads roster rows from CSV text or a stream of chunks (a file read stream, a fetch body). The first
 * line is the header; empty lines are skipped; a quoted field may contain separators, doubled quotes
 * and line breaks. Values stay text (`'1.000.000'`): `processRoster` reads Indonesian number formats.
 * Columns without a mapping keep their header name, so eligibility checks can use them.
 *
 * @example
 * ```ts
 * import { processRoster, readCsvRows } from 'jamsostek/roster';
 * const csv = 'NIK;Nama;Penghasilan\n3509010101900001;Contoh Sintetis;1.000.000\n';
 * const summary = await processRoster(readCsvRows(csv), { from: '2025-07', to: '2025-12', fundingSource: 'APBD' });
 * summary.total; // 100800
 * ```
 */
export async function* readCsvRows(
  source: string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  options: CsvOptions = {},
): AsyncGenerator<RosterRow> {
  let header: string[] | undefined;
  let sep = options.separator;
  let pending = '';
  const columns: Record<string, string> = { ...DEFAULT_COLUMNS };
  for (const [k, v] of Object.entries(options.columns ?? {})) columns[k.trim().toLowerCase()] = v;
  for await (const raw of lines(source)) {
    const line = pending ? `${pending}\n${raw}` : raw;
    if (quoteCount(line) % 2 === 1) {
      pending = line;
      continue;
    }
    pending = '';
    if (!header) {
      const clean = line.replace(/^\uFEFF/, '');
      if (!clean.trim()) continue;
      sep ??= (clean.split(';').length > clean.split(',').length ? ';' : ',') as ';' | ',';
      header = splitCsvLine(clean, sep).map((h) => {
        const key = h.trim().toLowerCase();
        return columns[key] ?? h.trim();
      });
      continue;
    }
    if (!line.trim()) continue;
    const fields = splitCsvLine(line, sep as string);
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      const v = fields[i];
      if (v !== undefined && v !== '') row[h] = v.trim();
    });
    yield row;
  }
  if (pending)
    invalidInput(
      [
        {
          path: [],
          message: 'unterminated quoted field at the end of the CSV',
          received: pending.slice(0, 80),
        },
      ],
      'CSV',
    );
}
