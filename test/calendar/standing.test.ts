import fc from 'fast-check';
import { jkmBenefit } from 'jamsostek/benefits';
import { bpuStanding, owedFromBudget, owedFromRoster, programStanding } from 'jamsostek/calendar';
import { explain } from 'jamsostek/explain';
import { programBudget } from 'jamsostek/funding';
import { addMonths, eachMonth } from 'jamsostek/period';
import { processRosterSync } from 'jamsostek/roster';
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers.ts';

describe('bpuStanding', () => {
  it('paid January to March 2026, nothing after: on 1 July, three months in arrears, JKM deferred', () => {
    const s = bpuStanding({
      from: '2026-01',
      payments: [{ from: '2026-01', to: '2026-03', paidOn: '2026-01-10' }],
      asOf: '2026-07-01',
    });
    expect(s.byMonth.map((m) => m.status)).toEqual([
      'on-time',
      'on-time',
      'on-time',
      'unpaid',
      'unpaid',
      'unpaid',
      'not-due',
    ]);
    expect(s.arrears.months).toEqual(['2026-04', '2026-05', '2026-06']);
    // Self-paid BPU premium from April 2026: JKK 10.000 and JKM 6.800, halved by PP 50/2025 = 8.400 a month.
    expect(s.arrears.amount).toBe(3 * 8_400);
    expect(s.arrears.restores).toBe('full-cover');
    // July is due Wednesday 15 July 2026; unpaid, April–July make 4 > 3 months from the 16th.
    expect(s.jkm).toEqual({ status: 'deferred', arrearsMonthCount: 3, refusedFrom: '2026-07-16' });
    expect(s.fine).toBe(0);
    expect(s.basis.notices.map((n) => n.code)).toContain('calendar.bpu.no-fine');
  });

  it('a regional program’s premium is priced in full (APBD is excluded from PP 50/2025)', () => {
    const s = bpuStanding({ from: '2026-01', payments: [], asOf: '2026-04-16', fundingSource: 'APBD' });
    expect(s.arrears.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(s.arrears.amount).toBe(4 * 16_800);
    // The fourth unpaid month is April, due 15 April: refused from the 16th.
    expect(s.jkm).toEqual({ status: 'refused', arrearsMonthCount: 4, refusedFrom: '2026-04-16' });
    expect(s.arrears.restores).toBe('future-cover');
    expect(s.basis.notices.map((n) => n.code)).toContain('calendar.standing.reactivation');
  });

  it('on the due date the month is not yet in arrears; the day after, it is', () => {
    const on = bpuStanding({ from: '2026-04', payments: [], asOf: '2026-04-15' });
    expect(on.jkm.status).toBe('covered');
    expect(on.byMonth[0]?.status).toBe('not-due');
    const after = bpuStanding({ from: '2026-04', payments: [], asOf: '2026-04-16' });
    expect(after.jkm).toMatchObject({ status: 'deferred', arrearsMonthCount: 1 });
  });

  it('a payment of the latest month ends the run; older gaps are listed', () => {
    const s = bpuStanding({
      from: '2026-01',
      payments: [{ month: '2026-03', paidOn: '2026-03-10' }],
      asOf: '2026-03-20',
    });
    expect(s.arrears.monthCount).toBe(0);
    expect(s.arrears.unpaidMonths).toEqual(['2026-01', '2026-02']);
    expect(s.jkm.status).toBe('covered');
    // April, May, June and July unpaid: July is the fourth; due 15 July, refused from the 16th.
    expect(s.jkm.refusedFrom).toBe('2026-07-16');
  });

  it('a membership that ends before the run reaches the limit is never refused', () => {
    const s = bpuStanding({ from: '2026-01', to: '2026-02', payments: [], asOf: '2026-03-01' });
    expect(s.jkm).toEqual({ status: 'deferred', arrearsMonthCount: 2, refusedFrom: null });
    expect(s.to).toBe('2026-02');
  });

  it('agrees with jkmBenefit: JKM refused exactly when jkmBenefit refuses for the same arrears', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 28 }),
        (unpaid, offset, day) => {
          // Membership from January 2025; every month paid on time except the last `unpaid` months before asOf.
          const asOf = `${addMonths('2025-12', offset)}-${String(day).padStart(2, '0')}` as `2025-12-01`;
          const asOfMonth = asOf.slice(0, 7) as '2025-12';
          const probe = bpuStanding({ from: '2025-01', payments: [], asOf });
          const overdue = probe.byMonth.filter((m) => m.status === 'unpaid').map((m) => m.month);
          const paidMonths = overdue.slice(0, Math.max(0, overdue.length - unpaid));
          const s = bpuStanding({
            from: '2025-01',
            payments: paidMonths.map((month) => ({ month, paidOn: '2025-01-01' })),
            asOf,
          });
          const n = Math.min(unpaid, overdue.length);
          expect(s.arrears.monthCount).toBe(n);
          const benefit = jkmBenefit({
            eventDate: asOf,
            segment: 'BPU',
            membershipStart: '2020-01-01',
            contributionMonths: 60,
            arrearsMonths: n,
          });
          expect(s.jkm.status === 'refused').toBe(benefit.status === 'not-eligible');
          expect(s.jkm.status === 'deferred').toBe(benefit.status === 'deferred');
          expect(s.jkm.status === 'covered').toBe(benefit.status === 'paid');
          expect(asOfMonth <= (s.to as string)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects payments after asOf, before from, and asOf before from, each at its path', () => {
    const e = thrown(() =>
      bpuStanding({
        from: '2026-03',
        payments: [
          { month: '2026-02', paidOn: '2026-02-01' },
          { month: '2026-03', paidOn: '2026-04-01' },
        ],
        asOf: '2026-02-20',
      }),
    );
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['asOf', 'payments.1.paidOn', 'payments.0.month']);
    const both = thrown(() =>
      bpuStanding({
        from: '2026-01',
        payments: [{ month: '2026-01', from: '2026-01', paidOn: '2026-01-01' } as never],
        asOf: '2026-02-01',
      }),
    );
    expect(both.issues.map((i) => i.path.join('.'))).toEqual(['payments.0.month']);
  });
});

