import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/entries/explain.ts';
import { budgetCapacity, budgetDuration } from '../../src/entries/funding.ts';
import { OFFICIAL_RULEBOOK, withRules } from '../../src/entries/rulebook.ts';
import type { YearMonth } from '../../src/index.ts';
import { issuesOf } from '../helpers.ts';

describe('budgetCapacity', () => {
  it('Jambi BKBK 2022 (CNBC Indonesia, 6 Jan 2023): 1.562 × 100.000.000 × 10 % = 15.620.000.000 → 77.480 worker-years', () => {
    const r = budgetCapacity({
      budget: 15_620_000_000,
      from: '2022-01',
      to: '2022-12',
      fundingSource: 'BKBK',
    });
    // 12 × 16.800 = 201.600; 15.620.000.000 ÷ 201.600 = 77.480,15…
    expect(r.perWorker).toBe(201_600);
    expect(r.workers).toBe(77_480);
    expect(r.cost).toBe(15_619_968_000);
    expect(r.remainder).toBe(32_000);
    expect(r.monthCount).toBe(12);
    expect(r).toMatchObject({ fundingSource: 'BKBK', payer: 'APBD', from: '2022-01', to: '2022-12' });
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('77,480 workers');
  });

  it('prices 2026 self-paid months at the PP 50/2025 rate', () => {
    const r = budgetCapacity({ budget: 1_000_000, from: '2026-03', to: '2026-04', fundingSource: 'self' });
    // 16.800 (March) + 8.400 (April) = 25.200; 1.000.000 ÷ 25.200 = 39,68…
    expect(r.perWorker).toBe(25_200);
    expect(r.workers).toBe(39);
    expect(r.reliefs[0]).toMatchObject({ status: 'applied', months: ['2026-04'] });
  });

  it('capacity × premium ≤ budget < (capacity + 1) × premium', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.integer({ min: 2025 * 12, max: 2027 * 12 }),
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom('self' as const, 'APBD' as const, 'Dana Desa' as const),
        (budget, start, len, fundingSource) => {
          const ym = (i: number): YearMonth =>
            `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` as YearMonth;
          const r = budgetCapacity({ budget, from: ym(start), to: ym(start + len), fundingSource });
          expect(r.workers * r.perWorker).toBeLessThanOrEqual(budget);
          expect((r.workers + 1) * r.perWorker).toBeGreaterThan(budget);
          expect(r.cost + r.remainder).toBe(budget);
          expect(r.remainder).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(r.workers)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('invalid input: a negative budget and a range that ends before it starts', () => {
    expect(
      issuesOf(() => budgetCapacity({ budget: -1, from: '2025-12', to: '2025-07', fundingSource: 'APBD' })),
    ).toEqual(['budget', 'to']);
  });

  it('a what-if rulebook with a zero premium is refused rather than answering "unlimited"', () => {
    const free = withRules(
      OFFICIAL_RULEBOOK,
      [
        {
          id: 'bpu.pp50.other',
          mode: 'replace',
          versions: [
            {
              from: '2026-04-01',
              to: '2027-01-01',
              value: '1',
              citations: [{ instrument: 'what-if', article: 'full waiver' }],
              confidence: 'U',
            },
          ],
        },
      ],
      'free',
    );
    expect(() =>
      budgetCapacity({ budget: 100, from: '2026-05', to: '2026-05', fundingSource: 'self', rulebook: free }),
    ).toThrow(/zero/);
    expect(() =>
      budgetDuration({ budget: 100, workers: 1, from: '2026-05', fundingSource: 'self', rulebook: free }),
    ).toThrow(/zero/);
  });
});

describe('budgetDuration', () => {
  it('Penajam Paser Utara 2025: Rp3.024.000.000 for 20.000 workers = 9 months at 16.800', () => {
    const r = budgetDuration({
      budget: 3_024_000_000,
      workers: 20_000,
      from: '2025-04',
      fundingSource: 'APBD',
    });
    // 20.000 × 16.800 × 9 = 3.024.000.000
    expect(r).toMatchObject({
      fundingSource: 'APBD',
      payer: 'APBD',
      monthCount: 9,
      to: '2025-12',
      cost: 3_024_000_000,
      remainder: 0,
      reachedHorizon: false,
    });
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('9 whole months');
  });

  it('counts the cheaper PP 50/2025 months of self-paid workers, and stops at the horizon', () => {
    // 16.800 (Mar) + 8.400 × 2 (Apr, May) = 33.600
    const r = budgetDuration({ budget: 40_000, workers: 1, from: '2026-03', fundingSource: 'self' });
    expect(r).toMatchObject({ monthCount: 3, to: '2026-05', cost: 33_600, remainder: 6_400 });
    const h = budgetDuration({
      budget: 1e9,
      workers: 1,
      from: '2025-01',
      until: '2025-03',
      fundingSource: 'APBD',
    });
    expect(h).toMatchObject({ monthCount: 3, to: '2025-03', reachedHorizon: true });
    const none = budgetDuration({ budget: 100, workers: 1, from: '2025-01', fundingSource: 'APBD' });
    expect(none).toMatchObject({ monthCount: 0, to: null, cost: 0, remainder: 100 });
    expect(
      issuesOf(() =>
        budgetDuration({ budget: 1, workers: 0, from: '2025-05', until: '2025-01', fundingSource: 'APBD' }),
      ),
    ).toEqual(['workers', 'until']);
    expect(issuesOf(() => budgetDuration({ budget: 1, workers: 1, from: '2025-05' } as never))).toEqual([
      'fundingSource',
    ]);
  });
});
