/**
 * Monthly contributions of wage earners (PU): JKK, JKM, JHT, JP and JKP, by side.
 *
 * @module
 */
import { BasisBuilder, NO_PARAMS, NO_RULES, onlyRule } from '../../explain/basis.ts';
import { Dec } from '../../money/decimal.ts';
import { applyRate, complementRate, DEFAULT_ROUNDING } from '../../money/rounding.ts';
import { checkRupiah } from '../../money/rupiah.ts';
import { addMonths, eachMonth, isYearMonth } from '../../period/year-month.ts';
import { isRulebook } from '../../rulebook/brand.ts';
import type { RiskClassRates, RuleId } from '../../rulebook/catalog.ts';
import { weakestConfidence } from '../../rulebook/confidence.ts';
import { monthRules } from '../../rulebook/lookup.ts';
import { PAYROLL_RULEBOOK } from '../../rulebook/official/payroll.ts';
import type { RuleRef } from '../../rulebook/types.ts';
import { distinctChoices, isPlainWith, isPositiveRupiah, member } from '../../schemas/plain.ts';
import { parseInput } from '../../schemas/validate.ts';
import type { JamsostekProgram, ReliefOutcome } from '../../vocabulary.ts';
import { puContributionInput, puContributionScheduleInput } from './schema.ts';
import {
  PU_PROGRAMS,
  type PuContributionInput,
  type PuContributionLine,
  type PuContributionResult,
  type PuContributionScheduleInput,
  type PuContributionScheduleResult,
  type PuDeferral,
  type PuProgram,
  type PuRecomposition,
  type PuResultProgram,
  type PuSideTotals,
  RISK_CLASSES,
  type RiskClass,
} from './types.ts';

function rateOf(ref: RuleRef<RiskClassRates>, riskClass: RiskClass): string {
  return ref.value[`${riskClass}`];
}

interface Cash {
  full: number;
  cash: number;
}

const DEFAULT_PROGRAMS: readonly PuProgram[] = Object.freeze(['JKK', 'JKM', 'JHT', 'JP']);
const JKK_JKM: readonly JamsostekProgram[] = Object.freeze(['JKK', 'JKM']);
const JKK_ONLY: readonly JamsostekProgram[] = Object.freeze(['JKK']);
const JP_ONLY: readonly JamsostekProgram[] = Object.freeze(['JP']);

/**
 * The one builder every call uses: a call runs to its end without calling out (so never into
 * another call), and `build` hands the arrays to the result; the next call starts it over.
 */
const builder = /* @__PURE__ */ new BasisBuilder(PAYROLL_RULEBOOK, 12);

/** An employer-only line (JKK, JKM) on the whole wage, after reliefs and recomposition. */
function employerLine(
  program: 'JKK' | 'JKM',
  wage: number,
  c: Cash,
  moved: number,
  b: BasisBuilder,
): PuContributionLine {
  const employer = c.cash - moved;
  if (employer !== c.cash)
    b.step(program === 'JKK' ? 'pu.jkk.kept' : 'pu.jkm.kept', { cash: c.cash }, NO_RULES, employer);
  return {
    program,
    base: wage,
    capped: false,
    employer,
    worker: 0,
    government: 0,
    total: employer,
    employerCash: c.cash,
    fullAmount: c.full,
    relief: c.full - c.cash,
    deferred: 0,
  };
}

/**
 * @internal The calculation on already-validated input. Rules come from the month's rule set of the
 * rulebook (looked up once per rulebook and month), and what never changes (the rule ids of a step,
 * empty parameters) is shared and frozen.
 */
