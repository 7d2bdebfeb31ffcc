/**
 * Hostile and careless input to the roster functions (issue #15): only JamsostekError with paths, no
 * summary shared with its inputs, and keys that are data whatever they are.
 */
import fc from 'fast-check';
import { isJamsostekError } from 'jamsostek';
import { readCsvRows } from 'jamsostek/csv';
import {
  combineRosters,
  mergeRosterSummaries,
  processRoster,
  processRosterSync,
  type RosterRow,
  type RosterSummary,
} from 'jamsostek/roster';
import { syntheticRoster } from 'jamsostek/testing';
import { describe, expect, it } from 'vitest';

const program = { from: '2025-07', to: '2025-12', fundingSource: 'APBD', declaredIncome: 1_000_000 } as const;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('rows that are not rows', () => {
  it('processRoster(null) and processRosterSync(5) throw INVALID_INPUT, not a TypeError', async () => {
    await expect(processRoster(null as never, program)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['rows'] }],
    });
    for (const rows of [5, 'abc', undefined, {}]) {
      const e = thrown(() => processRosterSync(rows as never, program));
      expect(isJamsostekError(e, 'INVALID_INPUT') && e.issues[0]?.path).toEqual(['rows']);
    }
    // An async iterable is not for the synchronous form.
    const e = thrown(() =>
      processRosterSync((async function* () {})() as never, { ...program, to: 'x' as never }),
    );
    expect(isJamsostekError(e, 'INVALID_INPUT') && e.issues.map((i) => i.path)).toEqual([['rows'], ['to']]);
  });

  it('refuses a source whose batches are not batches', async () => {
    const source = (batches: unknown[]) => ({
      batches: async function* () {
        yield* batches;
      },
      [Symbol.asyncIterator]: async function* () {},
    });
    for (const bad of [null, { rows: [{}] }, { rows: [{}], rowNumbers: [] }, { rows: [{}], rowNumbers: [0] }])
      await expect(processRoster(source([bad]) as never, program)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
  });
});

