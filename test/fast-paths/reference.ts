/**
 * The straightforward implementations the fast paths are checked against: the BPU and PU calculations,
 * village allocations and the basis builder as they were written before the single-call work (issue 21), reading every rule with
 * `requireRule`/`lookupRule` on every call. The fast paths must give the same results, key for key.
 *
 * When the law changes what BPU or PU pricing does (a new level, a new relief), change it here too, the
 * step-by-step way: this is the reading of the regulation the fast path is compared with.
 */

import type {
  BpuCategory,
  BpuContributionInput,
  BpuContributionLine,
  BpuContributionResult,
  BpuProgram,
  BpuSector,
} from '../../src/contributions/bpu/types.ts';
import type {
  PuContributionInput,
  PuContributionLine,
  PuContributionResult,
  PuDeferral,
  PuRecomposition,
  PuSideTotals,
  RiskClass,
} from '../../src/contributions/pu/types.ts';
import type { Basis, BasisParam, BasisStep, Notice } from '../../src/explain/basis.ts';
import { BasisBuilder, NO_RULEBOOK } from '../../src/explain/basis.ts';
import type { NoticeCode, StepCode } from '../../src/explain/codes.ts';
import { premiumsPerWorker } from '../../src/funding/capacity.ts';
import { channel, Pricer } from '../../src/funding/pricing.ts';
import { villageAllocationInput } from '../../src/funding/schema.ts';
import { type Payer, payerOf } from '../../src/funding/sources.ts';
import type {
  VillageAllocationInput,
  VillageAllocationResult,
  VillageLine,
} from '../../src/funding/types.ts';
import { Dec } from '../../src/money/decimal.ts';
import { applyRate, complementRate, DEFAULT_ROUNDING, type Rounding } from '../../src/money/rounding.ts';
import { checkRupiah } from '../../src/money/rupiah.ts';
import type { YearMonth } from '../../src/period/year-month.ts';
import { addMonths, eachMonth } from '../../src/period/year-month.ts';
import type { RiskClassRates, RuleId } from '../../src/rulebook/catalog.ts';
import { weakestConfidence } from '../../src/rulebook/confidence.ts';
import { lookupRule, requireRule } from '../../src/rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../../src/rulebook/official/bpu.ts';
import { PAYROLL_RULEBOOK } from '../../src/rulebook/official/payroll.ts';
import type { Confidence, Rulebook, RulebookStamp, RuleRef } from '../../src/rulebook/types.ts';
import { parseInput } from '../../src/schemas/validate.ts';
import type { JamsostekProgram, ReliefOutcome } from '../../src/vocabulary.ts';

const PROGRAMS: readonly JamsostekProgram[] = Object.freeze(['JKK', 'JKM']);

/** The basis builder as it was before the fast path: one Map entry per rule, copies on build. */
export class ReferenceBasisBuilder {
  private readonly stamp: RulebookStamp;
  private readonly rules = new Map<string, RuleRef>();
  private readonly steps: BasisStep[] = [];
  private readonly notices: Notice[] = [];

  constructor(rulebook: RulebookStamp) {
    this.stamp =
      rulebook.name === 'none'
        ? NO_RULEBOOK
        : rulebook.verifiedThrough === undefined
          ? { name: rulebook.name, version: rulebook.version }
          : { name: rulebook.name, version: rulebook.version, verifiedThrough: rulebook.verifiedThrough };
  }

  /** Records a rule version and returns it (a stale lookup of a version is recorded apart from a current one). */
  use<R extends RuleRef<unknown>>(ref: R): R {
    const key = ref.stale ? `${ref.id}@${ref.from}!stale` : `${ref.id}@${ref.from}`;
    if (!this.rules.has(key)) this.rules.set(key, ref as unknown as RuleRef);
    return ref;
  }

  step(
    code: StepCode,
    params: Record<string, BasisParam>,
    rules: readonly RuleId[],
    amount?: number,
    rounding?: Rounding,
  ): void {
    this.steps.push({ code, params, rules, amount, rounding });
  }

  notice(
    code: NoticeCode,
    level: Notice['level'],
    params: Record<string, BasisParam>,
    rules: readonly RuleId[],
  ): void {
    this.notices.push({ code, level, params, rules });
  }

  /** The weakest confidence of the rules recorded so far (`'A'` for none). */
  confidence(): Confidence {
    return weakestConfidence([...this.rules.values()].map((r) => r.confidence));
  }

