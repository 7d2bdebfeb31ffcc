/**
 * readCsvRows: every failure of the old hand-written reader reproduced, with the old reader's figures in
 * the test name (measured on that reader before it was replaced), and the contract of the new one.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { isJamsostekError } from 'jamsostek';
import { readCsvRows } from 'jamsostek/csv';
import { explain } from 'jamsostek/explain';
import { processRoster, type RosterRow, type RosterSource } from 'jamsostek/roster';
import { describe, expect, it } from 'vitest';
import { loadPeer } from '../../src/csv/peer.ts';

const program = { from: '2025-07', to: '2025-12', fundingSource: 'APBD' } as const;
const withIncome = { ...program, declaredIncome: 1_000_000 } as const;

interface Read {
  line: number;
  row: RosterRow;
  codes: string[];
}

async function read(source: RosterSource): Promise<Read[]> {
  const out: Read[] = [];
  for await (const b of source.batches())
    b.rows.forEach((row, i) => {
      out.push({
        line: b.rowNumbers[i] as number,
        row,
        codes: (b.issues?.[i] ?? []).map((x) => x.code ?? ''),
      });
    });
  return out;
}

/** A plausible NIK for row `i` (up to 279.972 different ones): region 35.09.01, born 1980, serial 0001–9999. */
function nik(i: number): string {
  const serial = ((i - 1) % 9999) + 1;
  const day = 1 + (Math.floor((i - 1) / 9999) % 28);
  return `350901${String(day).padStart(2, '0')}0180${String(serial).padStart(4, '0')}`;
}

/** `count` data rows `NIK;Nama;Penghasilan` with valid, different NIKs. */
function roster(count: number, name: (i: number) => string = (i) => `SINTETIS ${i}`, eol = '\n'): string {
  const lines = ['NIK;Nama;Penghasilan'];
  for (let i = 1; i <= count; i++) lines.push(`${nik(i)};${name(i)};1.000.000`);
  return lines.join(eol) + eol;
}