describe('syntheticRoster', () => {
  it('refuses an unbounded or broken count at the call, before yielding anything', () => {
    for (const count of [Number.POSITIVE_INFINITY, -1, 1.5, Number.NaN, '10', 100_000_001]) {
      const e = thrown(() => syntheticRoster({ count: count as number }));
      expect(isJamsostekError(e, 'INVALID_INPUT') && e.issues[0]?.path).toEqual(['count']);
    }
    const e = thrown(() =>
      syntheticRoster({
        count: 1,
        seed: 0.5,
        regions: [],
        incomes: [0],
        corruptRate: 2,
        start: '2025-13' as never,
      }),
    );
    expect(isJamsostekError(e) && e.issues.map((i) => i.path[0])).toEqual([
      'seed',
      'regions',
      'incomes',
      'start',
      'corruptRate',
    ]);
    expect(thrown(() => syntheticRoster({ count: 1, regions: ['x'] }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(thrown(() => syntheticRoster(null as never))).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('gives every row its own plausible NIK', () => {
    const seen = new Set<string>();
    let n = 0;
    for (const r of syntheticRoster({ count: 60_000, seed: 4 })) {
      seen.add(r.nik as string);
      n++;
    }
    expect(seen.size).toBe(n);
    expect(processRosterSync(syntheticRoster({ count: 60_000, seed: 4 }), program).workers).toBe(60_000);
  });
});

describe('mergeRosterSummaries', () => {
  const a = processRosterSync([{ nik: '3509010101800001' }, { nik: 'x' }], program);

  it('checks every input as a summary and names the path of each problem', () => {
    const broken = {
      ...a,
      rows: -1,
      byRegion: { '35.09': { workers: 'one' } },
      byProgram: { XYZ: 1 },
      byFundingSource: { bank: { workers: 1, workerMonths: 1, amount: 1 } },
      rejected: [{ row: 1, kind: 'other' }],
      rules: [{}],
      rejectedLimit: -2,
      unknownColumns: [1],
    };
    const e = thrown(() =>
      mergeRosterSummaries(a, broken as never, { kind: 'roster-summary' } as never, 5 as never),
    );
    const paths = isJamsostekError(e, 'INVALID_INPUT') ? e.issues.map((i) => i.path.join('.')) : [];
    expect(paths).toEqual(
      expect.arrayContaining([
        '1.rows',
        '1.byRegion.35.09',
        '1.byProgram.XYZ',
        '1.byFundingSource.bank',
        '1.rejected.0',
        '1.rules.0',
        '1.rejectedLimit',
        '1.unknownColumns',
        '2.from',
        '2.byMonth',
        '3',
      ]),
    );
    expect(paths.some((p) => p.startsWith('0'))).toBe(false);
  });

  it('shares nothing with its inputs: not the rules, not the rejected rows, not a breakdown', () => {
    const merged = mergeRosterSummaries(a);
    expect(merged).toEqual(a);
    expect(merged.rules[0]).not.toBe(a.rules[0]);
    expect(merged.rules[0]?.citations).not.toBe(a.rules[0]?.citations);
    expect(merged.rejected[0]).not.toBe(a.rejected[0]);
    const first = merged.rejected[0];
    expect(first?.kind === 'invalid' && first.issues[0]).not.toBe(
      a.rejected[0]?.kind === 'invalid' && a.rejected[0].issues[0],
    );
    // Two single passes do not share rule objects either.
    const b = processRosterSync([{ nik: '3509010101800001' }], program);
    expect(b.rules[0]).not.toBe(a.rules[0]);
  });

  it('equals one pass also with rejectedLimit, at random split points (property)', () => {
    const rows = [...syntheticRoster({ count: 240, seed: 12, corruptRate: 0.3 })];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 240 }),
        fc.integer({ min: 0, max: 240 }),
        fc.nat(12),
        (x, y, limit) => {
          const [i, j] = x <= y ? [x, y] : [y, x];
          const options = { ...program, rejectedLimit: limit };
          const part = (p: number, q: number) =>
            processRosterSync(rows.slice(p, q), { ...options, rowOffset: p });
          const merged = mergeRosterSummaries(part(0, i), part(i, j), part(j, 240));
          expect(JSON.stringify(merged)).toBe(JSON.stringify(part(0, 240)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keeps the smallest rejectedLimit of those given', () => {
    const rows = [{ nik: 'a' }, { nik: 'b' }, { nik: 'c' }];
    const m = mergeRosterSummaries(
      processRosterSync(rows, { ...program, rejectedLimit: 2 }),
      processRosterSync(rows, { ...program, rowOffset: 3 }),
    );
    expect([m.rejectedLimit, m.rejected.map((r) => r.row), m.invalid]).toEqual([2, [1, 2], 6]);
  });
});

describe('keys are data', () => {
  const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

  it('keeps every key in byCohort, byRegion, byList and rejectedByReason through processRoster, merge and JSON', async () => {
    const rows: RosterRow[] = keys.map((k, i) => ({
      nik: `35090101018000${String(i + 1).padStart(2, '0')}`,
      region: k,
      cohort: k,
    }));
    const options = {
      ...program,
      eligibility: (row: RosterRow) =>
        row.region === 'toString'
          ? { eligible: false as const, reasons: [{ code: '__proto__' }] }
          : { eligible: true as const },
    };
    const s = processRosterSync(rows, options);
    expect(Object.keys(s.byRegion)).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(Object.keys(s.byCohort)).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(Object.keys(s.rejectedByReason)).toEqual(['__proto__']);
    for (const r of [s.byRegion, s.byCohort, s.rejectedByReason])
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    const back = JSON.parse(JSON.stringify(s)) as RosterSummary;
    const merged = mergeRosterSummaries(
      processRosterSync(rows.slice(0, 2), options),
      processRosterSync(rows.slice(2), { ...options, rowOffset: 2 }),
    );
    expect(JSON.stringify(merged)).toBe(JSON.stringify(s));
    expect(JSON.stringify(mergeRosterSummaries(back))).toBe(JSON.stringify(s));
  });

  it('keeps a list named __proto__ and a CSV column region of __proto__', async () => {
    const csv = 'NIK;Wilayah;Kelompok\n3509010101800001;__proto__;constructor\n';
    const s = await processRoster(readCsvRows(csv), program);
    expect(Object.hasOwn(s.byRegion, '__proto__')).toBe(true);
    expect(Object.hasOwn(s.byCohort, 'constructor')).toBe(true);
    const l = await processRoster(combineRosters([{ name: '__proto__', rows: readCsvRows(csv) }]), program);
    expect(Object.keys(l.byList)).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(l)).byList).toEqual(
      JSON.parse('{"__proto__":{"workers":1,"workerMonths":6,"amount":100800}}'),
    );
  });
});
