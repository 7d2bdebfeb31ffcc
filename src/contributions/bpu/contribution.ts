/**
 * Monthly contributions of BPU participants (JKK, JKM, optional JHT).
 *
 * @module
 */
import { BasisBuilder } from '../../explain/basis.ts';
import { applyRate, complementRate, DEFAULT_ROUNDING } from '../../money/rounding.ts';
import { checkRupiah } from '../../money/rupiah.ts';
import { eachMonth } from '../../period/year-month.ts';
import { weakestConfidence } from '../../rulebook/confidence.ts';
import { findRule, ruleAt } from '../../rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../../rulebook/official/bpu.ts';
import { parseInput } from '../../schemas/validate.ts';
import { decidePp50 } from './discount.ts';
import { BpuContributionInputSchema, BpuContributionScheduleInputSchema } from './schema.ts';
import type {
  BpuContributionInput,
  BpuContributionLine,
  BpuContributionResult,
  BpuContributionScheduleInput,
  BpuContributionScheduleResult,
  BpuProgram,
  BpuReliefOutcome,
} from './types.ts';

/** @internal The calculation on already-validated input. */
export function computeBpuContribution(input: BpuContributionInput): BpuContributionResult {
  const rulebook = input.rulebook ?? BPU_RULEBOOK;
  const { month, declaredIncome } = input;
  const programs = input.programs ?? (['JKK', 'JKM'] as const);
  const payer = input.payer ?? 'self';
  const sector = input.sector ?? 'other';
  const category = input.category ?? 'self-employed';
  const b = new BasisBuilder(rulebook.name);

  const lowest = b.use(ruleAt(rulebook, 'bpu.jkk.lowest-level', month));
  const lowestLevel = lowest.value as number;
  const incomeLevel = Math.max(declaredIncome, lowestLevel);
  if (declaredIncome < lowestLevel) {
    b.step('bpu.level.raised', { income: declaredIncome, level: incomeLevel }, [lowest.id]);
  }

  const full = new Map<BpuProgram, number>();
  if (programs.includes('JKK')) {
    const table = b.use(ruleAt(rulebook, 'bpu.jkk.table', month));
    const row = (table.value as readonly { income: number; amount: number }[]).find(
      (r) => r.income === incomeLevel,
    );
    if (row) {
      full.set('JKK', row.amount);
      b.step('bpu.jkk.table', { level: incomeLevel }, [table.id], row.amount);
    } else {
      const fallback = b.use(ruleAt(rulebook, 'bpu.jkk.fallback-rate', month));
      const amount = applyRate(incomeLevel, fallback.value as string);
      full.set('JKK', amount);
      b.step(
        'bpu.jkk.fallback',
        { level: incomeLevel, rate: fallback.value as string },
        [fallback.id],
        amount,
        DEFAULT_ROUNDING,
      );
    }
  }
  if (programs.includes('JKM')) {
    const jkm = b.use(ruleAt(rulebook, 'bpu.jkm.amount', month));
    full.set('JKM', jkm.value as number);
    b.step('bpu.jkm', {}, [jkm.id], jkm.value as number);
  }
  if (programs.includes('JHT')) {
    const jht = b.use(ruleAt(rulebook, 'bpu.jht.rate', month));
    const amount = applyRate(incomeLevel, jht.value as string);
    full.set('JHT', amount);
    b.step('bpu.jht', { level: incomeLevel, rate: jht.value as string }, [jht.id], amount, DEFAULT_ROUNDING);
  }

  // Reliefs on JKK and JKM, keyed on the contribution month.
  const reliefs: BpuReliefOutcome[] = [];
  const discounted = programs.filter((p): p is 'JKK' | 'JKM' => p === 'JKK' || p === 'JKM');
  const payable = new Map(full);
  const discount = (rate: string, rules: readonly string[], relief: string): void => {
    for (const p of discounted) {
      const before = payable.get(p) as number;
      const after = applyRate(before, complementRate(rate));
      payable.set(p, after);
      b.step('relief.applied', { relief, program: p, full: before, rate }, rules, after, DEFAULT_ROUNDING);
    }
  };
  if (discounted.length) {
    const pp49 = findRule(rulebook, 'relief.pp49-2020.jkk-jkm', month);
    if (pp49) {
      b.use(pp49);
      reliefs.push({
        relief: 'PP 49/2020',
        status: 'applied',
        discountRate: pp49.value as string,
        programs: discounted,
        rules: [pp49.id],
      });
      discount(pp49.value as string, [pp49.id], 'PP 49/2020');
    }
    const pp50 = decidePp50(rulebook, month, sector, payer, category, b);
    if (pp50.status === 'applied') {
      reliefs.push({
        relief: 'PP 50/2025',
        status: 'applied',
        discountRate: pp50.discountRate,
        programs: discounted,
        rules: pp50.rules,
      });
      discount(pp50.discountRate, pp50.rules, 'PP 50/2025');
    } else if (pp50.status === 'refused') {
      reliefs.push({
        relief: 'PP 50/2025',
        status: 'refused',
        reason: pp50.reason,
        discountRate: pp50.discountRate,
        programs: discounted,
        rules: pp50.rules,
      });
      b.notice(`pp50.${pp50.reason}`, 'info', { payer, category }, pp50.rules);
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
  const basis = b.build();
  return {
    kind: 'bpu-contribution',
    month,
    declaredIncome,
    incomeLevel,
    payer,
    sector,
    category,
    lines,
    total,
    totalBeforeRelief,
    reliefs,
    confidence: basis.confidence,
    titleParams: { month, income: declaredIncome },
    basis,
  };
}

/**
 * The monthly contribution of a BPU participant (informal or self-employed worker): JKK by declared
 * income level (PP 44/2015 Pasal 20 ayat (1)–(2), Lampiran II), JKM Rp6.800 (Pasal 20 ayat (3)),
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
 * bpuContribution({ month: '2026-11', declaredIncome: 1000000, payer: 'APBD' }).total; // 16800
 * ```
 */
export function bpuContribution(input: BpuContributionInput): BpuContributionResult {
  return computeBpuContribution(parseInput(BpuContributionInputSchema, input, 'BPU contribution input'));
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
  const { from, to, ...rest } = parseInput(BpuContributionScheduleInputSchema, input, 'BPU schedule input');
  const months = eachMonth({ from, to }).map((month) => computeBpuContribution({ ...rest, month }));
  const totalByProgram: Partial<Record<BpuProgram, number>> = {};
  let total = 0;
  for (const m of months) {
    total += m.total;
    for (const l of m.lines) totalByProgram[l.program] = (totalByProgram[l.program] ?? 0) + l.amount;
  }
  const confidence = weakestConfidence(months.map((m) => m.confidence));
  return {
    kind: 'bpu-contribution-schedule',
    months,
    total: checkRupiah(total, 'total'),
    totalByProgram,
    confidence,
  };
}
