/**
 * Reconciling what was paid with what was owed, month by month and by funding source.
 *
 * @module
 */
import { BasisBuilder, NO_RULEBOOK } from '../explain/basis.ts';
import { type FundingSource, payerOf } from '../funding/sources.ts';
import { checkRupiah } from '../money/rupiah.ts';
import type { YearMonth } from '../period/year-month.ts';
import { parseInput } from '../schemas/validate.ts';
import { applyPayments } from './apply.ts';
import { paymentReconciliationInput } from './schema.ts';
import type {
  PaymentReconciliationInput,
  PaymentReconciliationResult,
  ReconciliationLine,
  ReconciliationMonth,
  ReconciliationTotals,
} from './types.ts';

interface Sum {
  owed: number;
  paid: number;
}

function totals(s: Sum, what: string): ReconciliationTotals {
  return {
    owed: checkRupiah(s.owed, what),
    paid: checkRupiah(s.paid, what),
    balance: checkRupiah(s.paid - s.owed, what),
  };
}

/**
 * Reconciles the payments of a program with what it owed, month by month and by funding source: each
 * line (a month, a funding source and, where given, a payment code) is `matched`, `underpaid` (with
 * its `shortfall`) or `overpaid` (with its `excess`). A payment is spread over the owed rows of its
 * months and funding source (with its payment code when it has one; rows without a code when none
 * has it) in proportion to what they owe, exactly to the rupiah; a payment that matches nothing opens
 * lines of its own with nothing owed. Every total adds up: the lines, the months and the funding
 * sources each sum to `owed` and `paid`, and `balance = paid − owed = overpaid − underpaid`.
 *
 * @example
 * ```ts
 * import { reconcilePayments } from 'jamsostek/calendar';
 * const r = reconcilePayments({
 *   owed: [
 *     { month: '2026-01', fundingSource: 'APBD', amount: 16800000 },
 *     { month: '2026-02', fundingSource: 'APBD', amount: 16800000 },
 *   ],
 *   paid: [{ from: '2026-01', to: '2026-02', amount: 30000000, fundingSource: 'APBD', paidOn: '2026-03-20' }],
 * });
 * r.balance; // -3600000
 * r.lines[0]?.status; // 'underpaid' (shortfall 1.800.000 each month)
 * ```
 */
export function reconcilePayments(input: PaymentReconciliationInput): PaymentReconciliationResult {
  const v = parseInput(paymentReconciliationInput, input, 'payment reconciliation input');
  const rows = applyPayments(v.owed, v.paid);
  const b = new BasisBuilder(NO_RULEBOOK);
  const byMonth = new Map<YearMonth, Sum>();
  const bySource = new Map<FundingSource, Sum>();
  const all: Sum = { owed: 0, paid: 0 };
  let underpaid = 0;
  let overpaid = 0;
  const lines: ReconciliationLine[] = rows.map((r) => {
    for (const [map, key] of [
      [byMonth, r.month],
      [bySource, r.fundingSource],
    ] as const) {
      const s = (map as Map<string, Sum>).get(key) ?? { owed: 0, paid: 0 };
      s.owed += r.owed;
      s.paid += r.paid;
      (map as Map<string, Sum>).set(key, s);
    }
    all.owed += r.owed;
    all.paid += r.paid;
    const base = {
      month: r.month,
      fundingSource: r.fundingSource,
      payer: payerOf(r.fundingSource),
      paymentCode: r.paymentCode,
      owed: r.owed,
      paid: r.paid,
      balance: r.paid - r.owed,
    };
    const params = {
      month: r.month,
      fundingSource: r.fundingSource,
      ...(typeof r.paymentCode === 'string' ? { code: r.paymentCode } : {}),
      owed: r.owed,
      paid: r.paid,
    };
    if (r.paid === r.owed) {
      b.step('calendar.reconcile.matched', params, [], 0);
      return { ...base, status: 'matched' };
    }
    if (r.paid < r.owed) {
      const shortfall = r.owed - r.paid;
      underpaid += shortfall;
      b.step('calendar.reconcile.underpaid', params, [], shortfall);
      return { ...base, status: 'underpaid', shortfall };
    }
    const excess = r.paid - r.owed;
    overpaid += excess;
    b.step('calendar.reconcile.overpaid', params, [], excess);
    return { ...base, status: 'overpaid', excess };
  });
  const months: ReconciliationMonth[] = [...byMonth]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([month, s]) => ({ month, ...totals(s, month) }));
  const sources: Partial<Record<FundingSource, ReconciliationTotals>> = {};
  for (const [k, s] of [...bySource].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const t = totals(s, k);
    sources[k] = t;
    b.step(
      'calendar.reconcile.source',
      { fundingSource: k, payer: payerOf(k), owed: t.owed, paid: t.paid },
      [],
      t.balance,
    );
  }
  const t = totals(all, 'total');
  b.step('calendar.reconcile.total', { owed: t.owed, paid: t.paid }, [], t.balance);
  return {
    kind: 'payment-reconciliation',
    owed: t.owed,
    paid: t.paid,
    balance: t.balance,
    underpaid: checkRupiah(underpaid, 'underpaid'),
    overpaid: checkRupiah(overpaid, 'overpaid'),
    lines,
    byMonth: months,
    byFundingSource: sources,
    confidence: b.confidence(),
    basis: b.build({ owed: t.owed, paid: t.paid }),
  };
}
