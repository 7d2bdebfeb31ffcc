/**
 * The straightforward implementations the fast paths are checked against: the BPU calculation and the
 * basis builder as they were written before the single-call work (issue 21), reading every rule with
 * `requireRule`/`lookupRule` on every call. The fast paths must give the same results, key for key.
 *
 * When the law changes what BPU pricing does (a new level, a new relief), change it here too, the
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
import type { Basis, BasisParam, BasisStep, Notice } from '../../src/explain/basis.ts';
import { NO_RULEBOOK } from '../../src/explain/basis.ts';
import type { NoticeCode, StepCode } from '../../src/explain/codes.ts';
import { type Payer, payerOf } from '../../src/funding/sources.ts';
import { applyRate, complementRate, DEFAULT_ROUNDING, type Rounding } from '../../src/money/rounding.ts';
import { checkRupiah } from '../../src/money/rupiah.ts';
import type { YearMonth } from '../../src/period/year-month.ts';
import type { RuleId } from '../../src/rulebook/catalog.ts';
import { weakestConfidence } from '../../src/rulebook/confidence.ts';
import { lookupRule, requireRule } from '../../src/rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../../src/rulebook/official/bpu.ts';
import type { Confidence, Rulebook, RulebookStamp, RuleRef } from '../../src/rulebook/types.ts';
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