export function computePuContribution(input: PuContributionInput): PuContributionResult {
  const rulebook = input.rulebook ?? PAYROLL_RULEBOOK;
  const { month, wage, riskClass } = input;
  const programs = input.programs ?? DEFAULT_PROGRAMS;
  const rules = monthRules(rulebook, month);
  const b = builder.restart(rulebook, 12);
  const reliefs: ReliefOutcome[] = [];
  const R = DEFAULT_ROUNDING;

  // JKK and JKM: employer only, on the whole wage (no cap).
  const jkkRule = b.use(rules.require('pu.jkk.rate'));
  const jkkRate = rateOf(jkkRule, riskClass);
  const jkk: Cash = { full: applyRate(wage, jkkRate), cash: 0 };
  jkk.cash = jkk.full;
  b.step('pu.jkk', { wage, rate: jkkRate, riskClass }, onlyRule(jkkRule.id), jkk.full, R);
  const jkmRule = b.use(rules.require('pu.jkm.rate'));
  const jkmRate = jkmRule.value;
  const jkm: Cash = { full: applyRate(wage, jkmRate), cash: 0 };
  jkm.cash = jkm.full;
  b.step('pu.jkm', { wage, rate: jkmRate }, onlyRule(jkmRule.id), jkm.full, R);

  const pp49 = rules.find('relief.pp49-2020.jkk-jkm');
  if (pp49) {
    b.use(pp49);
    const rate = pp49.value;
    const ids = onlyRule(pp49.id);
    jkk.cash = applyRate(jkk.full, complementRate(rate));
    b.step(
      'relief.applied',
      { relief: 'PP 49/2020', program: 'JKK', full: jkk.full, rate },
      ids,
      jkk.cash,
      R,
    );
    jkm.cash = applyRate(jkm.full, complementRate(rate));
    b.step(
      'relief.applied',
      { relief: 'PP 49/2020', program: 'JKM', full: jkm.full, rate },
      ids,
      jkm.cash,
      R,
    );
    reliefs.push({
      relief: 'PP 49/2020',
      status: 'applied',
      discountRate: rate,
      programs: JKK_JKM,
      rules: ids,
    });
  }

  // The JKK share recomposed to JKP: by risk class under PP 7/2025, else one rate.
  let pp7Recomposition: RuleRef<RiskClassRates> | undefined;
  if (input.laborIntensiveRelief) {
    const pp7 = rules.find('relief.pp7-2025.jkk');
    if (pp7) {
      b.use(pp7);
      const rate = rateOf(pp7, riskClass);
      jkk.cash = Math.min(jkk.cash, applyRate(wage, rate));
      b.step('pu.pp7.jkk', { wage, rate, full: jkk.full }, onlyRule(pp7.id), jkk.cash, R);
      pp7Recomposition = b.use(rules.require('relief.pp7-2025.jkp-recomposition'));
      reliefs.push({
        relief: 'PP 7/2025',
        status: 'applied',
        discountRate: complementRate(new Dec(rate).div(jkkRate).toFixed()),
        programs: JKK_ONLY,
        rules: onlyRule(pp7.id),
      });
      b.notice('pu.pp7.applied', 'info', NO_PARAMS, onlyRule(pp7.id));
    } else {
      b.notice('pu.pp7.not-in-force', 'info', { month }, NO_RULES);
    }
  }

  // JKP: government share plus part of the employer's JKK (and, until PP 6/2025, JKM) cash.
  let recompositions: PuRecomposition[] | undefined;
  let fromJkk = 0;
  let fromJkm = 0;
  let jkpLine: PuContributionLine | undefined;
  if (input.jkpMember) {
    const gov = rules.find('pu.jkp.government-rate');
    if (!gov) {
      b.notice('pu.jkp.not-in-force', 'info', { month }, NO_RULES);
    } else {
      b.use(gov);
      // A version covering exactly this contribution month: the instrument took effect within it.
      // (An open-ended version never is: tested first, it spares building the two dates on every call.)
      if (gov.to !== undefined && gov.from === `${month}-01` && gov.to === `${addMonths(month, 1)}-01`)
        b.notice('pu.jkp.transition-month', 'info', { month }, onlyRule(gov.id));
      const capRule = b.use(rules.require('pu.jkp.wage-cap'));
      const cap = capRule.value;
      const base = Math.min(wage, cap);
      b.step('pu.jkp.base', { wage, cap }, onlyRule(capRule.id), base);
      const government = applyRate(base, gov.value);
      b.step('pu.jkp.government', { base, rate: gov.value }, onlyRule(gov.id), government, R);
      let jkkRecId: RuleId;
      let jkkRecRate: string;
      if (pp7Recomposition) {
        jkkRecId = pp7Recomposition.id;
        jkkRecRate = rateOf(pp7Recomposition, riskClass);
      } else {
        const r = b.use(rules.require('pu.jkp.jkk-recomposition-rate'));
        jkkRecId = r.id;
        jkkRecRate = r.value;
      }
      fromJkk = Math.min(applyRate(base, jkkRecRate), jkk.cash);
      b.step('pu.jkp.from-jkk', { base, rate: jkkRecRate }, onlyRule(jkkRecId), fromJkk, R);
      const jkmRec = b.use(rules.require('pu.jkp.jkm-recomposition-rate'));
      fromJkm = Math.min(applyRate(base, jkmRec.value), jkm.cash);
      if (jkmRec.confidence === 'U')
        b.notice('pu.jkp.jkm-open-question', 'warning', NO_PARAMS, onlyRule(jkmRec.id));
      if (fromJkm > 0 || jkmRec.confidence !== 'A')
        b.step('pu.jkp.from-jkm', { base, rate: jkmRec.value }, onlyRule(jkmRec.id), fromJkm, R);
      recompositions =
        fromJkm > 0
          ? [
              { from: 'JKK', to: 'JKP', amount: fromJkk },
              { from: 'JKM', to: 'JKP', amount: fromJkm },
            ]
          : [{ from: 'JKK', to: 'JKP', amount: fromJkk }];
      const employer = fromJkk + fromJkm;
      jkpLine = {
        program: 'JKP',
        base,
        cap,
        capped: wage > cap,
        employer,
        worker: 0,
        government,
        total: employer + government,
        employerCash: 0,
        fullAmount: employer + government,
        relief: 0,
        deferred: 0,
      };
    }
  }

  // One line per program, made with room for all five and trimmed at the end.
  const lines: PuContributionLine[] = new Array(5);
  let count = 0;
  lines[count++] = employerLine('JKK', wage, jkk, fromJkk, b);
  lines[count++] = employerLine('JKM', wage, jkm, fromJkm, b);

  if (programs.includes('JHT')) {
    const er = b.use(rules.require('pu.jht.employer-rate'));
    const wr = b.use(rules.require('pu.jht.worker-rate'));
    const employer = applyRate(wage, er.value);
    const worker = applyRate(wage, wr.value);
    b.step('pu.jht.employer', { wage, rate: er.value }, onlyRule(er.id), employer, R);
    b.step('pu.jht.worker', { wage, rate: wr.value }, onlyRule(wr.id), worker, R);
    lines[count++] = {
      program: 'JHT',
      base: wage,
      capped: false,
      employer,
      worker,
      government: 0,
      total: employer + worker,
      employerCash: employer,
      fullAmount: employer + worker,
      relief: 0,
      deferred: 0,
    };
  }

  let deferral: PuDeferral | undefined;
  if (programs.includes('JP')) {
    const capRule = b.use(rules.require('pu.jp.wage-cap'));
    const cap = capRule.value;
    const base = Math.min(wage, cap);
    b.step(wage > cap ? 'pu.jp.base.capped' : 'pu.jp.base', { wage, cap }, onlyRule(capRule.id), base);
    if (capRule.stale) {
      const due = capRule.stale.due;
      b.notice(
        'pu.jp.cap-stale',
        'warning',
        { cap, due, dueMonth: due.slice(0, 7), gdpYear: Number(due.slice(0, 4)) - 1 },
        onlyRule(capRule.id),
      );
    } else if (capRule.confidence === 'U')
      b.notice('pu.jp.cap-unverified', 'warning', { cap, from: capRule.from }, onlyRule(capRule.id));
    const er = b.use(rules.require('pu.jp.employer-rate'));
    const wr = b.use(rules.require('pu.jp.worker-rate'));
    const fullEmployer = applyRate(base, er.value);
    const fullWorker = applyRate(base, wr.value);
    b.step('pu.jp.employer', { base, rate: er.value }, onlyRule(er.id), fullEmployer, R);
    b.step('pu.jp.worker', { base, rate: wr.value }, onlyRule(wr.id), fullWorker, R);
    let employer = fullEmployer;
    let worker = fullWorker;
    const defer = rules.find('relief.pp49-2020.jp-deferral');
    if (defer) {
      b.use(defer);
      const window = b.use(rules.require('relief.pp49-2020.jp-repayment'));
      const rate = defer.value;
      const { start, end } = window.value;
      employer = applyRate(fullEmployer, complementRate(rate));
      worker = applyRate(fullWorker, complementRate(rate));
      b.step(
        'pu.jp.paid-now',
        { side: 'employer', full: fullEmployer, rate },
        onlyRule(defer.id),
        employer,
        R,
      );
      b.step('pu.jp.paid-now', { side: 'worker', full: fullWorker, rate }, onlyRule(defer.id), worker, R);
      deferral = {
        program: 'JP',
        employer: fullEmployer - employer,
        worker: fullWorker - worker,
        total: fullEmployer - employer + fullWorker - worker,
        repaymentStart: start,
        repaymentEnd: end,
      };
      b.notice('pu.jp.deferred', 'warning', { amount: deferral.total, start, end }, [defer.id, window.id]);
      reliefs.push({
        relief: 'PP 49/2020',
        status: 'applied',
        discountRate: rate,
        programs: JP_ONLY,
        rules: [defer.id, window.id],
      });
    }
    lines[count++] = {
      program: 'JP',
      base,
      cap,
      capped: wage > cap,
      employer,
      worker,
      government: 0,
      total: employer + worker,
      employerCash: employer,
      fullAmount: fullEmployer + fullWorker,
      relief: 0,
      deferred: fullEmployer + fullWorker - employer - worker,
    };
  }
  if (jkpLine) lines[count++] = jkpLine;
  lines.length = count;

  const totals = sumSides(lines);
  b.step('pu.total.employer', NO_PARAMS, NO_RULES, totals.employer);
  b.step('pu.total.worker', NO_PARAMS, NO_RULES, totals.worker);
  if (totals.government) b.step('pu.total.government', NO_PARAMS, NO_RULES, totals.government);
  const basis = b.build({ month, wage, riskClass });
  return {
    kind: 'pu-contribution',
    month,
    wage,
    riskClass,
    jkp: jkpLine !== undefined,
    lines,
    recompositions: recompositions ?? [],
    totals,
    employerRemittance: checkRupiah(totals.employer + totals.worker, 'employer remittance'),
    deferral,
    reliefs,
    confidence: b.confidence(),
    basis,
  };
}

