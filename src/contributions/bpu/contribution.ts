/**
 * Monthly contributions of BPU participants (JKK, JKM, optional JHT).
 *
 * @module
 */
import { BasisBuilder } from '../../explain/basis.ts';
import { FUNDING_SOURCES, type FundingSource, payerOf } from '../../funding/sources.ts';
import { applyRate, complementRate, DEFAULT_ROUNDING } from '../../money/rounding.ts';
import { checkRupiah } from '../../money/rupiah.ts';
import { eachMonth, isYearMonth, type YearMonth } from '../../period/year-month.ts';
import { isRulebook } from '../../rulebook/brand.ts';
import type { RuleId } from '../../rulebook/catalog.ts';
import { weakestConfidence } from '../../rulebook/confidence.ts';
import { type MonthRules, monthRules } from '../../rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../../rulebook/official/bpu.ts';
import type { Rulebook } from '../../rulebook/types.ts';
import { distinctChoices, isPlainWith, isPositiveRupiah, member } from '../../schemas/plain.ts';
import { parseInput } from '../../schemas/validate.ts';
import type { ReliefOutcome } from '../../vocabulary.ts';
import { decidePp50 } from './discount.ts';
import { bpuContributionInput, bpuContributionScheduleInput } from './schema.ts';
import {
  BPU_CATEGORIES,
  BPU_PROGRAMS,
  BPU_SECTORS,
  type BpuCategory,
  type BpuContributionInput,
  type BpuContributionLine,
  type BpuContributionResult,
  type BpuContributionScheduleInput,
  type BpuContributionScheduleResult,
  type BpuProgram,
  type BpuSector,
} from './types.ts';

const DEFAULT_PROGRAMS: readonly BpuProgram[] = Object.freeze(['JKK', 'JKM']);

// Rule ids of the steps: the same for every call, so shared (and frozen) rather than built per call.
const LOWEST_RULES: readonly RuleId[] = Object.freeze(['bpu.jkk.lowest-level']);
const HIGHEST_RULES: readonly RuleId[] = Object.freeze(['bpu.jkk.highest-level']);
const TABLE_RULES: readonly RuleId[] = Object.freeze(['bpu.jkk.table']);
const FALLBACK_RULES: readonly RuleId[] = Object.freeze(['bpu.jkk.fallback-rate']);
const JKM_RULES: readonly RuleId[] = Object.freeze(['bpu.jkm.amount']);
const JHT_RULES: readonly RuleId[] = Object.freeze(['bpu.jht.rate']);
const PP49_RULES: readonly RuleId[] = Object.freeze(['relief.pp49-2020.jkk-jkm']);
const NO_RULES: readonly RuleId[] = Object.freeze([]);
const NO_PARAMS: Record<string, never> = Object.freeze({});

/**
 * @internal The income level a declared income is priced at (PP 44/2015 Pasal 20 ayat (2), Lampiran
 * II): the declared income, raised to the lowest level when below it, and lowered to the highest
 * level when above it (a rulebook without a highest level has none). Records its rules and step.
 */
export function bpuIncomeLevel(rules: MonthRules, declaredIncome: number, b: BasisBuilder): number {
  const lowest = b.use(rules.require('bpu.jkk.lowest-level'));
  if (declaredIncome < lowest.value) {
    b.step('bpu.level.raised', { income: declaredIncome, level: lowest.value }, LOWEST_RULES);
    return lowest.value;
  }
  if (declaredIncome > lowest.value && Object.hasOwn(rules.rulebook.series, 'bpu.jkk.highest-level')) {
    // Above the highest level of Lampiran II the highest level applies.
    const highest = rules.find('bpu.jkk.highest-level');
    if (highest && declaredIncome > highest.value) {
      b.use(highest);
      b.step('bpu.level.capped', { income: declaredIncome, level: highest.value }, HIGHEST_RULES);
      return highest.value;
    }
  }
  return declaredIncome;
}

/**
 * @internal The JKK of an income level: the amount of its row in Lampiran II, else the fallback rate
 * of the income level. Records its rules and step.
 */
