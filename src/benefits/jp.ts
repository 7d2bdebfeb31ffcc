/**
 * Pension (Jaminan Pensiun, JP): the old-age pension or the lump sum below 15 years of contributions, the
 * disability pension, and the widow's or widower's, children's and parent's pensions (PP 45/2015).
 *
 * @module
 */
import { type InputIssue, invalidInput, JamsostekError } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { Dec } from '../money/decimal.ts';
import { applyRate, DEFAULT_ROUNDING, roundDec } from '../money/rounding.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { addYears, ageOn, type IsoDate, monthOf } from '../period/iso-date.ts';
import { MAX_YEAR, monthFromIndex, monthIndex } from '../period/year-month.ts';
import type { RuleCatalog, RuleId } from '../rulebook/catalog.ts';
import { JP_START } from '../rulebook/data/jp-benefit.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import { BENEFITS_RULEBOOK } from '../rulebook/official/benefits.ts';
import type { Rulebook, RuleRef } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { addMonthsToDate, firstOfNextMonth } from './cash-common.ts';
import { jpBenefitInput } from './cash-schema.ts';
import type {
  JpBenefitInput,
  JpBenefitResult,
  JpContributionPeriod,
  JpLimitApplied,
  JpRefusal,
  JpYearlyRate,
} from './jp-types.ts';

/** The wages as the formula needs them. */
interface Wages {
  /** Contribution months. */
  readonly monthCount: number;
  /** Average inflation-weighted monthly wage, whole rupiah. */
  readonly average: number;
}

/** The first date on which the member's age reaches the pension age in force that day (PP 45/2015 Pasal 15). */
function pensionAgeReached(
  b: BasisBuilder,
  rulebook: Rulebook,
  birthDate: IsoDate,
): { readonly date: IsoDate; readonly age: number; readonly ref: RuleRef<number> } {
  for (let age = 1; age <= 120; age++) {
    if (Number(birthDate.slice(0, 4)) + age > MAX_YEAR) break;
    const date = addYears(birthDate, age);
    const ref = lookupRule(rulebook, 'jp.pension-age', date);
    if (ref && age >= ref.value) return { date, age, ref: b.use(ref) };
  }
  throw new JamsostekError('OUT_OF_RANGE', `The JP pension age is not reached before ${MAX_YEAR + 1}`, {
    details: { what: 'pension age date', value: birthDate },
  });
}

/** Issues of the yearly rates missing for `years`. */
function missingYears(
  rates: ReadonlyMap<number, string>,
  first: number,
  last: number,
  path: 'inflation' | 'yields',
  what: string,
): InputIssue[] {
  const out: InputIssue[] = [];
  for (let year = first; year <= last; year++)
    if (!rates.has(year))
      out.push({
        path: [path],
        message: `no ${what} for ${year}: give { year: ${year}, rate }`,
        received: undefined,
      });
  return out;
}

function rateMap(rates: readonly JpYearlyRate[] | undefined): Map<number, string> {
  return new Map((rates ?? []).map((r) => [r.year, r.rate]));
}

/** Every contribution month with its wage, checked to end by `lastMonth`. */
function monthsOf(
  periods: readonly JpContributionPeriod[],
  lastMonth: number,
  event: string,
): Map<number, number> {
  const issues: InputIssue[] = [];
  const months = new Map<number, number>();
  const start = monthIndex(monthOf(JP_START));
  periods.forEach((p, i) => {
    const to = monthIndex(p.to);
    if (monthIndex(p.from) < start)
      issues.push({
        path: ['contributions', i, 'from'],
        message: `is before JP began (${monthOf(JP_START)}, PP 45/2015 Pasal 38)`,
        received: p.from,
      });
    if (to > lastMonth)
      issues.push({
        path: ['contributions', i, 'to'],
        message: `is after the month of ${event} (${monthFromIndex(lastMonth)})`,
        received: p.to,
      });
    for (let m = monthIndex(p.from); m <= to; m++) {
      if (months.has(m)) {
        issues.push({
          path: ['contributions', i],
          message: `overlaps another period in ${monthFromIndex(m)}: a month counts once`,
          received: p,
        });
        break;
      }
      months.set(m, p.wage);
    }
  });
  if (issues.length) invalidInput(issues, 'JP benefit input');
  return months;
}