  build(titleParams: Record<string, BasisParam> = {}): Basis {
    const rules = [...this.rules.values()];
    const notices = [...this.notices];
    for (const r of rules) {
      if (r.stale)
        notices.push({
          code: 'rule.stale',
          level: 'warning',
          params: {
            rule: r.id,
            due: r.stale.due,
            from: r.from,
            publishedById: r.stale.publishedBy.id,
            publishedByEn: r.stale.publishedBy.en,
          },
          rules: [r.id],
        });
      else if (r.confidence === 'U')
        notices.push({ code: 'rule.unverified', level: 'warning', params: { rule: r.id }, rules: [r.id] });
    }
    return { rulebook: this.stamp, titleParams, rules, steps: this.steps, notices };
  }
}

/** The PP 50/2025 decision as it was before the fast path. */
function referencePp50(
  rulebook: Rulebook,
  month: YearMonth,
  sector: BpuSector,
  payer: Payer,
  category: BpuCategory,
  basis?: ReferenceBasisBuilder,
): ReliefOutcome | undefined {
  const windowId: RuleId = sector === 'transport' ? 'bpu.pp50.transport' : 'bpu.pp50.other';
  const window = lookupRule(
    rulebook,
    sector === 'transport' ? 'bpu.pp50.transport' : 'bpu.pp50.other',
    month,
  );
  if (!window) return undefined;
  basis?.use(window);
  const discountRate = window.value;
  const categories = requireRule(rulebook, 'bpu.pp50.categories', month);
  basis?.use(categories);
  const refused = (rules: readonly RuleId[]): ReliefOutcome => ({
    relief: 'PP 50/2025',
    status: 'refused',
    reason: 'payer-excluded',
    discountRate,
    programs: PROGRAMS,
    rules,
  });
  if (!categories.value.includes(category)) {
    return {
      relief: 'PP 50/2025',
      status: 'refused',
      reason: 'category-not-covered',
      discountRate,
      programs: PROGRAMS,
      rules: [windowId, categories.id],
    };
  }
  const excluded = requireRule(rulebook, 'bpu.pp50.excluded-payers', month);
  basis?.use(excluded);
  if (excluded.value.includes(payer)) return refused([windowId, excluded.id]);
  if (payer === 'APBDes') {
    const village = requireRule(rulebook, 'bpu.pp50.village-budget-excluded', month);
    basis?.use(village);
    if (village.value) return refused([windowId, excluded.id, village.id]);
  }
  return {
    relief: 'PP 50/2025',
    status: 'applied',
    discountRate,
    programs: PROGRAMS,
    rules: [windowId, categories.id, excluded.id],
  };
}

const DEFAULT_PROGRAMS: readonly BpuProgram[] = Object.freeze(['JKK', 'JKM']);

