import { describe, expect, it } from 'vitest';
import { explain } from '../../src/entries/explain.ts';
import { budgetReconciliation } from '../../src/entries/funding.ts';
import { isJamsostekError } from '../../src/index.ts';

describe('budgetReconciliation', () => {
  it('Pasuruan 2025 (TribunJatim, 24 Sep 2025): "Rp 2,8 miliar" for 28.448 workers until December', () => {
    const r = budgetReconciliation({
      budget: 2_800_000_000,
      workers: 28_448,
      to: '2025-12',
      fundingSource: 'DBHCHT',
    });
    expect(r.kind).toBe('budget-reconciliation');
    expect(r).toMatchObject({ fundingSource: 'DBHCHT', payer: 'APBD' });
    // 2.800.000.000 ÷ 28.448 = 98.425,19…; ÷ 16.800 = 5,858…
    expect(r.perWorker).toBe(98_425);
    expect(r.premium).toBe(16_800);
    expect(r.impliedMonthCount).toBe('5.86');
    const [best, second] = r.hypotheses;
    // 28.448 × 16.800 × 6 = 2.867.558.400 (July–December); balance 2.800.000.000 − 2.867.558.400 = −67.558.400,
    // ÷ 2.800.000.000 = −0,02413
    expect(best).toMatchObject({
      rank: 1,
      monthCount: 6,
      from: '2025-07',
      cost: 2_867_558_400,
      balance: -67_558_400,
      relativeBalance: '-0.0241',
    });
    // 28.448 × 16.800 × 5 = 2.389.632.000; balance 2.800.000.000 − 2.389.632.000 = 410.368.000
    expect(second).toMatchObject({ rank: 2, monthCount: 5, cost: 2_389_632_000, balance: 410_368_000 });
    expect(r.hypotheses).toHaveLength(12);
    for (const h of r.hypotheses) expect(h.balance).toBe(r.budget - h.cost);
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('5.86 months');
  });

  it('Penajam Paser Utara 2025: Rp3.024.000.000 for 20.000 workers is exactly 9 months at 16.800', () => {
    const r = budgetReconciliation({
      budget: 3_024_000_000,
      workers: 20_000,
      to: '2025-12',
      fundingSource: 'APBD',
    });
    expect(r.hypotheses[0]).toMatchObject({
      monthCount: 9,
      from: '2025-04',
      balance: 0,
      impliedPremium: '16800.00',
    });
    expect(r.impliedMonthCount).toBe('9.00');
  });

  it('prices each hypothesis month by month (PP 50/2025 for self-paid workers in 2026)', () => {
    const r = budgetReconciliation({
      budget: 100_800,
      workers: 1,
      to: '2026-12',
      fundingSource: 'self',
      maxMonthCount: 12,
    });
    // Months ending in December 2026: April–December cost 8.400 each, earlier months 16.800.
    // 10 months (Mar–Dec) = 16.800 + 9 × 8.400 = 92.400 (−8.400); 11 months = 109.200 (+8.400): tie, fewer first.
    expect(r.hypotheses.slice(0, 2).map((h) => [h.monthCount, h.cost])).toEqual([
      [10, 92_400],
      [11, 109_200],
    ]);
    expect(r.premium).toBe(8_400);
    expect(r.reliefs[0]?.status).toBe('applied');
  });

  it('invalid input lists each problem', () => {
    try {
      budgetReconciliation({
        budget: 0,
        workers: 0,
        to: '2025-13' as never,
        fundingSource: 'APBD',
        maxMonthCount: 200,
      });
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.issues.map((i) => i.path.join('.'))).toEqual([
        'budget',
        'workers',
        'to',
        'maxMonthCount',
      ]);
    }
  });
});
