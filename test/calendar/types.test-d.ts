import type { IsoDate } from 'jamsostek';
import type {
  BpuPaymentInput,
  ContributionDueDateResult,
  JkmStanding,
  LateFineInput,
  LateFineResult,
  ProgramPaymentInput,
} from 'jamsostek/calendar';
import { describe, expectTypeOf, it } from 'vitest';

describe('calendar inputs and results', () => {
  it('a late fine takes the contribution as a total or by program, not both', () => {
    const base = { segment: 'PU', month: '2026-01', paidOn: '2026-05-10' } as const;
    expectTypeOf({ ...base, contribution: 1 }).toExtend<LateFineInput>();
    expectTypeOf({ ...base, byProgram: { JKK: 1 } }).toExtend<LateFineInput>();
    expectTypeOf({ ...base, contribution: 1, byProgram: { JKK: 1 } }).not.toExtend<LateFineInput>();
    expectTypeOf({ ...base, segment: 'BPU', contribution: 1 } as const).not.toExtend<LateFineInput>();
  });

  it('a payment covers one month or a range, not both', () => {
    expectTypeOf({ month: '2026-01', paidOn: '2026-01-10' } as const).toExtend<BpuPaymentInput>();
    expectTypeOf({
      from: '2026-01',
      to: '2026-03',
      paidOn: '2026-01-10',
    } as const).toExtend<BpuPaymentInput>();
    expectTypeOf({
      month: '2026-01',
      from: '2026-01',
      to: '2026-03',
      paidOn: '2026-01-10',
    } as const).not.toExtend<BpuPaymentInput>();
    expectTypeOf({
      month: '2026-01',
      paidOn: '2026-01-10',
      amount: 1,
    } as const).not.toExtend<ProgramPaymentInput>();
    expectTypeOf({
      month: '2026-01',
      paidOn: '2026-01-10',
      amount: 1,
      fundingSource: 'APBD',
    } as const).toExtend<ProgramPaymentInput>();
  });

  it('fields that belong to one outcome are only on that outcome', () => {
    const narrow = (r: ContributionDueDateResult) => {
      if (r.moved) expectTypeOf(r.movedFrom).toEqualTypeOf<IsoDate>();
      else expectTypeOf(r).not.toHaveProperty('movedFrom');
    };
    void narrow;
    const fine = (r: LateFineResult) => {
      if (r.status === 'late') expectTypeOf(r.monthsLate).toBeNumber();
      if (r.status === 'on-time') expectTypeOf(r.fine).toEqualTypeOf<0>();
      // @ts-expect-error: only an exempt fine has a reason
      void r.reason;
    };
    void fine;
    const jkm = (s: JkmStanding) => {
      if (s.status === 'refused') expectTypeOf(s.refusedFrom).toEqualTypeOf<IsoDate>();
      else expectTypeOf(s.refusedFrom).toEqualTypeOf<IsoDate | null>();
    };
    void jkm;
  });
});