function sumSides(lines: readonly PuContributionLine[]): PuSideTotals {
  let employer = 0;
  let worker = 0;
  let government = 0;
  let total = 0;
  let deferred = 0;
  for (const l of lines) {
    employer += l.employer;
    worker += l.worker;
    government += l.government;
    total += l.total;
    deferred += l.deferred;
  }
  return {
    employer: checkRupiah(employer, 'employer total'),
    worker,
    government,
    total: checkRupiah(total, 'total'),
    deferred,
  };
}

const INPUT_KEYS: ReadonlySet<string> = new Set([
  'month',
  'wage',
  'riskClass',
  'jkpMember',
  'programs',
  'laborIntensiveRelief',
  'rulebook',
]);

/**
 * @internal The input when it is plainly valid, checked by hand as `puContributionInput` would check
 * it (every value read once, into a new object); `undefined` for anything else, which the schema
 * then decides and reports. A test compares both paths on random input.
 */
export function plainPuInput(input: unknown): PuContributionInput | undefined {
  if (!isPlainWith(input, INPUT_KEYS)) return undefined;
  const month = input['month'];
  const wage = input['wage'];
  const riskClass = member(input['riskClass'], RISK_CLASSES);
  const jkpMember = input['jkpMember'];
  const programsGiven = input['programs'];
  const laborIntensiveRelief = input['laborIntensiveRelief'];
  const rulebook = input['rulebook'];
  if (!isYearMonth(month) || !isPositiveRupiah(wage) || riskClass === undefined) return undefined;
  if (jkpMember !== undefined && typeof jkpMember !== 'boolean') return undefined;
  if (laborIntensiveRelief !== undefined && typeof laborIntensiveRelief !== 'boolean') return undefined;
  if (rulebook !== undefined && !isRulebook(rulebook)) return undefined;
  let programs: PuProgram[] | undefined;
  if (programsGiven !== undefined) {
    programs = distinctChoices(programsGiven, PU_PROGRAMS);
    if (!programs?.includes('JKK') || !programs.includes('JKM')) return undefined;
  }
  return { month, wage, riskClass, jkpMember, programs, laborIntensiveRelief, rulebook };
}

