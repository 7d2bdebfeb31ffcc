/**
 * Job-loss benefit (Jaminan Kehilangan Pekerjaan, JKP): who is entitled after a termination and the
 * cash benefit month by month, under PP 37/2021 and PP 6/2025.
 *
 * @module
 */
import { BasisBuilder } from '../explain/basis.ts';
import { applyRate, DEFAULT_ROUNDING } from '../money/rounding.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { addDays, type IsoDate, monthOf } from '../period/iso-date.ts';
import { monthFromIndex, monthIndex } from '../period/year-month.ts';
import type { RuleCatalog, RuleId } from '../rulebook/catalog.ts';
import { JKP_PP6_START } from '../rulebook/data/jkp-benefit.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import { BENEFITS_RULEBOOK } from '../rulebook/official/benefits.ts';
import type { RuleRef } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { addMonthsToDate } from './cash-common.ts';
import { jkpBenefitInput } from './cash-schema.ts';
import type {
  JkpBenefitInput,
  JkpBenefitMonth,
  JkpBenefitResult,
  JkpPaidBy,
  JkpRefusal,
} from './jkp-types.ts';

/** Benefit months at most in any regime (a guard; both regimes pay six). */
const MAX_BENEFIT_MONTHS = 12;

/** The JKP contribution months of `ranges` within the month indexes `[first, last]`. */
function monthsInWindow(ranges: JkpBenefitInput['contributions'], first: number, last: number): Set<number> {
  const out = new Set<number>();
  for (const r of ranges) {
    const a = Math.max(monthIndex(r.from), first);
    const b = Math.min(monthIndex(r.to), last);
    for (let i = a; i <= b; i++) out.add(i);
  }
  return out;
}

