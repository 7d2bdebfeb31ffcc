/**
 * Old-age savings (Jaminan Hari Tua, JHT): the balance from a contribution history and declared yields,
 * and when and how much of it can be withdrawn.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { BasisBuilder } from '../explain/basis.ts';
import { Dec } from '../money/decimal.ts';
import { applyRate, DEFAULT_ROUNDING, roundDec } from '../money/rounding.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { addYears, ageOn, daysInMonth, type IsoDate, monthOf } from '../period/iso-date.ts';
import { monthFromIndex, monthIndex } from '../period/year-month.ts';
import type { RuleCatalog, RuleId } from '../rulebook/catalog.ts';
import { lookupRule, requireRule } from '../rulebook/lookup.ts';
import { BENEFITS_RULEBOOK } from '../rulebook/official/benefits.ts';
import type { RuleRef } from '../rulebook/types.ts';
import { parseInput } from '../schemas/validate.ts';
import { addMonthsToDate } from './cash-common.ts';
import { jhtBalanceInput, jhtWithdrawalInput } from './cash-schema.ts';
import type {
  JhtBalanceInput,
  JhtBalanceResult,
  JhtBalanceYear,
  JhtRecipient,
  JhtWithdrawalInput,
  JhtWithdrawalRefusal,
  JhtWithdrawalResult,
} from './jht-types.ts';

/** The index of the last month whose last day is on or before `date`. */
function lastCompleteMonth(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const index = monthIndex(monthOf(date));
  return d === daysInMonth(y, m) ? index : index - 1;
}

