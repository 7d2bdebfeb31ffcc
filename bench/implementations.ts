/**
 * The three implementations the benchmark compares on the same rows: the library, a hand-written
 * single-pass integer loop (the practical upper bound: it hard-codes the 2025 rules and validates
 * only what it must), and a naive per-worker-month decimal.js version (what an app might write).
 */

import { Decimal } from 'decimal.js';
import type { YearMonth } from 'jamsostek';
import { monthIndex } from 'jamsostek/period';
import { processRosterSync, type RosterRow, type RosterSummary } from 'jamsostek/roster';

export const MONTHS = { from: '2025-01', to: '2025-12' } as const;

export interface Totals {
  readonly total: number;
  readonly workerMonths: number;
  readonly rejected: number;
}

export function viaLibrary(rows: readonly RosterRow[]): Totals {
  const s: RosterSummary = processRosterSync(rows, { ...MONTHS, fundingSource: 'APBD' });
  return { total: s.total, workerMonths: s.workerMonths, rejected: s.invalid };
}

const START = monthIndex(MONTHS.from);
const END = monthIndex(MONTHS.to);

/** Hand-written loop: integer arithmetic, the 2025 BPU rules inlined (JKK 10.000 at Rp1 juta, else 1 %; JKM 6.800). */
export function handWritten(rows: readonly RosterRow[]): Totals {
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
    const from =
      typeof r.from === 'string' ? Number(r.from.slice(0, 4)) * 12 + Number(r.from.slice(5, 7)) - 1 : START;
    const premium = (income === 1_000_000 ? 10_000 : Math.round(income / 100)) + 6_800;
    for (let m = Math.max(from, START); m <= END; m++) {
      byMonth[m - START] = (byMonth[m - START] as number) + premium;
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
    const from = typeof r.from === 'string' ? monthIndex(r.from as YearMonth) : START;
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
