import { describe, expect, it } from 'vitest';
import {
  BudgetCapacityInputSchema,
  BudgetReconciliationInputSchema,
  FundingSplitInputSchema,
  ProgramBudgetInputSchema,
  VillageAllocationInputSchema,
  villageAllocation,
} from '../../src/entries/funding.ts';
import { isJamsostekError } from '../../src/index.ts';

describe('funding schemas', () => {
  it('reject fractions and weights that are not numbers, with our issues (no zod in sight)', () => {
    const r = FundingSplitInputSchema.safeParse({
      total: 10,
      parts: [
        { fundingSource: 'APBD', share: 'ten percent' },
        { fundingSource: 'CSR', weight: 'heavy' },
        { fundingSource: 'ADD', weight: -1 },
      ],
    });
    expect(r.success).toBe(false);
    expect(!r.success && r.issues.map((i) => i.path.join('.'))).toEqual([
      'parts.0.share',
      'parts.1.weight',
      'parts.2.weight',
    ]);
    expect(!r.success && r.issues[0]).toMatchObject({ received: 'ten percent' });
    expect(
      VillageAllocationInputSchema.safeParse({
        villages: 1,
        grantPerVillage: 1,
        share: 'x',
        monthCount: 1,
        premium: 1,
        fundingSource: 'BKBK',
      }).success,
    ).toBe(false);
  });

  it('are Standard Schemas, and parse throws INVALID_INPUT', () => {
    const ok = { budget: 2_800_000_000, workers: 28_448, to: '2025-12', fundingSource: 'DBHCHT' };
    expect(BudgetReconciliationInputSchema['~standard'].validate(ok)).toEqual({ value: ok });
    expect(BudgetReconciliationInputSchema['~standard'].vendor).toBe('jamsostek');
    try {
      BudgetReconciliationInputSchema.parse({ ...ok, fundingSource: 'bank' });
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e, 'INVALID_INPUT') && e.issues.map((i) => i.path.join('.'))).toEqual([
        'fundingSource',
      ]);
    }
  });

  it('return a copy shaped as the union: one of amount, share and weight; one of from and startDate', () => {
    const r = FundingSplitInputSchema.safeParse({
      total: 10,
      parts: [{ fundingSource: 'APBD', weight: 1, label: 'x' }],
    });
    expect(r).toEqual({
      success: true,
      data: { total: 10, parts: [{ fundingSource: 'APBD', weight: 1, label: 'x' }] },
    });
    const b = ProgramBudgetInputSchema.safeParse({
      fundingSource: 'APBD',
      cohorts: [{ workers: 1, startDate: '2025-07-15', to: '2025-12' }],
    });
    expect(b.success && b.data.cohorts[0]).toEqual({ workers: 1, startDate: '2025-07-15', to: '2025-12' });
  });

  it('check the programs as the BPU calculator does', () => {
    const bad = (programs: unknown): boolean =>
      BudgetCapacityInputSchema.safeParse({
        budget: 1,
        from: '2025-01',
        to: '2025-01',
        fundingSource: 'APBD',
        programs,
      }).success;
    expect(bad(['JKK', 'JKK', 'JKM'])).toBe(false);
    expect(bad(['JKK'])).toBe(false);
    expect(bad([])).toBe(false);
    expect(bad(['JKK', 'JKM', 'JHT'])).toBe(true);
    expect(
      ProgramBudgetInputSchema.safeParse({
        fundingSource: 'Dana Desa',
        cohorts: [{ workers: 1, from: '2025-01', to: '2025-01' }],
      }).success,
    ).toBe(true);
  });

  it('a village period is premium and monthCount, or from and to, never both', () => {
    try {
      villageAllocation({
        villages: 1,
        grantPerVillage: 1,
        share: '0.1',
        from: '2025-01',
        to: '2025-12',
        monthCount: 12,
        fundingSource: 'BKBK',
      } as never);
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.issues.map((i) => i.path.join('.'))).toEqual(['monthCount']);
    }
  });

  it('a village grant of zero gives no workers and a zero share', () => {
    const r = villageAllocation({
      villages: [{ grant: 0 }],
      share: '0.1',
      premium: 16_800,
      monthCount: 12,
      fundingSource: 'BKBK',
    });
    expect(r.lines[0]).toMatchObject({ envelope: 0, fundable: 0, workers: 0, shareOfGrant: '0' });
    // 16.800 × 12
    expect(r.perWorker).toBe(201_600);
  });
});