/** @internal The calculation on validated input. */
export function computeJhtBalance(input: JhtBalanceInput): JhtBalanceResult {
  const rulebook = input.rulebook ?? BENEFITS_RULEBOOK;
  const asOf = input.asOf;
  const b = new BasisBuilder(rulebook);
  const lastMonth = lastCompleteMonth(asOf);
  const asOfYear = Number(asOf.slice(0, 4));
  const opening = input.openingBalance;

  const issues: InputIssue[] = [];
  input.contributions.forEach((p, i) => {
    if (monthIndex(p.to) > lastMonth)
      issues.push({
        path: ['contributions', i, 'to'],
        message: `the month ${p.to} is not over on ${asOf}: give months up to the last complete month`,
        received: p.to,
      });
    if (opening && Number(p.from.slice(0, 4)) < opening.year)
      issues.push({
        path: ['contributions', i, 'from'],
        message: `is before the opening balance of 1 January ${opening.year}`,
        received: p.from,
      });
  });
  if (opening && opening.year > asOfYear)
    issues.push({
      path: ['openingBalance', 'year'],
      message: 'is after the year of asOf',
      received: opening.year,
    });
  if (!opening && input.contributions.length === 0)
    issues.push({
      path: ['contributions'],
      message: 'give at least one period, or an opening balance',
      received: [],
    });
  // Every year from the first of the history to the year of asOf needs its declared yield.
  const firstYear =
    opening?.year ?? Math.min(asOfYear, ...input.contributions.map((p) => Number(p.from.slice(0, 4))));
  const rates = new Map<number, string>();
  for (const y of input.yields) rates.set(y.year, y.rate);
  const elapsed = (year: number): number => Math.max(0, Math.min(12, lastMonth - year * 12 + 1));
  const hasHistory = opening !== undefined || input.contributions.length > 0;
  for (let year = firstYear; hasHistory && year <= asOfYear; year++)
    if (elapsed(year) > 0 && !rates.has(year))
      issues.push({
        path: ['yields'],
        message: `no declared JHT yield for ${year}: give { year: ${year}, rate } (BPJS Ketenagakerjaan declares it yearly)`,
        received: undefined,
      });
  if (issues.length) invalidInput(issues, 'JHT balance input');

  // Contributions by month: 5,7 % of the wage (PP 46/2015 Pasal 16), or the amount given.
  const byMonth = new Map<number, number>();
  // The rates of a month, looked up once even when periods overlap (two employers).
  const ratesByMonth = new Map<number, { readonly e: RuleRef<string>; readonly w: RuleRef<string> }>();
  let monthCount = 0;
  for (const p of input.contributions) {
    const from = monthIndex(p.from);
    const to = monthIndex(p.to);
    let total = 0;
    if (p.wage !== undefined) {
      const firstMonth = monthFromIndex(from);
      const employer = b.use(requireRule(rulebook, 'pu.jht.employer-rate', firstMonth));
      const worker = b.use(requireRule(rulebook, 'pu.jht.worker-rate', firstMonth));
      for (let i = from; i <= to; i++) {
        let rates = ratesByMonth.get(i);
        if (!rates) {
          const month = monthFromIndex(i);
          rates = {
            e: b.use(requireRule(rulebook, 'pu.jht.employer-rate', month)),
            w: b.use(requireRule(rulebook, 'pu.jht.worker-rate', month)),
          };
          ratesByMonth.set(i, rates);
        }
        const { e, w } = rates;
        const amount = applyRate(p.wage, e.value) + applyRate(p.wage, w.value);
        byMonth.set(i, checkRupiah((byMonth.get(i) ?? 0) + amount, 'JHT contributions of a month'));
        total += amount;
      }
      b.step(
        'jht.contribution.wage',
        {
          from: p.from,
          to: p.to,
          months: to - from + 1,
          wage: p.wage,
          employerRate: employer.value,
          workerRate: worker.value,
        },
        [employer.id, worker.id],
        checkRupiah(total, 'JHT contributions'),
        DEFAULT_ROUNDING,
      );
    } else {
      for (let i = from; i <= to; i++)
        byMonth.set(i, checkRupiah((byMonth.get(i) ?? 0) + p.amount, 'JHT contributions of a month'));
      total = checkRupiah(p.amount * (to - from + 1), 'JHT contributions');
      b.step(
        'jht.contribution.amount',
        { from: p.from, to: p.to, months: to - from + 1, perMonth: p.amount },
        [],
        total,
      );
    }
    monthCount += to - from + 1;
  }

  const crediting = b.use(requireRule(rulebook, 'jht.yield-crediting', asOf));
  const openingAmount = opening?.amount ?? 0;
  if (opening) b.step('jht.opening', { year: opening.year }, [], openingAmount);
  const byYear: JhtBalanceYear[] = [];
  let balance = openingAmount;
  let contributions = 0;
  let yieldAmount = 0;
  for (let year = firstYear; year <= asOfYear; year++) {
    const months = elapsed(year);
    const rate = months > 0 ? (rates.get(year) ?? '0') : '0';
    let paidIn = 0;
    // Yield: the opening balance for the months elapsed, each contribution from the end of its month.
    let exact = new Dec(balance).mul(months);
    for (let m = 1; m <= months; m++) {
      const c = byMonth.get(year * 12 + m - 1) ?? 0;
      paidIn += c;
      exact = exact.plus(new Dec(c).mul(months - m));
    }
    const earned = roundDec(exact.mul(rate).div(12));
    const closing = checkRupiah(balance + paidIn + earned, 'JHT balance');
    byYear.push({
      year,
      opening: balance,
      contributions: paidIn,
      monthCount: months,
      rate,
      yieldAmount: earned,
      closing,
    });
    b.step(
      'jht.year',
      { year, opening: balance, contributions: paidIn, rate, months, yieldAmount: earned },
      [crediting.id],
      closing,
      DEFAULT_ROUNDING,
    );
    contributions += paidIn;
    yieldAmount += earned;
    balance = closing;
  }
  b.step('jht.balance', { asOf, contributions, yieldAmount }, [], balance);
  b.notice('jht.yield-convention', 'info', {}, [crediting.id]);
  const basis = b.build({ asOf });
  return {
    kind: 'jht-balance',
    asOf,
    openingBalance: openingAmount,
    monthCount,
    contributions: checkRupiah(contributions, 'JHT contributions'),
    yieldAmount: checkRupiah(yieldAmount, 'JHT yield'),
    balance,
    byYear,
    confidence: b.confidence(),
    basis,
  };
}

