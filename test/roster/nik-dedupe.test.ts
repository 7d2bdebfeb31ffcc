/**
 * What a NIK encodes, and each NIK priced once across rows and lists.
 *
 * NIK structure (Ditjen Dukcapil Kemendagri, as its director general confirmed it in 2023 and regency
 * offices publish it): 6 digits of region (province, regency or city, district), the birth date as
 * DDMMYY with 40 added to the day for women, and a 4-digit serial from 0001. Dukcapil's own example
 * is 3602041211870001: Banten (36), Kabupaten Serang (02), district 04, born 12 November 1987, a man.
 */
import fc from 'fast-check';
import { readCsvRows } from 'jamsostek/csv';
import { explain } from 'jamsostek/explain';
import {
  combineRosters,
  mergeRosterSummaries,
  processRoster,
  processRosterSync,
  type RosterRow,
  type RosterWorkerResult,
} from 'jamsostek/roster';
import { describe, expect, it } from 'vitest';
import { nikKey, nikProblem } from '../../src/roster/nik.ts';

const program = { from: '2025-07', to: '2025-12', fundingSource: 'APBD', declaredIncome: 1_000_000 } as const;
/** Six months of JKK 10.000 + JKM 6.800 on an income of Rp1.000.000. */
const SIX_MONTHS = 6 * 16_800;