/**
 * The monthly contribution for one wage earner (PU) of an employer other than the state, per program
 * and per side (employer, worker, government):
 *
 * - JKK 0,24 / 0,54 / 0,89 / 1,27 / 1,74 % by risk class (PP 44/2015 Pasal 16) and JKM 0,30 % (Pasal 18),
 *   employer only, never capped;
 * - JHT 3,7 % employer + 2 % worker (PP 46/2015 Pasal 16), never capped;
 * - JP 2 % employer + 1 % worker (PP 45/2015 Pasal 28) on the wage capped by the JP cap in force that
 *   month (Pasal 29; a new cap each March: Rp11.086.300 from 2026-03). From a March whose cap is not yet
 *   in the rulebook, the last cap is used with confidence `U` and a `pu.jp.cap-stale` warning that shows
 *   how to compute and supply the new one;
 * - JKP for members (`jkpMember: true`): the government pays 0,22 % and part of the employer's JKK
 *   (0,14 %) and, until contribution month January 2025, JKM (0,10 %) is recomposed into JKP, all on the
 *   wage capped at Rp5.000.000 (PP 37/2021 Pasal 11, PP 6/2025, which took effect on 7 February 2025 and
 *   prices the whole contribution month February 2025). The employer's cash does not change;
 * - reliefs: PP 49/2020 (months 2020-08 … 2021-01: JKK and JKM at 1 %, 99 % of JP deferred), and
 *   PP 7/2025 + PP 36/2025 (months 2025-02 … 2026-01: 50 % off JKK when `laborIntensiveRelief` is true).
 *
 * Every share is rounded half-up to the rupiah. Throws `INVALID_INPUT` listing every problem and
 * `RULE_NOT_IN_FORCE` for months before 2015-07.
 *
 * @example
 * ```ts
 * import { puContribution } from 'jamsostek/payroll';
 * const r = puContribution({ month: '2025-06', wage: 12000000, riskClass: 1 });
 * r.lines.find((l) => l.program === 'JP'); // { base: 10547400, employer: 210948, worker: 105474, … }
 * r.totals.employer; // 28800 + 36000 + 444000 + 210948 = 719748
 * ```
 */
