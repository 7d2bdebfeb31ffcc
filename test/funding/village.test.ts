import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/entries/explain.ts';
import { villageAllocation } from '../../src/entries/funding.ts';
import { issuesOf } from '../helpers.ts';

// Jambi BKBK: 10 % of Rp100 juta for each of 1.562 desa/kelurahan (CNBC Indonesia, 6 Jan 2023; Pergub Jambi 16/2022).
describe('villageAllocation: Jambi BKBK 2022', () => {
  it('1.562 × 100.000.000 × 10 % = 15.620.000.000, pooled 77.480 worker-years, 49 per village', () => {
    const r = villageAllocation({
      villages: 1_562,
      grantPerVillage: 100_000_000,
      share: '0.1',
      from: '2022-01',
      to: '2022-12',
      fundingSource: 'BKBK',
    });
    expect(r).toMatchObject({ fundingSource: 'BKBK', payer: 'APBD', monthCount: 12 });
    expect(r.envelope).toBe(15_620_000_000);
    expect(r.perWorker).toBe(201_600);
    // 15.620.000.000 ÷ 201.600 = 77.480,15…
    expect(r.pooledWorkers).toBe(77_480);
    expect(r.pooledRemainder).toBe(32_000);
    // 10.000.000 ÷ 201.600 = 49,6…: 49 per village, 1.562 × 49 = 76.538
    expect(r.lines[0]).toMatchObject({ count: 1_562, envelope: 10_000_000, fundable: 49, balance: 121_600 });
    expect(r.workers).toBe(76_538);
    expect(r.cost + r.balance).toBe(r.envelope);
    expect(r.reliefs).toEqual([]);
  });

  it('50 workers per village = 78.100 at 10,08 % of the grant, Rp124.960.000 above the envelopes', () => {
    const r = villageAllocation({
      villages: 1_562,
      grantPerVillage: 100_000_000,
      share: '0.1',
      workersPerVillage: 50,
      premium: 16_800,
      monthCount: 12,
      fundingSource: 'BKBK',
    });
    expect(r.workers).toBe(78_100);
    // 50 × 201.600 = 10.080.000 per village
    expect(r.lines[0]?.shareOfGrant).toBe('0.1008');
    expect(r.cost).toBe(15_744_960_000);
    expect(r.balance).toBe(-124_960_000);
    expect(r.basis.notices.map((n) => n.code)).toEqual(['funding.villages.shortfall']);
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('exceeds the envelopes');
  });

  it('villages given one by one, with their own grants and counts', () => {
    const r = villageAllocation({
      villages: [{ name: 'A', grant: 120_000_000 }, { name: 'B', workers: 10 }, {}],
      grantPerVillage: 100_000_000,
      share: '0.1',
      premium: 16_800,
      monthCount: 12,
      fundingSource: 'Dana Desa',
    });
    // A: 12.000.000 ÷ 201.600 = 59; B: 10 workers; #3: 49
    expect(r.lines.map((l) => [l.name, l.workers, l.balance])).toEqual([
      ['A', 59, 105_600],
      ['B', 10, 7_984_000],
      ['#3', 49, 121_600],
    ]);
    expect(r.villages).toBe(3);
    expect(r.envelope).toBe(32_000_000);
  });

  it('invalid input: zero villages, a share over 100 %, a missing grant, a backwards period', () => {
    const fundingSource = 'BKBK' as const;
    expect(
      issuesOf(() =>
        villageAllocation({
          villages: 0,
          grantPerVillage: 1,
          share: '1.5',
          premium: 16_800,
          monthCount: 12,
          fundingSource,
        }),
      ),
    ).toEqual(['villages', 'share']);
    expect(
      issuesOf(() =>
        villageAllocation({ villages: [], share: '0.1', from: '2025-12', to: '2025-01', fundingSource }),
      ),
    ).toEqual(['villages', 'to']);
    expect(
      issuesOf(() =>
        villageAllocation({ villages: [{}], share: '0.1', monthCount: 12, fundingSource } as never),
      ),
    ).toEqual(['villages.0.grant', 'premium']);
    expect(
      issuesOf(() =>
        villageAllocation({ villages: 2, share: '0.1', from: '2025-01', fundingSource } as never),
      ),
    ).toEqual(['grantPerVillage', 'to']);
    expect(
      issuesOf(() =>
        villageAllocation({ villages: 2, grantPerVillage: 5, share: '0.1', fundingSource } as never),
      ),
    ).toEqual(['from']);
    expect(
      issuesOf(() =>
        villageAllocation({
          villages: 2,
          grantPerVillage: 5,
          share: '0.1',
          premium: 16_800,
          from: '2025-01',
          to: '2025-12',
          fundingSource,
        } as never),
      ),
    ).toEqual(['premium']);
    // No default funding source any more (it used to be BKBK).
    expect(
      issuesOf(() =>
        villageAllocation({
          villages: 2,
          grantPerVillage: 5,
          share: '0.1',
          from: '2025-01',
          to: '2025-12',
        } as never),
      ),
    ).toEqual(['fundingSource']);
  });

  it('every village allocation sums exactly to its total', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            grant: fc.integer({ min: 0, max: 1e10 }),
            workers: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 24 }),
        (villages, permille, months) => {
          const r = villageAllocation({
            villages,
            share: String(permille / 1000),
            premium: 16_800,
            monthCount: months,
            fundingSource: 'BKBK',
          });
          expect(r.lines.reduce((s, l) => s + l.envelope, 0)).toBe(r.envelope);
          expect(r.lines.reduce((s, l) => s + l.cost, 0)).toBe(r.cost);
          expect(r.cost + r.balance).toBe(r.envelope);
          expect(r.pooledWorkers * r.perWorker + r.pooledRemainder).toBe(r.envelope);
          expect(r.pooledRemainder).toBeLessThan(r.perWorker);
          for (const l of r.lines) {
            expect(l.fundable * r.perWorker).toBeLessThanOrEqual(l.envelope);
            expect((l.fundable + 1) * r.perWorker).toBeGreaterThan(l.envelope);
            expect(l.envelope).toBeLessThanOrEqual(l.grant);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