describe('NIK checks', () => {
  it("reads Dukcapil's example 3602041211870001 as plausible, and the same NIK for a woman with 52 as the day", () => {
    expect(nikProblem('3602041211870001')).toBe('ok');
    expect(nikProblem('3602045211870001')).toBe('ok');
  });

  it('finds an impossible region, birth date or serial', () => {
    expect(nikProblem('0002041211870001')).toBe('region'); // province 00
    expect(nikProblem('2002041211870001')).toBe('region'); // no province 20
    expect(nikProblem('9702041211870001')).toBe('region'); // above Papua Barat Daya (96)
    expect(nikProblem('3600041211870001')).toBe('region'); // regency 00
    expect(nikProblem('3602001211870001')).toBe('region'); // district 00
    expect(nikProblem('3602043211870001')).toBe('birth-date'); // day 32
    expect(nikProblem('3602047211870001')).toBe('birth-date'); // day 72 = 32 + 40
    expect(nikProblem('3602040011870001')).toBe('birth-date'); // day 00
    expect(nikProblem('3602041213870001')).toBe('birth-date'); // month 13
    expect(nikProblem('3602043102870001')).toBe('birth-date'); // 31 February
    expect(nikProblem('3602042902870001')).toBe('birth-date'); // 29 February 1987
    expect(nikProblem('3602042902880001')).toBe('ok'); // 29 February 1988
    expect(nikProblem('3602041211870000')).toBe('serial');
    expect(nikProblem('36020412118700a1')).toBe('digits');
  });

  it('judges random 16-character texts as a plain reading of the NIK layout does (property)', () => {
    // The layout read plainly: 16 digits; province in the Kemendagri list; regency and district not 00;
    // DDMMYY a real date (40 added to the day for women; a year divisible by 4 taken as leap); serial not 0000.
    const provinces = new Set<number>();
    for (const [a, b] of [
      [11, 19],
      [21, 21],
      [31, 36],
      [51, 53],
      [61, 65],
      [71, 76],
      [81, 82],
      [91, 96],
    ] as const)
      for (let p = a; p <= b; p++) provinces.add(p);
    const reference = (nik: string): string => {
      if (!/^[0-9]{16}$/.test(nik)) return 'digits';
      const n = (i: number): number => Number(nik.slice(i, i + 2));
      if (!provinces.has(n(0)) || n(2) === 0 || n(4) === 0) return 'region';
      const day = n(6) > 40 ? n(6) - 40 : n(6);
      const days = [31, n(10) % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      if (n(8) < 1 || n(8) > 12 || day < 1 || day > (days[n(8) - 1] as number)) return 'birth-date';
      return nik.slice(12) === '0000' ? 'serial' : 'ok';
    };
    const twoDigits = (max: number): fc.Arbitrary<string> =>
      fc.integer({ min: 0, max }).map((v) => String(v).padStart(2, '0'));
    const nik = fc.oneof(
      // Mostly well-formed, with every part near its limits.
      fc
        .tuple(
          twoDigits(99),
          twoDigits(3),
          twoDigits(3),
          twoDigits(73),
          twoDigits(13),
          twoDigits(99),
          fc.constantFrom('0000', '0001', '9999', '0100'),
        )
        .map((parts) => parts.join('')),
      // Any 16 characters from digits and a few others.
      fc.string({
        unit: fc.constantFrom('0', '1', '3', '5', '9', 'a', ' ', '/', ':'),
        minLength: 16,
        maxLength: 16,
      }),
    );
    fc.assert(
      fc.property(nik, (n) => {
        expect(nikProblem(n)).toBe(reference(n));
      }),
      { numRuns: 5_000 },
    );
  });

  it('keys every plausible NIK exactly below 2^53, from province 11 to 96', () => {
    // (11010101 − 11000000) × 10^8 + 01000001
    expect(nikKey('1101010101000001')).toBe(10_101 * 100_000_000 + 1_000_001);
    expect(nikKey('9699999999999999')).toBe(85_999_999 * 100_000_000 + 99_999_999);
    expect(Number.isSafeInteger(nikKey('9699999999999999'))).toBe(true);
  });

  it('rejects NIKs with their own codes and counts them by code', () => {
    const s = processRosterSync(
      [
        { nik: 3602041211870001 },
        { nik: '3.60204E+15' },
        { nik: '0002041211870001' },
        { nik: '3602043211870001' },
        { nik: '3602041211870000' },
        { nik: '3602041211870001' },
      ],
      program,
    );
    expect(s.workers).toBe(1);
    expect(s.rejected.map((r) => [r.row, r.kind === 'invalid' && r.issues.map((i) => i.code)])).toEqual([
      [1, ['NIK_AS_NUMBER']],
      [2, ['NIK_AS_NUMBER']],
      [3, ['NIK_REGION']],
      [4, ['NIK_BIRTH_DATE']],
      [5, ['NIK_SERIAL']],
    ]);
    expect(s.rejectedByReason).toEqual({
      'invalid:NIK_AS_NUMBER': 2,
      'invalid:NIK_BIRTH_DATE': 1,
      'invalid:NIK_REGION': 1,
      'invalid:NIK_SERIAL': 1,
    });
    expect(explain(s, { lang: 'en' })).toContain('- NIK stored as a number (its 16th digit is lost): 2 rows');
  });

  it('flags a birth date or sex the NIK does not encode, and prices the row all the same', () => {
    const s = processRosterSync(
      [
        { nik: '3602041211870001', birthDate: '1987-11-12', sex: 'L' },
        { nik: '3602045211870002', birthDate: '12/11/1987', sex: 'Perempuan' },
        { nik: '3602041211870003', birthDate: '1987-11-13' },
        { nik: '3602041211870004', sex: 'P' },
        { nik: '3602045211870005', sex: 'laki - laki', birthDate: '12-11-1987' },
        { nik: '3602041211870006', birthDate: 'kemarin', sex: 'X' },
      ],
      program,
    );
    expect(s.workers).toBe(6);
    expect(s.flagged.map((f) => [f.row, f.nik, f.issues.map((i) => i.code)])).toEqual([
      [3, '3602041211870003', ['NIK_BIRTH_DATE_MISMATCH']],
      [4, '3602041211870004', ['NIK_SEX_MISMATCH']],
      [5, '3602045211870005', ['NIK_SEX_MISMATCH']],
      [6, '3602041211870006', ['BIRTH_DATE_UNREADABLE', 'SEX_UNREADABLE']],
    ]);
    expect(s.flagged[0]?.issues[0]?.message).toContain('12-11-87');
    expect(s.flaggedByReason).toEqual({
      BIRTH_DATE_UNREADABLE: 1,
      NIK_BIRTH_DATE_MISMATCH: 1,
      NIK_SEX_MISMATCH: 2,
      SEX_UNREADABLE: 1,
    });
    expect(explain(s)).toContain('- Jenis kelamin berbeda dengan yang tersandi di NIK: 2 baris');
  });
});

/** Plausible, different NIKs: region 35.09.01, born in 1980, serial from 0001. */
function nik(i: number): string {
  const serial = ((i - 1) % 9999) + 1;
  const day = 1 + (Math.floor((i - 1) / 9999) % 28);
  return `350901${String(day).padStart(2, '0')}0180${String(serial).padStart(4, '0')}`;
}

describe('each NIK priced once', () => {
  it('prices 944 repeated NIKs of 100.000 generated rows once and reports each repetition (old: priced twice with no notice)', () => {
    // 100.000 rows in which row 100k + 50 repeats the NIK of row 100k + 1, for k = 0 … 943.
    const rows: RosterRow[] = [];
    for (let i = 1; i <= 100_000; i++) {
      const k = Math.floor((i - 1) / 100);
      rows.push({ nik: i % 100 === 50 && k < 944 ? nik(100 * k + 1) : nik(i) });
    }
    const s = processRosterSync(rows, program);
    expect(s.rows).toBe(100_000);
    expect(s.duplicates).toBe(944);
    expect(s.workers).toBe(100_000 - 944);
    expect(s.total).toBe((100_000 - 944) * SIX_MONTHS);
    expect(s.rejected[0]).toEqual({
      row: 50,
      kind: 'duplicate',
      nik: nik(1),
      fundingSource: 'APBD',
      winner: { row: 1, fundingSource: 'APBD' },
    });
    expect(s.rejectedByReason).toEqual({ duplicate: 944 });
    expect(explain(s, { lang: 'en' })).toContain(
      '- Duplicate NIKs: 944 rows not priced again (each NIK is priced once)',
    );
    // Without dedupe every row is priced, as before.
    expect(processRosterSync(rows, { ...program, dedupe: false }).workers).toBe(100_000);
  });

  it('dedupes only rows that would be priced: an invalid or ineligible row does not hold a NIK', () => {
    const s = processRosterSync(
      [{ nik: nik(1), declaredIncome: 'abc' }, { nik: nik(1), decile: 9 }, { nik: nik(1) }, { nik: nik(1) }],
      {
        ...program,
        eligibility: (row) =>
          row['decile'] === 9 ? { eligible: false, reasons: [{ code: 'decile' }] } : { eligible: true },
      },
    );
    expect([s.invalid, s.ineligible, s.workers, s.duplicates]).toEqual([1, 1, 1, 1]);
    expect(s.rejected.map((r) => [r.row, r.kind])).toEqual([
      [1, 'invalid'],
      [2, 'ineligible'],
      [4, 'duplicate'],
    ]);
  });

  it('lets a row of a list or funding source with precedence displace the one priced before, naming the winner', async () => {
    const seen: RosterWorkerResult[] = [];
    const s = await processRoster(
      combineRosters([
        {
          name: 'Desa Ajung',
          rows: [
            { nik: nik(1), fundingSource: 'Dana Desa' },
            { nik: nik(2), fundingSource: 'Dana Desa' },
            { nik: nik(3), fundingSource: 'Dana Desa' },
          ],
        },
        {
          name: 'Disnaker',
          rows: [
            { nik: nik(2), fundingSource: 'DBHCHT' },
            { nik: nik(3), fundingSource: 'APBD' },
            { nik: nik(4), fundingSource: 'APBD' },
          ],
        },
      ]),
      {
        ...program,
        fundingSource: undefined,
        dedupe: { precedence: ['DBHCHT', 'Disnaker'] },
        onWorker: (w) => seen.push(w),
      },
    );
    // nik 2: DBHCHT (rank 0) beats Dana Desa of Desa Ajung (unranked); nik 3: the Disnaker list (rank 1)
    // beats Desa Ajung; both displace the village rows read first.
    expect([s.rows, s.workers, s.duplicates]).toEqual([6, 4, 2]);
    expect(s.rejected).toEqual([
      {
        row: 2,
        list: 'Desa Ajung',
        kind: 'duplicate',
        nik: nik(2),
        fundingSource: 'Dana Desa',
        winner: { row: 1, list: 'Disnaker', fundingSource: 'DBHCHT' },
      },
      {
        row: 3,
        list: 'Desa Ajung',
        kind: 'duplicate',
        nik: nik(3),
        fundingSource: 'Dana Desa',
        winner: { row: 2, list: 'Disnaker', fundingSource: 'APBD' },
      },
    ]);
    expect(s.byList).toEqual({
      'Desa Ajung': { workers: 1, workerMonths: 6, amount: SIX_MONTHS },
      Disnaker: { workers: 3, workerMonths: 18, amount: 3 * SIX_MONTHS },
    });
    expect(s.byFundingSource).toEqual({
      APBD: { workers: 2, workerMonths: 12, amount: 2 * SIX_MONTHS },
      DBHCHT: { workers: 1, workerMonths: 6, amount: SIX_MONTHS },
      'Dana Desa': { workers: 1, workerMonths: 6, amount: SIX_MONTHS },
    });
    // onWorker was called for the village rows before they were displaced (as documented), and for every winner.
    expect(seen.map((w) => [w.worker.list, w.worker.row])).toEqual([
      ['Desa Ajung', 1],
      ['Desa Ajung', 2],
      ['Desa Ajung', 3],
      ['Disnaker', 1],
      ['Disnaker', 2],
      ['Disnaker', 3],
    ]);
    expect(explain(s, { lang: 'en' })).toContain('- List Disnaker: 3 workers, 18 worker-months, Rp302,400');
  });

  it('keeps the first row between equals, and a row of lower precedence never displaces', () => {
    const s = processRosterSync(
      [
        { nik: nik(1), fundingSource: 'APBD' },
        { nik: nik(1), fundingSource: 'APBD' },
        { nik: nik(2), fundingSource: 'DBHCHT' },
        { nik: nik(2), fundingSource: 'APBD' },
      ],
      { ...program, dedupe: { precedence: ['DBHCHT'] } },
    );
    expect(s.rejected.map((r) => r.kind === 'duplicate' && [r.row, r.winner.row])).toEqual([
      [2, 1],
      [4, 3],
    ]);
  });

  it('merges shards split by NIK into exactly the single pass', () => {
    const rows: RosterRow[] = [];
    for (let i = 1; i <= 2_000; i++)
      rows.push({ nik: nik(1 + (i % 1_500)), declaredIncome: i % 3 ? 1_000_000 : 'x' });
    const single = processRosterSync(rows, program);
    expect(single.duplicates).toBeGreaterThan(0);
    // Shard by NIK; keep global row numbers by giving each row its own position through a source.
    const shards = [0, 1, 2].map((k) =>
      processRosterSync(
        rows.filter((r) => Number((r.nik as string).slice(-4)) % 3 === k),
        program,
      ),
    );
    const merged = mergeRosterSummaries(...shards);
    for (const key of [
      'rows',
      'workers',
      'invalid',
      'duplicates',
      'total',
      'byMonth',
      'byFundingSource',
    ] as const)
      expect(merged[key]).toEqual(single[key]);
  });

  it('reads several agencies’ CSV lists as one program', async () => {
    const dinsos = `NIK;Sumber Dana\n${nik(1)};APBD\n${nik(2)};APBD\n`;
    const disnaker = `NIK;Sumber Dana\n${nik(2)};DBHCHT\n${nik(3)};DBHCHT\n`;
    const s = await processRoster(
      combineRosters([
        { name: 'Dinsos', rows: readCsvRows(dinsos) },
        { name: 'Disnaker', rows: readCsvRows(disnaker) },
      ]),
      { ...program, fundingSource: undefined },
    );
    expect(s.rejected).toEqual([
      {
        row: 2,
        list: 'Disnaker',
        kind: 'duplicate',
        nik: nik(2),
        fundingSource: 'DBHCHT',
        winner: { row: 3, list: 'Dinsos', fundingSource: 'APBD' },
      },
    ]);
  });

  it('numbers the rows of plain lists from 1, in batches, from arrays and async iterables', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({ nik: nik(i + 1) }));
    async function* few() {
      yield { nik: nik(1) };
      yield { nik: 'x' };
    }
    const s = await processRoster(
      combineRosters([
        { name: 'a', rows: many },
        { name: 'b', rows: few() },
      ]),
      program,
    );
    expect([s.rows, s.workers, s.duplicates, s.invalid]).toEqual([5_002, 5_000, 1, 1]);
    expect(s.rejected.map((r) => [r.list, r.row, r.kind])).toEqual([
      ['b', 1, 'duplicate'],
      ['b', 2, 'invalid'],
    ]);
  });

  it('validates the lists', () => {
    for (const bad of [
      [],
      null,
      [{ name: '', rows: [] }],
      [{ name: 'a', rows: 5 }],
      [
        { name: 'a', rows: [] },
        { name: 'a', rows: [] },
      ],
      [7],
    ])
      expect(() => combineRosters(bad as never)).toThrow(/roster lists/);
  });
});