/** The longest run of consecutive months in `paid` within `[first, last]`, or the run ending at `last`. */
function consecutiveRun(paid: Set<number>, first: number, last: number, endingAtLast: boolean): number {
  if (endingAtLast) {
    let n = 0;
    for (let i = last; i >= first && paid.has(i); i--) n++;
    return n;
  }
  let best = 0;
  let run = 0;
  for (let i = first; i <= last; i++) {
    run = paid.has(i) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** @internal The calculation on validated input. */
export function computeJkp(input: JkpBenefitInput): JkpBenefitResult {
  const rulebook = input.rulebook ?? BENEFITS_RULEBOOK;
  const eventDate = input.eventDate;
  const claimDate = input.claimDate ?? eventDate;
  const b = new BasisBuilder(rulebook);
  const onClaim = <K extends RuleId>(id: K): RuleRef<RuleCatalog[K]> =>
    b.use(requireRule(rulebook, id, claimDate));
  const regime = claimDate >= JKP_PP6_START ? 'PP 6/2025' : 'PP 37/2021';
  const reasons: JkpRefusal[] = [];
  const refuse = (
    reason: JkpRefusal,
    rules: readonly RuleId[],
    params: Record<string, string | number> = {},
  ) => {
    reasons.push(reason);
    b.notice(`jkp.refused.${reason}`, 'warning', params, rules);
  };

  // Why the work ended (Pasal 19 ayat (1), Pasal 20 ayat (1) and (2)).
  const excluded = onClaim('jkp.benefit.excluded-reasons');
  if (input.reason === 'contract-ended') {
    const fixedTerm = onClaim('jkp.benefit.fixed-term-early-end-only');
    if (fixedTerm.value) refuse('fixed-term-contract-ended', [fixedTerm.id]);
  } else if (input.reason !== 'dismissal' && excluded.value.includes(input.reason)) {
    refuse(input.reason, [excluded.id]);
  }
  if (input.willingToWork === false) {
    const willing = onClaim('jkp.benefit.willing-to-work');
    if (willing.value) refuse('not-willing-to-work', [willing.id]);
  }

  // Contribution months in the calendar months before the month of the job loss (Pasal 19 ayat (3)).
  const condition = onClaim('jkp.benefit.contribution-condition');
  const jobLossMonth = monthIndex(monthOf(eventDate));
  const last = jobLossMonth - 1;
  const first = jobLossMonth - condition.value.windowMonths;
  const paid = monthsInWindow(input.contributions, first, last);
  const contributionMonthCount = paid.size;
  b.step(
    'jkp.contributions',
    {
      months: contributionMonthCount,
      min: condition.value.minMonths,
      window: condition.value.windowMonths,
      from: monthFromIndex(first),
      to: monthFromIndex(last),
    },
    [condition.id],
  );
  if (contributionMonthCount < condition.value.minMonths)
    refuse('contribution-months-too-few', [condition.id], {
      months: contributionMonthCount,
      min: condition.value.minMonths,
      window: condition.value.windowMonths,
    });
  const consecutive = lookupRule(rulebook, 'jkp.benefit.consecutive-months', claimDate);
  if (consecutive) {
    b.use(consecutive);
    const run = consecutiveRun(paid, first, last, consecutive.value.endingAtJobLoss);
    b.step(
      consecutive.value.endingAtJobLoss ? 'jkp.consecutive.ending' : 'jkp.consecutive.any',
      { months: run, min: consecutive.value.months },
      [consecutive.id],
    );
    if (run < consecutive.value.months)
      refuse('consecutive-months-too-few', [consecutive.id], { months: run, min: consecutive.value.months });
  }

  // The claim deadline (Pasal 40 huruf a) and how often JKP may be claimed (Pasal 35).
  const deadline = onClaim('jkp.benefit.claim-deadline');
  const end = addMonthsToDate(eventDate, deadline.value);
  if (claimDate >= end)
    refuse('claim-deadline-passed', [deadline.id], { months: deadline.value, last: addDays(end, -1) });
  if (eventDate < JKP_PP6_START && claimDate >= JKP_PP6_START)
    b.notice('jkp.transition-unverified', 'warning', { date: JKP_PP6_START }, [condition.id, deadline.id]);
  if (input.previousBenefits && input.previousBenefits.count > 0) {
    const limit = onClaim('jkp.benefit.claim-limit');
    const prev = input.previousBenefits;
    if (prev.count >= limit.value.claims)
      refuse('claim-limit-reached', [limit.id], { count: prev.count, max: limit.value.claims });
    else if (prev.contributionMonthCount < limit.value.contributionMonthsBetween)
      refuse('too-soon-after-previous-benefit', [limit.id], {
        months: prev.contributionMonthCount,
        min: limit.value.contributionMonthsBetween,
      });
  }

  // The companion programs (Pasal 4 ayat (3)).
  if (input.membership) {
    const required = onClaim('jkp.prerequisite-programs');
    const m = input.membership;
    const missing: string[] = required.value[m.enterpriseSize].filter((p) => !m.programs.includes(p));
    if (!m.jkn) missing.push('JKN');
    if (missing.length) refuse('companion-programs-missing', [required.id], { missing: missing.join(', ') });
  } else {
    b.notice('jkp.membership-not-checked', 'info', {}, []);
  }

  const head = {
    kind: 'jkp-benefit' as const,
    eventDate,
    claimDate,
    regime,
    contributionMonthCount,
  } satisfies Partial<JkpBenefitResult>;
  const [firstReason, ...otherReasons] = reasons;
  if (firstReason !== undefined) {
    const basis = b.build({ eventDate, claimDate });
    return {
      ...head,
      status: 'not-eligible',
      reasons: [firstReason, ...otherReasons],
      byMonth: [],
      total: 0,
      confidence: b.confidence(),
      basis,
    };
  }

  // The cash benefit, month by month, at the rate and cap in force on each payment date (Pasal 21;
  // PP 6/2025 Pasal II angka 2 and Penjelasan Umum).
  const byMonth: JkpBenefitMonth[] = [];
  const given = input.paymentDates ?? [];
  const rateVersions = new Set<string>();
  let assumed = false;
  let capShown = false;
  for (let k = 1; k <= MAX_BENEFIT_MONTHS; k++) {
    const lastGiven = given[given.length - 1];
    let paymentDate: IsoDate;
    if (k <= given.length) paymentDate = given[k - 1] as IsoDate;
    else {
      assumed = true;
      paymentDate =
        lastGiven === undefined
          ? addMonthsToDate(claimDate, k - 1)
          : addMonthsToDate(lastGiven, k - given.length);
    }
    const rates = requireRule(rulebook, 'jkp.benefit.rates', paymentDate);
    let position = k;
    const band = rates.value.find((r) => {
      if (position <= r.months) return true;
      position -= r.months;
      return false;
    });
    if (!band) break;
    b.use(rates);
    rateVersions.add(rates.from);
    const cap = b.use(requireRule(rulebook, 'jkp.benefit.wage-cap', paymentDate));
    const wageBase = Math.min(input.wage, cap.value);
    if (!capShown) {
      b.step('jkp.wage', { wage: input.wage, cap: cap.value }, [cap.id], wageBase);
      capShown = true;
    }
    byMonth.push({
      benefitMonth: k,
      paymentDate,
      rate: band.rate,
      wageBase,
      amount: applyRate(wageBase, band.rate),
    });
  }
  if (assumed && rateVersions.size > 1)
    b.notice('jkp.payment-dates-assumed', 'warning', { date: JKP_PP6_START }, ['jkp.benefit.rates']);
  // One line per run of months with the same rate and wage.
  for (let i = 0; i < byMonth.length; ) {
    const m = byMonth[i] as JkpBenefitMonth;
    let j = i;
    let amount = 0;
    while (j < byMonth.length && byMonth[j]?.rate === m.rate && byMonth[j]?.wageBase === m.wageBase) {
      amount += byMonth[j]?.amount ?? 0;
      j++;
    }
    const lastMonth = byMonth[j - 1] as JkpBenefitMonth;
    b.step(
      'jkp.months',
      {
        from: m.benefitMonth,
        to: lastMonth.benefitMonth,
        count: j - i,
        rate: m.rate,
        wageBase: m.wageBase,
        firstPayment: m.paymentDate,
        lastPayment: lastMonth.paymentDate,
        regime: m.paymentDate >= JKP_PP6_START ? 'PP 6/2025' : 'PP 37/2021',
      },
      // Two versions of the rates share one rule id: a straddling claim names the regime in the line
      // and leaves both versions to the legal basis.
      rateVersions.size > 1 ? [] : ['jkp.benefit.rates'],
      checkRupiah(amount, 'JKP months'),
      DEFAULT_ROUNDING,
    );
    i = j;
  }
  const total = checkRupiah(
    byMonth.reduce((s, m) => s + m.amount, 0),
    'JKP total',
  );
  b.step('total', {}, [], total);

  const nonCash = onClaim('jkp.benefit.non-cash');
  for (const benefit of nonCash.value) b.step(`jkp.non-cash.${benefit}`, {}, [nonCash.id]);

  // Who pays first when the employer is in arrears (Pasal 39, 39A).
  let paidBy: JkpPaidBy = 'bpjs';
  const arrears = input.employer?.arrearsMonthCount ?? 0;
  if (arrears > 0) {
    const max = b.use(requireRule(rulebook, 'jkp.benefit.arrears-bpjs-pays', eventDate));
    const insolvent = input.employer?.insolvency;
    const insolvency = insolvent
      ? lookupRule(rulebook, 'jkp.benefit.insolvency-bpjs-pays', eventDate)
      : undefined;
    if (arrears <= max.value) {
      b.notice('jkp.arrears.bpjs-pays', 'info', { months: arrears, max: max.value }, [max.id]);
    } else if (insolvency && arrears <= insolvency.value) {
      b.use(insolvency);
      b.notice('jkp.arrears.insolvent-bpjs-pays', 'info', { months: arrears, max: insolvency.value }, [
        insolvency.id,
      ]);
    } else {
      paidBy = 'employer-first';
      b.notice('jkp.arrears.employer-pays-first', 'warning', { months: arrears, max: max.value }, [max.id]);
    }
  }

  const basis = b.build({ eventDate, claimDate });
  return {
    ...head,
    status: 'eligible',
    byMonth,
    total,
    nonCash: [...nonCash.value],
    paidBy,
    confidence: b.confidence(),
    basis,
  };
}

/**
 * The JKP job-loss benefit after a termination of employment: whether the worker is entitled and the
 * cash benefit month by month, with every reason as data when not.
 *
 * Entitled: a termination by the employer (for a fixed-term contract, only before its term; Pasal 20
 * ayat (2)), not a resignation, retirement, total permanent disability or death (Pasal 20 ayat (1));
 * at least 12 JKP contribution months in the 24 calendar months before the month of the job loss, and
 * under PP 37/2021 also 6 consecutive months before it (Pasal 19 ayat (3)); a claim within 3 months
 * (PP 37/2021) or 6 months (PP 6/2025) of the job loss (Pasal 40); at most three claims in a working
 * life (Pasal 35). The conditions in force on the claim date apply.
 *
 * Cash: the last reported wage capped at Rp5.000.000, 45 % for benefit months 1–3 and 25 % for
 * months 4–6 under PP 37/2021 (at most Rp10.500.000), 60 % for 6 months under PP 6/2025 (at most
 * Rp18.000.000). Each month is paid at the rate in force on the day it is paid: every month paid from
 * 2025-02-07 is paid at 60 %, the remaining months of earlier claims included (PP 6/2025 Pasal II
 * angka 2 and Penjelasan Umum). Job-market information and job training are named without amounts.
 *
 * @example
 * ```ts
 * import { jkpBenefit } from 'jamsostek/benefits';
 * const r = jkpBenefit({
 *   eventDate: '2025-06-10', reason: 'dismissal', contract: 'open-ended', wage: 8000000,
 *   contributions: [{ from: '2023-01', to: '2025-05' }],
 * });
 * r.total; // 18000000 (60 % × Rp5.000.000 × 6)
 * ```
 */
export function jkpBenefit(input: JkpBenefitInput): JkpBenefitResult {
  return computeJkp(parseInput(jkpBenefitInput, input, 'JKP benefit input'));
}
