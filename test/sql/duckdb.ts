/**
 * Helpers of the SQL tests: a DuckDB database with a roster table, and the group totals of
 * `processRoster` in the shape of the pricing query's result, to compare exactly (bigint).
 */
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { type FundingSource, payerOf } from 'jamsostek';
import type { RosterGroupTotals, RosterRow, RosterSummary } from 'jamsostek/roster';
import { processRosterSync, type RosterOptions } from 'jamsostek/roster';

/** Totals of one group, as bigint. */
export interface GroupTotals {
  workers: bigint;
  workerMonths: bigint;
  amount: bigint;
}

/** `dimension → label → totals`, plus the program totals of the 'total' row. */
export type Groups = Map<string, Map<string, GroupTotals>>;

export const ROSTER_DDL = `CREATE TABLE roster (
  nik VARCHAR NOT NULL, declared_income BIGINT, funding_source VARCHAR, sector VARCHAR, category VARCHAR,
  region VARCHAR, cohort VARCHAR, from_month VARCHAR, to_month VARCHAR
)`;

export async function openDuckDb(): Promise<{ con: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con = await instance.connect();
  return {
    con,
    close: () => {
      con.closeSync();
      instance.closeSync();
    },
  };
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Appends roster rows (already valid, with canonical spellings) to the table `roster`. */
export async function loadRoster(con: DuckDBConnection, rows: Iterable<RosterRow>): Promise<number> {
  await con.run(ROSTER_DDL);
  const app = await con.createAppender('roster');
  let n = 0;
  for (const r of rows) {
    app.appendVarchar(String(r.nik));
    if (typeof r.declaredIncome === 'number') app.appendBigInt(BigInt(r.declaredIncome));
    else app.appendNull();
    for (const v of [r.fundingSource, r.sector, r.category, r.region, r.cohort, r.from, r.to]) {
      const t = text(v);
      if (t === undefined) app.appendNull();
      else app.appendVarchar(t);
    }
    app.endRow();
    n++;
  }
  app.closeSync();
  return n;
}

const LABEL_COLUMN: Record<string, string> = {
  month: 'month',
  income_level: 'declared_income',
  payer: 'payer',
  sector: 'sector',
  category: 'category',
  funding_source: 'funding_source',
  region: 'region',
  cohort: 'cohort',
  total: '',
};

/** The pricing query's rows as `dimension → label → totals`, and the program totals. */
export function sqlGroups(rows: readonly Record<string, unknown>[]): {
  groups: Groups;
  programs: Record<string, bigint>;
} {
  const groups: Groups = new Map();
  let programs: Record<string, bigint> = {};
  for (const r of rows) {
    const dimension = String(r['dimension']);
    const column = LABEL_COLUMN[dimension];
    if (column === undefined) throw new Error(`unknown dimension ${dimension}`);
    const label = column === '' ? '' : String(r[column]);
    const totals = {
      workers: BigInt(r['workers'] as bigint),
      workerMonths: BigInt(r['worker_months'] as bigint),
      amount: BigInt(r['amount'] as bigint),
    };
    let g = groups.get(dimension);
    if (!g) {
      g = new Map();
      groups.set(dimension, g);
    }
    if (g.has(label)) throw new Error(`duplicate group ${dimension}/${label}`);
    g.set(label, totals);
    if (dimension === 'total')
      programs = {
        JKK: BigInt(r['jkk'] as bigint),
        JKM: BigInt(r['jkm'] as bigint),
        JHT: BigInt(r['jht'] as bigint),
      };
  }
  return { groups, programs };
}

function fromRecord(record: Readonly<Partial<Record<string, RosterGroupTotals>>>): Map<string, GroupTotals> {
  return new Map(
    Object.entries(record).flatMap(([k, v]) =>
      v
        ? [
            [
              k,
              { workers: BigInt(v.workers), workerMonths: BigInt(v.workerMonths), amount: BigInt(v.amount) },
            ] as const,
          ]
        : [],
    ),
  );
}

function total(summary: RosterSummary): GroupTotals {
  return {
    workers: BigInt(summary.workers),
    workerMonths: BigInt(summary.workerMonths),
    amount: BigInt(summary.total),
  };
}

/**
 * The same groups from `processRoster`: the summary's own groups (month, income level, funding source,
 * region, cohort, programs); payer by adding up the summary's funding sources through `payerOf`; sector
 * and category from one `processRoster` run per sector and per category on that part of the roster.
 */
export function rosterGroups(
  rows: readonly RosterRow[],
  options: RosterOptions,
  sectors: readonly string[],
  categories: readonly string[],
): { groups: Groups; programs: Record<string, bigint>; summary: RosterSummary } {
  const summary = processRosterSync(rows, options);
  const groups: Groups = new Map();
  groups.set('total', new Map([['', total(summary)]]));
  groups.set(
    'month',
    new Map(
      Object.entries(summary.byMonth)
        .filter(([, v]) => v.workers > 0)
        .map(([k, v]) => [
          k,
          { workers: BigInt(v.workers), workerMonths: BigInt(v.workers), amount: BigInt(v.amount) },
        ]),
    ),
  );
  groups.set('income_level', fromRecord(summary.byIncomeLevel));
  groups.set('funding_source', fromRecord(summary.byFundingSource));
  groups.set('region', fromRecord(summary.byRegion));
  groups.set('cohort', fromRecord(summary.byCohort));
  const payers = new Map<string, GroupTotals>();
  for (const [source, v] of Object.entries(summary.byFundingSource)) {
    const payer = payerOf(source as FundingSource);
    const p = payers.get(payer) ?? { workers: 0n, workerMonths: 0n, amount: 0n };
    payers.set(payer, {
      workers: p.workers + BigInt(v.workers),
      workerMonths: p.workerMonths + BigInt(v.workerMonths),
      amount: p.amount + BigInt(v.amount),
    });
  }
  groups.set('payer', payers);
  const part = (field: 'sector' | 'category', values: readonly string[], fallback: string) => {
    const out = new Map<string, GroupTotals>();
    for (const value of values) {
      const s = processRosterSync(
        rows.filter((r) => (text(r[field]) ?? fallback) === value),
        options,
      );
      if (s.workers > 0) out.set(value, total(s));
    }
    return out;
  };
  groups.set('sector', part('sector', sectors, options.sector ?? 'other'));
  groups.set('category', part('category', categories, options.category ?? 'self-employed'));
  const programs: Record<string, bigint> = {};
  for (const p of ['JKK', 'JKM', 'JHT'] as const) programs[p] = BigInt(summary.byProgram[p] ?? 0);
  return { groups, programs, summary };
}

/** The groups as sorted plain entries, for a readable `toEqual` diff. */
export function plain(groups: Groups): Record<string, [string, string, string, string][]> {
  const out: Record<string, [string, string, string, string][]> = {};
  for (const [d, g] of [...groups].sort(([a], [b]) => a.localeCompare(b)))
    out[d] = [...g]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, String(v.workers), String(v.workerMonths), String(v.amount)]);
  return out;
}