/** @internal The calculation on validated input. */
export function computeJp(input: JpBenefitInput): JpBenefitResult {
  const rulebook = input.rulebook ?? BENEFITS_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  const reached = pensionAgeReached(b, rulebook, input.birthDate);
  const eventDate = input.kind === 'old-age' ? reached.date : input.eventDate;
  const at = <K extends RuleId>(id: K, date: IsoDate = eventDate): RuleRef<RuleCatalog[K]> =>
    b.use(requireRule(rulebook, id, date));
  const head = {
    kind: 'jp-benefit' as const,
    benefit: input.kind,
    ...(input.kind === 'survivor' ? { beneficiary: input.beneficiary } : {}),
    eventDate,
  };
  const titleParams = { eventDate, benefit: input.kind };
  const refuse = (reason: JpRefusal): JpBenefitResult => {
    const basis = b.build(titleParams);
    return {
      ...head,
      status: 'not-eligible',
      reasons: [reason],
      pensionAgeDate: reached.date,
      confidence: b.confidence(),
      basis,
    };
  };
  const eventMonth = monthIndex(monthOf(eventDate));

  // Pension age (Pasal 15): the old-age pension needs it reached; the disability pension is for before it.
  if (input.kind === 'old-age') {
    b.step('jp.pension-age', { age: reached.age, date: reached.date }, [reached.ref.id]);
    if (input.asOf < reached.date) {
      b.notice('jp.refused.below-pension-age', 'warning', { age: reached.age, date: reached.date }, [
        reached.ref.id,
      ]);
      return refuse('below-pension-age');
    }
  } else if (input.kind === 'disability') {
    const pa = at('jp.pension-age');
    if (ageOn(input.birthDate, eventDate) >= pa.value) {
      b.notice('jp.refused.at-or-above-pension-age', 'warning', { age: pa.value, date: reached.date }, [
        pa.id,
      ]);
      return refuse('at-or-above-pension-age');
    }
  }
  const startsOn = firstOfNextMonth(eventDate);

  // A survivor of a member who already received a pension: a share of that pension (Pasal 21–23 huruf b).
  if (input.kind === 'survivor' && input.pensionInPayment !== undefined) {
    const shares = at('jp.survivor.shares');
    const share = shares.value[input.beneficiary];
    const amount = applyRate(input.pensionInPayment, share);
    b.step(
      `jp.survivor.${input.beneficiary}.of-pension`,
      { share, pension: input.pensionInPayment },
      [shares.id],
      amount,
      DEFAULT_ROUNDING,
    );
    return pension(share, amount, undefined);
  }

  const minMonths = at('jp.min-contribution-months');
  const givenMonths = input.contributions !== undefined ? undefined : input.monthCount;

  // Old age below 180 months: contributions plus yield at once (Pasal 24).
  if (input.kind === 'old-age' && input.contributions === undefined && (givenMonths ?? 0) < minMonths.value)
    invalidInput(
      [
        {
          path: ['contributions'],
          message: `a lump sum (fewer than ${minMonths.value} contribution months) needs the contribution history`,
          received: undefined,
        },
      ],
      'JP benefit input',
    );

  // The wages: a history (capped, weighted by inflation, averaged) or its summary.
  let wages: Wages;
  let months: Map<number, number> | undefined;
  if (input.contributions !== undefined) {
    months = monthsOf(
      input.contributions,
      eventMonth,
      input.kind === 'old-age' ? 'the pension age' : 'the event',
    );
    if (input.kind === 'old-age' && months.size < minMonths.value)
      return lumpSum(months, months.size, input.yields, minMonths);
    const indexation = at('jp.wage-indexation');
    const eventYear = Number(eventDate.slice(0, 4));
    const keys = [...months.keys()];
    const firstMonth = keys.length ? Math.min(...keys) : eventMonth;
    const lastMonth = keys.length ? Math.max(...keys) : eventMonth;
    const firstYear = Math.floor(firstMonth / 12);
    const inflation = rateMap(input.inflation);
    const issues = missingYears(inflation, firstYear, eventYear - 1, 'inflation', 'BPS inflation rate');
    if (issues.length) invalidInput(issues, 'JP benefit input');
    // Index of a year: Π (1 + inflation) over that year … the year before the event.
    const index = new Map<number, Dec>();
    let acc = new Dec(1);
    for (let year = eventYear; year >= firstYear; year--) {
      if (year < eventYear) acc = acc.mul(new Dec(1).plus(inflation.get(year) ?? '0'));
      index.set(year, acc);
    }
    let weighted = new Dec(0);
    let cappedMonths = 0;
    for (const [m, wage] of months) {
      const cap = at('pu.jp.wage-cap', `${monthFromIndex(m)}-01` as IsoDate);
      const counted = Math.min(wage, cap.value);
      if (counted < wage) cappedMonths++;
      weighted = weighted.plus(new Dec(counted).mul(index.get(Math.floor(m / 12)) ?? 1));
    }
    const monthCount = months.size;
    const average = monthCount === 0 ? 0 : roundDec(weighted.div(monthCount));
    b.step(
      cappedMonths > 0 ? 'jp.history.capped' : 'jp.history',
      { months: monthCount, from: monthFromIndex(firstMonth), to: monthFromIndex(lastMonth), cappedMonths },
      ['pu.jp.wage-cap'],
    );
    b.step(
      'jp.average-wage',
      { months: monthCount, fromYear: firstYear, toYear: eventYear - 1 },
      [indexation.id],
      average,
      DEFAULT_ROUNDING,
    );
    wages = { monthCount, average };
  } else if (input.monthCount !== undefined) {
    const possible = eventMonth - monthIndex(monthOf(JP_START)) + 1;
    if (input.monthCount > possible)
      invalidInput(
        [
          {
            path: ['monthCount'],
            message: `is more than the ${Math.max(0, possible)} months from ${monthOf(JP_START)} (when JP began) to ${monthOf(eventDate)}`,
            received: input.monthCount,
          },
        ],
        'JP benefit input',
      );
    wages = { monthCount: input.monthCount, average: input.averageIndexedWage };
    b.step('jp.summary', { months: input.monthCount }, [], input.averageIndexedWage);
  } else {
    invalidInput(
      [
        {
          path: ['contributions'],
          message: 'give the contributions, or monthCount and averageIndexedWage',
          received: undefined,
        },
      ],
      'JP benefit input',
    );
  }

  // The formula, with the 15-year floor for disability and survivors (Pasal 17, 20–23).
  let counted = wages.monthCount;
  if (input.kind !== 'old-age' && wages.monthCount < minMonths.value) {
    const floor = at('jp.floor');
    const diedBeforePensionAge =
      input.kind === 'disability' || ageOn(input.birthDate, eventDate) < at('jp.pension-age').value;
    if (diedBeforePensionAge) {
      const start = input.membershipStart;
      if (start === undefined)
        invalidInput(
          [
            {
              path: ['membershipStart'],
              message: 'is needed to decide whether the contributions count as 15 years',
              received: undefined,
            },
          ],
          'JP benefit input',
        );
      let density = input.density;
      if (density === undefined) {
        if (months === undefined)
          invalidInput(
            [
              {
                path: ['density'],
                message: 'is needed with monthCount (the 15-year floor)',
                received: undefined,
              },
            ],
            'JP benefit input',
          );
        const membership = Math.max(1, eventMonth - monthIndex(monthOf(start)));
        density = new Dec(Math.min(wages.monthCount, membership)).div(membership).toFixed();
      }
      const minMembership =
        input.kind === 'disability' ? floor.value.disabilityMinMonths : floor.value.survivorMinMonths;
      const longEnough = addMonthsToDate(start, minMembership) <= eventDate;
      const dense = new Dec(density).gte(floor.value.minDensity);
      const applies = longEnough && dense;
      b.step(
        applies ? 'jp.floor.applies' : 'jp.floor.not-met',
        {
          density,
          minDensity: floor.value.minDensity,
          start,
          minMonths: minMembership,
          months: wages.monthCount,
          counted: floor.value.countedMonths,
        },
        [floor.id],
      );
      if (applies) counted = floor.value.countedMonths;
    }
  }
  const accrual = at('jp.accrual-rate');
  const formula = roundDec(new Dec(accrual.value).mul(counted).div(12).mul(wages.average));
  b.step(
    'jp.formula',
    { rate: accrual.value, months: counted, average: wages.average },
    [accrual.id],
    formula,
    DEFAULT_ROUNDING,
  );
  if (input.kind === 'survivor') {
    const shares = at('jp.survivor.shares');
    const share = shares.value[input.beneficiary];
    const amount = applyRate(formula, share);
    b.step(`jp.survivor.${input.beneficiary}.of-formula`, { share }, [shares.id], amount, DEFAULT_ROUNDING);
    return pension(share, amount, { monthCount: wages.monthCount, counted, average: wages.average });
  }
  return pension('1', formula, { monthCount: wages.monthCount, counted, average: wages.average });

  /** A monthly pension within the limits in force when the right starts (Pasal 18). */
  function pension(
    share: string,
    beforeLimits: number,
    w: { readonly monthCount: number; readonly counted: number; readonly average: number } | undefined,
  ): JpBenefitResult {
    let applyLimits = true;
    if (input.kind === 'survivor') {
      const survivors = at('jp.survivor.limits-apply');
      applyLimits = survivors.value;
      b.notice(applyLimits ? 'jp.survivor.limits' : 'jp.survivor.no-limits', 'warning', {}, [survivors.id]);
      if (input.beneficiary === 'child')
        b.notice('jp.survivor.children', 'warning', {}, ['jp.survivor.shares']);
    }
    let monthly = beforeLimits;
    let limitApplied: JpLimitApplied = 'none';
    let limits: { readonly min: number; readonly max: number } | undefined;
    if (applyLimits) {
      const ref = at('pu.jp.benefit-limits', startsOn);
      limits = { min: ref.value.min, max: ref.value.max };
      if (beforeLimits < limits.min) {
        monthly = limits.min;
        limitApplied = 'min';
      } else if (beforeLimits > limits.max) {
        monthly = limits.max;
        limitApplied = 'max';
      }
      b.step(
        `jp.limits.${limitApplied}`,
        { min: limits.min, max: limits.max, before: beforeLimits },
        [ref.id],
        monthly,
      );
    }
    b.step('jp.starts', { date: startsOn }, []);
    b.notice('jp.indexed-yearly', 'info', {}, ['jp.accrual-rate']);
    const basis = b.build(titleParams);
    return {
      ...head,
      status: 'pension',
      monthly,
      beforeLimits,
      ...(limits ? { limits } : {}),
      limitApplied,
      share,
      ...(w ? { monthCount: w.monthCount, countedMonthCount: w.counted, averageIndexedWage: w.average } : {}),
      startsOn,
      confidence: b.confidence(),
      basis,
    };
  }

  /** Contributions (3 % of the capped wage) plus their monthly yield up to the pension age (Pasal 24). */
  function lumpSum(
    months: ReadonlyMap<number, number>,
    monthCount: number,
    yields: readonly JpYearlyRate[] | undefined,
    min: RuleRef<number>,
  ): JpBenefitResult {
    const convention = at('jp.lump-sum.yield');
    const keys = [...months.keys()];
    const first = keys.length ? Math.min(...keys) : eventMonth;
    const rates = rateMap(yields);
    const issues = missingYears(
      rates,
      Math.floor(first / 12),
      Math.floor(eventMonth / 12),
      'yields',
      'JP fund yield',
    );
    if (issues.length) invalidInput(issues, 'JP benefit input');
    let balance = new Dec(0);
    let contributions = 0;
    for (let m = first; m <= eventMonth; m++) {
      const rate = rates.get(Math.floor(m / 12)) ?? '0';
      balance = balance.mul(new Dec(1).plus(new Dec(rate).div(12)));
      const wage = months.get(m);
      if (wage === undefined) continue;
      const month = `${monthFromIndex(m)}-01` as IsoDate;
      const cap = at('pu.jp.wage-cap', month);
      const counted = Math.min(wage, cap.value);
      const c =
        applyRate(counted, at('pu.jp.employer-rate', month).value) +
        applyRate(counted, at('pu.jp.worker-rate', month).value);
      contributions += c;
      balance = balance.plus(c);
    }
    const amount = roundDec(balance);
    const yieldAmount = checkRupiah(amount - contributions, 'JP yield');
    b.step('jp.lump-sum.below-minimum', { months: monthCount, min: min.value }, [min.id]);
    b.step(
      'jp.lump-sum.contributions',
      { months: monthCount },
      ['pu.jp.employer-rate', 'pu.jp.worker-rate', 'pu.jp.wage-cap'],
      checkRupiah(contributions, 'JP contributions'),
      DEFAULT_ROUNDING,
    );
    b.step('jp.lump-sum.yield', {}, [convention.id], yieldAmount, DEFAULT_ROUNDING);
    b.step('jp.lump-sum.total', { date: startsOn }, [], amount);
    b.notice('jp.lump-sum.convention', 'info', {}, [convention.id]);
    const basis = b.build(titleParams);
    return {
      ...head,
      status: 'lump-sum',
      amount,
      contributions,
      yieldAmount,
      monthCount,
      payableFrom: startsOn,
      confidence: b.confidence(),
      basis,
    };
  }
}