/** The BPU calculation as it was before the fast path, read step by step. */
export function referenceBpuContribution(input: BpuContributionInput): BpuContributionResult {
  const rulebook = input.rulebook ?? BPU_RULEBOOK;
  const { month, declaredIncome } = input;
  const programs = input.programs ?? DEFAULT_PROGRAMS;
  const fundingSource = input.fundingSource ?? 'self';
  const payer = payerOf(fundingSource);
  const sector = input.sector ?? 'other';
  const category = input.category ?? 'self-employed';
  const b = new ReferenceBasisBuilder(rulebook);

  const lowest = b.use(requireRule(rulebook, 'bpu.jkk.lowest-level', month));
  let incomeLevel = declaredIncome;
  if (declaredIncome < lowest.value) {
    incomeLevel = lowest.value;
    b.step('bpu.level.raised', { income: declaredIncome, level: incomeLevel }, [lowest.id]);
  } else if (declaredIncome > lowest.value && Object.hasOwn(rulebook.series, 'bpu.jkk.highest-level')) {
    // Above the highest level of Lampiran II the highest level applies (a rulebook without it has none).
    const highest = lookupRule(rulebook, 'bpu.jkk.highest-level', month);
    if (highest && declaredIncome > highest.value) {
      b.use(highest);
      incomeLevel = highest.value;
      b.step('bpu.level.capped', { income: declaredIncome, level: incomeLevel }, [highest.id]);
    }
  }

  const full = new Map<BpuProgram, number>();
  if (programs.includes('JKK')) {
    const table = b.use(requireRule(rulebook, 'bpu.jkk.table', month));
    const row = table.value.find((r) => r.income === incomeLevel);
    if (row) {
      full.set('JKK', row.amount);
      b.step('bpu.jkk.table', { level: incomeLevel }, [table.id], row.amount);
    } else {
      const fallback = b.use(requireRule(rulebook, 'bpu.jkk.fallback-rate', month));
      const amount = applyRate(incomeLevel, fallback.value);
      full.set('JKK', amount);
      b.step(
        'bpu.jkk.fallback',
        { level: incomeLevel, rate: fallback.value },
        [fallback.id],
        amount,
        DEFAULT_ROUNDING,
      );
    }
  }
  if (programs.includes('JKM')) {
    const jkm = b.use(requireRule(rulebook, 'bpu.jkm.amount', month));
    full.set('JKM', jkm.value);
    b.step('bpu.jkm', {}, [jkm.id], jkm.value);
  }
  if (programs.includes('JHT')) {
    const jht = b.use(requireRule(rulebook, 'bpu.jht.rate', month));
    const amount = applyRate(incomeLevel, jht.value);
    full.set('JHT', amount);
    b.step('bpu.jht', { level: incomeLevel, rate: jht.value }, [jht.id], amount, DEFAULT_ROUNDING);
  }

  // Reliefs on JKK and JKM, keyed on the contribution month.
  const reliefs: ReliefOutcome[] = [];
  const discounted = programs.filter((p): p is 'JKK' | 'JKM' => p === 'JKK' || p === 'JKM');
  const payable = new Map(full);
  const discount = (rate: string, rules: ReliefOutcome['rules'], relief: string): void => {
    for (const p of discounted) {
      const before = payable.get(p) as number;
      const after = applyRate(before, complementRate(rate));
      payable.set(p, after);
      b.step('relief.applied', { relief, program: p, full: before, rate }, rules, after, DEFAULT_ROUNDING);
    }
  };
  if (discounted.length) {
    const pp49: RuleRef<string> | undefined = lookupRule(rulebook, 'relief.pp49-2020.jkk-jkm', month);
    if (pp49) {
      b.use(pp49);
      reliefs.push({
        relief: 'PP 49/2020',
        status: 'applied',
        discountRate: pp49.value,
        programs: discounted,
        rules: [pp49.id],
      });
      discount(pp49.value, [pp49.id], 'PP 49/2020');
    }
    const pp50 = referencePp50(rulebook, month, sector, payer, category, b);
    if (pp50?.status === 'applied') {
      reliefs.push({ ...pp50, programs: discounted });
      discount(pp50.discountRate, pp50.rules, 'PP 50/2025');
    } else if (pp50?.status === 'refused') {
      reliefs.push({ ...pp50, programs: discounted });
      b.notice(`pp50.${pp50.reason}`, 'info', { fundingSource, payer, category }, pp50.rules);
    }
  }

  const lines: BpuContributionLine[] = [];
  let total = 0;
  let totalBeforeRelief = 0;
  for (const p of ['JKK', 'JKM', 'JHT'] as const) {
    const f = full.get(p);
    if (f === undefined) continue;
    const amount = payable.get(p) as number;
    lines.push({ program: p, fullAmount: f, relief: f - amount, amount });
    total += amount;
    totalBeforeRelief += f;
  }
  checkRupiah(total, 'total');
  b.step('total', {}, [], total);
  return {
    kind: 'bpu-contribution',
    month,
    declaredIncome,
    incomeLevel,
    fundingSource,
    payer,
    sector,
    category,
    lines,
    total,
    totalBeforeRelief,
    reliefs,
    confidence: b.confidence(),
    basis: b.build({ month, income: declaredIncome }),
  };
}

function referenceRateOf(ref: RuleRef<RiskClassRates>, riskClass: RiskClass): string {
  return ref.value[`${riskClass}`];
}

interface Cash {
  full: number;
  cash: number;
}

