import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/entries/explain.ts';
import { type FundingPartInput, fundingSplit } from '../../src/entries/funding.ts';
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

describe('fundingSplit', () => {
  it('splits a share, a fixed amount and weights of the rest, to the rupiah', () => {
    const r = fundingSplit({
      total: 2_867_558_400,
      parts: [
        { fundingSource: 'DBHCHT', share: '0.6' },
        { fundingSource: 'CSR', amount: 100_000_000 },
        { fundingSource: 'APBD', weight: 1 },
      ],
    });
    // 60 % = 1.720.535.040; rest 1.147.023.360 − 100.000.000 = 1.047.023.360
    expect(r.parts.map((p) => p.amount)).toEqual([1_720_535_040, 100_000_000, 1_047_023_360]);
    expect(r.byPayer).toEqual({ APBD: 2_767_558_400, CSR: 100_000_000 });
    expect(r.byFundingSource).toEqual({ DBHCHT: 1_720_535_040, CSR: 100_000_000, APBD: 1_047_023_360 });
    expect(r.parts[0]).toMatchObject({
      via: 'share',
      fundingSource: 'DBHCHT',
      payer: 'APBD',
      label: 'DBHCHT',
    });
    expect(r.kind).toBe('funding-split');
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('share 60%');
  });

  it('gives leftover rupiah to remainderOrder first on ties', () => {
    const parts: FundingPartInput[] = [
      { fundingSource: 'APBD', weight: 1 },
      { fundingSource: 'DBHCHT', weight: 1 },
      { fundingSource: 'Dana Desa', weight: 1 },
    ];
    expect(fundingSplit({ total: 100, parts }).parts.map((p) => p.amount)).toEqual([34, 33, 33]);
    expect(
      fundingSplit({ total: 100, parts, remainderOrder: ['Dana Desa'] }).parts.map((p) => p.amount),
    ).toEqual([33, 33, 34]);
    const shares = fundingSplit({
      total: 100,
      parts: [
        { fundingSource: 'APBD', share: '0.5' },
        { fundingSource: 'ADD', share: '0.5' },
      ],
      remainderOrder: ['ADD'],
    });
    expect(shares.parts.map((p) => p.amount)).toEqual([50, 50]);
    const odd = fundingSplit({
      total: 101,
      parts: [
        { fundingSource: 'APBD', share: '0.5' },
        { fundingSource: 'ADD', share: '0.5' },
      ],
      remainderOrder: ['ADD'],
    });
    expect(odd.parts.map((p) => p.amount)).toEqual([50, 51]);
  });

  it('invalid input: percentages over 100 %, repeated labels, two kinds in one part, unknown order labels', () => {
    expect(
      issuesOf(() =>
        fundingSplit({
          total: -5,
          parts: [
            { fundingSource: 'APBD', share: '0.7' },
            { fundingSource: 'APBD', share: '0.4' },
            { fundingSource: 'CSR', amount: 1, weight: 1 } as never,
            { fundingSource: 'ADD', share: '2' },
          ],
          remainderOrder: ['nope'],
        }),
      ),
    ).toEqual(['total', 'parts.2', 'parts.3.share', 'parts.1.label', 'parts', 'remainderOrder.0']);
  });

  it('refuses amounts that exceed the total or leave part of it unassigned', () => {
    expect(() => fundingSplit({ total: 10, parts: [{ fundingSource: 'APBD', amount: 11 }] })).toThrow(
      /exceed/,
    );
    expect(() =>
      fundingSplit({
        total: 10,
        parts: [
          { fundingSource: 'APBD', amount: 4 },
          { fundingSource: 'CSR', weight: 0 },
        ],
      }),
    ).toThrow(/unassigned/);
    expect(fundingSplit({ total: 10, parts: [{ fundingSource: 'APBD', amount: 10 }] }).parts[0]?.amount).toBe(
      10,
    );
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
          const given: FundingPartInput[] = parts.map((p, i) => {
            const base = {
              fundingSource: FUNDING_SOURCES[i % FUNDING_SOURCES.length] ?? 'other',
              label: `p${i}`,
            };
            if (p.kind === 'share') return { ...base, share: (p.v / 1000).toString() };
            if (p.kind === 'amount') return { ...base, amount: p.v };
            return { ...base, weight: p.v };
          });
          given.push({ fundingSource: last, label: 'rest', weight: 1 });
          let r: ReturnType<typeof fundingSplit>;
          try {
            r = fundingSplit({ total, parts: given });
          } catch (e) {
            // Only over-committed inputs may be refused.
            expect(isJamsostekError(e) && e.code === 'INVALID_INPUT').toBe(true);
            return;
          }
          expect(r.parts.reduce((s, p) => s + p.amount, 0)).toBe(total);
          expect(r.parts.every((p) => Number.isSafeInteger(p.amount) && p.amount >= 0)).toBe(true);
          expect(Object.values(r.byPayer).reduce((s, a) => s + (a ?? 0), 0)).toBe(total);
          expect(Object.values(r.byFundingSource).reduce((s, a) => s + (a ?? 0), 0)).toBe(total);
        },
      ),
      { numRuns: 200 },
    );
  });
});
