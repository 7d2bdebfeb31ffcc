import fc from 'fast-check';
import type { YearMonth } from 'jamsostek';
import { bpuContribution, isJamsostekError } from 'jamsostek';
import { readCsvRows } from 'jamsostek/csv';
import { explain } from 'jamsostek/explain';
import { eachMonth } from 'jamsostek/period';
import {
  createRosterAccumulator,
  mergeRosterSummaries,
  processRoster,
  processRosterSync,
  RosterOptionsSchema,
  type RosterRow,
  type RosterSummary,
  type RosterWorkerResult,
} from 'jamsostek/roster';
import { syntheticRoster } from 'jamsostek/testing';
import { describe, expect, it } from 'vitest';

const months = { from: '2025-07', to: '2025-12', fundingSource: 'DBHCHT' } as const;

describe('processRoster', () => {
  it('prices a small roster by hand: (6 + 3 + 2) worker-months × 16.800', async () => {
    const rows: RosterRow[] = [
      { nik: '3509010101900001' }, // Jul–Dec: 6 × 16.800 = 100.800
      { nik: '3509010101900002', from: '2025-10' }, // Oct–Dec: 3 × 16.800 = 50.400
      { nik: '3509010101900003', to: '2025-08', region: '35.09' }, // Jul–Aug: 2 × 16.800 = 33.600
      { nik: 'bad' },
    ];
    const s = await processRoster(rows, { ...months, declaredIncome: 1_000_000 });
    expect(s.total).toBe(100_800 + 50_400 + 33_600);
    expect(s.workers).toBe(3);
    expect(s.workerMonths).toBe(6 + 3 + 2);
    expect(s.byMonth['2025-07']).toEqual({ workers: 2, amount: 33_600 });
    expect(s.byMonth['2025-10']).toEqual({ workers: 2, amount: 33_600 });
    expect(s.byProgram).toEqual({ JKK: 11 * 10_000, JKM: 11 * 6_800 });
    expect(s.byRegion['35.09']).toEqual({ workers: 1, workerMonths: 2, amount: 33_600 });
    expect(s.byFundingSource).toEqual({ DBHCHT: { workers: 3, workerMonths: 11, amount: 184_800 } });
    expect(s.rows).toBe(4);
    expect(s.invalid).toBe(1);
    expect(s.rejected).toEqual([
      {
        row: 4,
        kind: 'invalid',
        nik: 'bad',
        issues: [{ path: ['nik'], message: 'must be 16 digits', received: 'bad' }],
      },
    ]);
    expect(s.rules.map((r) => r.id)).toContain('bpu.jkm.amount');
  });

  it('applies PP 50/2025 by funding source: 2026 roster of self-paying, APBD- and DBHCHT-funded workers', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', fundingSource: 'self' },
        { nik: '3509010101900002', fundingSource: 'APBD' },
        { nik: '3509010101900003', fundingSource: 'DBHCHT' },
      ],
      { from: '2026-01', to: '2026-12', declaredIncome: 1_000_000 },
    );
    // self: 3 × 16.800 + 9 × 8.400 = 126.000; APBD and DBHCHT (which pays through the APBD,
    // PP 50/2025 Pasal 3 ayat (5)): 12 × 16.800 = 201.600 each.
    expect(s.total).toBe(126_000 + 2 * 201_600);
    expect(s.byFundingSource).toEqual({
      APBD: { workers: 1, workerMonths: 12, amount: 201_600 },
      DBHCHT: { workers: 1, workerMonths: 12, amount: 201_600 },
      self: { workers: 1, workerMonths: 12, amount: 126_000 },
    });
  });

  it('reads funding sources without regard to case and spaces: Dana Desa pays as APBDes, DBH sawit as APBD', () => {
    const seen: RosterWorkerResult[] = [];
    const s = processRosterSync(
      [
        { nik: '3509010101900001', fundingSource: ' dana desa ' },
        { nik: '3509010101900002', fundingSource: 'dbh sawit' },
        { nik: '3509010101900003', fundingSource: 'DBHSAWIT' },
        { nik: '3509010101900004' },
      ],
      {
        from: '2026-05',
        to: '2026-05',
        declaredIncome: 1_000_000,
        fundingSource: 'self',
        onWorker: (w) => seen.push(w),
      },
    );
    // 2026-05 is inside the PP 50/2025 window: APBDes (village budget) and APBD pay 16.800, self pays 8.400.
    expect(s.byFundingSource['Dana Desa']?.amount).toBe(16_800);
    expect(s.byFundingSource['DBH sawit']).toEqual({ workers: 2, workerMonths: 2, amount: 33_600 });
    expect(s.byFundingSource.self?.amount).toBe(8_400);
    expect(seen.map((w) => [w.worker.fundingSource, w.worker.payer])).toEqual([
      ['Dana Desa', 'APBDes'],
      ['DBH sawit', 'APBD'],
      ['DBH sawit', 'APBD'],
      ['self', 'self'],
    ]);
  });

  it('rejects a row with an unknown funding source, naming its row, and never prices it with a guessed payer', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', fundingSource: 'APBD' },
        { nik: '3509010101900002', fundingSource: 'unknown channel' },
        { nik: '3509010101900003', fundingSource: 42 },
      ],
      { from: '2025-07', to: '2025-07', declaredIncome: 1_000_000, fundingSource: 'self' },
    );
    expect(s.workers).toBe(1);
    expect(s.total).toBe(16_800);
    expect(s.rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(s.rejected[0]).toMatchObject({
      kind: 'invalid',
      issues: [{ path: ['fundingSource'], received: 'unknown channel' }],
    });
    expect(s.rejected[0]?.kind === 'invalid' && s.rejected[0].issues[0]?.message).toContain('DBH sawit');
    expect(s.rejectedByReason).toEqual({ 'invalid:fundingSource': 2 });
  });

  it('rejects a row without a funding source when the options give none, and a row with a payer field', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', fundingSource: 'APBD' },
        { nik: '3509010101900002' },
        { nik: '3509010101900003', fundingSource: 'APBD', payer: 'APBD' },
      ],
      { from: '2025-07', to: '2025-07', declaredIncome: 1_000_000 },
    );
    expect(s.workers).toBe(1);
    expect(
      s.rejected.map((r) => [r.row, r.kind === 'invalid' && r.issues.map((i) => i.path.join('.'))]),
    ).toEqual([
      [2, ['fundingSource']],
      [3, ['payer']],
    ]);
  });

  it('summarises a synthetic roster to the sum of bpuContribution over every worker-month', () => {
    const rows = [...syntheticRoster({ count: 400, seed: 42, incomes: [1_000_000, 1_500_000, 2_000_000] })];
    const s = processRosterSync(rows, { from: '2025-07', to: '2026-06', fundingSource: 'APBD' });
    let expected = 0;
    let workerMonths = 0;
    for (const r of rows) {
      for (const month of eachMonth({ from: r.from as YearMonth, to: '2026-06' })) {
        expected += bpuContribution({
          month,
          declaredIncome: r.declaredIncome as number,
          fundingSource: r.fundingSource as 'DBHCHT' | 'APBD',
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
    const options = { ...months, declaredIncome: 1_000_000 } as const;
    const single = processRosterSync(rows, options);
    const size = 500;
    const shards = [0, 1, 2, 3].map((i) =>
      processRosterSync(rows.slice(i * size, (i + 1) * size), { ...options, rowOffset: i * size }),
    );
    const merged = mergeRosterSummaries(...shards);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(single));
    const [s0, s1, s2, s3] = shards as [RosterSummary, RosterSummary, RosterSummary, RosterSummary];
    const other = mergeRosterSummaries(mergeRosterSummaries(s3, s1), mergeRosterSummaries(s2, s0));
    expect(JSON.stringify(other)).toBe(JSON.stringify(single));
    expect(JSON.stringify(mergeRosterSummaries(single))).toBe(JSON.stringify(single));
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
    const s = processRosterSync(rows, months);
    expect(s.rows).toBe(5_000);
    expect(s.invalid).toBe(bad.length);
    expect(s.workers + s.invalid).toBe(5_000);
    expect(s.rejected.map((x) => x.row)).toEqual(bad.map((b) => b.row));
    const issues = s.rejected.map((x) => (x.kind === 'invalid' ? x.issues : []));
    for (const list of issues) expect(list.length).toBeGreaterThan(0);
    const paths = new Set(issues.flatMap((list) => list.map((i) => i.path.join('.'))));
    expect([...paths].sort()).toEqual(['declaredIncome', 'from', 'nik']);
    // Each corrupted row has exactly one problem, so the counts per reason add up to the rows rejected.
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
          fundingSource: 'bank',
          sector: 'x',
          category: 'y',
        },
        { nik: '3509010101900001', from: '2026-01' },
        null as unknown as RosterRow,
      ],
      months,
    );
    expect(
      s.rejected.map((r) => [r.row, r.kind === 'invalid' ? r.issues.map((i) => i.path.join('.')) : r.kind]),
    ).toEqual([
      [1, ['nik', 'declaredIncome']],
      [2, ['nik', 'declaredIncome']],
      [3, ['declaredIncome', 'from', 'region', 'fundingSource', 'sector', 'category']],
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
      { from: '2025-07', to: '2025-07', fundingSource: 'APBD' },
    );
    expect(s.total).toBe(2 * 16_800);
    expect(s.rejected[0]?.row).toBe(3);
  });

  it('rejects ineligible rows with their reason codes, counting each row once per reason', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', decile: 2 },
        { nik: '3509010101900002', decile: 7 },
        { nik: '3509010101900003', decile: 9 },
      ],
      {
        ...months,
        declaredIncome: 1_000_000,
        eligibility: (row) =>
          (row['decile'] as number) <= 4
            ? { eligible: true }
            : {
                eligible: false,
                reasons:
                  (row['decile'] as number) > 8
                    ? [{ code: 'program.decile' }, { code: 'program.decile' }, { code: 'program.other' }]
                    : [{ code: 'program.decile' }],
              },
      },
    );
    expect(s.workers).toBe(1);
    expect(s.ineligible).toBe(2);
    // Two rows were rejected for the decile (the second says so twice), one of them also for another reason.
    expect(s.rejectedByReason).toEqual({ 'program.decile': 2, 'program.other': 1 });
    expect(s.rejected[0]).toEqual({
      row: 2,
      kind: 'ineligible',
      nik: '3509010101900002',
      reasons: ['program.decile'],
    });
    expect(s.rows).toBe(s.workers + s.invalid + s.ineligible + s.duplicates);
  });

  it('screens rows with program criteria through programEligibility', () => {
    const s = processRosterSync(
      [
        { nik: '3509010101900001', birthDate: '1980-01-01', dtsenDecile: '2', region: '35.09' },
        { nik: '3509010101900002', birthDate: '1980-01-01', dtsenDecile: 6, region: '35.09' },
        { nik: '3509010101900003', birthDate: '1980-01-01', dtsenDecile: 11, region: '35.09' },
        { nik: '3509010101900004', birthDate: '1950-01-01', dtsenDecile: 1, region: '35.10' },
      ],
      {
        ...months,
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
    const [decile, invalid, old] = s.rejected;
    expect(decile?.kind === 'ineligible' && decile.reasons).toEqual(['program.dtsen-decile']);
    expect(invalid?.kind === 'invalid' && invalid.issues.map((i) => i.path.join('.'))).toContain(
      'dtsenDecile',
    );
    expect(old?.kind === 'ineligible' && [...old.reasons].sort()).toEqual([
      'program.age-above',
      'program.region',
    ]);
  });

  it('streams per-worker results to a callback whose totals add up', () => {
    const seen: RosterWorkerResult[] = [];
    const s = processRosterSync(syntheticRoster({ count: 300, seed: 5 }), {
      ...months,
      onWorker: (w) => seen.push(w),
    });
    expect(seen.length).toBe(300);
    expect(seen.reduce((a, w) => a + w.total, 0)).toBe(s.total);
    expect(seen[0]?.worker.row).toBe(1);
  });

  it('gives every onWorker call objects of its own, never a cached one the next worker shares', () => {
    const seen: RosterWorkerResult[] = [];
    const s = processRosterSync(
      [
        { nik: '3509010101900001', fundingSource: 'APBD' },
        { nik: '3509010101900002', fundingSource: 'APBD' },
      ],
      { ...months, declaredIncome: 1_000_000, onWorker: (w) => seen.push(w) },
    );
    const [a, b] = seen;
    expect(a?.byProgram).not.toBe(b?.byProgram);
    // Changing what the first call received changes neither the second nor the summary.
    (a?.byProgram as Record<string, number>)['JKK'] = 0;
    // JKK 10.000 × 6 months
    expect(b?.byProgram.JKK).toBe(60_000);
    expect(s.byProgram.JKK).toBe(120_000);
    expect(a?.worker).toMatchObject({ from: '2025-07', to: '2025-12', fundingSource: 'APBD', payer: 'APBD' });
  });

  it('keeps a region or cohort named __proto__ in the breakdowns, in JSON and through merges', () => {
    const rows = [
      { nik: '3509010101900001', region: '__proto__', cohort: '__proto__' },
      { nik: '3509010101900002', region: 'constructor', cohort: 'toString' },
    ];
    const options = { ...months, declaredIncome: 1_000_000 };
    const s = processRosterSync(rows, options);
    expect(Object.hasOwn(s.byRegion, '__proto__')).toBe(true);
    expect(Object.keys(s.byCohort)).toEqual(['__proto__', 'toString']);
    expect(Object.getPrototypeOf(s.byRegion)).toBe(Object.prototype);
    const back = JSON.parse(JSON.stringify(s)) as RosterSummary;
    expect(Object.keys(back.byRegion)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(back.byRegion, '__proto__')?.value).toEqual({
      workers: 1,
      workerMonths: 6,
      amount: 100_800,
    });
    const merged = mergeRosterSummaries(
      processRosterSync(rows.slice(0, 1), options),
      processRosterSync(rows.slice(1), { ...options, rowOffset: 1 }),
    );
    expect(JSON.stringify(merged)).toBe(JSON.stringify(s));
    expect(JSON.stringify(mergeRosterSummaries(back))).toBe(JSON.stringify(s));
  });

  it('can stop at the first invalid row, naming it', () => {
    try {
      processRosterSync([{ nik: '3509010101900001' }, { nik: 'x' }], {
        ...months,
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
      ...months,
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
    expect((await processRoster(gen(), { ...months, declaredIncome: 1_000_000 })).total).toBe(201_600);
    const acc = createRosterAccumulator({ ...months, declaredIncome: 1_000_000 });
    acc.add({ nik: '3509010101900001' });
    expect(acc.finish().total).toBe(100_800);
  });

  it('validates its options and refuses to merge different program months or rulebooks', () => {
    for (const bad of [
      { from: '2025-12', to: '2025-01' },
      { months: { from: '2025-07', to: '2025-12' } },
      { ...months, payer: 'APBD' },
      { ...months, payerOf: () => 'APBD' },
      { ...months, fundingSource: 'bank' },
      { ...months, rulebook: { name: 'hand-made' } },
      { ...months, extra: 1 },
    ]) {
      try {
        processRosterSync([], bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isJamsostekError(e) && e.code).toBe('INVALID_INPUT');
      }
    }
    expect(RosterOptionsSchema.safeParse({ ...months, payer: 'APBD' })).toMatchObject({
      success: false,
      issues: [{ path: ['payer'] }],
    });
    const a = processRosterSync([], months);
    const b = processRosterSync([], { ...months, from: '2025-01' });
    expect(() => mergeRosterSummaries(a, b)).toThrow(/different program months/);
    expect(() => mergeRosterSummaries({ ...a, rulebook: { name: 'what-if', version: 'x' } }, a)).toThrow(
      /different rulebooks/,
    );
    expect(() => mergeRosterSummaries()).toThrow(/at least one/);
    expect(() => mergeRosterSummaries({ kind: 'other' } as never)).toThrow(/roster summary/);
  });

  it('a merged summary shares nothing with the summaries merged', () => {
    const rows = [{ nik: 'bad' }, { nik: '3509010101900001' }];
    const a = processRosterSync(rows, { ...months, declaredIncome: 1_000_000 });
    const merged = mergeRosterSummaries(a);
    expect(merged).toEqual(a);
    expect(merged.rejected[0]).not.toBe(a.rejected[0]);
    expect(merged.rulebook).not.toBe(a.rulebook);
    expect(merged.byMonth['2025-07']).not.toBe(a.byMonth['2025-07']);
  });

  it('merging is associative and matches a single pass at random split points (property)', () => {
    const rows = [
      ...syntheticRoster({ count: 300, seed: 9, corruptRate: 0.05, incomes: [1_000_000, 2_000_000] }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), (x, y) => {
        const [i, j] = x <= y ? [x, y] : [y, x];
        const part = (a: number, b: number) =>
          processRosterSync(rows.slice(a, b), { ...months, rowOffset: a });
        const [p, q, r] = [part(0, i), part(i, j), part(j, 300)];
        const left = mergeRosterSummaries(mergeRosterSummaries(p, q), r);
        const right = mergeRosterSummaries(p, mergeRosterSummaries(q, r));
        expect(JSON.stringify(mergeRosterSummaries(p, q, r))).toBe(JSON.stringify(left));
        expect(JSON.stringify(left)).toBe(JSON.stringify(right));
        expect(JSON.stringify(left)).toBe(JSON.stringify(part(0, 300)));
      }),
      { numRuns: 25 },
    );
  });
});

describe('explain(roster summary)', () => {
  const summary = processRosterSync(
    [
      { nik: '3509010101900001', fundingSource: 'DBHCHT', birthDate: '1980-01-01', dtsenDecile: 2 },
      {
        nik: '3509010101900002',
        fundingSource: 'APBD',
        from: '2025-11',
        birthDate: '1980-01-01',
        dtsenDecile: 1,
      },
      { nik: '3509010101900003', fundingSource: 'APBD', birthDate: '1980-01-01', dtsenDecile: 7 },
      { nik: '3509010101900004', fundingSource: 'bank', birthDate: '1980-01-01', dtsenDecile: 1 },
      { nik: 'x', birthDate: '1980-01-01', dtsenDecile: 1 },
      { nik: '3509010101900006', fundingSource: 'APBD', payer: 'APBD', birthDate: '1980-01-01' },
      7 as unknown as RosterRow,
      { nik: '3509010101900008', fundingSource: 'APBD', birthDate: '1980-01-01', dtsenDecile: 'x' },
    ],
    {
      from: '2025-11',
      to: '2025-12',
      declaredIncome: 1_000_000,
      eligibility: { asOf: '2025-07-01', criteria: { maxDtsenDecile: 4, fundingSource: 'APBD' } },
    },
  );

  it('renders totals by month, program and funding source, and the rejected rows by reason, in Indonesian', () => {
    const lines = explain(summary);
    expect(lines.slice(0, 9)).toEqual([
      'Ringkasan daftar peserta, bulan 2025-11 sampai 2025-12:',
      '- 8 baris dibaca: 2 pekerja dihitung, 5 baris tidak sah, 1 tidak memenuhi syarat',
      // 2 workers × 16.800 = 33.600 a month
      '- Bulan 2025-11: 2 pekerja, Rp33.600',
      '- Bulan 2025-12: 2 pekerja, Rp33.600',
      // JKK 4 × 10.000, JKM 4 × 6.800
      '- Program JKK: Rp40.000',
      '- Program JKM: Rp27.200',
      '- Sumber dana APBD: 1 pekerja, 2 pekerja-bulan, Rp33.600',
      '- Sumber dana DBHCHT, pembayar APBD: 1 pekerja, 2 pekerja-bulan, Rp33.600',
      '- Jumlah 4 pekerja-bulan: Rp67.200',
    ]);
    expect(lines).toContain('- Sumber dana tidak sah atau tidak ada: 2 baris');
    expect(lines).toContain('- NIK tidak sah atau tidak ada: 1 baris');
    expect(lines).toContain('- Desil DTSEN tidak sah atau tidak ada: 1 baris');
    expect(lines).toContain('- Bukan data pekerja: 1 baris');
    expect(lines).toContain('- Tidak memenuhi syarat, desil DTSEN di atas batas program: 1 baris');
    expect(lines.join('\n')).toContain('Kolom pembayar');
  });

  it('renders English, with no codes, placeholders or object dumps', () => {
    const en = explain(summary, { lang: 'en' });
    expect(en).toContain(
      '- Funding source DBHCHT (tobacco excise revenue share), payer APBD (regional budget): 1 workers, 2 worker-months, Rp33,600',
    );
    expect(en).toContain('- Not eligible, DTSEN decile above the program limit: 1 rows');
    expect(en).toContain('- Funding source invalid or missing: 2 rows');
    for (const lang of ['id', 'en'] as const) {
      const text = explain(summary, { lang }).join('\n');
      expect(text).not.toMatch(/[{}]|invalid:|program\.|roster\.|\[object/);
    }
  });

  it('shows an app-defined reason code as given', () => {
    const s = processRosterSync([{ nik: '3509010101900001' }], {
      ...months,
      declaredIncome: 1_000_000,
      eligibility: () => ({ eligible: false, reasons: [{ code: 'not on the village list' }] }),
    });
    expect(explain(s, { lang: 'en' })).toContain('- Not eligible, not on the village list: 1 rows');
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
      months,
    );
    expect(s.total).toBe(2 * 100_800);
  });

  it('rejects a record with an unterminated quote and reads on', async () => {
    const rows: RosterRow[] = [];
    for await (const r of readCsvRows('nik\n"unterminated\n3509010101900002')) rows.push(r);
    // The bad record is an empty row (processRoster rejects it with its reason); the line after it is read.
    expect(rows).toEqual([{}, { nik: '3509010101900002' }]);
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