/** The PU calculation as it was before the fast path, read step by step. */
export function referencePuContribution(input: PuContributionInput): PuContributionResult {
  const rulebook = input.rulebook ?? PAYROLL_RULEBOOK;
  const { month, wage, riskClass } = input;
  const programs = input.programs ?? (['JKK', 'JKM', 'JHT', 'JP'] as const);
  const b = new ReferenceBasisBuilder(rulebook);
  const reliefs: ReliefOutcome[] = [];
  const R = DEFAULT_ROUNDING;

  // JKK and JKM: employer only, on the whole wage (no cap).
  const jkkRule = b.use(requireRule(rulebook, 'pu.jkk.rate', month));
  const jkkRate = referenceRateOf(jkkRule, riskClass);
  const jkk: Cash = { full: applyRate(wage, jkkRate), cash: 0 };
  jkk.cash = jkk.full;
  b.step('pu.jkk', { wage, rate: jkkRate, riskClass }, [jkkRule.id], jkk.full, R);
  const jkmRule = b.use(requireRule(rulebook, 'pu.jkm.rate', month));
  const jkmRate = jkmRule.value;
  const jkm: Cash = { full: applyRate(wage, jkmRate), cash: 0 };
  jkm.cash = jkm.full;
  b.step('pu.jkm', { wage, rate: jkmRate }, [jkmRule.id], jkm.full, R);

  const pp49 = lookupRule(rulebook, 'relief.pp49-2020.jkk-jkm', month);
  if (pp49) {
    b.use(pp49);
    const rate = pp49.value;
    for (const [program, c] of [
      ['JKK', jkk],
      ['JKM', jkm],
    ] as const) {
      c.cash = applyRate(c.full, complementRate(rate));
      b.step('relief.applied', { relief: 'PP 49/2020', program, full: c.full, rate }, [pp49.id], c.cash, R);
    }
    reliefs.push({
      relief: 'PP 49/2020',
      status: 'applied',
      discountRate: rate,
      programs: ['JKK', 'JKM'],
      rules: [pp49.id],
    });
  }

  // The JKK share recomposed to JKP: by risk class under PP 7/2025, else one rate.
  let pp7Recomposition: RuleRef<RiskClassRates> | undefined;
  if (input.laborIntensiveRelief) {
    const pp7 = lookupRule(rulebook, 'relief.pp7-2025.jkk', month);
    if (pp7) {
      b.use(pp7);
      const rate = referenceRateOf(pp7, riskClass);
      jkk.cash = Math.min(jkk.cash, applyRate(wage, rate));
      b.step('pu.pp7.jkk', { wage, rate, full: jkk.full }, [pp7.id], jkk.cash, R);
      pp7Recomposition = b.use(requireRule(rulebook, 'relief.pp7-2025.jkp-recomposition', month));
      reliefs.push({
        relief: 'PP 7/2025',
        status: 'applied',
        discountRate: complementRate(new Dec(rate).div(jkkRate).toFixed()),
        programs: ['JKK'],
        rules: [pp7.id],
      });
      b.notice('pu.pp7.applied', 'info', {}, [pp7.id]);
    } else {
      b.notice('pu.pp7.not-in-force', 'info', { month }, []);
    }
  }

  // JKP: government share plus part of the employer's JKK (and, until PP 6/2025, JKM) cash.
  const recompositions: PuRecomposition[] = [];
  let jkpLine: PuContributionLine | undefined;
  if (input.jkpMember) {
    const gov = lookupRule(rulebook, 'pu.jkp.government-rate', month);
    if (!gov) {
      b.notice('pu.jkp.not-in-force', 'info', { month }, []);
    } else {
      b.use(gov);
      // A version covering exactly this contribution month: the instrument took effect within it.
      if (gov.from === `${month}-01` && gov.to === `${addMonths(month, 1)}-01`)
        b.notice('pu.jkp.transition-month', 'info', { month }, [gov.id]);
      const capRule = b.use(requireRule(rulebook, 'pu.jkp.wage-cap', month));
      const cap = capRule.value;
      const base = Math.min(wage, cap);
      b.step('pu.jkp.base', { wage, cap }, [capRule.id], base);
      const government = applyRate(base, gov.value);
      b.step('pu.jkp.government', { base, rate: gov.value }, [gov.id], government, R);
      let jkkRec: { readonly id: RuleId; readonly rate: string };
      if (pp7Recomposition) {
        jkkRec = { id: pp7Recomposition.id, rate: referenceRateOf(pp7Recomposition, riskClass) };
      } else {
        const r = b.use(requireRule(rulebook, 'pu.jkp.jkk-recomposition-rate', month));
        jkkRec = { id: r.id, rate: r.value };
      }
      const fromJkk = Math.min(applyRate(base, jkkRec.rate), jkk.cash);
      b.step('pu.jkp.from-jkk', { base, rate: jkkRec.rate }, [jkkRec.id], fromJkk, R);
      const jkmRec = b.use(requireRule(rulebook, 'pu.jkp.jkm-recomposition-rate', month));
      const fromJkm = Math.min(applyRate(base, jkmRec.value), jkm.cash);
      if (jkmRec.confidence === 'U') b.notice('pu.jkp.jkm-open-question', 'warning', {}, [jkmRec.id]);
      if (fromJkm > 0 || jkmRec.confidence !== 'A')
        b.step('pu.jkp.from-jkm', { base, rate: jkmRec.value }, [jkmRec.id], fromJkm, R);
      recompositions.push({ from: 'JKK', to: 'JKP', amount: fromJkk });
      if (fromJkm > 0) recompositions.push({ from: 'JKM', to: 'JKP', amount: fromJkm });
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
  const movedFrom = (p: 'JKK' | 'JKM'): number =>
    recompositions.filter((r) => r.from === p).reduce((s, r) => s + r.amount, 0);

  const lines: PuContributionLine[] = [];
  for (const [program, c] of [
    ['JKK', jkk],
    ['JKM', jkm],
  ] as const) {
    const employer = c.cash - movedFrom(program);
    if (employer !== c.cash)
      b.step(program === 'JKK' ? 'pu.jkk.kept' : 'pu.jkm.kept', { cash: c.cash }, [], employer);
    lines.push({
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
    });
  }

  if (programs.includes('JHT')) {
    const er = b.use(requireRule(rulebook, 'pu.jht.employer-rate', month));
    const wr = b.use(requireRule(rulebook, 'pu.jht.worker-rate', month));
    const employer = applyRate(wage, er.value);
    const worker = applyRate(wage, wr.value);
    b.step('pu.jht.employer', { wage, rate: er.value }, [er.id], employer, R);
    b.step('pu.jht.worker', { wage, rate: wr.value }, [wr.id], worker, R);
    lines.push({
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
    });
  }

  let deferral: PuDeferral | undefined;
  if (programs.includes('JP')) {
    const capRule = b.use(requireRule(rulebook, 'pu.jp.wage-cap', month));
    const cap = capRule.value;
    const base = Math.min(wage, cap);
    b.step(wage > cap ? 'pu.jp.base.capped' : 'pu.jp.base', { wage, cap }, [capRule.id], base);
    if (capRule.stale) {
      const due = capRule.stale.due;
      b.notice(
        'pu.jp.cap-stale',
        'warning',
        { cap, due, dueMonth: due.slice(0, 7), gdpYear: Number(due.slice(0, 4)) - 1 },
        [capRule.id],
      );
    } else if (capRule.confidence === 'U')
      b.notice('pu.jp.cap-unverified', 'warning', { cap, from: capRule.from }, [capRule.id]);
    const er = b.use(requireRule(rulebook, 'pu.jp.employer-rate', month));
    const wr = b.use(requireRule(rulebook, 'pu.jp.worker-rate', month));
    const fullEmployer = applyRate(base, er.value);
    const fullWorker = applyRate(base, wr.value);
    b.step('pu.jp.employer', { base, rate: er.value }, [er.id], fullEmployer, R);
    b.step('pu.jp.worker', { base, rate: wr.value }, [wr.id], fullWorker, R);
    let employer = fullEmployer;
    let worker = fullWorker;
    const defer = lookupRule(rulebook, 'relief.pp49-2020.jp-deferral', month);
    if (defer) {
      b.use(defer);
      const window = b.use(requireRule(rulebook, 'relief.pp49-2020.jp-repayment', month));
      const rate = defer.value;
      const { start, end } = window.value;
      employer = applyRate(fullEmployer, complementRate(rate));
      worker = applyRate(fullWorker, complementRate(rate));
      b.step('pu.jp.paid-now', { side: 'employer', full: fullEmployer, rate }, [defer.id], employer, R);
      b.step('pu.jp.paid-now', { side: 'worker', full: fullWorker, rate }, [defer.id], worker, R);
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
        programs: ['JP'],
        rules: [defer.id, window.id],
      });
    }
    lines.push({
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
    });
  }
  if (jkpLine) lines.push(jkpLine);

  const totals = referenceSumSides(lines);
  b.step('pu.total.employer', {}, [], totals.employer);
  b.step('pu.total.worker', {}, [], totals.worker);
  if (totals.government) b.step('pu.total.government', {}, [], totals.government);
  const basis = b.build({ month, wage, riskClass });
  return {
    kind: 'pu-contribution',
    month,
    wage,
    riskClass,
    jkp: jkpLine !== undefined,
    lines,
    recompositions,
    totals,
    employerRemittance: checkRupiah(totals.employer + totals.worker, 'employer remittance'),
    deferral,
    reliefs,
    confidence: b.confidence(),
    basis,
  };
}