function bpuJkk(rules: MonthRules, incomeLevel: number, b: BasisBuilder): number {
  const table = b.use(rules.require('bpu.jkk.table'));
  const rows = table.value;
  // An index loop: for…of over the frozen table allocates an iterator result per row.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as (typeof rows)[number];
    if (row.income === incomeLevel) {
      b.step('bpu.jkk.table', { level: incomeLevel }, TABLE_RULES, row.amount);
      return row.amount;
    }
  }
  const fallback = b.use(rules.require('bpu.jkk.fallback-rate'));
  const amount = applyRate(incomeLevel, fallback.value);
  b.step(
    'bpu.jkk.fallback',
    { level: incomeLevel, rate: fallback.value },
    FALLBACK_RULES,
    amount,
    DEFAULT_ROUNDING,
  );
  return amount;
}

// The programs a relief discounts, in the order the input gives them; shared, as they never change.
const JKK_JKM: readonly ('JKK' | 'JKM')[] = Object.freeze(['JKK', 'JKM']);
const JKM_JKK: readonly ('JKK' | 'JKM')[] = Object.freeze(['JKM', 'JKK']);
const JKK_ONLY: readonly ('JKK' | 'JKM')[] = Object.freeze(['JKK']);
const JKM_ONLY: readonly ('JKK' | 'JKM')[] = Object.freeze(['JKM']);

/** JKK and JKM among the programs, in the programs' order. */
function discountedOf(programs: readonly BpuProgram[]): readonly ('JKK' | 'JKM')[] {
  const jkk = programs.indexOf('JKK');
  const jkm = programs.indexOf('JKM');
  if (jkk >= 0 && jkm >= 0) return jkk < jkm ? JKK_JKM : JKM_JKK;
  return jkk >= 0 ? JKK_ONLY : JKM_ONLY;
}

/** The values that are present, in order, in an array of exactly their number. */
function present<T>(a: T | undefined, b: T | undefined, c?: T): T[] {
  if (a !== undefined) {
    if (b !== undefined) return c !== undefined ? [a, b, c] : [a, b];
    return c !== undefined ? [a, c] : [a];
  }
  if (b !== undefined) return c !== undefined ? [b, c] : [b];
  return c !== undefined ? [c] : [];
}

/**
 * The one builder every call uses: a call runs to its end without calling out (so never into
 * another call), and `build` hands the arrays to the result; the next call starts it over.
 */
const builder = /* @__PURE__ */ new BasisBuilder(BPU_RULEBOOK);

/** @internal The calculation on already-validated input. */
export function computeBpuContribution(input: BpuContributionInput): BpuContributionResult {
  return priceBpu(
    input.rulebook ?? BPU_RULEBOOK,
    input.month,
    input.declaredIncome,
    input.programs ?? DEFAULT_PROGRAMS,
    input.fundingSource ?? 'self',
    input.sector ?? 'other',
    input.category ?? 'self-employed',
  );
}

/**
 * The calculation, with every option resolved. Rules come from the month's rule set of the rulebook
 * (looked up once per rulebook and month), arrays are made at their final size, and what never
 * changes (rule ids of a step, empty parameters) is shared and frozen.
 */
