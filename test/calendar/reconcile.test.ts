import fc from 'fast-check';
import { allocate, FUNDING_SOURCES, type FundingSource } from 'jamsostek';
import { type OwedMonth, type ProgramPaymentInput, reconcilePayments } from 'jamsostek/calendar';
import { explain } from 'jamsostek/explain';
import { addMonths } from 'jamsostek/period';
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers.ts';

const source = fc.constantFrom(...FUNDING_SOURCES);

/** A schedule: distinct (month, funding source) rows with positive amounts. */
const schedule = fc
  .uniqueArray(
    fc.record({
      offset: fc.integer({ min: 0, max: 23 }),
      fundingSource: source,
      amount: fc.integer({ min: 1, max: 5_000_000_000 }),
      workers: fc.integer({ min: 0, max: 100_000 }),
    }),
    { minLength: 1, maxLength: 30, selector: (r) => `${r.offset}|${r.fundingSource}` },
  )
  .map((rows) =>
    rows.map(
      (r): OwedMonth => ({
        month: addMonths('2025-01', r.offset),
        fundingSource: r.fundingSource,
        amount: r.amount,
        workers: r.workers,
      }),
    ),
  );

function sums(lines: readonly { owed: number; paid: number; balance: number }[]) {
  return lines.reduce(
    (s, l) => ({ owed: s.owed + l.owed, paid: s.paid + l.paid, balance: s.balance + l.balance }),
    {
      owed: 0,
      paid: 0,
      balance: 0,
    },
  );
}

