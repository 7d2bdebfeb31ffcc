import { describe, expect, it } from 'vitest';
import { explain } from '../../src/entries/explain.ts';
import { reconcileBudget } from '../../src/entries/funding.ts';
import { isJamsostekError } from '../../src/index.ts';

describe('reconcileBudget', () => {
  it('Pasuruan 2025 (TribunJatim, 24 Sep 2025): "Rp 2,8 miliar" for 28.448 workers until December', () => {
    const r = reconcileBudget({ budget: 2_800_000_000, workers: 28_448, to: '2025-12', payer: 'DBHCHT' });
    // 2.800.000.000 ÷ 28.448 = 98.425,19…; ÷ 16.800 = 5,858…
    expect(r.perWorker).toBe(98_425);
    expect(r.premium).toBe(16_800);
    expect(r.impliedMonths).toBe('5.86');
    const [best, second] = r.hypotheses;
    // 28.448 × 16.800 × 6 = 2.867.558.400 (July–December)
    expect(best).toMatchObject({
      rank: 1,
      months: 6,
      from: '2025-07',
      cost: 2_867_558_400,
      difference: 67_558_400,
      relativeDifference: '0.0241',
    });
    // 28.448 × 16.800 × 5 = 2.389.632.000
    expect(second).toMatchObject({ rank: 2, months: 5, cost: 2_389_632_000, difference: -410_368_000 });
    expect(r.hypotheses).toHaveLength(12);
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('5.86 months');
  });

  it('Penajam Paser Utara 2025: Rp3.024.000.000 for 20.000 workers is exactly 9 months at 16.800', () => {
    const r = reconcileBudget({ budget: 3_024_000_000, workers: 20_000, to: '2025-12', payer: 'APBD' });
    expect(r.hypotheses[0]).toMatchObject({
      months: 9,
      from: '2025-04',
      difference: 0,
      impliedPremium: '16800.00',
    });
    expect(r.impliedMonths).toBe('9.00');
  });

  it('prices each hypothesis month by month (PP 50/2025 for self-paid workers in 2026)', () => {
    const r = reconcileBudget({ budget: 100_800, workers: 1, to: '2026-12', payer: 'self', maxMonths: 12 });
    // Months ending in December 2026: April–December cost 8.400 each, earlier months 16.800.
    // 10 months (Mar–Dec) = 16.800 + 9 × 8.400 = 92.400 (−8.400); 11 months = 109.200 (+8.400): tie, fewer first.
    expect(r.hypotheses.slice(0, 2).map((h) => [h.months, h.cost])).toEqual([
      [10, 92_400],
      [11, 109_200],
    ]);
    expect(r.premium).toBe(8_400);
    expect(r.reliefs[0]?.status).toBe('applied');
  });

  it('invalid input lists each problem', () => {
    try {
      reconcileBudget({ budget: 0, workers: 0, to: '2025-13' as never, payer: 'APBD', maxMonths: 200 });
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.issues.map((i) => i.path.join('.'))).toEqual([
        'budget',
        'workers',
        'to',
        'maxMonths',
      ]);
    }
  });
});