/**
 * A JP benefit (PP 45/2015), by `kind`:
 *
 * - `'old-age'`: from the 1st of the month after the pension age (56, 57 from 2019, one year more every
 *   three years up to 65; Pasal 15) with at least 180 contribution months, 1 % × months ÷ 12 × the
 *   average inflation-weighted monthly wage (Pasal 17, 19); below 180 months, the contributions plus
 *   their yield at once (Pasal 24).
 * - `'disability'`: total permanent disability before the pension age, by the formula, with the
 *   contributions counted as 15 years when the density is at least 80 % and the disability came at least
 *   a month after joining (Pasal 20).
 * - `'survivor'`: the widow or widower 50 %, the children 50 %, a parent 20 % of the formula (the member
 *   died before a pension, with the same 15-year floor after a year of membership) or of the pension in
 *   payment (Pasal 21–23).
 *
 * Every monthly pension is kept within the yearly minimum and maximum in force when the right starts
 * (Pasal 18; from 2026-02-01 Rp411.400 and Rp4.932.300). Past wages are weighted by the BPS inflation
 * rates given (the PP leaves the factor to BPS; the library's steps follow a BPJS example, confidence C);
 * a missing year is `INVALID_INPUT` naming it. Or give `monthCount` and `averageIndexedWage` directly.
 *
 * @example
 * ```ts
 * import { jpBenefit } from 'jamsostek/benefits';
 * // 16 years of contributions (192 months) at an average weighted wage of Rp5.000.000:
 * const r = jpBenefit({ kind: 'old-age', birthDate: '1971-03-10', asOf: '2032-04-01', monthCount: 192, averageIndexedWage: 5000000 });
 * if (r.status === 'pension') r.monthly; // 800000 = 1 % × 192 ÷ 12 × Rp5.000.000
 * ```
 */
export function jpBenefit(input: JpBenefitInput): JpBenefitResult {
  return computeJp(parseInput(jpBenefitInput, input, 'JP benefit input'));
}
