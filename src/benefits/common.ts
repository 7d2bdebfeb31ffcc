/**
 * Helpers shared by the benefit calculators.
 *
 * @internal
 * @module
 */

import { computeBpuContribution } from '../contributions/bpu/contribution.ts';
import type { BasisBuilder } from '../explain/basis.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { calendarMonthsBetween, type IsoDate, monthOf } from '../period/iso-date.ts';
import type { YearMonth } from '../period/year-month.ts';
import { addMonths } from '../period/year-month.ts';
import { PP82_START } from '../rulebook/data/benefits.ts';
import type { Rulebook, RuleRef } from '../rulebook/types.ts';
import type { ArrearsDue, BenefitItem, BenefitItemCode, BenefitRecipient, BenefitRegime } from './types.ts';

/** @internal The regime on the date of the event. */
export function regimeOn(date: IsoDate): BenefitRegime {
  return date >= PP82_START ? 'PP 82/2019' : 'PP 44/2015';
}

/** @internal An item naming its rule. */
export function itemOf<C extends BenefitItemCode>(
  ref: RuleRef<unknown>,
  item: C,
  amount: number,
  recipient: BenefitRecipient,
): BenefitItem<C> {
  return {
    item,
    amount: checkRupiah(amount, item),
    recipient,
    rule: ref.id,
    citations: ref.citations,
    confidence: ref.confidence,
  };
}

/** @internal A disability row's name without the series prefix ("Persentase cacat: "). */
export function rowName(title: string): string {
  const i = title.indexOf(': ');
  return i < 0 ? title : title.slice(i + 2);
}

/** @internal Sum of the amounts (of items, bands, years …) as whole rupiah. */
export function sumAmounts(parts: readonly { readonly amount: number }[], what = 'total'): number {
  return checkRupiah(
    parts.reduce((s, i) => s + i.amount, 0),
    what,
  );
}

/** @internal True when `date` falls within `months` months after `start` (the day before the anniversary counts). */
export function withinMonths(start: IsoDate, date: IsoDate, months: number): boolean {
  const m = calendarMonthsBetween(start, date);
  return m < months || (m === months && date.slice(8) < start.slice(8));
}

/**
 * @internal The BPU JKK + JKM contributions owed for the `monthCount` months before the month of the
 * event, priced at the declared income (the lowest level when none is given).
 */
export function arrearsDue(
  rulebook: Rulebook,
  eventDate: IsoDate,
  monthCount: number,
  declaredIncome: number | undefined,
  b: BasisBuilder,
): ArrearsDue {
  const last = addMonths(monthOf(eventDate), -1);
  const monthsOwed: YearMonth[] = [];
  for (let i = monthCount - 1; i >= 0; i--) monthsOwed.push(addMonths(last, -i));
  let amount = 0;
  for (const month of monthsOwed) {
    const c = computeBpuContribution({ month, declaredIncome: declaredIncome ?? 1, rulebook });
    for (const r of c.basis.rules) b.use(r);
    amount += c.total;
  }
  b.step(
    'benefit.arrears',
    { months: monthCount, from: monthsOwed[0] ?? '', to: monthsOwed[monthsOwed.length - 1] ?? '' },
    ['arrears.max-months', 'bpu.jkk.table', 'bpu.jkm.amount'],
    amount,
  );
  return { monthCount, monthsOwed, amount: checkRupiah(amount, 'arrears') };
}
