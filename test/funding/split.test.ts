import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/entries/explain.ts';
import { type FundingPartInput, splitFunding } from '../../src/entries/funding.ts';
import { FUNDING_SOURCES, isJamsostekError, PAYERS, payerOf } from '../../src/index.ts';
import { issuesOf } from '../helpers.ts';

describe('payerOf', () => {
  it('maps regional transfers and BKBK to APBD, village funds to APBDes, CSR to CSR', () => {
    expect(FUNDING_SOURCES.map(payerOf)).toEqual([
      'self',
      'APBN',
      'APBD',
      'APBD',
      'APBD',
      'APBD',
      'APBDes',
      'APBDes',
      'APBDes',
      'CSR',
      'other',
    ]);
    expect(new Set(FUNDING_SOURCES).size).toBe(FUNDING_SOURCES.length);
    for (const p of PAYERS) expect(payerOf(p)).toBe(p);
    expect(issuesOf(() => payerOf('bank' as never))).toEqual(['']);
  });
});

describe('splitFunding', () => {
  it('splits a share, a fixed amount and weights of the rest, to the rupiah', () => {
    const r = splitFunding({
      total: 2_867_558_400,
      sources: [
        { source: 'DBHCHT', share: '0.6' },
        { source: 'CSR', amount: 100_000_000 },
        { source: 'APBD', weight: 1 },
      ],
    });
    // 60 % = 1.720.535.040; rest 1.147.023.360 − 100.000.000 = 1.047.023.360
    expect(r.parts.map((p) => p.amount)).toEqual([1_720_535_040, 100_000_000, 1_047_023_360]);
    expect(r.byPayer).toEqual({ APBD: 2_767_558_400, CSR: 100_000_000 });
    expect(r.bySource).toEqual({ DBHCHT: 1_720_535_040, CSR: 100_000_000, APBD: 1_047_023_360 });
    expect(r.parts[0]).toMatchObject({ via: 'share', payer: 'APBD', label: 'DBHCHT' });
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('share 60%');
  });

  it('gives leftover rupiah to remainderOrder first on ties', () => {
    const sources: FundingPartInput[] = [
      { source: 'APBD', weight: 1 },
      { source: 'DBHCHT', weight: 1 },
      { source: 'Dana Desa', weight: 1 },
    ];
    expect(splitFunding({ total: 100, sources }).parts.map((p) => p.amount)).toEqual([34, 33, 33]);
    expect(
      splitFunding({ total: 100, sources, remainderOrder: ['Dana Desa'] }).parts.map((p) => p.amount),
    ).toEqual([33, 33, 34]);
    const shares = splitFunding({
      total: 100,
      sources: [
        { source: 'APBD', share: '0.5' },
        { source: 'ADD', share: '0.5' },
      ],
      remainderOrder: ['ADD'],
    });
    expect(shares.parts.map((p) => p.amount)).toEqual([50, 50]);
    const odd = splitFunding({
      total: 101,
      sources: [
        { source: 'APBD', share: '0.5' },
        { source: 'ADD', share: '0.5' },
      ],
      remainderOrder: ['ADD'],
    });
    expect(odd.parts.map((p) => p.amount)).toEqual([50, 51]);
  });

  it('invalid input: percentages over 100 %, repeated labels, two kinds in one part, unknown order labels', () => {
    expect(
      issuesOf(() =>
        splitFunding({
          total: -5,
          sources: [
            { source: 'APBD', share: '0.7' },
            { source: 'APBD', share: '0.4' },
            { source: 'CSR', amount: 1, weight: 1 },
            { source: 'ADD', share: '2' },
          ],
          remainderOrder: ['nope'],
        }),
      ),
    ).toEqual(['total', 'sources.2', 'sources.3.share', 'sources.1.label', 'sources', 'remainderOrder.0']);
  });

  it('refuses amounts that exceed the total or leave part of it unassigned', () => {
    expect(() => splitFunding({ total: 10, sources: [{ source: 'APBD', amount: 11 }] })).toThrow(/exceed/);
    expect(() =>
      splitFunding({
        total: 10,
        sources: [
          { source: 'APBD', amount: 4 },
          { source: 'CSR', weight: 0 },
        ],
      }),
    ).toThrow(/unassigned/);
    expect(splitFunding({ total: 10, sources: [{ source: 'APBD', amount: 10 }] }).parts[0]?.amount).toBe(10);
  });

  it('every split sums exactly to its total', () => {
    const part = fc.oneof(
      fc.record({ kind: fc.constant('share' as const), v: fc.integer({ min: 0, max: 300 }) }),
      fc.record({ kind: fc.constant('weight' as const), v: fc.integer({ min: 1, max: 1_000 }) }),
      fc.record({ kind: fc.constant('amount' as const), v: fc.integer({ min: 0, max: 1_000 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(part, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...FUNDING_SOURCES),
        (total, parts, last) => {
          const sources: FundingPartInput[] = parts.map((p, i) => {
            const base = { source: FUNDING_SOURCES[i % FUNDING_SOURCES.length] ?? 'other', label: `p${i}` };
            if (p.kind === 'share') return { ...base, share: (p.v / 1000).toString() };
            if (p.kind === 'amount') return { ...base, amount: p.v };
            return { ...base, weight: p.v };
          });
          sources.push({ source: last, label: 'rest', weight: 1 });
          let r: ReturnType<typeof splitFunding>;
          try {
            r = splitFunding({ total, sources });
          } catch (e) {
            // Only over-committed inputs may be refused.
            expect(isJamsostekError(e) && e.code === 'INVALID_INPUT').toBe(true);
            return;
          }
          expect(r.parts.reduce((s, p) => s + p.amount, 0)).toBe(total);
          expect(r.parts.every((p) => Number.isSafeInteger(p.amount) && p.amount >= 0)).toBe(true);
          expect(Object.values(r.byPayer).reduce((s, a) => s + (a ?? 0), 0)).toBe(total);
        },
      ),
      { numRuns: 200 },
    );
  });
});
