import { readCsvRows } from 'jamsostek/csv';
import { explain } from 'jamsostek/explain';
import { combineRosters, diffRosters } from 'jamsostek/roster';
import { describe, expect, it } from 'vitest';

describe('diffRosters', () => {
  const previous = [
    { nik: '3509010101800001', declaredIncome: '1.000.000', region: '35.09.01', fundingSource: 'APBD' },
    { nik: '3509010101800002', declaredIncome: 1_000_000, region: '35.09.01', fundingSource: 'dbh sawit' },
    { nik: '3509010101800003', declaredIncome: 1_000_000, region: '35.09.01', cohort: 'Ajung' },
    { nik: 'bad' },
  ];
  const next = [
    { nik: '3509010101800001', declaredIncome: 1_000_000, region: '35.09.02', fundingSource: 'APBD' },
    { nik: '3509010101800002', declaredIncome: '1000000', region: '35.09.01', fundingSource: 'DBH sawit' },
    { nik: '3509010101800004', declaredIncome: 1_500_000 },
    { nik: '3509010101800004', declaredIncome: 1_500_000 },
  ];

  it('lists who joined, who left and what changed, comparing incomes as rupiah and funding sources by name', async () => {
    const d = await diffRosters(previous, next);
    expect(d.kind).toBe('roster-diff');
    expect(d.confidence).toBe('A');
    expect([d.previousRows, d.nextRows, d.unchanged]).toEqual([4, 4, 1]);
    expect(d.joined).toEqual([{ nik: '3509010101800004', row: 3, values: { declaredIncome: 1_500_000 } }]);
    expect(d.left).toEqual([
      {
        nik: '3509010101800003',
        row: 3,
        values: { declaredIncome: 1_000_000, region: '35.09.01', cohort: 'Ajung' },
      },
    ]);
    expect(d.changed).toEqual([
      {
        nik: '3509010101800001',
        previous: {
          nik: '3509010101800001',
          row: 1,
          values: { declaredIncome: 1_000_000, region: '35.09.01', fundingSource: 'APBD' },
        },
        next: {
          nik: '3509010101800001',
          row: 1,
          values: { declaredIncome: 1_000_000, region: '35.09.02', fundingSource: 'APBD' },
        },
        changes: [{ field: 'region', previous: '35.09.01', next: '35.09.02' }],
      },
    ]);
    expect(d.skipped).toEqual([
      {
        side: 'previous',
        row: 4,
        reason: 'invalid',
        nik: 'bad',
        issues: [{ path: ['nik'], message: 'must be 16 digits', received: 'bad' }],
      },
      { side: 'next', row: 4, reason: 'duplicate', nik: '3509010101800004', issues: [] },
    ]);
    expect(explain(d, { lang: 'en' })).toEqual([
      'Changes between two rosters, by NIK:',
      '- 1 joined, 1 left, 1 changed, 1 unchanged',
      '- Region changed: 1 workers',
      '- Rows that could not be compared (invalid or repeated NIK): 2',
    ]);
    expect(explain(d)[1]).toBe('- 1 masuk, 1 keluar, 1 berubah, 1 tetap');
  });

  it('compares the fields asked for, a missing value as null', async () => {
    const d = await diffRosters(
      [{ nik: '3509010101800001', name: 'A', to: '2025-12' }],
      [{ nik: '3509010101800001', name: 'A.' }],
      { fields: ['name', 'to'] },
    );
    expect(d.changed[0]?.changes).toEqual([
      { field: 'name', previous: 'A', next: 'A.' },
      { field: 'to', previous: '2025-12', next: null },
    ]);
  });

  it('reads files and lists, and skips records the reader could not read', async () => {
    const before = readCsvRows('NIK;Penghasilan\n3509010101800001;1.000.000\n3509010101800002;"1.000.000\n');
    const after = combineRosters([
      { name: 'Dinsos', rows: readCsvRows('NIK;Penghasilan\n3509010101800001;2.000.000\n') },
    ]);
    const d = await diffRosters(before, after);
    expect(d.changed[0]?.next).toEqual({
      nik: '3509010101800001',
      row: 2,
      list: 'Dinsos',
      values: { declaredIncome: 2_000_000 },
    });
    expect(d.skipped.map((s) => [s.side, s.row, s.issues.map((i) => i.code ?? i.path.join('.'))])).toEqual([
      ['previous', 3, ['UNCLOSED_QUOTE', 'nik']],
    ]);
  });

  it('validates its arguments with every problem', async () => {
    await expect(
      diffRosters(null as never, 5 as never, { fields: ['age' as never], x: 1 } as never),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [
        { path: ['previous'] },
        { path: ['next'] },
        { path: ['options', 'x'] },
        { path: ['options', 'fields', 0] },
      ],
    });
    await expect(diffRosters([], [], { fields: [] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(diffRosters([], [], null as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(diffRosters([7 as never], [])).resolves.toMatchObject({
      skipped: [{ side: 'previous', row: 1, reason: 'invalid' }],
    });
  });
});
