import fc from 'fast-check';
import type { YearMonth } from 'jamsostek';
import { bpuContribution, isJamsostekError } from 'jamsostek';
import { eachMonth } from 'jamsostek/period';
import {
  createRosterAccumulator,
  mergeSummaries,
  processRoster,
  processRosterSync,
  type RosterRow,
  type RosterWorkerResult,
  readCsvRows,
} from 'jamsostek/roster';
import { syntheticRoster } from 'jamsostek/testing';
import { describe, expect, it } from 'vitest';

const months = { from: '2025-07', to: '2025-12' } as const;

describe('processRoster', () => {
  it('prices a small roster by hand: (6 + 3 + 2) worker-months × 16.800', async () => {
    const rows: RosterRow[] = [
      { nik: '3509010101900001' }, // Jul–Dec: 6 × 16.800 = 100.800
      { nik: '3509010101900002', from: '2025-10' }, // Oct–Dec: 3 × 16.800 = 50.400
      { nik: '3509010101900003', to: '2025-08', region: '35.09' }, // Jul–Aug: 2 × 16.800 = 33.600
      { nik: 'bad' },
    ];
    const s = await processRoster(rows, { months, declaredIncome: 1_000_000 });
    expect(s.total).toBe(100_800 + 50_400 + 33_600);
    expect(s.workers).toBe(3);
    expect(s.workerMonths).toBe(6 + 3 + 2);
    expect(s.byMonth['2025-07']).toEqual({ workers: 2, amount: 33_600 });
    expect(s.byMonth['2025-10']).toEqual({ workers: 2, amount: 33_600 });
    expect(s.byProgram).toEqual({ JKK: 11 * 10_000, JKM: 11 * 6_800 });
    expect(s.byRegion['35.09']).toEqual({ workers: 1, workerMonths: 2, amount: 33_600 });
    expect(s.rows).toBe(4);
    expect(s.invalid).toBe(1);
    expect(s.rejected).toEqual([
      {
        row: 4,
        kind: 'invalid',
        issues: [{ path: ['nik'], message: 'must be 16 digits', received: 'bad' }],
        reasons: [],
      },
    ]);
    expect(s.rules.map((r) => r.id)).toContain('bpu.jkm.amount');
  });

  it('applies PP 50/2025 by payer: 2026 roster of self-paying and APBD-paid workers', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', payer: 'self' },
        { nik: '3509010101900002', payer: 'APBD' },
        { nik: '3509010101900003', fundingSource: 'DBHCHT' },
      ],
      {
        months: { from: '2026-01', to: '2026-12' },
        declaredIncome: 1_000_000,
        payer: 'self',
        payerOf: (f) => (f === 'DBHCHT' ? 'APBD' : undefined),
      },
    );
    // self: 3 × 16.800 + 9 × 8.400 = 126.000; APBD (twice): 12 × 16.800 = 201.600 each.
    expect(s.total).toBe(126_000 + 2 * 201_600);
    expect(s.byFundingSource['DBHCHT']?.amount).toBe(201_600);
  });

  it('maps known funding sources to their payer by default: Dana Desa pays as APBDes, DBHCHT as APBD', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', fundingSource: 'Dana Desa' },
        { nik: '3509010101900002', fundingSource: 'DBHCHT' },
        { nik: '3509010101900003', fundingSource: 'unknown channel' },
      ],
      { months: { from: '2026-05', to: '2026-05' }, declaredIncome: 1_000_000, payer: 'self' },
    );
    // 2026-05 is inside the PP 50/2025 window: APBDes (village budget) and APBD pay 16.800, self pays 8.400.
    expect(s.byFundingSource['Dana Desa']?.amount).toBe(16_800);
    expect(s.byFundingSource['DBHCHT']?.amount).toBe(16_800);
    expect(s.byFundingSource['unknown channel']?.amount).toBe(8_400);
  });

  it('summarises a synthetic roster to the sum of bpuContribution over every worker-month', () => {
    const rows = [...syntheticRoster({ count: 400, seed: 42, incomes: [1_000_000, 1_500_000, 2_000_000] })];
    const s = processRosterSync(rows, { months: { from: '2025-07', to: '2026-06' } });
    let expected = 0;
    let workerMonths = 0;
    for (const r of rows) {
      for (const month of eachMonth({ from: r.from as YearMonth, to: '2026-06' })) {
        expected += bpuContribution({
          month,
          declaredIncome: r.declaredIncome as number,
          fundingSource: 'APBD',
        }).total;
        workerMonths++;
      }
    }
    expect(s.total).toBe(expected);
    expect(s.workerMonths).toBe(workerMonths);
    expect(Object.values(s.byIncomeLevel).reduce((a, g) => a + g.amount, 0)).toBe(expected);
    expect(Object.values(s.byMonth).reduce((a, m) => a + m.amount, 0)).toBe(expected);
  });

  it('gives identical summaries (as JSON) for 4 shards merged and one pass', () => {
    const rows = [...syntheticRoster({ count: 2_000, seed: 3, corruptRate: 0.01 })];
    const options = { months, declaredIncome: 1_000_000 } as const;
    const single = processRosterSync(rows, options);
    const size = 500;
    const shards = [0, 1, 2, 3].map((i) =>
      processRosterSync(rows.slice(i * size, (i + 1) * size), { ...options, rowOffset: i * size }),
    );
    const merged = shards.reduce((a, b) => mergeSummaries(a, b));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(single));
    const other = mergeSummaries(
      mergeSummaries(shards[3] as never, shards[1] as never),
      mergeSummaries(shards[2] as never, shards[0] as never),
    );
    expect(JSON.stringify(other)).toBe(JSON.stringify(single));
  });

  it('completes a roster with 1 % corrupted rows and lists every bad row with its reasons', () => {
    const rows = [...syntheticRoster({ count: 5_000, seed: 11, corruptRate: 0.01 })];
    const bad = rows
      .map((r, i) => ({ r, row: i + 1 }))
      .filter(
        ({ r }) =>
          typeof r.nik !== 'string' ||
          r.nik.length !== 16 ||
          r.declaredIncome === 'abc' ||
          r.from === '2025-13',
      );
    expect(bad.length).toBeGreaterThan(20);
    const s = processRosterSync(rows, { months });
    expect(s.rows).toBe(5_000);
    expect(s.invalid).toBe(bad.length);
    expect(s.workers + s.invalid).toBe(5_000);
    expect(s.rejected.map((x) => x.row)).toEqual(bad.map((b) => b.row));
    for (const x of s.rejected) expect(x.issues.length).toBeGreaterThan(0);
    const paths = new Set(s.rejected.flatMap((x) => x.issues.map((i) => i.path.join('.'))));
    expect([...paths].sort()).toEqual(['declaredIncome', 'from', 'nik']);
    expect(Object.values(s.rejectedByReason).reduce((a, b) => a + b, 0)).toBe(bad.length);
  });

  it('reports each kind of bad field', () => {
    const s = processRosterSync(
      [
        {},
        { nik: 3509010101900001 },
        {
          nik: '3509010101900001',
          declaredIncome: 'abc',
          from: '2025-13',
          to: '2024-01',
          region: 5,
          payer: 'bank',
          sector: 'x',
          category: 'y',
        },
        { nik: '3509010101900001', from: '2026-01' },
        null as unknown as RosterRow,
      ],
      { months },
    );
    expect(s.rejected.map((r) => [r.row, r.issues.map((i) => i.path.join('.'))])).toEqual([
      [1, ['nik', 'declaredIncome']],
      [2, ['nik', 'declaredIncome']],
      [3, ['declaredIncome', 'from', 'region', 'payer', 'sector', 'category']],
      [4, ['declaredIncome', 'from']],
      [5, ['']],
    ]);
  });

  it('reads incomes written in Indonesian style and as plain digits', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', declaredIncome: '1.000.000' },
        { nik: '3509010101900002', declaredIncome: '1000000' },
        { nik: '3509010101900003', declaredIncome: '1,000,000' },
      ],
      { months: { from: '2025-07', to: '2025-07' } },
    );
    expect(s.total).toBe(2 * 16_800);
    expect(s.rejected[0]?.row).toBe(3);
  });

  it('rejects ineligible rows with their reason codes', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', decile: 2 },
        { nik: '3509010101900002', decile: 7 },
      ],
      {
        months,
        declaredIncome: 1_000_000,
        eligibility: (row) =>
          (row['decile'] as number) <= 4
            ? { eligible: true }
            : { eligible: false, reasons: [{ code: 'program.decile' }] },
      },
    );
    expect(s.workers).toBe(1);
    expect(s.ineligible).toBe(1);
    expect(s.rejectedByReason).toEqual({ 'program.decile': 1 });
    expect(s.rejected[0]).toMatchObject({ row: 2, kind: 'ineligible', reasons: ['program.decile'] });
  });

  it('screens rows with program criteria through checkProgramEligibility', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', birthDate: '1980-01-01', dtsenDecile: '2', region: '35.09' },
        { nik: '3509010101900002', birthDate: '1980-01-01', dtsenDecile: 6, region: '35.09' },
        { nik: '3509010101900003', birthDate: '1980-01-01', dtsenDecile: 11, region: '35.09' },
        { nik: '3509010101900004', birthDate: '1950-01-01', dtsenDecile: 1, region: '35.10' },
      ],
      {
        months,
        declaredIncome: 1_000_000,
        eligibility: {
          asOf: '2025-07-01',
          criteria: {
            maxDtsenDecile: 4,
            regions: ['35.09'],
            age: { min: 18, max: 65 },
            fundingSource: 'APBD',
          },
        },
      },
    );
    expect(s.workers).toBe(1);
    expect(s.total).toBe(100_800);
    expect(s.rejected.map((r) => [r.row, r.kind])).toEqual([
      [2, 'ineligible'],
      [3, 'invalid'],
      [4, 'ineligible'],
    ]);
    expect(s.rejected[0]?.reasons).toEqual(['program.dtsen-decile']);
    expect(s.rejected[1]?.issues.map((i) => i.path.join('.'))).toContain('dtsenDecile');
    expect([...(s.rejected[2]?.reasons ?? [])].sort()).toEqual(['program.age-above', 'program.region']);
  });

  it('streams per-worker results to a callback whose totals add up', () => {
    const seen: RosterWorkerResult[] = [];
    const s = processRosterSync(syntheticRoster({ count: 300, seed: 5 }), {
      months,
      onWorker: (w) => seen.push(w),
    });
    expect(seen.length).toBe(300);
    expect(seen.reduce((a, w) => a + w.total, 0)).toBe(s.total);
    expect(seen[0]?.worker.row).toBe(1);
  });

  it('can stop at the first invalid row, naming it', () => {
    try {
      processRosterSync([{ nik: '3509010101900001' }, { nik: 'x' }], {
        months,
        declaredIncome: 1_000_000,
        stopOnInvalid: true,
      });
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.code).toBe('INVALID_INPUT');
      expect(isJamsostekError(e) && e.issues[0]?.path).toEqual(['rows', 2, 'nik']);
    }
  });

  it('keeps only rejectedLimit rows in the list, counts stay exact', () => {
    const s = processRosterSync([{ nik: 'a' }, { nik: 'b' }, { nik: 'c' }], {
      months,
      declaredIncome: 1_000_000,
      rejectedLimit: 1,
    });
    expect(s.invalid).toBe(3);
    expect(s.rejected.length).toBe(1);
  });

  it('accepts async iterables and pushes rows through an accumulator', async () => {
    async function* gen(): AsyncGenerator<RosterRow> {
      yield { nik: '3509010101900001' };
      yield { nik: '3509010101900002' };
    }
    expect((await processRoster(gen(), { months, declaredIncome: 1_000_000 })).total).toBe(201_600);
    const acc = createRosterAccumulator({ months, declaredIncome: 1_000_000 });
    acc.add({ nik: '3509010101900001' });
    expect(acc.finish().total).toBe(100_800);
  });

  it('validates its options and refuses to merge different program months', () => {
    for (const bad of [
      { months: { from: '2025-12', to: '2025-01' } },
      { months, payer: 'bank' },
      { months, extra: 1 },
    ]) {
      try {
        processRosterSync([], bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isJamsostekError(e) && e.code).toBe('INVALID_INPUT');
      }
    }
    const a = processRosterSync([], { months });
    const b = processRosterSync([], { months: { from: '2025-01', to: '2025-12' } });
    expect(() => mergeSummaries(a, b)).toThrow(/different program months/);
  });

  it('merging is associative and matches a single pass at random split points (property)', () => {
    const rows = [
      ...syntheticRoster({ count: 300, seed: 9, corruptRate: 0.05, incomes: [1_000_000, 2_000_000] }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (x, y) => {
        const [i, j] = x <= y ? [x, y] : [y, x];
        const part = (a: number, b: number) => processRosterSync(rows.slice(a, b), { months, rowOffset: a });
        const [p, q, r] = [part(0, i), part(i, j), part(j, 300)];
        const left = mergeSummaries(mergeSummaries(p, q), r);
        const right = mergeSummaries(p, mergeSummaries(q, r));
        expect(JSON.stringify(left)).toBe(JSON.stringify(right));
        expect(JSON.stringify(left)).toBe(JSON.stringify(part(0, 300)));
      }),
      { numRuns: 25 },
    );
  });
});