export function puContribution(input: PuContributionInput): PuContributionResult {
  return computePuContribution(
    plainPuInput(input) ?? parseInput(puContributionInput, input, 'PU contribution input'),
  );
}

/** @internal Adds two side totals, checking every sum stays a safe integer. */
export function addSides(a: PuSideTotals, b: PuSideTotals): PuSideTotals {
  return {
    employer: checkRupiah(a.employer + b.employer, 'employer total'),
    worker: checkRupiah(a.worker + b.worker, 'worker total'),
    government: checkRupiah(a.government + b.government, 'government total'),
    total: checkRupiah(a.total + b.total, 'total'),
    deferred: checkRupiah(a.deferred + b.deferred, 'deferred total'),
  };
}

/** @internal Zero on every side. */
export function zeroSides(): PuSideTotals {
  return { employer: 0, worker: 0, government: 0, total: 0, deferred: 0 };
}

/**
 * @internal Records into `b` every rule of the given results and each of their notices once (the
 * `rule.unverified` and `rule.stale` warnings come back when `b` is built).
 */
export function carryOver(b: BasisBuilder, results: readonly PuContributionResult[]): void {
  const seen = new Set<string>();
  for (const r of results) {
    for (const rule of r.basis.rules) b.use(rule);
    for (const n of r.basis.notices) {
      const key = `${n.code}|${JSON.stringify(n.params)}`;
      if (n.code === 'rule.unverified' || n.code === 'rule.stale' || seen.has(key)) continue;
      seen.add(key);
      b.notice(n.code, n.level, n.params, n.rules);
    }
  }
}

/**
 * PU contributions for every month of an inclusive range, with totals by side and by program, and a
 * basis (every rule used, one line per month, the sums by side and the total). Use it for a payroll
 * year: the JP cap changes in March.
 *
 * @example
 * ```ts
 * import { puContributionSchedule } from 'jamsostek/payroll';
 * const y = puContributionSchedule({ from: '2024-01', to: '2024-12', wage: 12000000, riskClass: 1 });
 * y.totalByProgram.JP; // 2 × 286788 + 10 × 301269 = 3586266 (cap 9.559.600 until February, 10.042.300 from March)
 * y.byMonth.length; // 12
 * ```
 */
export function puContributionSchedule(input: PuContributionScheduleInput): PuContributionScheduleResult {
  const { from, to, ...rest } = parseInput(puContributionScheduleInput, input, 'PU schedule input');
  const byMonth = eachMonth({ from, to }).map((month) => computePuContribution({ ...rest, month }));
  const totalByProgram: Partial<Record<PuResultProgram, number>> = {};
  const b = new BasisBuilder(rest.rulebook ?? PAYROLL_RULEBOOK);
  carryOver(b, byMonth);
  let totals = zeroSides();
  for (const m of byMonth) {
    totals = addSides(totals, m.totals);
    for (const l of m.lines) totalByProgram[l.program] = (totalByProgram[l.program] ?? 0) + l.total;
    b.step('schedule.month', { month: m.month }, [], m.totals.total);
  }
  b.step('pu.total.employer', {}, [], totals.employer);
  b.step('pu.total.worker', {}, [], totals.worker);
  if (totals.government) b.step('pu.total.government', {}, [], totals.government);
  b.step('total', {}, [], totals.total);
  return {
    kind: 'pu-contribution-schedule',
    from,
    to,
    byMonth,
    totals,
    totalByProgram,
    confidence: weakestConfidence(byMonth.map((m) => m.confidence)),
    basis: b.build({ from, to, wage: rest.wage, riskClass: rest.riskClass }),
  };
}