describe('reconcilePayments', () => {
  it('on-time payments of every month of a schedule reconcile to zero difference', () => {
    fc.assert(
      fc.property(schedule, (owed) => {
        const paid: ProgramPaymentInput[] = owed.map((o) => ({
          month: o.month,
          amount: o.amount,
          fundingSource: o.fundingSource,
          paidOn: `${o.month}-10` as '2025-01-10',
        }));
        const r = reconcilePayments({ owed, paid });
        expect(r.balance).toBe(0);
        expect(r.underpaid).toBe(0);
        expect(r.overpaid).toBe(0);
        expect(r.lines.every((l) => l.status === 'matched' && l.balance === 0)).toBe(true);
        expect(r.lines).toHaveLength(owed.length);
      }),
    );
  });

  it('one payment per funding source covering all its months also matches every line exactly', () => {
    fc.assert(
      fc.property(schedule, (owed) => {
        const bySource = new Map<FundingSource, OwedMonth[]>();
        for (const o of owed) bySource.set(o.fundingSource, [...(bySource.get(o.fundingSource) ?? []), o]);
        const paid: ProgramPaymentInput[] = [...bySource].map(([fundingSource, rows]) => {
          const months = rows.map((r) => r.month).sort();
          return {
            from: months[0] as '2025-01',
            to: months[months.length - 1] as '2025-01',
            amount: rows.reduce((s, r) => s + r.amount, 0),
            fundingSource,
            paidOn: '2027-01-01',
          };
        });
        const r = reconcilePayments({ owed, paid });
        expect(r.lines.every((l) => l.status === 'matched')).toBe(true);
      }),
    );
  });

  it('any split of the same payments over sources reconciles to the same totals, exactly and conserving', () => {
    fc.assert(
      fc.property(
        schedule,
        fc.array(
          fc.record({
            offset: fc.integer({ min: 0, max: 23 }),
            amount: fc.integer({ min: 0, max: 9_000_000_000 }),
          }),
          {
            maxLength: 20,
          },
        ),
        fc.array(fc.tuple(source, fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 4 }),
        (owed, payments, split) => {
          // The same payments, first from one source, then split over several with allocate.
          const one: ProgramPaymentInput[] = payments.map((p) => ({
            month: addMonths('2025-01', p.offset),
            amount: p.amount,
            fundingSource: 'APBD',
            paidOn: '2026-01-01',
          }));
          const weights: number[] = split.map(([, w]) => w);
          if (!weights.some((w) => w > 0)) weights[0] = 1;
          const many: ProgramPaymentInput[] = one.flatMap((p) => {
            const parts = allocate(p.amount, weights);
            return split.map(([fundingSource], i) => ({ ...p, fundingSource, amount: parts[i] ?? 0 }));
          });
          const a = reconcilePayments({ owed, paid: one });
          const b = reconcilePayments({ owed, paid: many });
          const paidTotal = payments.reduce((s, p) => s + p.amount, 0);
          const owedTotal = owed.reduce((s, o) => s + o.amount, 0);
          for (const r of [a, b]) {
            expect([r.owed, r.paid, r.balance]).toEqual([owedTotal, paidTotal, paidTotal - owedTotal]);
            expect(r.overpaid - r.underpaid).toBe(r.balance);
            expect(sums(r.lines)).toEqual({ owed: r.owed, paid: r.paid, balance: r.balance });
            expect(sums(r.byMonth)).toEqual({ owed: r.owed, paid: r.paid, balance: r.balance });
            expect(sums(Object.values(r.byFundingSource))).toEqual({
              owed: r.owed,
              paid: r.paid,
              balance: r.balance,
            });
            for (const l of r.lines) expect(Object.is(l.balance, -0)).toBe(false);
          }
          // Each payment covers one month, so the paid total of every month is the same either way.
          expect(b.byMonth.map((m) => [m.month, m.paid])).toEqual(
            a.byMonth.map((m) => [m.month, m.paid]).filter(([, p]) => p !== undefined),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a short payment over two months is split in proportion; a payment for a month not owed is overpaid', () => {
    const r = reconcilePayments({
      owed: [
        { month: '2026-01', fundingSource: 'APBD', amount: 16_800_000 },
        { month: '2026-02', fundingSource: 'APBD', amount: 16_800_000 },
        { month: '2026-01', fundingSource: 'DBHCHT', amount: 1_000 },
      ],
      paid: [
        { from: '2026-01', to: '2026-02', amount: 30_000_000, fundingSource: 'APBD', paidOn: '2026-03-20' },
        { month: '2026-03', amount: 500, fundingSource: 'DBHCHT', paidOn: '2026-03-20' },
      ],
    });
    expect(r.lines.map((l) => [l.month, l.fundingSource, l.status, l.balance])).toEqual([
      ['2026-01', 'APBD', 'underpaid', -1_800_000],
      ['2026-01', 'DBHCHT', 'underpaid', -1_000],
      ['2026-02', 'APBD', 'underpaid', -1_800_000],
      ['2026-03', 'DBHCHT', 'overpaid', 500],
    ]);
    const first = r.lines[0];
    expect(first?.status === 'underpaid' && first.shortfall).toBe(1_800_000);
    expect(r.byFundingSource).toEqual({
      APBD: { owed: 33_600_000, paid: 30_000_000, balance: -3_600_000 },
      DBHCHT: { owed: 1_000, paid: 500, balance: -500 },
    });
    expect([r.underpaid, r.overpaid, r.balance]).toEqual([3_601_000, 500, -3_600_500]);
    expect(r.confidence).toBe('A');
    expect(explain(r, { lang: 'en' })).toContain(
      '- Total: Rp33,601,000 owed, Rp30,000,500 paid, difference -Rp3,600,500',
    );
  });

  it('keys by payment code where given; an unknown code pays the rows without one', () => {
    const r = reconcilePayments({
      owed: [
        { month: '2026-01', fundingSource: 'APBD', amount: 100, paymentCode: 'A1' },
        { month: '2026-01', fundingSource: 'APBD', amount: 50, paymentCode: 'B2' },
        { month: '2026-02', fundingSource: 'APBD', amount: 80 },
      ],
      paid: [
        { month: '2026-01', amount: 100, fundingSource: 'APBD', paymentCode: 'A1', paidOn: '2026-01-10' },
        { month: '2026-02', amount: 80, fundingSource: 'APBD', paymentCode: 'Z9', paidOn: '2026-02-10' },
      ],
    });
    expect(r.lines.map((l) => [l.month, l.paymentCode, l.status])).toEqual([
      ['2026-01', 'A1', 'matched'],
      ['2026-01', 'B2', 'underpaid'],
      ['2026-02', null, 'matched'],
    ]);
  });

  it('refuses a payment without a funding source and repeated owed rows, with their paths', () => {
    const e = thrown(() =>
      reconcilePayments({
        owed: [
          { month: '2026-01', fundingSource: 'APBD', amount: 1 },
          { month: '2026-01', fundingSource: 'APBD', amount: 2 },
        ],
        paid: [{ month: '2026-01', amount: 1, paidOn: '2026-01-10' } as never],
      }),
    );
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['owed.1', 'paid.0.fundingSource']);
  });
});