describe('readCsvRows: the failures of the old reader', () => {
  it('keeps every row around stray quotes (O"Brien, TV 12"), each at its own line (old reader: 5 rows read as 3, later rows merged)', async () => {
    const csv = roster(5, (i) => (i === 1 ? 'O"Brien' : i === 3 ? 'TV 12"' : `SINTETIS ${i}`));
    const rows = await read(readCsvRows(csv));
    expect(rows.map((r) => [r.line, r.row['name'], r.codes])).toEqual([
      [2, 'O"Brien', ['STRAY_QUOTE']],
      [3, 'SINTETIS 2', []],
      [4, 'TV 12"', ['STRAY_QUOTE']],
      [5, 'SINTETIS 4', []],
      [6, 'SINTETIS 5', []],
    ]);
    // The names with a stray quote are priced (the quote is read as a character) and flagged.
    const s = await processRoster(readCsvRows(csv), program);
    expect(s.workers).toBe(5);
    expect(s.flaggedByReason).toEqual({ STRAY_QUOTE: 2 });
    expect(s.flagged.map((f) => f.row)).toEqual([2, 4]);
  });

  it('reads 100.000 rows with one stray quote in linear time, every row kept (old reader: over two minutes, then failed as a whole without a row number)', async () => {
    const csv = roster(100_000, (i) => (i === 10 ? 'O"Brien' : `SINTETIS ${i}`));
    const started = performance.now();
    const s = await processRoster(readCsvRows(csv), program);
    const seconds = (performance.now() - started) / 1000;
    expect(s.rows).toBe(100_000);
    expect(s.workers).toBe(100_000);
    expect(s.flagged).toEqual([
      { row: 11, nik: nik(10), issues: [expect.objectContaining({ code: 'STRAY_QUOTE' })] },
    ]);
    // Linear: well under a second on a laptop; the bound leaves room for a loaded test machine.
    expect(seconds).toBeLessThan(20);
  }, 60_000);

  it('reads CR-only line breaks of older spreadsheet exports (old reader: 0 rows and no error)', async () => {
    const rows = await read(readCsvRows(roster(3, undefined, '\r')));
    expect(rows.map((r) => [r.line, r.row['nik']])).toEqual([
      [2, nik(1)],
      [3, nik(2)],
      [4, nik(3)],
    ]);
  });

  it('reads CRLF, LF and CR mixed in one file, counting physical lines', async () => {
    const csv =
      'NIK;Nama\r\n3509010101800001;A\n\n3509010101800002;B\r3509010101800003;"C\r\nD"\r\n3509010101800004;E';
    const rows = await read(readCsvRows(csv));
    expect(rows.map((r) => [r.line, r.row['name']])).toEqual([
      [2, 'A'],
      [4, 'B'],
      [5, 'C\r\nD'],
      [7, 'E'],
    ]);
  });

  it('maps "Sumber Dana" (with a space) to the funding source and reports a header it does not know (old reader: ignored without a word, the funding source of every row lost)', async () => {
    const csv = 'NIK;Sumber Dana;SUMBER-DANA-2;Catatan\n3509010101800001;DBHCHT;x;y\n';
    const rows = await read(readCsvRows(csv));
    expect(rows[0]?.row).toEqual({
      nik: '3509010101800001',
      fundingSource: 'DBHCHT',
      'SUMBER-DANA-2': 'x',
      Catatan: 'y',
    });
    const s = await processRoster(readCsvRows(csv), { ...withIncome, fundingSource: undefined });
    expect(s.byFundingSource).toEqual({ DBHCHT: { workers: 1, workerMonths: 6, amount: 100_800 } });
    expect(s.unknownColumns).toEqual(['Catatan', 'SUMBER-DANA-2']);
    expect(explain(s, { lang: 'en' })).toContain(
      '- Columns not known (read under their own name): Catatan, SUMBER-DANA-2',
    );
  });

  it('matches headers without regard to case, spaces, underscores and hyphens', async () => {
    for (const h of ['Sumber Dana', 'sumber_dana', 'SUMBER-DANA', 'fundingSource', 'Funding source'])
      expect((await read(readCsvRows(`nik,${h}\n3509010101800001,APBD\n`)))[0]?.row).toEqual({
        nik: '3509010101800001',
        fundingSource: 'APBD',
      });
  });

  it("makes an unknown header an error with unknownColumns: 'error', naming every one", async () => {
    const run = read(readCsvRows('NIK;Catatan;Ket\n3509010101800001;a;b\n', { unknownColumns: 'error' }));
    await expect(run).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['columns', 'Catatan'] }, { path: ['columns', 'Ket'] }],
    });
  });

  it('rejects a short row instead of pricing it at the default income (old reader: took the program default without a word)', async () => {
    const s = await processRoster(readCsvRows('NIK;Nama;Penghasilan\n3509010101800001;A\n'), withIncome);
    expect(s.workers).toBe(0);
    expect(s.rejected).toEqual([
      {
        row: 2,
        kind: 'invalid',
        nik: '3509010101800001',
        issues: [
          expect.objectContaining({
            code: 'SHORT_ROW',
            message: expect.stringContaining('2 fields where the header has 3'),
          }),
        ],
      },
    ]);
    expect(s.rejectedByReason).toEqual({ 'invalid:SHORT_ROW': 1 });
  });

  it('rejects a value beyond the header (a separator inside an unquoted field), and accepts empty trailing fields', async () => {
    const s = await processRoster(
      readCsvRows(
        'NIK;Nama;Penghasilan\n3509010101800001;Budi; S.Pd;1.000.000\n3509010101800002;Ani;1.000.000;;\n',
      ),
      program,
    );
    expect(s.workers).toBe(1);
    // The separator inside "Budi; S.Pd" shifts the income into the name's place: both are reported.
    expect(
      s.rejected.map((r) => [r.row, r.kind === 'invalid' && r.issues.map((i) => i.code ?? i.path[0])]),
    ).toEqual([[2, ['EXTRA_FIELDS', 'declaredIncome']]]);
  });

  it('reports a repeated header and rejects rows where its two columns differ (old reader: the second column silently overrode the first)', async () => {
    const csv =
      'NIK;Penghasilan;Upah\n3509010101800001;1.000.000;2.000.000\n3509010101800002;1.000.000;\n3509010101800003;;1.500.000\n';
    const s = await processRoster(readCsvRows(csv), program);
    expect(s.duplicateColumns).toEqual(['declaredIncome']);
    expect(s.rejected.map((r) => [r.row, r.kind === 'invalid' && r.issues.map((i) => i.code)])).toEqual([
      [2, ['CONFLICTING_COLUMNS']],
    ]);
    // Row 3 gives the income once, row 4 in the repeated column only: both are read. A month costs
    // JKK 1 % of the income + JKM Rp6.800: 10.000 + 6.800 = 16.800 and 15.000 + 6.800 = 21.800.
    expect(s.byIncomeLevel).toEqual({
      '1000000': { workers: 1, workerMonths: 6, amount: 6 * 16_800 },
      '1500000': { workers: 1, workerMonths: 6, amount: 6 * 21_800 },
    });
  });

  it('keeps a header named __proto__ or constructor as data (old reader: became "[object Object]" and "function Object()…")', async () => {
    const rows = await read(readCsvRows('nik;__proto__;constructor\n3509010101800001;x;y\n'));
    const row = rows[0]?.row as Record<string, unknown>;
    expect(Object.keys(row)).toEqual(['nik', '__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  it('reads one quoted field of 16 MB in linear time (old reader: quadratic, and about 36× the field in memory)', async () => {
    const big = 'x'.repeat(16 * 2 ** 20);
    const csv = `NIK;Nama\n3509010101800001;"${big}"\n3509010101800002;B\n`;
    const chunks = Readable.from(Buffer.from(csv), { objectMode: false });
    const started = performance.now();
    const rows = await read(readCsvRows(chunks));
    expect((performance.now() - started) / 1000).toBeLessThan(20);
    expect(rows.map((r) => [r.line, (r.row['name'] as string).length])).toEqual([
      [2, big.length],
      [3, 1],
    ]);
  }, 60_000);

  it('rejects a record whose quote never closes at its first line and reads on with the next line', async () => {
    const csv = 'NIK;Nama\n3509010101800001;"Budi\n3509010101800002;Ani\n3509010101800003;Siti\n';
    const s = await processRoster(readCsvRows(csv), withIncome);
    expect(s.workers).toBe(2);
    expect(s.rejected).toEqual([
      {
        row: 2,
        kind: 'invalid',
        issues: [
          expect.objectContaining({ code: 'UNCLOSED_QUOTE' }),
          expect.objectContaining({ path: ['nik'], message: 'is required' }),
        ],
      },
    ]);
    expect(s.rejectedByReason).toEqual({ 'invalid:UNCLOSED_QUOTE': 1, 'invalid:nik': 1 });
  });
});