function priceBpu(
  rulebook: Rulebook,
  month: YearMonth,
  declaredIncome: number,
  programs: readonly BpuProgram[],
  fundingSource: FundingSource,
  sector: BpuSector,
  category: BpuCategory,
): BpuContributionResult {
  const payer = payerOf(fundingSource);
  const rules = monthRules(rulebook, month);
  const b = builder.restart(rulebook);

  const incomeLevel = bpuIncomeLevel(rules, declaredIncome, b);

  // The full amount of each program paid (undefined: not paid).
  let jkkFull: number | undefined;
  let jkmFull: number | undefined;
  let jhtFull: number | undefined;
  if (programs.includes('JKK')) jkkFull = bpuJkk(rules, incomeLevel, b);
  if (programs.includes('JKM')) {
    const jkm = b.use(rules.require('bpu.jkm.amount'));
    jkmFull = jkm.value;
    b.step('bpu.jkm', NO_PARAMS, JKM_RULES, jkm.value);
  }
  if (programs.includes('JHT')) {
    const jht = b.use(rules.require('bpu.jht.rate'));
    jhtFull = applyRate(incomeLevel, jht.value);
    b.step('bpu.jht', { level: incomeLevel, rate: jht.value }, JHT_RULES, jhtFull, DEFAULT_ROUNDING);
  }

  // Reliefs on JKK and JKM, keyed on the contribution month: PP 49/2020, then PP 50/2025, each applied
  // to the programs in the order the input gives them, one step per program.
  let jkkPaid = jkkFull;
  let jkmPaid = jkmFull;
  let pp49Outcome: ReliefOutcome | undefined;
  let pp50Outcome: ReliefOutcome | undefined;
  if (jkkFull !== undefined || jkmFull !== undefined) {
    const discounted = discountedOf(programs);
    const pp49 = rules.find('relief.pp49-2020.jkk-jkm');
    if (pp49) b.use(pp49);
    const pp50 = decidePp50(rulebook, month, sector, payer, category, b);
    if (pp49) {
      pp49Outcome = {
        relief: 'PP 49/2020',
        status: 'applied',
        discountRate: pp49.value,
        programs: discounted,
        rules: PP49_RULES,
      };
    }
    if (pp50) {
      // decidePp50 names JKK and JKM in that order; the input's order is kept.
      pp50Outcome = discounted === JKK_JKM ? pp50 : { ...pp50, programs: discounted };
      if (pp50.status === 'refused')
        b.notice(`pp50.${pp50.reason}`, 'info', { fundingSource, payer, category }, pp50.rules);
    }
    for (let r = 0; r < 2; r++) {
      const outcome = r === 0 ? pp49Outcome : pp50Outcome;
      if (outcome?.status !== 'applied') continue;
      const share = complementRate(outcome.discountRate);
      // An index loop: for…of over a frozen array allocates an iterator result per element.
      for (let i = 0; i < discounted.length; i++) {
        const program = discounted[i] as 'JKK' | 'JKM';
        const full = (program === 'JKK' ? jkkPaid : jkmPaid) as number;
        const paid = applyRate(full, share);
        if (program === 'JKK') jkkPaid = paid;
        else jkmPaid = paid;
        b.step(
          'relief.applied',
          { relief: outcome.relief, program, full, rate: outcome.discountRate },
          outcome.rules,
          paid,
          DEFAULT_ROUNDING,
        );
      }
    }
  }

  const jkkLine: BpuContributionLine | undefined =
    jkkFull === undefined || jkkPaid === undefined
      ? undefined
      : { program: 'JKK', fullAmount: jkkFull, relief: jkkFull - jkkPaid, amount: jkkPaid };
  const jkmLine: BpuContributionLine | undefined =
    jkmFull === undefined || jkmPaid === undefined
      ? undefined
      : { program: 'JKM', fullAmount: jkmFull, relief: jkmFull - jkmPaid, amount: jkmPaid };
  const jhtLine: BpuContributionLine | undefined =
    jhtFull === undefined ? undefined : { program: 'JHT', fullAmount: jhtFull, relief: 0, amount: jhtFull };
  const total = (jkkPaid ?? 0) + (jkmPaid ?? 0) + (jhtFull ?? 0);
  const totalBeforeRelief = (jkkFull ?? 0) + (jkmFull ?? 0) + (jhtFull ?? 0);
  checkRupiah(total, 'total');
  b.step('total', NO_PARAMS, NO_RULES, total);
  return {
    kind: 'bpu-contribution',
    month,
    declaredIncome,
    incomeLevel,
    fundingSource,
    payer,
    sector,
    category,
    lines: present(jkkLine, jkmLine, jhtLine),
    total,
    totalBeforeRelief,
    reliefs: present(pp49Outcome, pp50Outcome),
    confidence: b.confidence(),
    basis: b.build({ month, income: declaredIncome }),
  };
}

const INPUT_KEYS: ReadonlySet<string> = new Set([
  'month',
  'declaredIncome',
  'programs',
  'fundingSource',
  'sector',
  'category',
  'rulebook',
]);

/**
 * The result for an input that is plainly valid, checked by hand as `bpuContributionInput` would
 * check it (every value read once); `undefined` for anything else, which the schema then decides and
 * reports. A test compares both paths on random input.
 */
