/**
 * Death benefit (Jaminan Kematian, JKM) for a death not caused by work, by the date of death.
 *
 * @module
 */

import { BasisBuilder } from '../explain/basis.ts';
import type { StepCode } from '../explain/codes.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import { BENEFITS_RULEBOOK } from '../rulebook/official/benefits.ts';
import type { Rulebook } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { arrearsDue, itemOf, regimeOn, sumAmounts, withinMonths } from './common.ts';
import { jkmBenefitInput } from './schema.ts';
import { computeScholarship } from './scholarship.ts';
import type {
  BenefitItem,
  JkmBenefitInput,
  JkmBenefitResult,
  JkmItemCode,
  JkmRefusal,
  ScholarshipScheduleResult,
} from './types.ts';

/** Lines about the scholarship, which is not part of the total and therefore follows it. */
function scholarshipLines(
  b: BasisBuilder,
  s: ScholarshipScheduleResult | undefined,
  input: JkmBenefitInput,
  rulebook: Rulebook,
): void {
  if (!s) return;
  if (s.status === 'eligible' && s.children.length === 0) {
    const max = requireRule(rulebook, 'scholarship.max-children', input.eventDate);
    b.step('jkm.scholarship.eligible', { max: max.value }, [
      'jkm.scholarship.min-contribution-months',
      max.id,
    ]);
  } else if (s.status === 'eligible') {
    b.step('jkm.scholarship', { children: s.children.length }, [s.item.rule], s.total);
  } else {
    const min = requireRule(rulebook, 'jkm.scholarship.min-contribution-months', input.eventDate);
    b.notice(
      'scholarship.period-too-short',
      'warning',
      { months: input.contributionMonths, min: min.value },
      [min.id],
    );
  }
}

/** The step that lists one paid item. */
function itemStep(i: BenefitItem<JkmItemCode>): StepCode {
  return i.recipient === 'burial-organiser' ? 'item.jkm.funeral.burial-organiser' : `item.${i.item}`;
}