function referenceSumSides(lines: readonly PuContributionLine[]): PuSideTotals {
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

const VILLAGE_DOWN = Object.freeze({ mode: 'down', unit: 1 } as const);

/** Village allocations as they were before issue 21: a decimal division and a basis step per village. */
export function referenceVillageAllocation(input: VillageAllocationInput): VillageAllocationResult {
  const v = parseInput(villageAllocationInput, input, 'village allocation input');
  const pricer = new Pricer(v.rulebook, v.programs);
  const b = new BasisBuilder(pricer.rulebook);
  let monthCount: number;
  let perWorker: number;
  if (v.from !== undefined) {
    const list = eachMonth({ from: v.from, to: v.to });
    monthCount = list.length;
    perWorker = premiumsPerWorker(list, v, pricer, b).reduce((s, x) => s + x, 0);
  } else {
    monthCount = v.monthCount;
    perWorker = v.premium * monthCount;
  }
  checkRupiah(perWorker, 'premium per worker');
  b.step('funding.per-worker', { monthCount }, [], perWorker);

  const given =
    typeof v.villages === 'number'
      ? [{ name: 'each village', count: v.villages, grant: undefined, workers: undefined }]
      : v.villages.map((x, i) => ({
          name: x.name ?? `#${i + 1}`,
          count: 1,
          grant: x.grant,
          workers: x.workers,
        }));
  const lines: VillageLine[] = given.map((x) => {
    const grant = x.grant ?? v.grantPerVillage ?? 0;
    const envelope = applyRate(grant, v.share, VILLAGE_DOWN);
    const fundable = perWorker > 0 ? Math.floor(envelope / perWorker) : 0;
    const workers = x.workers ?? v.workersPerVillage ?? fundable;
    const cost = checkRupiah(workers * perWorker, 'village cost');
    const shareOfGrant =
      grant > 0 ? new Dec(cost).div(grant).toDecimalPlaces(6, Dec.ROUND_HALF_UP).toFixed() : '0';
    b.step(
      'funding.village',
      {
        ...(typeof v.villages === 'number' ? {} : { name: x.name }),
        count: x.count,
        grant,
        share: v.share,
        envelope,
        workers,
      },
      [],
      cost,
    );
    return {
      name: x.name,
      count: x.count,
      grant,
      envelope,
      fundable,
      workers,
      cost,
      balance: envelope - cost,
      shareOfGrant,
    };
  });
  const sum = (f: (l: VillageLine) => number): number =>
    checkRupiah(
      lines.reduce((s, l) => s + l.count * f(l), 0),
      'village total',
    );
  const envelope = sum((l) => l.envelope);
  const cost = sum((l) => l.cost);
  const workers = sum((l) => l.workers);
  const pooledWorkers = perWorker > 0 ? Math.floor(envelope / perWorker) : 0;
  b.step('funding.villages.total', { villages: sum(() => 1), envelope, workers }, [], cost);
  b.step(
    'funding.villages.pooled',
    { envelope, perWorker, workers: pooledWorkers },
    [],
    pooledWorkers * perWorker,
  );
  if (cost > envelope)
    b.notice('funding.villages.shortfall', 'warning', { envelope, cost, shortfall: cost - envelope }, []);
  const reliefs = pricer.summarise(b);
  const villages = sum(() => 1);
  const basis = b.build({ villages, ...channel(v.fundingSource) });
  return {
    kind: 'village-allocation',
    fundingSource: v.fundingSource,
    payer: payerOf(v.fundingSource),
    villages,
    monthCount,
    perWorker,
    lines,
    envelope,
    workers,
    cost,
    balance: envelope - cost,
    pooledWorkers,
    pooledRemainder: envelope - pooledWorkers * perWorker,
    reliefs,
    confidence: b.confidence(),
    basis,
  };
}