function plainBpuContribution(input: unknown): BpuContributionResult | undefined {
  if (!isPlainWith(input, INPUT_KEYS)) return undefined;
  const month = input['month'];
  const declaredIncome = input['declaredIncome'];
  const programsGiven = input['programs'];
  const fundingSourceGiven = input['fundingSource'];
  const sectorGiven = input['sector'];
  const categoryGiven = input['category'];
  const rulebook = input['rulebook'];
  if (!isYearMonth(month) || !isPositiveRupiah(declaredIncome)) return undefined;
  let programs: readonly BpuProgram[] = DEFAULT_PROGRAMS;
  if (programsGiven !== undefined) {
    const given = distinctChoices(programsGiven, BPU_PROGRAMS);
    if (!given || given.includes('JKK') !== given.includes('JKM')) return undefined;
    programs = given;
  }
  const fundingSource =
    fundingSourceGiven === undefined ? 'self' : member(fundingSourceGiven, FUNDING_SOURCES);
  const sector = sectorGiven === undefined ? 'other' : member(sectorGiven, BPU_SECTORS);
  const category = categoryGiven === undefined ? 'self-employed' : member(categoryGiven, BPU_CATEGORIES);
  if (fundingSource === undefined || sector === undefined || category === undefined) return undefined;
  if (rulebook !== undefined && !isRulebook(rulebook)) return undefined;
  return priceBpu(rulebook ?? BPU_RULEBOOK, month, declaredIncome, programs, fundingSource, sector, category);
}

/**
 * The monthly contribution of a BPU participant (informal or self-employed worker): JKK by declared
 * income level (PP 44/2015 Pasal 20 ayat (1)–(2), Lampiran II: Rp10.000 at the lowest level Rp1.000.000,
 * Rp207.000 at the highest level Rp20.700.000, which also applies to any higher declared income, and 1 %
 * of the declared income between them, unverified), JKM Rp6.800 (Pasal 20 ayat (3)),
 * optional JHT 2 % (PP 46/2015 Pasal 18), with the reliefs in force that month: PP 49/2020 (months
 * 2020-08 … 2021-01 pay 1 % of JKK and JKM) and PP 50/2025 (50 % off JKK and JKM in 2026, except when
 * the premium is paid through APBN or APBD, Pasal 3 ayat (5)). JHT is never discounted.
 *
 * Throws `INVALID_INPUT` listing every problem, and `RULE_NOT_IN_FORCE` for months before 2015-07.
 *
 * @example
 * ```ts
 * import { bpuContribution } from 'jamsostek';
 * bpuContribution({ month: '2025-09', declaredIncome: 1000000 }).total; // 16800
 * bpuContribution({ month: '2026-11', declaredIncome: 1000000 }).total; // 8400
 * bpuContribution({ month: '2026-11', declaredIncome: 1000000, fundingSource: 'DBHCHT' }).total; // 16800
 * bpuContribution({ month: '2025-09', declaredIncome: 30000000 }).lines[0]?.amount; // 207000 (highest level)
 * ```
 */
export function bpuContribution(input: BpuContributionInput): BpuContributionResult {
  return (
    plainBpuContribution(input) ??
    computeBpuContribution(parseInput(bpuContributionInput, input, 'BPU contribution input'))
  );
}

/**
 * BPU contributions for every month of an inclusive range, with the total and the total per program.
 *
 * @example
 * ```ts
 * import { bpuContributionSchedule } from 'jamsostek';
 * bpuContributionSchedule({ from: '2025-07', to: '2025-12', declaredIncome: 1000000 }).total; // 100800
 * ```
 */
export function bpuContributionSchedule(input: BpuContributionScheduleInput): BpuContributionScheduleResult {
  const { from, to, ...rest } = parseInput(bpuContributionScheduleInput, input, 'BPU schedule input');
  const byMonth = eachMonth({ from, to }).map((month) => computeBpuContribution({ ...rest, month }));
  const totalByProgram: Partial<Record<BpuProgram, number>> = {};
  const b = new BasisBuilder(rest.rulebook ?? BPU_RULEBOOK);
  const seen = new Set<string>();
  let total = 0;
  for (const m of byMonth) {
    total += m.total;
    for (const l of m.lines) totalByProgram[l.program] = (totalByProgram[l.program] ?? 0) + l.amount;
    for (const r of m.basis.rules) b.use(r);
    for (const n of m.basis.notices) {
      const key = `${n.code}|${JSON.stringify(n.params)}`;
      if (n.code !== 'rule.unverified' && n.code !== 'rule.stale' && !seen.has(key)) {
        seen.add(key);
        b.notice(n.code, n.level, n.params, n.rules);
      }
    }
    b.step('schedule.month', { month: m.month }, [], m.total);
  }
  checkRupiah(total, 'total');
  b.step('total', {}, [], total);
  return {
    kind: 'bpu-contribution-schedule',
    from,
    to,
    byMonth,
    total,
    totalByProgram,
    confidence: weakestConfidence(byMonth.map((m) => m.confidence)),
    basis: b.build({ from, to, income: rest.declaredIncome }),
  };
}
