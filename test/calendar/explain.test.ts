import {
  bpuStanding,
  contributionDueDate,
  contributionDueDateSchedule,
  lateFine,
  programStanding,
  reconcilePayments,
} from 'jamsostek/calendar';
import { explain, type JamsostekResult } from 'jamsostek/explain';
import { describe, expect, it } from 'vitest';

const owed = (['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'] as const).map((month) => ({
  month,
  fundingSource: 'APBD' as const,
  amount: 16_800_000,
  workers: 1_000,
}));

describe('explain(calendar results)', () => {
  const results: JamsostekResult[] = [
    contributionDueDate({ segment: 'PU', month: '2025-07' }),
    contributionDueDate({ segment: 'PU', month: '2026-04' }),
    contributionDueDate({ segment: 'PU', month: '2026-04', jointLeave: 'holiday' }),
    contributionDueDate({ segment: 'PU', month: '2020-09', jointLeave: 'holiday' }),
    contributionDueDate({ segment: 'BPU', month: '2028-01' }),
    contributionDueDate({ segment: 'PU', month: '2022-03' }),
    contributionDueDateSchedule({ segment: 'PU', from: '2020-07', to: '2021-03' }),
    lateFine({ segment: 'PU', month: '2026-01', contribution: 1_000_000, paidOn: '2026-05-10' }),
    lateFine({ segment: 'PU', month: '2026-01', contribution: 1_000_000, paidOn: '2026-02-17' }),
    lateFine({ segment: 'PU', month: '2026-01', contribution: 1_000_000, paidOn: '2026-02-10' }),
    lateFine({
      segment: 'PU',
      month: '2026-01',
      contribution: 1_000_000,
      paidOn: '2026-05-10',
      employerType: 'state',
    }),
    lateFine({ segment: 'PU', month: '2026-04', byProgram: { JKK: 1, JP: 2 }, paidOn: '2026-06-16' }),
    bpuStanding({
      from: '2026-01',
      payments: [{ month: '2026-01', paidOn: '2026-01-20' }],
      asOf: '2026-03-01',
    }),
    bpuStanding({
      from: '2026-01',
      payments: [{ month: '2026-02', paidOn: '2026-02-17' }],
      asOf: '2026-02-20',
    }),
    bpuStanding({ from: '2026-01', payments: [], asOf: '2026-06-01' }),
    programStanding({
      owed,
      payments: [
        { month: '2026-01', amount: 16_800_000, fundingSource: 'APBD', paidOn: '2026-01-10' },
        { month: '2026-02', amount: 16_800_000, fundingSource: 'APBD', paidOn: '2026-02-17' },
        { month: '2026-03', amount: 16_800_000, fundingSource: 'APBD', paidOn: '2026-04-01' },
        { month: '2026-04', amount: 1_000_000, fundingSource: 'APBD', paidOn: '2026-04-01' },
      ],
      asOf: '2026-05-01',
    }),
    programStanding({ owed: owed.map(({ workers: _, ...o }) => o), payments: [], asOf: '2026-09-01' }),
    reconcilePayments({
      owed,
      paid: [
        { from: '2026-01', to: '2026-02', amount: 40_000_000, fundingSource: 'APBD', paidOn: '2026-03-01' },
        {
          month: '2026-03',
          amount: 16_800_000,
          fundingSource: 'APBD',
          paymentCode: '12345678901',
          paidOn: '2026-03-01',
        },
      ],
    }),
  ];

  it('renders every calendar result in both languages without a raw code or a placeholder', () => {
    for (const r of results)
      for (const lang of ['id', 'en'] as const)
        for (const line of explain(r, { lang })) {
          expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
          expect(line).not.toMatch(/\{\w+(:\w+)?\}/);
        }
  });

  it('is plain JSON data', () => {
    for (const r of results) expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
