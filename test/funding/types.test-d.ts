import type { FundingSource, Payer } from 'jamsostek';
import {
  type FundingCohort,
  type FundingPartInput,
  type FundingRelief,
  type ProgramBudgetInput,
  programBudget,
  type VillageAllocationInput,
} from 'jamsostek/funding';
import { describe, expectTypeOf, it } from 'vitest';

describe('exactly-one-of inputs', () => {
  it('a cohort starts with from or startDate, not both', () => {
    expectTypeOf({ workers: 1, from: '2025-07', to: '2025-12' } as const).toExtend<FundingCohort>();
    expectTypeOf({ workers: 1, startDate: '2025-07-15', to: '2025-12' } as const).toExtend<FundingCohort>();
    expectTypeOf({
      workers: 1,
      from: '2025-07',
      startDate: '2025-07-15',
      to: '2025-12',
    } as const).not.toExtend<FundingCohort>();
    expectTypeOf({ workers: 1, to: '2025-12' } as const).not.toExtend<FundingCohort>();
  });

  it('a funding part has one of amount, share and weight', () => {
    expectTypeOf({ fundingSource: 'APBD', amount: 1 } as const).toExtend<FundingPartInput>();
    expectTypeOf({ fundingSource: 'APBD', share: '0.5' } as const).toExtend<FundingPartInput>();
    expectTypeOf({ fundingSource: 'APBD', weight: 1 } as const).toExtend<FundingPartInput>();
    expectTypeOf({ fundingSource: 'APBD', amount: 1, weight: 1 } as const).not.toExtend<FundingPartInput>();
    expectTypeOf({ fundingSource: 'APBD' } as const).not.toExtend<FundingPartInput>();
    expectTypeOf({ source: 'APBD', amount: 1 } as const).not.toExtend<FundingPartInput>();
  });

  it('a village period is premium and monthCount, or from and to', () => {
    const base = { villages: 1, grantPerVillage: 1, share: '0.1', fundingSource: 'BKBK' } as const;
    expectTypeOf({ ...base, premium: 16_800, monthCount: 12 }).toExtend<VillageAllocationInput>();
    expectTypeOf({ ...base, from: '2025-01', to: '2025-12' } as const).toExtend<VillageAllocationInput>();
    expectTypeOf({
      ...base,
      premium: 16_800,
      from: '2025-01',
      to: '2025-12',
    } as const).not.toExtend<VillageAllocationInput>();
    expectTypeOf({ ...base, premium: 16_800 }).not.toExtend<VillageAllocationInput>();
  });
});

describe('one funding vocabulary', () => {
  it('program inputs require fundingSource and take no payer', () => {
    expectTypeOf<ProgramBudgetInput['fundingSource']>().toEqualTypeOf<FundingSource>();
    expectTypeOf<ProgramBudgetInput>().not.toHaveProperty('payer');
    expectTypeOf({
      cohorts: [{ workers: 1, from: '2025-07', to: '2025-12' }],
    } as const).not.toExtend<ProgramBudgetInput>();
  });

  it('results carry both fundingSource and payer', () => {
    const r = programBudget({
      fundingSource: 'DBHCHT',
      cohorts: [{ workers: 1, from: '2025-07', to: '2025-07' }],
    });
    expectTypeOf(r.byCohort[0]).toExtend<{ fundingSource: FundingSource; payer: Payer } | undefined>();
    expectTypeOf(r.byFundingSource).toEqualTypeOf<Readonly<Partial<Record<FundingSource, number>>>>();
    const relief = r.reliefs[0] as FundingRelief;
    if (relief.status === 'refused')
      expectTypeOf(relief.reason).toEqualTypeOf<'payer-excluded' | 'category-not-covered'>();
    else expectTypeOf(relief).not.toHaveProperty('reason');
  });
});
