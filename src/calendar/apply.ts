/**
 * Spreading payments over the rows of a schedule of premiums owed, exactly to the rupiah.
 *
 * @internal
 * @module
 */
import type { FundingSource } from '../funding/sources.ts';
import { allocate } from '../money/allocate.ts';
import { checkRupiah } from '../money/rupiah.ts';
import type { IsoDate } from '../period/iso-date.ts';
import { eachMonth, type YearMonth } from '../period/year-month.ts';
import type { OwedMonth, ProgramPaymentInput } from './types.ts';

/** @internal One row of a schedule with what was paid against it. */
export interface Row {
  readonly month: YearMonth;
  readonly fundingSource: FundingSource;
  readonly paymentCode: string | null;
  readonly owed: number;
  readonly workers: number | null;
  paid: number;
  /** Every share of a payment received, in payment-date order. */
  readonly receipts: { readonly paidOn: IsoDate; readonly amount: number }[];
}

function keyOf(month: YearMonth, source: FundingSource, code: string | null): string {
  return `${month}|${source}|${code ?? ''}`;
}

function order(a: Row, b: Row): number {
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.fundingSource !== b.fundingSource) return a.fundingSource < b.fundingSource ? -1 : 1;
  const x = a.paymentCode ?? '';
  const y = b.paymentCode ?? '';
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * @internal Applies every payment to the owed rows of its months and funding source (with its payment
 * code when it has one; rows without a code when no row has it), in proportion to what they owe
 * (evenly when they owe nothing); a payment that matches no row opens rows of its own with nothing
 * owed. Rows come back in month, funding-source
 * and payment-code order; every rupiah paid lands on exactly one row.
 */
export function applyPayments(owed: readonly OwedMonth[], payments: readonly ProgramPaymentInput[]): Row[] {
  const rows: Row[] = [];
  const byKey = new Map<string, Row>();
  const byMonthSource = new Map<string, Row[]>();
  const add = (row: Row): Row => {
    rows.push(row);
    byKey.set(keyOf(row.month, row.fundingSource, row.paymentCode), row);
    const k = `${row.month}|${row.fundingSource}`;
    const list = byMonthSource.get(k) ?? [];
    list.push(row);
    byMonthSource.set(k, list);
    return row;
  };
  for (const o of owed)
    add({
      month: o.month,
      fundingSource: o.fundingSource,
      paymentCode: o.paymentCode ?? null,
      owed: o.amount,
      workers: o.workers ?? null,
      paid: 0,
      receipts: [],
    });
  const sorted = payments
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.paidOn === b.p.paidOn ? a.i - b.i : a.p.paidOn < b.p.paidOn ? -1 : 1));
  for (const { p } of sorted) {
    const months = p.month !== undefined ? [p.month] : eachMonth({ from: p.from, to: p.to });
    const code = p.paymentCode ?? null;
    let targets: Row[] = [];
    for (const m of months) {
      const list = byMonthSource.get(`${m}|${p.fundingSource}`) ?? [];
      targets.push(...(code === null ? list : list.filter((r) => r.paymentCode === code)));
    }
    // A payment code the schedule does not know pays the rows that have no code.
    if (targets.length === 0 && code !== null)
      for (const m of months)
        targets.push(
          ...(byMonthSource.get(`${m}|${p.fundingSource}`) ?? []).filter((r) => r.paymentCode === null),
        );
    if (targets.length === 0)
      targets = months.map(
        (m) =>
          byKey.get(keyOf(m, p.fundingSource, code)) ??
          add({
            month: m,
            fundingSource: p.fundingSource,
            paymentCode: code,
            owed: 0,
            workers: null,
            paid: 0,
            receipts: [],
          }),
      );
    const owedSum = targets.reduce((s, r) => s + r.owed, 0);
    const shares = allocate(
      p.amount,
      targets.map((r) => (owedSum > 0 ? r.owed : 1)),
    );
    targets.forEach((r, i) => {
      const amount = shares[i] ?? 0;
      r.paid = checkRupiah(r.paid + amount, 'paid');
      if (amount > 0) r.receipts.push({ paidOn: p.paidOn, amount });
    });
  }
  return rows.sort(order);
}

/** @internal The date the row's payments first reached what it owes, or `null` while they fall short. */
export function completedOn(row: Row): IsoDate | null {
  if (row.owed === 0) return row.receipts[0]?.paidOn ?? null;
  let sum = 0;
  for (const r of row.receipts) {
    sum += r.amount;
    if (sum >= row.owed) return r.paidOn;
  }
  return null;
}