/** @internal The calculation on validated input. */
export function computeJkm(input: JkmBenefitInput): JkmBenefitResult {
  const rulebook = input.rulebook ?? BENEFITS_RULEBOOK;
  const date = input.eventDate;
  const regime = regimeOn(date);
  const b = new BasisBuilder(rulebook);
  const heirs = input.heirs ?? true;
  const arrears = input.arrearsMonths ?? 0;
  const head = { kind: 'jkm-benefit' as const, eventDate: date, regime };
  const refuse = (reason: JkmRefusal): JkmBenefitResult => {
    const basis = b.build({ eventDate: date });
    return {
      ...head,
      status: 'not-eligible',
      reason,
      items: [],
      payableNow: 0,
      total: 0,
      confidence: b.confidence(),
      basis,
    };
  };

  if (input.workRelated) {
    const jkkDeath = b.use(requireRule(rulebook, 'jkk.death.rate', date));
    b.notice('jkm.work-related', 'warning', {}, [jkkDeath.id]);
    return refuse('work-related-death');
  }
  const limit = arrears > 0 ? b.use(requireRule(rulebook, 'arrears.max-months', date)) : undefined;
  if (limit && input.segment === 'BPU' && arrears > limit.value) {
    b.notice('jkm.arrears-over-limit', 'warning', { months: arrears, max: limit.value }, [limit.id]);
    return refuse('arrears-over-limit');
  }

  const items: BenefitItem<JkmItemCode>[] = [];
  const shortRule = lookupRule(rulebook, 'jkm.short-membership', date);
  const short = shortRule?.value;
  const isShort =
    shortRule !== undefined &&
    short !== undefined &&
    (short.scope === 'all' || input.segment === short.scope) &&
    withinMonths(input.membershipStart, date, short.months);
  if (isShort) {
    b.use(shortRule);
    b.step('jkm.short-membership', { start: input.membershipStart, months: short.months }, [shortRule.id]);
    if (short.lumpSum > 0) items.push(itemOf(shortRule, 'jkm.lump-sum', short.lumpSum, 'heirs'));
    items.push(itemOf(shortRule, 'jkm.funeral', short.funeral, 'heirs'));
    b.notice(
      'jkm.short-membership.notice',
      'warning',
      { months: short.months, amount: short.lumpSum + short.funeral },
      [shortRule.id],
    );
  } else {
    const lump = b.use(requireRule(rulebook, 'jkm.lump-sum', date));
    const periodic = b.use(requireRule(rulebook, 'jkm.periodic', date));
    const funeral = b.use(requireRule(rulebook, 'jkm.funeral', date));
    items.push(itemOf(lump, 'jkm.lump-sum', lump.value, 'heirs'));
    items.push(itemOf(periodic, 'jkm.periodic', periodic.value, 'heirs'));
    items.push(itemOf(funeral, 'jkm.funeral', funeral.value, 'heirs'));
  }

  let paid = items;
  if (!heirs) {
    paid = items
      .filter((i) => i.item === 'jkm.funeral')
      .map((i) => ({ ...i, recipient: 'burial-organiser' as const }));
    b.notice(
      'jkm.no-heirs',
      'info',
      {},
      paid.map((i) => i.rule),
    );
  }
  for (const i of paid) b.step(itemStep(i), {}, [i.rule], i.amount);

  let scholarship: ScholarshipScheduleResult | undefined;
  if (heirs && !isShort) {
    scholarship = computeScholarship({
      eventDate: date,
      cause: 'non-work-death',
      contributionMonths: input.contributionMonths,
      children: input.children ?? [],
      rulebook,
    });
    for (const r of scholarship.basis.rules) b.use(r);
  }

  if (limit && input.segment === 'PU' && arrears > limit.value) {
    b.notice('jkm.employer-pays-first', 'info', { months: arrears }, [limit.id]);
  }
  if (limit && input.segment === 'BPU') {
    const now = paid.filter((i) => i.item === 'jkm.funeral');
    const later = paid.filter((i) => i.item !== 'jkm.funeral');
    const due = arrearsDue(rulebook, date, arrears, input.declaredIncome, b);
    const payableNow = sumAmounts(now);
    const deferredTotal = sumAmounts(later);
    b.step('benefit.payable-now', {}, [], payableNow);
    b.step('benefit.deferred', { arrears: due.amount }, [limit.id], deferredTotal);
    scholarshipLines(b, scholarship, input, rulebook);
    b.notice('jkm.deferred', 'warning', { arrears: due.amount, deferred: deferredTotal }, [limit.id]);
    const basis = b.build({ eventDate: date });
    return {
      ...head,
      status: 'deferred',
      items: now,
      payableNow,
      deferred: later,
      deferredTotal,
      total: sumAmounts(paid),
      shortMembership: isShort,
      arrears: due,
      scholarship,
      confidence: b.confidence(),
      basis,
    };
  }
  const total = sumAmounts(paid);
  b.step('total', {}, [], total);
  scholarshipLines(b, scholarship, input, rulebook);
  const basis = b.build({ eventDate: date });
  return {
    ...head,
    status: 'paid',
    items: paid,
    payableNow: total,
    total,
    shortMembership: isShort,
    scholarship,
    confidence: b.confidence(),
    basis,
  };
}

/**
 * The JKM death benefit for a death not caused by a work accident or occupational disease, chosen by the
 * date of death: under PP 82/2019 (from 2019-12-02) Rp20.000.000 lump sum + Rp12.000.000 periodic
 * benefit paid at once + Rp10.000.000 funeral cost = Rp42.000.000 (Pasal 34); under PP 44/2015
 * Rp16.200.000 + Rp4.800.000 + Rp3.000.000 = Rp24.000.000. Also decides the scholarship (≥ 36 months of
 * contributions, ≥ 60 under PP 44/2015), the BPU arrears rule (PP 44/2015 Pasal 42: up to 3 months
 * unpaid → the funeral cost now, the rest after the heirs pay the arrears; more → nothing), the
 * short-membership rule (confidence C: a death within 3 months of membership pays Rp10.000.000; the
 * variant is a rulebook choice, see `SHORT_MEMBERSHIP_VARIANTS`), and a death without heirs (the funeral
 * cost goes to whoever arranged the burial). A work-related death pays JKK instead (`jkkBenefit`).
 *
 * @example
 * ```ts
 * import { jkmBenefit } from 'jamsostek/benefits';
 * const r = jkmBenefit({ eventDate: '2025-06-01', segment: 'PU', membershipStart: '2020-01-01', contributionMonths: 65 });
 * r.total; // 42000000
 * if (r.status === 'paid') r.scholarship?.status; // 'eligible'
 * ```
 */
export function jkmBenefit(input: JkmBenefitInput): JkmBenefitResult {
  return computeJkm(parseInput(jkmBenefitInput, input, 'JKM benefit input'));
}
