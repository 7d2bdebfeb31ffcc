/**
 * Monthly contributions of BPU participants (JKK, JKM, optional JHT).
 *
 * @module
 */
import { BasisBuilder } from '../../explain/basis.ts';
import { payerOf } from '../../funding/sources.ts';
import { applyRate, complementRate, DEFAULT_ROUNDING } from '../../money/rounding.ts';
import { checkRupiah } from '../../money/rupiah.ts';
import { eachMonth } from '../../period/year-month.ts';
import { weakestConfidence } from '../../rulebook/confidence.ts';
import { lookupRule, requireRule } from '../../rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../../rulebook/official/bpu.ts';
import type { RuleRef } from '../../rulebook/types.ts';
import { parseInput } from '../../schemas/validate.ts';
import type { ReliefOutcome } from '../../vocabulary.ts';
import { decidePp50 } from './discount.ts';
import { bpuContributionInput, bpuContributionScheduleInput } from './schema.ts';
import type {
  BpuContributionInput,
  BpuContributionLine,
  BpuContributionResult,
  BpuContributionScheduleInput,
  BpuContributionScheduleResult,
  BpuProgram,
} from './types.ts';

const DEFAULT_PROGRAMS: readonly BpuProgram[] = Object.freeze(['JKK', 'JKM']);

/** @internal The calculation on already-validated input. */
export function computeBpuContribution(input: BpuContributionInput): BpuContributionResult {
  const rulebook = input.rulebook ?? BPU_RULEBOOK;
  const { month, declaredIncome } = input;
  const programs = input.programs ?? DEFAULT_PROGRAMS;
  const fundingSource = input.fundingSource ?? 'self';
  const payer = payerOf(fundingSource);
  const sector = input.sector ?? 'other';
  const category = input.category ?? 'self-employed';
  const b = new BasisBuilder(rulebook);

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
    const pp50 = decidePp50(rulebook, month, sector, payer, category, b);
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
  return computeBpuContribution(parseInput(bpuContributionInput, input, 'BPU contribution input'));
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