describe('readCsvRows: the contract', () => {
  it('detects ;, , and tab from the header, reads a byte order mark and quoted separators', async () => {
    for (const sep of [';', ',', '\t']) {
      const csv = `\uFEFFNIK${sep}Nama${sep}Penghasilan\n3509010101800001${sep}"A${sep} B"${sep}1.000.000\n`;
      expect((await read(readCsvRows(csv)))[0]?.row).toEqual({
        nik: '3509010101800001',
        name: `A${sep} B`,
        declaredIncome: '1.000.000',
      });
    }
    // A header with more commas outside quotes than semicolons inside them.
    expect((await read(readCsvRows('"a;b",nik\n1,3509010101800001\n')))[0]?.row).toEqual({
      'a;b': '1',
      nik: '3509010101800001',
    });
  });

  it('reads UTF-8 bytes cut anywhere as the text they encode: ASCII chunks first, then any character, a BOM or none (property)', async () => {
    const text = fc
      .tuple(
        fc.boolean(),
        fc.array(
          fc.constantFrom('3509010101800001', ';', '\n', 'Siti', 'ab', ' ', 'é', 'Ṡ', '😀', '\ufeff'),
          {
            maxLength: 40,
          },
        ),
      )
      .map(([bom, parts]) => `${bom ? '\ufeff' : ''}NIK;Nama\n${parts.join('')}`);
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(400), { maxLength: 6 }), async (csv, cuts) => {
        const bytes = new TextEncoder().encode(csv);
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks: Uint8Array[] = [];
        let from = 0;
        for (const c of at) {
          chunks.push(bytes.subarray(from, c));
          from = c;
        }
        chunks.push(bytes.subarray(from));
        // The whole text as one string is the reference: the reader strips a leading BOM only.
        expect(await read(readCsvRows(chunks))).toEqual(await read(readCsvRows(csv)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads strings, bytes, byte chunks split inside characters, Node streams, web streams and iterables alike', async () => {
    const csv = 'NIK;Nama\n3509010101800001;Ṡinta\n3509010101800002;"Ąni\nB"\n';
    const bytes = new TextEncoder().encode(csv);
    const split = [bytes.slice(0, 5), bytes.slice(5, 28), bytes.slice(28, 29), bytes.slice(29)];
    const expected = await read(readCsvRows(csv));
    expect(expected.map((r) => r.row['name'])).toEqual(['Ṡinta', 'Ąni\nB']);
    const web = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of split) c.enqueue(b);
        c.close();
      },
    });
    for (const source of [
      bytes,
      bytes.buffer,
      split,
      Readable.from(split),
      web,
      (async function* () {
        yield* split;
      })(),
    ])
      expect(await read(readCsvRows(source))).toEqual(expected);
  });

  it('reads a web stream through its reader where it is not async iterable', async () => {
    const bytes = new TextEncoder().encode('nik\n3509010101800001\n');
    let given = false;
    const stream = {
      getReader: () => ({
        read: async () => {
          if (given) return { done: true, value: undefined };
          given = true;
          return { done: false, value: bytes };
        },
        releaseLock: () => {},
      }),
    };
    expect((await read(readCsvRows(stream as never))).map((r) => r.row)).toEqual([
      { nik: '3509010101800001' },
    ]);
  });

  it('is a roster source: iterating it yields the rows; a stream is read once, a string again', async () => {
    const rows: RosterRow[] = [];
    const src = readCsvRows('nik\n3509010101800001\n');
    for await (const r of src) rows.push(r);
    for await (const r of src) rows.push(r);
    expect(rows).toHaveLength(2);
    const once = readCsvRows(Readable.from(['nik\n3509010101800001\n']));
    await read(once);
    await expect(read(once)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('skips blank lines and rows of empty fields, and an empty file is no rows', async () => {
    expect(await read(readCsvRows(''))).toEqual([]);
    expect(await read(readCsvRows('\n\nnik;nama\n;\n  ; \n"";""\n\n3509010101800001;A\n'))).toEqual([
      { line: 8, row: { nik: '3509010101800001', name: 'A' }, codes: [] },
    ]);
    const s = await processRoster(readCsvRows('NIK;Catatan\n'), program);
    expect([s.rows, s.unknownColumns]).toEqual([0, ['Catatan']]);
  });

  it('reads other encodings and refuses bytes that are not the encoding', async () => {
    const latin = Uint8Array.from([...Buffer.from('nik;nama\n3509010101800001;Jos'), 0xe9, 10]);
    expect((await read(readCsvRows(latin, { encoding: 'windows-1252' })))[0]?.row['name']).toBe('José');
    await expect(read(readCsvRows(latin))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('uses a custom column mapping and a given separator', async () => {
    const rows = await read(
      readCsvRows('id_pekerja|x,y\n3509010101800001|1,2\n'.replaceAll('|', ';'), {
        separator: ';',
        columns: { id_pekerja: 'nik', 'X,Y': 'note' },
      }),
    );
    expect(rows[0]?.row).toEqual({ nik: '3509010101800001', note: '1,2' });
  });

  it('validates its input and options synchronously with INVALID_INPUT, never a TypeError (issue #15)', () => {
    for (const [input, options, path] of [
      [123, {}, ['input']],
      [null, {}, ['input']],
      ['nik\n', { separator: '|' }, ['options', 'separator']],
      ['nik\n', { unknownColumns: 'drop' }, ['options', 'unknownColumns']],
      ['nik\n', { columns: { a: 5 } }, ['options', 'columns', 'a']],
      ['nik\n', { delimiter: ';' }, ['options', 'delimiter']],
      ['nik\n', null, ['options']],
    ] as const) {
      try {
        readCsvRows(input as never, options as never);
        expect.unreachable();
      } catch (e) {
        expect(isJamsostekError(e, 'INVALID_INPUT') && e.issues.map((i) => i.path)).toContainEqual(path);
      }
    }
  });

  it('refuses chunks that are neither text nor bytes', async () => {
    await expect(read(readCsvRows([5 as unknown as string]))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('refuses a header whose quote never closes', async () => {
    await expect(read(readCsvRows('"nik;nama\n1;2\n'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('an optional peer that is not installed', () => {
  it('is a JamsostekError naming the install command, not a module-not-found stack', async () => {
    const missing = Object.assign(new Error("Cannot find package 'csv-parse'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const e = await loadPeer(() => Promise.reject(missing), 'csv-parse', '^7.0.3', 'jamsostek/csv').catch(
      (x: unknown) => x,
    );
    expect(isJamsostekError(e, 'INVALID_INPUT')).toBe(true);
    expect((e as Error).message).toContain('npm install csv-parse@^7.0.3');
    const other = new Error('boom');
    await expect(loadPeer(() => Promise.reject(other), 'csv-parse', '^7.0.3', 'jamsostek/csv')).rejects.toBe(
      other,
    );
  });
});