describe('readCsvRows', () => {
  it('reads a semicolon export with Indonesian numbers and quoted fields', async () => {
    const csv =
      '\uFEFFNIK;Nama;Penghasilan;Wilayah;Sumber_Dana\r\n3509010101900001;"Contoh; Sintetis";1.000.000;35.09;DBHCHT\r\n\r\n3509010101900002;"Dua ""Sintetis""";2.000.000;35.09;APBD\r\n';
    const rows: RosterRow[] = [];
    for await (const r of readCsvRows(csv)) rows.push(r);
    expect(rows).toEqual([
      {
        nik: '3509010101900001',
        name: 'Contoh; Sintetis',
        declaredIncome: '1.000.000',
        region: '35.09',
        fundingSource: 'DBHCHT',
      },
      {
        nik: '3509010101900002',
        name: 'Dua "Sintetis"',
        declaredIncome: '2.000.000',
        region: '35.09',
        fundingSource: 'APBD',
      },
    ]);
  });

  it('reads a comma export from byte chunks, with a quoted line break and custom columns', async () => {
    const text =
      'id_pekerja,income,catatan\n3509010101900001,1000000,"baris\ndua"\n3509010101900002,1000000,x';
    const bytes = new TextEncoder().encode(text);
    const chunks = [bytes.slice(0, 7), bytes.slice(7, 40), bytes.slice(40)];
    const rows: RosterRow[] = [];
    for await (const r of readCsvRows(chunks, { columns: { id_pekerja: 'nik', income: 'declaredIncome' } }))
      rows.push(r);
    expect(rows).toEqual([
      { nik: '3509010101900001', declaredIncome: '1000000', catatan: 'baris\ndua' },
      { nik: '3509010101900002', declaredIncome: '1000000', catatan: 'x' },
    ]);
    const s = await processRoster(
      readCsvRows(chunks, { columns: { id_pekerja: 'nik', income: 'declaredIncome' } }),
      { months },
    );
    expect(s.total).toBe(2 * 100_800);
  });

  it('rejects an unterminated quote', async () => {
    const run = async () => {
      for await (const _ of readCsvRows('nik\n"unterminated')) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow(/unterminated/);
  });
});

describe('syntheticRoster', () => {
  it('is reproducible from its seed and marks every row as synthetic', () => {
    const a = [...syntheticRoster({ count: 50, seed: 1 })];
    const b = [...syntheticRoster({ count: 50, seed: 1 })];
    expect(a).toEqual(b);
    expect(
      a.every(
        (r) =>
          r.synthetic === true && /^SINTETIS \d+$/.test(r.name as string) && /^\d{16}$/.test(r.nik as string),
      ),
    ).toBe(true);
    expect([...syntheticRoster({ count: 50, seed: 2 })]).not.toEqual(a);
  });
});
