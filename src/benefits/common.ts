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
import type { ArrearsDue, BenefitItem, BenefitRecipient, BenefitRegime } from './types.ts';

/** @internal The regime on the date of the event. */
export function regimeOn(date: IsoDate): BenefitRegime {
  return date >= PP82_START ? 'PP 82/2019' : 'PP 44/2015';
}

/** @internal An item naming its rule. */
export function itemOf(ref: RuleRef, item: string, amount: number, recipient: BenefitRecipient): BenefitItem {
  return {
    item,
    amount: checkRupiah(amount, item),
    recipient,
    rule: ref.id,
    citations: ref.citations,
    confidence: ref.confidence,
  };
}

/** @internal Sum of item amounts. */
export function sumItems(items: readonly BenefitItem[]): number {
  return checkRupiah(
    items.reduce((s, i) => s + i.amount, 0),
    'total',
  );
}

/** @internal True when `date` falls within `months` months after `start` (the day before the anniversary counts). */
export function withinMonths(start: IsoDate, date: IsoDate, months: number): boolean {
  const m = calendarMonthsBetween(start, date);
  return m < months || (m === months && date.slice(8) < start.slice(8));
}

/** @internal The BPU JKK + JKM contributions owed for the `months` months before the event month. */
export function arrearsDue(
  rulebook: Rulebook,
  eventDate: IsoDate,
  months: number,
  declaredIncome: number | undefined,
  b: BasisBuilder,
): ArrearsDue {
  const last = addMonths(monthOf(eventDate), -1);
  const monthsOwed: YearMonth[] = [];
  for (let i = months - 1; i >= 0; i--) monthsOwed.push(addMonths(last, -i));
  let amount = 0;
  for (const month of monthsOwed) {
    const c = computeBpuContribution({ month, declaredIncome: declaredIncome ?? 1, rulebook });
    for (const r of c.basis.rules) b.use(r);
    amount += c.total;
  }
  b.step(
    'benefit.arrears',
    { months, from: monthsOwed[0] ?? '', to: monthsOwed[monthsOwed.length - 1] ?? '' },
    ['arrears.max-months', 'bpu.jkk.table', 'bpu.jkm.amount'],
    amount,
  );
  return { months, monthsOwed, amount: checkRupiah(amount, 'arrears') };
}
