/**
 * BPU pricing in SQL equals processRoster, exactly, at national scale: the generated rate table and
 * query run in DuckDB on a synthetic roster of more than 1.000.000 worker-months (every funding source,
 * both sectors, every category, incomes below, between and above the levels, workers who leave early),
 * and every group total (month, income level, payer, sector, category, funding source, region, cohort,
 * programs, total) is compared as bigint with what processRoster computes on the same rows.
 *
 * The expected side is the library's own roster engine (the reference implementation this SQL must
 * reproduce); its figures are checked against the regulation in test/roster and test/golden.
 */
import { BPU_CATEGORIES, BPU_SECTORS, FUNDING_SOURCES } from 'jamsostek';
import { addMonths } from 'jamsostek/period';
import type { RosterRow } from 'jamsostek/roster';
import { bpuPricingSql } from 'jamsostek/sql';
import { syntheticRoster } from 'jamsostek/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoster, openDuckDb, plain, rosterGroups, sqlGroups } from './duckdb.ts';

const FROM = '2026-01';
const TO = '2027-03';
const COUNT = 90_000;

/** Synthetic rows with a sector, a category, a cohort and, for every seventh worker, an early end. */
function roster(): RosterRow[] {
  const rows: RosterRow[] = [];
  let i = 0;
  for (const row of syntheticRoster({
    count: COUNT,
    seed: 17,
    start: FROM,
    regions: ['35.09.01', '35.09.02', '35.14.03', '15.05.01', '15.05.02', '51.71.01', '31.71.01', '64.72.05'],
    fundingSources: [...FUNDING_SOURCES],
    incomes: [500_000, 1_000_000, 1_000_001, 1_234_567, 2_500_000, 20_699_999, 20_700_000, 45_000_000],
  })) {
    i++;
    rows.push({
      ...row,
      sector: i % 5 === 0 ? 'transport' : i % 11 === 0 ? undefined : 'other',
      category: BPU_CATEGORIES[i % 3],
      cohort: `batch-${i % 4}`,
      to: i % 7 === 0 ? addMonths(FROM, 6 + (i % 5)) : undefined,
    });
  }
  return rows;
}

describe('bpuPricingSql in DuckDB equals processRoster (≥ 1.000.000 worker-months)', () => {
  let db: Awaited<ReturnType<typeof openDuckDb>>;
  let rows: RosterRow[];
  beforeAll(async () => {
    rows = roster();
    db = await openDuckDb();
    await loadRoster(db.con, rows);
  });
  afterAll(() => db?.close());

  it('every group total, programs JKK and JKM', { timeout: 120_000 }, async () => {
    const options = { from: FROM, to: TO } as const;
    const sql = bpuPricingSql(options);
    await db.con.run(sql.rateTable);
    const started = performance.now();
    const result = await db.con.runAndReadAll(sql.query);
    const seconds = (performance.now() - started) / 1000;
    const got = sqlGroups(result.getRowObjects());
    const want = rosterGroups(rows, options, BPU_SECTORS, BPU_CATEGORIES);
    expect(want.summary.invalid).toBe(0);
    // Each NIK once: processRoster prices a NIK once (dedupe), the query every row.
    expect(want.summary.duplicates).toBe(0);
    expect(want.summary.workerMonths).toBeGreaterThanOrEqual(1_000_000);
    expect(plain(got.groups)).toEqual(plain(want.groups));
    expect(got.programs).toEqual({ ...want.programs });
    // Every dimension has more than one group, so the comparison is not vacuous.
    for (const d of [
      'month',
      'income_level',
      'payer',
      'sector',
      'category',
      'funding_source',
      'region',
      'cohort',
    ])
      expect(got.groups.get(d)?.size, d).toBeGreaterThan(1);
    console.log(
      `DuckDB priced ${want.summary.workerMonths} worker-months of ${rows.length} workers in ${seconds.toFixed(2)} s`,
    );
  });
});