/**
 * The JHT balance on a date from a contribution history and the yields BPJS Ketenagakerjaan declared:
 * the sum of the contributions paid plus the development yield (PP 46/2015 Pasal 22 ayat (2)). A wage
 * earner's contributions are 5,7 % of the wage (2 % worker, 3,7 % employer, no cap; Pasal 16); a BPU
 * member's, or any known amounts, are given as amounts.
 *
 * The yields are an input: BPJS declares one per year and the library holds none. Every year from the
 * first of the history to the year of `asOf` needs one, else `INVALID_INPUT` names the year. The
 * crediting is the library's convention (confidence C): the opening balance earns the year's rate for
 * the months elapsed, each contribution from the end of its month, and the yield is added at the end of
 * the year (or on `asOf`), rounded half-up once a year.
 *
 * @example
 * ```ts
 * import { jhtBalance } from 'jamsostek/benefits';
 * const r = jhtBalance({
 *   asOf: '2026-12-31',
 *   contributions: [{ from: '2024-01', to: '2026-12', wage: 5000000 }],
 *   yields: [{ year: 2024, rate: '0.06' }, { year: 2025, rate: '0.06' }, { year: 2026, rate: '0.06' }],
 * });
 * r.balance; // 11187330: 36 × Rp285.000 contributed, Rp927.330 of yield
 * ```
 */
export function jhtBalance(input: JhtBalanceInput): JhtBalanceResult {
  return computeJhtBalance(parseInput(jhtBalanceInput, input, 'JHT balance input'));
}

/** @internal The calculation on validated input. */
export function computeJhtWithdrawal(input: JhtWithdrawalInput): JhtWithdrawalResult {
  const rulebook = input.rulebook ?? BENEFITS_RULEBOOK;
  const asOf = input.asOf;
  const b = new BasisBuilder(rulebook);
  const at = <K extends RuleId>(id: K): RuleRef<RuleCatalog[K]> => b.use(requireRule(rulebook, id, asOf));
  const head = { kind: 'jht-withdrawal' as const, event: input.event, asOf, balance: input.balance };
  const refuse = (first: JhtWithdrawalRefusal, ...rest: JhtWithdrawalRefusal[]): JhtWithdrawalResult => {
    const basis = b.build({ asOf });
    return {
      ...head,
      status: 'not-payable',
      reasons: [first, ...rest],
      amount: 0,
      confidence: b.confidence(),
      basis,
    };
  };
  const pay = (
    share: string,
    payableFrom: IsoDate,
    recipient: JhtRecipient,
    partial: boolean,
  ): JhtWithdrawalResult => {
    const amount = partial ? applyRate(input.balance, share, { mode: 'down', unit: 1 }) : input.balance;
    if (partial)
      b.step('jht.withdrawal.partial.amount', { share, balance: input.balance }, [], amount, {
        mode: 'down',
        unit: 1,
      });
    else b.step('jht.withdrawal.whole', { recipient }, [], amount);
    const status = payableFrom <= asOf ? ('payable' as const) : ('waiting' as const);
    if (status === 'waiting') b.notice('jht.waiting', 'info', { date: payableFrom }, []);
    const basis = b.build({ asOf });
    return { ...head, status, amount, share, payableFrom, recipient, confidence: b.confidence(), basis };
  };

  switch (input.event) {
    case 'retirement': {
      const events = at('jht.payout-events');
      const payoutAge = at('jht.payout-age');
      const age = ageOn(input.birthDate, asOf);
      const atAge = addYears(input.birthDate, payoutAge.value);
      const contractual = input.contractualPensionAge;
      const agreed =
        contractual !== undefined ? lookupRule(rulebook, 'jht.contractual-pension-age', asOf) : undefined;
      if (age >= payoutAge.value && events.value.includes('retirement')) {
        b.step('jht.withdrawal.retirement', { age, payoutAge: payoutAge.value, date: atAge }, [
          payoutAge.id,
          events.id,
        ]);
        return pay('1', atAge, 'participant', false);
      }
      if (contractual !== undefined && agreed?.value && age >= contractual) {
        b.use(agreed);
        const date = addYears(input.birthDate, contractual);
        b.step('jht.withdrawal.contractual', { age, contractualAge: contractual, date }, [agreed.id]);
        return pay('1', date, 'participant', false);
      }
      b.notice('jht.refused.below-payout-age', 'warning', { age, payoutAge: payoutAge.value, date: atAge }, [
        payoutAge.id,
      ]);
      return refuse('below-payout-age');
    }
    case 'resignation':
    case 'dismissal':
    case 'contract-ended': {
      const rule = at('jht.stop-work');
      const v = rule.value;
      if (v.payout === 'at-payout-age') {
        const payoutAge = at('jht.payout-age');
        const birthDate = input.birthDate;
        if (birthDate === undefined)
          invalidInput(
            [
              {
                path: ['birthDate'],
                message: `is needed: on ${asOf} a member who stopped working is paid only at ${payoutAge.value}`,
                received: undefined,
              },
            ],
            'JHT withdrawal input',
          );
        const date = addYears(birthDate, payoutAge.value);
        b.step('jht.withdrawal.stop-work.at-age', { payoutAge: payoutAge.value, date }, [
          rule.id,
          payoutAge.id,
        ]);
        return pay('1', date, 'participant', false);
      }
      const date = addMonthsToDate(input.eventDate, v.waitingMonths);
      b.step(
        `jht.withdrawal.stop-work.${input.event}`,
        { months: v.waitingMonths, eventDate: input.eventDate, date },
        [rule.id],
      );
      return pay('1', date, 'participant', false);
    }
    case 'total-disability':
    case 'death': {
      const events = at('jht.payout-events');
      const recipient = input.event === 'death' ? 'heirs' : 'participant';
      b.step(`jht.withdrawal.${input.event}`, { eventDate: input.eventDate }, [events.id]);
      return pay('1', input.eventDate, recipient, false);
    }
    case 'leaving-indonesia': {
      const rule = at('jht.leaving-indonesia');
      if (!rule.value.includes(input.citizenship)) {
        b.notice('jht.refused.citizen-leaving-indonesia', 'warning', { citizenship: input.citizenship }, [
          rule.id,
        ]);
        return refuse('citizen-leaving-indonesia');
      }
      b.step(
        'jht.withdrawal.leaving-indonesia',
        { citizenship: input.citizenship, eventDate: input.eventDate },
        [rule.id],
      );
      return pay('1', asOf, 'participant', false);
    }
    case 'partial': {
      const minYears = at('jht.partial.min-membership-years');
      const shares = at('jht.partial.shares');
      const once = at('jht.partial.once');
      const years = ageOn(input.membershipStart, asOf);
      const reasons: JhtWithdrawalRefusal[] = [];
      b.step('jht.withdrawal.membership', { years, min: minYears.value, start: input.membershipStart }, [
        minYears.id,
      ]);
      if (years < minYears.value) {
        reasons.push('membership-too-short');
        b.notice(
          'jht.refused.membership-too-short',
          'warning',
          { years, min: minYears.value, date: addYears(input.membershipStart, minYears.value) },
          [minYears.id],
        );
      }
      if (input.partialTaken && once.value) {
        reasons.push('partial-already-taken');
        b.notice('jht.refused.partial-already-taken', 'warning', {}, [once.id]);
      }
      const [first, ...rest] = reasons;
      if (first !== undefined) return refuse(first, ...rest);
      const share = shares.value[input.purpose];
      b.step(`jht.withdrawal.partial.${input.purpose}`, { share }, [shares.id, once.id]);
      return pay(share, asOf, 'participant', true);
    }
  }
}

