import { describe, expect, it } from 'vitest';
import {
  BudgetCapacityInputSchema,
  ProgramBudgetInputSchema,
  SplitFundingInputSchema,
  VillageAllocationInputSchema,
  villageAllocation,
} from '../../src/entries/funding.ts';
import { isJamsostekError } from '../../src/index.ts';

describe('funding schemas', () => {
  it('reject fractions and weights that are not numbers', () => {
    const r = SplitFundingInputSchema.safeParse({
      total: 10,
      sources: [
        { source: 'APBD', share: 'ten percent' },
        { source: 'CSR', weight: 'heavy' },
        { source: 'ADD', weight: -1 },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'sources.0.share',
      'sources.1.weight',
      'sources.2.weight',
    ]);
    expect(
      VillageAllocationInputSchema.safeParse({
        villages: 1,
        grantPerVillage: 1,
        share: 'x',
        months: 1,
        premium: 1,
      }).success,
    ).toBe(false);
  });

  it('check the programs as the BPU calculator does', () => {
    const bad = (programs: unknown): boolean =>
      BudgetCapacityInputSchema.safeParse({
        budget: 1,
        from: '2025-01',
        to: '2025-01',
        payer: 'APBD',
        programs,
      }).success;
    expect(bad(['JKK', 'JKK', 'JKM'])).toBe(false);
    expect(bad(['JKK'])).toBe(false);
    expect(bad([])).toBe(false);
    expect(bad(['JKK', 'JKM', 'JHT'])).toBe(true);
    expect(
      ProgramBudgetInputSchema.safeParse({
        payer: 'Dana Desa',
        cohorts: [{ workers: 1, from: '2025-01', to: '2025-01' }],
      }).success,
    ).toBe(true);
  });

  it('a village period is months or a range, not both', () => {
    try {
      villageAllocation({
        villages: 1,
        grantPerVillage: 1,
        share: '0.1',
        from: '2025-01',
        to: '2025-12',
        months: 12,
      });
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.issues.map((i) => i.path.join('.'))).toEqual(['months']);
    }
  });

  it('a village grant of zero gives no workers and a zero share', () => {
    const r = villageAllocation({
      villages: [{ grant: 0 }],
      share: '0.1',
      premium: 16_800,
      from: '2025-01',
      to: '2025-12',
    });
    expect(r.lines[0]).toMatchObject({ envelope: 0, fundable: 0, workers: 0, shareOfGrant: '0' });
    expect(r.perWorker).toBe(201_600);
  });
});
