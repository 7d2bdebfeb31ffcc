import { explain, type JamsostekResult } from 'jamsostek/explain';
import {
  budgetCapacity,
  budgetDuration,
  budgetReconciliation,
  fundingSplit,
  programBudget,
  programTranches,
  villageAllocation,
} from 'jamsostek/funding';
import { describe, expect, it } from 'vitest';

describe('explain(funding results)', () => {
  const results: JamsostekResult[] = [
    programBudget({
      fundingSource: 'APBD',
      cohorts: [
        { workers: 10, from: '2026-01', to: '2026-12' },
        { workers: 5, from: '2026-01', to: '2026-12', fundingSource: 'self', category: 'employer' },
        { workers: 5, startDate: '2026-03-15', to: '2026-12', fundingSource: 'Dana Desa' },
      ],
    }),
    programTranches({
      fundingSource: 'DBHCHT',
      cohorts: [{ workers: 1, from: '2025-07', to: '2025-12' }],
      tranches: [{ from: '2025-07', to: '2025-12' }],
    }),
    budgetCapacity({ budget: 1_000_000, from: '2026-03', to: '2026-04', fundingSource: 'self' }),
    budgetDuration({ budget: 40_000, workers: 1, from: '2026-03', fundingSource: 'BKBK' }),
    budgetReconciliation({ budget: 100_800, workers: 1, to: '2026-12', fundingSource: 'self' }),
    fundingSplit({
      total: 100,
      parts: [
        { fundingSource: 'APBD', share: '0.5' },
        { fundingSource: 'CSR', amount: 10 },
        { fundingSource: 'ADD', weight: 1 },
      ],
    }),
    villageAllocation({
      villages: 2,
      grantPerVillage: 100_000_000,
      share: '0.1',
      workersPerVillage: 60,
      from: '2026-01',
      to: '2026-12',
      fundingSource: 'BKBK',
    }),
  ];

  it('renders every funding result in both languages without a raw code or a placeholder', () => {
    for (const r of results)
      for (const lang of ['id', 'en'] as const)
        for (const line of explain(r, { lang })) {
          expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
          expect(line).not.toMatch(/\{\w+(:\w+)?\}/);
        }
  });

  it('names the funding source and the payer it counts as', () => {
    const [budget, , capacity] = results;
    const text = explain(budget as JamsostekResult, { lang: 'en' }).join('\n');
    expect(text).toContain('(funded by Dana Desa (village fund) through APBDes (village budget))');
    expect(text).toContain(
      'funded by APBD (regional budget): the premium is paid through APBD (regional budget), which is excluded',
    );
    expect(text).toContain('funded by the worker: the participant category is not covered');
    expect(explain(capacity as JamsostekResult, { lang: 'en' })[0]).toBe(
      'Workers a budget of Rp1,000,000 (the worker) covers, 2026-03 to 2026-04:',
    );
    expect(explain(budget as JamsostekResult).join('\n')).toContain('(didanai Dana Desa melalui APBDes)');
  });
});