describe('programStanding', () => {
  const workers = 1_000;
  const perMonth = workers * 16_800;
  const owed = eachMonth({ from: '2026-01', to: '2026-12' }).map((month) => ({
    month,
    fundingSource: 'APBD' as const,
    amount: perMonth,
    workers,
  }));

  it('budget not yet disbursed on 1 March: two months in arrears, deadlines to pay', () => {
    const s = programStanding({ owed, payments: [], asOf: '2026-03-01' });
    expect(s.arrearsMonths).toEqual(['2026-01', '2026-02']);
    expect(s.overdue).toBe(2 * perMonth);
    expect(s.balance).toBe(-2 * perMonth);
    expect(s.workersInArrears).toBe(1_000);
    expect(s.workerMonthsInArrears).toBe(2_000);
    expect(s.workersRefused).toBe(0);
    // January + 3 months = April, due 15 April; the fourth unpaid month makes it refused from the 16th.
    expect(s.jkm).toEqual({ status: 'deferred', arrearsMonthCount: 2, refusedFrom: '2026-04-16' });
    expect(s.deadlines.slice(0, 3).map((d) => [d.month, d.dueDate, d.lapseDeadline, d.overdue])).toEqual([
      ['2026-01', '2026-01-15', '2026-04-15', true],
      ['2026-02', '2026-02-16', '2026-05-15', true],
      ['2026-03', '2026-03-16', '2026-06-15', false],
    ]);
    expect(s.byFundingSource).toEqual({ APBD: { owed: 12 * perMonth, paid: 0, overdue: 2 * perMonth } });
  });

  it('paid January to March on 20 March: late, but nobody lost the benefit', () => {
    const s = programStanding({
      owed,
      payments: [
        { from: '2026-01', to: '2026-03', amount: 3 * perMonth, fundingSource: 'APBD', paidOn: '2026-03-20' },
      ],
      asOf: '2026-03-31',
    });
    expect(s.byMonth.slice(0, 4).map((r) => r.status)).toEqual(['late', 'late', 'late', 'not-due']);
    expect(s.arrearsMonthCount).toBe(0);
    expect(s.jkm.status).toBe('covered');
    expect(s.balance).toBe(0);
    expect(s.overdue).toBe(0);
  });

  it('budget in May: from 16 April the workers have no JKM benefit', () => {
    const s = programStanding({ owed, payments: [], asOf: '2026-04-20' });
    expect(s.jkm).toEqual({ status: 'refused', arrearsMonthCount: 4, refusedFrom: '2026-04-16' });
    expect(s.workersRefused).toBe(1_000);
  });

  it('a partial payment spreads over its months; workers in arrears follow the share unpaid', () => {
    // Half of January and February paid: 8.400.000 each; 500 of 1.000 workers unpaid each month.
    const s = programStanding({
      owed,
      payments: [
        { from: '2026-01', to: '2026-02', amount: perMonth, fundingSource: 'APBD', paidOn: '2026-02-20' },
      ],
      asOf: '2026-03-01',
    });
    expect(s.byMonth.slice(0, 2).map((r) => [r.status, r.paid, r.workersInArrears])).toEqual([
      ['underpaid', perMonth / 2, 500],
      ['underpaid', perMonth / 2, 500],
    ]);
    expect(s.workersInArrears).toBe(500);
    expect(s.basis.notices.map((n) => n.code)).toContain('calendar.program.same-workers');
  });

  it('takes a programBudget result and a roster summary through the adapters', () => {
    // Pasuruan 2025 (TribunJatim, 24 Sep 2025): 28.448 workers, DBHCHT, July–December: 477.926.400 a month.
    const budget = programBudget({
      fundingSource: 'DBHCHT',
      cohorts: [{ workers: 28_448, from: '2025-07', to: '2025-12' }],
    });
    const fromBudget = owedFromBudget(budget);
    expect(fromBudget).toHaveLength(6);
    expect(fromBudget[0]).toEqual({
      month: '2025-07',
      fundingSource: 'DBHCHT',
      amount: 477_926_400,
      workers: 28_448,
    });
    const summary = processRosterSync([{ nik: '3509010101900001' }, { nik: '3509010101900002' }], {
      from: '2026-01',
      to: '2026-03',
      fundingSource: 'APBD',
      declaredIncome: 1_000_000,
    });
    expect(owedFromRoster(summary)).toEqual(
      ['2026-01', '2026-02', '2026-03'].map((month) => ({
        month,
        fundingSource: 'APBD',
        amount: 33_600,
        workers: 2,
      })),
    );
    const s = programStanding({ owed: fromBudget, payments: [], asOf: '2025-08-01' });
    expect(s.workersInArrears).toBe(28_448);
  });

  it('the adapters refuse a budget of several funding sources, and anything else', () => {
    const mixed = programBudget({
      fundingSource: 'APBD',
      cohorts: [
        { workers: 1, from: '2026-01', to: '2026-02' },
        { workers: 1, from: '2026-01', to: '2026-02', fundingSource: 'DBHCHT' },
      ],
    });
    expect(thrown(() => owedFromBudget(mixed)).issues[0]?.message).toMatch(
      /one program budget per funding source/,
    );
    expect(thrown(() => owedFromBudget({} as never)).code).toBe('INVALID_INPUT');
    expect(thrown(() => owedFromRoster(null as never)).code).toBe('INVALID_INPUT');
  });

  it('rejects repeated owed rows and payments after asOf', () => {
    const e = thrown(() =>
      programStanding({
        owed: [owed[0], owed[0]] as never,
        payments: [{ month: '2026-01', amount: 1, fundingSource: 'APBD', paidOn: '2026-04-01' }],
        asOf: '2026-03-01',
      }),
    );
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['owed.1', 'payments.0.paidOn']);
  });

  it('explains itself in both languages', () => {
    const s = programStanding({ owed: owed.slice(0, 4), payments: [], asOf: '2026-03-01' });
    const en = explain(s, { lang: 'en' });
    expect(en[0]).toBe('Payment standing of a premium program on 2026-03-01 (Rp67,200,000 owed):');
    expect(en).toContain(
      '- 2026-01 (APBD (regional budget)): pay Rp16,800,000 by 2026-01-15 for full cover, and by 2026-04-15 at the latest before the JKM benefit is refused (PP 44/2015 Pasal 39; PP 44/2015 Pasal 41; PP 44/2015 Pasal 42 [A])',
    );
  });
});
