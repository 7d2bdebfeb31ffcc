/**
 * Spreadsheet rosters: reading .xlsx (the format rosters travel in, which the package did not read at
 * all before) and writing the program report workbook.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { readXlsx, streamXlsxRows, writeXlsx } from 'hucre/xlsx';
import { isJamsostekError } from 'jamsostek';
import {
  combineRosters,
  diffRosters,
  processRoster,
  processRosterSync,
  type RosterSource,
} from 'jamsostek/roster';
import { readXlsxRows, writeRosterReport } from 'jamsostek/xlsx';
import { describe, expect, it } from 'vitest';

const program = { from: '2026-01', to: '2026-06', fundingSource: 'APBD', declaredIncome: 1_000_000 } as const;

type Cell = string | number | boolean | Date | null;

function book(rows: Cell[][], more: { name: string; rows: Cell[][] }[] = []): Promise<Uint8Array> {
  return writeXlsx({ sheets: [{ name: 'Roster', rows }, ...more] });
}

async function read(source: RosterSource) {
  const out: { row: number; values: Record<string, unknown>; codes: string[] }[] = [];
  for await (const b of source.batches())
    b.rows.forEach((r, i) => {
      out.push({
        row: b.rowNumbers[i] as number,
        values: { ...r },
        codes: (b.issues?.[i] ?? []).map((x) => x.code ?? ''),
      });
    });
  return out;
}

describe('readXlsxRows', () => {
  it('reads the first sheet with its header aliases, sheet row numbers, dates as text, and skips empty rows', async () => {
    const bytes = await book([
      [null],
      ['NIK', 'Nama', 'Tanggal Lahir', 'Penghasilan', 'Sumber Dana', 'Mulai', 'Wilayah'],
      [
        '3509010101800001',
        'SINTETIS 1',
        new Date(Date.UTC(1980, 0, 1)),
        1_000_000,
        'DBHCHT',
        new Date(Date.UTC(2026, 2, 1)),
        '35.09',
      ],
      [null, null, null],
      ['3509010101800002', 'SINTETIS 2', '1980-01-01', '1.000.000', 'APBD', '2026-01', 3509],
    ]);
    const rows = await read(readXlsxRows(bytes));
    expect(rows).toEqual([
      {
        row: 3,
        values: {
          nik: '3509010101800001',
          name: 'SINTETIS 1',
          birthDate: '1980-01-01',
          declaredIncome: 1_000_000,
          fundingSource: 'DBHCHT',
          from: '2026-03',
          region: '35.09',
        },
        codes: [],
      },
      {
        row: 5,
        values: {
          nik: '3509010101800002',
          name: 'SINTETIS 2',
          birthDate: '1980-01-01',
          declaredIncome: '1.000.000',
          fundingSource: 'APBD',
          from: '2026-01',
          region: '3509',
        },
        codes: [],
      },
    ]);
  });

  it('rejects a NIK stored as a number with NIK_AS_NUMBER and says why (before: .xlsx not read at all, and the 16th digit already lost)', async () => {
    const bytes = await book([
      ['NIK', 'Nama'],
      ['3509010101800001', 'A'],
      [3509010101800002, 'B'],
    ]);
    const s = await processRoster(readXlsxRows(bytes), program);
    expect(s.workers).toBe(1);
    expect(s.rejected).toEqual([
      {
        row: 3,
        kind: 'invalid',
        issues: [
          {
            path: ['nik'],
            code: 'NIK_AS_NUMBER',
            message: expect.stringContaining('spreadsheets keep 15 significant digits'),
            received: 3509010101800002,
          },
        ],
      },
    ]);
  });

  it('reads a named sheet, and names the sheets when the one asked for is missing', async () => {
    const bytes = await book(
      [['NIK'], ['3509010101800001']],
      [{ name: 'Disnaker', rows: [['NIK'], ['3509010101800002'], ['3509010101800003']] }],
    );
    expect((await read(readXlsxRows(bytes, { sheet: 'Disnaker' }))).map((r) => r.values['nik'])).toEqual([
      '3509010101800002',
      '3509010101800003',
    ]);
    await expect(read(readXlsxRows(bytes, { sheet: 'Dinsos' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['options', 'sheet'], message: expect.stringContaining('Roster, Disnaker') }],
    });
  });

  it('reports unknown headers, repeated columns and values without a header', async () => {
    const bytes = await book([
      ['NIK', 'Keterangan', 'Penghasilan', 'Upah'],
      ['3509010101800001', 'x', 1_000_000, 2_000_000],
      ['3509010101800002', null, 1_000_000, null, 'catatan'],
    ]);
    const s = await processRoster(readXlsxRows(bytes), program);
    expect([s.unknownColumns, s.duplicateColumns]).toEqual([['Keterangan'], ['declaredIncome']]);
    expect(s.rejected.map((r) => [r.row, r.kind === 'invalid' && r.issues.map((i) => i.code)])).toEqual([
      [2, ['CONFLICTING_COLUMNS']],
      [3, ['EXTRA_FIELDS']],
    ]);
    await expect(read(readXlsxRows(bytes, { unknownColumns: 'error' }))).rejects.toMatchObject({
      issues: [{ path: ['columns', 'Keterangan'] }],
    });
  });

  it('reads Node streams, web streams and ArrayBuffers', async () => {
    const bytes = await book([['NIK'], ['3509010101800001']]);
    const chunks = [bytes.slice(0, 100), bytes.slice(100)];
    const web = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of chunks) c.enqueue(b);
        c.close();
      },
    });
    for (const input of [Readable.from(chunks.map((c) => Buffer.from(c))), web, bytes.buffer.slice(0)])
      expect((await read(readXlsxRows(input as never))).map((r) => r.values['nik'])).toEqual([
        '3509010101800001',
      ]);
  });

  it('refuses what is not a workbook with INVALID_INPUT', async () => {
    await expect(read(readXlsxRows(new Uint8Array([1, 2, 3])))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['input'], message: expect.stringContaining('not a readable .xlsx workbook') }],
    });
    await expect(read(readXlsxRows(Readable.from(['text'])))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    for (const [input, options] of [
      [5, {}],
      [new Uint8Array(), { sheet: 3 }],
      [new Uint8Array(), { x: 1 }],
      [new Uint8Array(), null],
    ] as const) {
      let e: unknown;
      try {
        readXlsxRows(input as never, options as never);
      } catch (x) {
        e = x;
      }
      expect(isJamsostekError(e, 'INVALID_INPUT')).toBe(true);
    }
  });

  it('reads the example rosters of two agencies with overlapping NIKs', async () => {
    const s = await processRoster(
      combineRosters([
        { name: 'Dinas Sosial', rows: readXlsxRows(readFileSync('examples/data/dinsos.xlsx')) },
        { name: 'Disnaker', rows: readXlsxRows(readFileSync('examples/data/disnaker.xlsx')) },
      ]),
      { from: '2026-01', to: '2026-06' },
    );
    // 30 + 20 rows; 6 NIKs on both lists (the Dinas Sosial rows win, read first); one NIK typed as a number.
    expect([s.rows, s.workers, s.duplicates, s.invalid]).toEqual([50, 43, 6, 1]);
    expect(s.flaggedByReason).toEqual({ NIK_SEX_MISMATCH: 1 });
    expect(s.unknownColumns).toEqual(['Keterangan']);
  });
});

describe('writeRosterReport', () => {
  const summary = processRosterSync(
    [
      { nik: '3509010101800001', region: '35.09.01', cohort: 'Ajung' },
      { nik: '3509010101800002', region: '35.09.02', cohort: 'Kalisat', fundingSource: 'DBHCHT', sex: 'P' },
      { nik: '3509010101800001' },
      { nik: 3509010101800003 },
    ],
    program,
  );

  it('writes the summary, per month, per funding source, per region and village, rejected and flagged rows, and the rules with their citations', async () => {
    const bytes = await writeRosterReport(summary);
    const wb = await readXlsx(bytes);
    expect(wb.sheets.map((s) => s.name)).toEqual([
      'Ringkasan',
      'Per bulan',
      'Per sumber dana',
      'Per wilayah',
      'Per desa-kelompok',
      'Baris ditolak',
      'Baris ditandai',
      'Aturan',
    ]);
    const sheet = (name: string) => wb.sheets.find((s) => s.name === name)?.rows ?? [];
    expect(sheet('Ringkasan')).toContainEqual(['Jumlah iuran (Rp)', 2 * 6 * 16_800]);
    expect(sheet('Per bulan')[1]).toEqual(['2026-01', 2, 2 * 16_800]);
    expect(sheet('Per sumber dana').slice(1)).toEqual([
      ['APBD', 'APBD', 1, 6, 6 * 16_800],
      ['DBHCHT', 'APBD', 1, 6, 6 * 16_800],
    ]);
    expect(
      sheet('Per desa-kelompok')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Ajung', 'Kalisat']);
    const rejected = sheet('Baris ditolak');
    expect(rejected.slice(1).map((r) => r.slice(0, 5))).toEqual([
      [3, '', 'NIK ganda', '3509010101800001', 'duplicate'],
      [4, '', 'tidak sah', '', 'NIK_AS_NUMBER'],
    ]);
    expect(sheet('Baris ditandai')[1]?.slice(0, 4)).toEqual([2, '', '3509010101800002', 'NIK_SEX_MISMATCH']);
    const rules = sheet('Aturan');
    expect(rules[0]).toEqual([
      'Aturan',
      'Judul',
      'Berlaku mulai',
      'Berlaku sampai',
      'Nilai',
      'Dasar hukum',
      'Tingkat keyakinan',
    ]);
    expect(rules.some((r) => String(r[5]).includes('PP 44/2015 Pasal 20 ayat (3)'))).toBe(true);
  });

  it('writes NIKs as text cells of text-formatted columns, and English on request, with a diff', async () => {
    const diff = await diffRosters([{ nik: '3509010101800009' }], [{ nik: '3509010101800001' }]);
    const bytes = await writeRosterReport(summary, { lang: 'en', diff });
    const names: string[] = [];
    await readXlsx(bytes, {
      sheets: (info) => {
        names.push(info.name);
        return false;
      },
    });
    expect(names.slice(-3)).toEqual(['Joined', 'Left', 'Changed']);
    const rows = [];
    for await (const r of streamXlsxRows(bytes, { sheet: 'Rejected rows' })) rows.push(r.values);
    expect(typeof rows[1]?.[3]).toBe('string');
    const styled = await readXlsx(bytes, { sheets: ['Rejected rows'], readStyles: true });
    const nikCell = styled.sheets[0]?.cells?.get('1,3');
    expect(nikCell?.style?.numFmt).toBe('@');
    const joined = [];
    for await (const r of streamXlsxRows(bytes, { sheet: 'Joined' })) joined.push(r.values);
    expect(joined[1]?.[0]).toBe('3509010101800001');
  });

  it('checks the summary and its options', async () => {
    await expect(writeRosterReport({ kind: 'roster-summary' } as never)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(writeRosterReport(summary, { lang: 'fr' } as never)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(writeRosterReport(summary, { diff: {} } as never)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(writeRosterReport(summary, { x: 1 } as never)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(writeRosterReport(summary, null as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
