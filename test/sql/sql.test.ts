/**
 * The SQL generator: the rate table's rows against the regulation, hand-computed premiums run in
 * DuckDB, both dialects, defaults for NULL columns, a what-if JKK table, and input validation.
 */
import { BPU_CATEGORIES, BPU_SECTORS, FUNDING_SOURCES, isJamsostekError } from 'jamsostek';
import type { RosterRow } from 'jamsostek/roster';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { bpuPricingSql, bpuRateTable } from 'jamsostek/sql';
import { syntheticRoster } from 'jamsostek/testing';
import { describe, expect, it } from 'vitest';
import { loadRoster, openDuckDb, plain, rosterGroups, sqlGroups } from './duckdb.ts';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isJamsostekError(e) ? e.code : 'not a JamsostekError';
  }
  return undefined;
}

describe('bpuRateTable', () => {
  const row = (month: string, fundingSource: string, sector = 'other', category = 'self-employed') =>
    bpuRateTable({ from: '2020-01', to: '2027-12' }).rows.find(
      (r) =>
        r.month === month &&
        r.funding_source === fundingSource &&
        r.sector === sector &&
        r.category === category,
    );

  it('one row per month, funding source, sector and category', () => {
    const t = bpuRateTable({ from: '2026-01', to: '2026-12' });
    expect(t.rows).toHaveLength(12 * FUNDING_SOURCES.length * BPU_SECTORS.length * BPU_CATEGORIES.length);
    expect(t.columns).toEqual(Object.keys(t.rows[0] ?? {}));
    expect(t.rulebook).toEqual({ name: 'official', version: OFFICIAL_RULEBOOK.version });
    // The JKK fallback rate is unverified (U), so the table is too.
    expect(t.confidence).toBe('U');
  });

  it('November 2026, self-paid, other sector: levels 1.000.000 … 20.700.000, JKK 1 %, JKM 6.800, PP 50/2025 leaves 5/10', () => {
    // PP 44/2015 Pasal 20 (levels, JKK 1 %, JKM Rp6.800); PP 50/2025 Pasal 4 ayat (1), Pasal 7 huruf b (50 %).
    expect(row('2026-11', 'self')).toEqual({
      month: '2026-11',
      funding_source: 'self',
      payer: 'self',
      sector: 'other',
      category: 'self-employed',
      lowest_level: 1_000_000,
      highest_level: 20_700_000,
      jkk_rate_num: 1,
      jkk_rate_den: 100,
      jkm_amount: 6_800,
      jht_rate_num: 0,
      jht_rate_den: 1,
      pay1_num: 5,
      pay1_den: 10,
      pay2_num: 1,
      pay2_den: 1,
    });
  });

  it('APBD and DBHCHT (paid through the APBD) keep the full premium (PP 50/2025 Pasal 3 ayat (5))', () => {
    expect(row('2026-11', 'APBD')).toMatchObject({ payer: 'APBD', pay1_num: 1, pay1_den: 1 });
    expect(row('2026-11', 'DBHCHT')).toMatchObject({ payer: 'APBD', pay1_num: 1, pay1_den: 1 });
  });

  it('employers are not a covered category (PP 50/2025 Pasal 3 ayat (4))', () => {
    expect(row('2026-11', 'self', 'other', 'employer')).toMatchObject({ pay1_num: 1, pay1_den: 1 });
  });

  it('transport keeps the discount to March 2027, other sectors end with December 2026 (Pasal 7)', () => {
    expect(row('2027-03', 'self', 'transport')).toMatchObject({ pay1_num: 5, pay1_den: 10 });
    expect(row('2027-04', 'self', 'transport')).toMatchObject({ pay1_num: 1, pay1_den: 1 });
    expect(row('2027-01', 'self', 'other')).toMatchObject({ pay1_num: 1, pay1_den: 1 });
  });

  it('PP 49/2020: August 2020 to January 2021 pay 1/100 of JKK and JKM', () => {
    expect(row('2020-07', 'self')).toMatchObject({ pay1_num: 1, pay1_den: 1 });
    expect(row('2020-08', 'self')).toMatchObject({ pay1_num: 1, pay1_den: 100 });
    expect(row('2021-01', 'APBD')).toMatchObject({ pay1_num: 1, pay1_den: 100 });
    expect(row('2021-02', 'self')).toMatchObject({ pay1_num: 1, pay1_den: 1 });
  });

  it('JHT at 2 % when asked for (PP 46/2015 Pasal 18)', () => {
    const t = bpuRateTable({ from: '2025-01', to: '2025-01', programs: ['JKK', 'JKM', 'JHT'] });
    expect(t.rows[0]).toMatchObject({ jht_rate_num: 2, jht_rate_den: 100 });
    const onlyJht = bpuRateTable({ from: '2025-01', to: '2025-01', programs: ['JHT'] });
    expect(onlyJht.rows[0]).toMatchObject({ jkk_rate_num: 0, jkm_amount: 0, jht_rate_num: 2 });
    expect(onlyJht.jkkLevels).toEqual([]);
  });

  it('the known JKK levels, once per unbroken run of months', () => {
    expect(bpuRateTable({ from: '2025-01', to: '2025-12' }).jkkLevels).toEqual([
      { from: '2025-01', to: '2025-12', income_level: 1_000_000, jkk_amount: 10_000 },
      { from: '2025-01', to: '2025-12', income_level: 20_700_000, jkk_amount: 207_000 },
    ]);
  });

  it('rejects bad input with every issue, and months before BPU contributions', () => {
    expect(codeOf(() => bpuRateTable({ from: '2026-05', to: '2026-04' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => bpuRateTable({ from: '2016-01', to: '2026-01' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => bpuRateTable({ from: '2016-01', to: '2025-12' }))).toBeUndefined();
    expect(codeOf(() => bpuRateTable({ from: '2015-06', to: '2015-07' }))).toBe('RULE_NOT_IN_FORCE');
    const bad: unknown = { from: '2026-13', to: 5, programs: ['JKK'], extra: 1 };
    try {
      bpuRateTable(bad as never);
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e, 'INVALID_INPUT') && e.issues.map((i) => i.path.join('.')).sort()).toEqual([
        'extra',
        'from',
        'programs',
        'to',
      ]);
    }
  });
});

describe('bpuPricingSql', () => {
  it('refuses table names that are not plain identifiers, and unknown dialects', () => {
    const base = { from: '2026-01', to: '2026-01' } as const;
    expect(codeOf(() => bpuPricingSql({ ...base, rosterTable: 'roster; DROP TABLE x' }))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(() => bpuPricingSql({ ...base, rateTable: '"rates"' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => bpuPricingSql({ ...base, dialect: 'mysql' as never }))).toBe('INVALID_INPUT');
    expect(codeOf(() => bpuPricingSql({ ...base, declaredIncome: 0 }))).toBe('INVALID_INPUT');
    expect(bpuPricingSql({ ...base, rosterTable: 'warehouse.bpjs.roster_2026' }).query).toContain(
      'FROM warehouse.bpjs.roster_2026',
    );
  });

  it('writes INSERT statements of at most 500 rows, and the ansi dialect without //', () => {
    const sql = bpuPricingSql({ from: '2026-01', to: '2026-12', dialect: 'ansi' });
    const inserts = sql.rateTable.split(';\n').filter((s) => s.startsWith('INSERT'));
    expect(inserts).toHaveLength(Math.ceil(sql.rates.rows.length / 500));
    expect(sql.query).not.toContain('//');
    expect(sql.query).toContain('MOD(');
    expect(bpuPricingSql({ from: '2026-01', to: '2026-12' }).query).toContain('//');
  });
});

describe('the query in DuckDB', () => {
  /** Prices rows in a fresh in-memory database. */
  async function price(rows: readonly RosterRow[], input: Parameters<typeof bpuPricingSql>[0]) {
    const db = await openDuckDb();
    try {
      const sql = bpuPricingSql(input);
      await loadRoster(db.con, rows);
      await db.con.run(sql.rateTable);
      return sqlGroups((await db.con.runAndReadAll(sql.query)).getRowObjects());
    } finally {
      db.close();
    }
  }

  it('hand-computed premiums, November 2026', async () => {
    const got = await price(
      [
        // 1.234.567 self-paid: JKK 1 % = 12.345,67 → 12.346; PP 50/2025 halves it: 6.173;
        // JKM 6.800 → 3.400. Premium 9.573.
        { nik: '3509010101900001', declaredIncome: 1_234_567, fundingSource: 'self', region: 'A' },
        // 500.000 is below the lowest level: priced at 1.000.000, JKK 10.000; APBD keeps the full
        // premium: 10.000 + 6.800 = 16.800.
        { nik: '3509010101900002', declaredIncome: 500_000, fundingSource: 'APBD', region: 'A' },
        // 45.000.000 is above the highest level: priced at 20.700.000, JKK 207.000 halved to 103.500;
        // JKM 3.400. Premium 106.900.
        { nik: '3509010101900003', declaredIncome: 45_000_000, fundingSource: 'self', region: 'B' },
      ],
      { from: '2026-11', to: '2026-11' },
    );
    expect(plain(got.groups)['total']).toEqual([['', '3', '3', String(9_573 + 16_800 + 106_900)]]);
    expect(plain(got.groups)['region']).toEqual([
      ['A', '2', '2', String(9_573 + 16_800)],
      ['B', '1', '1', '106900'],
    ]);
    expect(got.programs).toEqual({
      JKK: BigInt(6_173 + 10_000 + 103_500),
      JKM: BigInt(3_400 + 6_800 + 3_400),
      JHT: 0n,
    });
  });

  it('NULL columns take the defaults of the options', async () => {
    const rows: RosterRow[] = [
      { nik: '3509010101900001' },
      {
        nik: '3509010101900002',
        declaredIncome: 2_000_000,
        fundingSource: 'self',
        sector: 'transport',
        from: '2026-02',
      },
    ];
    const options = {
      from: '2025-12',
      to: '2026-03',
      fundingSource: 'DBHCHT',
      declaredIncome: 1_000_000,
    } as const;
    const got = await price(rows, options);
    const want = rosterGroups(rows, options, BPU_SECTORS, BPU_CATEGORIES);
    expect(plain(got.groups)).toEqual(plain(want.groups));
    // DBHCHT worker: 4 months × 16.800; self-paid transport worker at 2.000.000 in February and March
    // 2026: JKK 20.000 halved to 10.000, JKM 3.400, so 13.400 a month.
    expect(want.summary.total).toBe(4 * 16_800 + 2 * 13_400);
  });

  const covidRoster = (): RosterRow[] =>
    [
      ...syntheticRoster({
        count: 6_000,
        seed: 49,
        start: '2020-05',
        fundingSources: [...FUNDING_SOURCES],
        incomes: [800_000, 1_000_000, 3_333_333, 5_000_000, 25_000_000],
      }),
    ].map((r, i) => ({
      ...r,
      sector: BPU_SECTORS[i % 2],
      category: BPU_CATEGORIES[i % 3],
      to: i % 4 === 0 ? '2020-12' : undefined,
    }));

  it.each(['duckdb', 'ansi'] as const)(
    'PP 49/2020 months with JHT, every group equal to processRoster (%s dialect)',
    async (dialect) => {
      const rows = covidRoster();
      const options = { from: '2020-05', to: '2021-04', programs: ['JKK', 'JKM', 'JHT'] } as const;
      const got = await price(rows, { ...options, dialect });
      const want = rosterGroups(rows, options, BPU_SECTORS, BPU_CATEGORIES);
      expect(plain(got.groups)).toEqual(plain(want.groups));
      expect(got.programs).toEqual(want.programs);
    },
  );

  it('a what-if JKK table whose levels the fallback rate does not give', async () => {
    const rulebook = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'bpu.jkk.table',
        versions: [
          {
            from: '2020-01-01',
            value: [
              { income: 1_000_000, amount: 10_000 },
              { income: 5_000_000, amount: 40_000 },
              { income: 20_700_000, amount: 207_000 },
            ],
            citations: [{ instrument: 'scenario', article: 'a cheaper level' }],
            confidence: 'U',
          },
        ],
      },
    ]);
    const rows = covidRoster();
    const options = { from: '2020-05', to: '2021-04', rulebook } as const;
    const sql = bpuPricingSql(options);
    expect(sql.rates.jkkLevels).toContainEqual({
      from: '2020-05',
      to: '2021-04',
      income_level: 5_000_000,
      jkk_amount: 40_000,
    });
    const got = await price(rows, options);
    const want = rosterGroups(rows, options, BPU_SECTORS, BPU_CATEGORIES);
    expect(plain(got.groups)).toEqual(plain(want.groups));
    // The scenario level is used: 5.000.000 workers pay less JKK than 1 % would give.
    expect(want.summary.byIncomeLevel['5000000']?.amount).toBeLessThan(
      (want.summary.byIncomeLevel['5000000']?.workerMonths ?? 0) * (50_000 + 6_800),
    );
  });
});