/**
 * When and how much of the JHT balance can be withdrawn, by event: the payout age of 56 (or, from
 * Permenaker 4/2022, the pension age of the work agreement), total permanent disability, death (to the
 * heirs), leaving Indonesia for good (foreigners; citizens too until 2015-08-11), a resignation,
 * termination or end of a fixed-term contract (paid only at 56 until 2015-08-11, then one month after
 * the event), or a partial withdrawal after ten years of membership, once: at most 30 % for home
 * ownership or 10 % for other needs (PP 46/2015 Pasal 22 ayat (4) to (6)). The rules in force on
 * `asOf`, the date of the claim, apply. Every reason is data when nothing can be withdrawn.
 *
 * @example
 * ```ts
 * import { jhtWithdrawal } from 'jamsostek/benefits';
 * const r = jhtWithdrawal({ event: 'resignation', eventDate: '2026-03-31', asOf: '2026-04-15', balance: 40000000 });
 * r.status; // 'waiting': payable from 2026-04-30, one month after the resignation
 * jhtWithdrawal({ event: 'partial', purpose: 'housing', membershipStart: '2012-01-02', asOf: '2026-06-01', balance: 40000000 }).amount; // 12000000
 * ```
 */
export function jhtWithdrawal(input: JhtWithdrawalInput): JhtWithdrawalResult {
  return computeJhtWithdrawal(parseInput(jhtWithdrawalInput, input, 'JHT withdrawal input'));
}
