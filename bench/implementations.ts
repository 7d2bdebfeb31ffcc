/**
 * The implementations the roster benchmarks compare on the same rows: the library, a hand-written
 * single-pass integer loop (the practical upper bound: it hard-codes the 2025 rules and validates
 * only what it must), and a naive per-worker-month decimal.js version (what an app might write); and,
 * for CSV files, a hand-written split-and-price loop over the same file.
 */
import { createReadStream } from 'node:fs';
import { Decimal } from 'decimal.js';
import type { RosterRow } from 'jamsostek/roster';

/** The program months of the benchmark's roster. */
export const MONTHS = { from: '2025-01', to: '2025-12' } as const;
const START = 2025 * 12;
const END = 2025 * 12 + 11;

/** What every implementation must agree on. */
export interface Totals {
  readonly total: number;
  readonly workerMonths: number;
  readonly rejected: number;
}

/** Month index of a `YYYY-MM` text (no checks: the rows are the benchmark's own). */
function monthOf(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

/** The 2025 BPU premium, inlined: JKK Rp10.000 at Rp1 juta, else 1 % rounded; JKM Rp6.800. */
function premium2025(income: number): number {
  return (income === 1_000_000 ? 10_000 : Math.round(income / 100)) + 6_800;
}

/**
 * Hand-written loop over rows in memory: integer arithmetic, the 2025 BPU rules inlined. With `once`,
 * each NIK is priced once (a set of the NIKs seen, as an app would write it), as processRoster does by
 * default.
 */
export function handWritten(rows: readonly RosterRow[], once = false): Totals {
  const seen = once ? new Set<string>() : undefined;
  const byMonth = new Float64Array(12);
  let workerMonths = 0;
  let rejected = 0;
  for (const r of rows) {
    const nik = r.nik;
    const income = r.declaredIncome;
    if (
      typeof nik !== 'string' ||
      nik.length !== 16 ||
      typeof income !== 'number' ||
      !Number.isSafeInteger(income) ||
      income <= 0
    ) {
      rejected++;
      continue;
    }
    if (seen) {
      if (seen.has(nik)) continue;
      seen.add(nik);
    }
    const from = typeof r.from === 'string' ? monthOf(r.from) : START;
    const p = premium2025(income);
    for (let m = Math.max(from, START); m <= END; m++) {
      byMonth[m - START] = (byMonth[m - START] as number) + p;
      workerMonths++;
    }
  }
  let total = 0;
  for (const v of byMonth) total += v;
  return { total, workerMonths, rejected };
}

/** Naive: one decimal.js computation per worker-month. */
export function naiveDecimal(rows: readonly RosterRow[]): Totals {
  let total = new Decimal(0);
  let workerMonths = 0;
  let rejected = 0;
  for (const r of rows) {
    const income = r.declaredIncome;
    if (typeof r.nik !== 'string' || r.nik.length !== 16 || typeof income !== 'number') {
      rejected++;
      continue;
    }
    const from = typeof r.from === 'string' ? monthOf(r.from) : START;
    for (let m = Math.max(from, START); m <= END; m++) {
      const jkk =
        income === 1_000_000
          ? new Decimal(10_000)
          : new Decimal(income).mul('0.01').toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      total = total.plus(jkk).plus(new Decimal(6_800));
      workerMonths++;
    }
  }
  return { total: total.toNumber(), workerMonths, rejected };
}

/** The columns of the benchmark's CSV file, in order. */
export const CSV_HEADER = 'nik;nama;penghasilan;mulai;wilayah;sumber_dana';

/** One row as a line of the benchmark's CSV file. */
export function csvLine(r: RosterRow): string {
  return `${String(r.nik)};${String(r.name)};${String(r.declaredIncome)};${String(r.from)};${String(r.region)};${String(r.fundingSource)}`;
}

/** The I/O floor: reads the file and counts its line ends, nothing else. */
export async function ioFloor(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

/**
 * Hand-written split-and-price loop over the CSV file: lines split on `\n`, fields on `;` (the file
 * has no quotes), the NIK and income checked, each row priced with the 2025 rules inlined. With
 * `once`, each NIK is priced once (a set of the NIKs seen, as an app would write it), as
 * processRoster does by default.
 */
export async function handWrittenCsv(path: string, once = false): Promise<Totals> {
  const seen = once ? new Set<string>() : undefined;
  const byMonth = new Float64Array(12);
  let workerMonths = 0;
  let rejected = 0;
  let header = true;
  let rest = '';
  const decoder = new TextDecoder();
  const row = (line: string): void => {
    if (header) {
      header = false;
      return;
    }
    if (line === '') return;
    const a = line.indexOf(';');
    const b = line.indexOf(';', a + 1);
    const c = line.indexOf(';', b + 1);
    const d = line.indexOf(';', c + 1);
    const nik = line.slice(0, a);
    const income = Number(line.slice(b + 1, c));
    if (nik.length !== 16 || !Number.isSafeInteger(income) || income <= 0) {
      rejected++;
      return;
    }
    if (seen) {
      if (seen.has(nik)) return;
      seen.add(nik);
    }
    const from = monthOf(line.slice(c + 1, d));
    const p = premium2025(income);
    for (let m = Math.max(from, START); m <= END; m++) {
      byMonth[m - START] = (byMonth[m - START] as number) + p;
      workerMonths++;
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      row(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  row(rest + decoder.decode());
  let total = 0;
  for (const v of byMonth) total += v;
  return { total, workerMonths, rejected };
}
