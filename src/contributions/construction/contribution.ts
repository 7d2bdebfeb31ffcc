/**
 * JKK and JKM contributions on construction projects (PP 44/2015 Pasal 54–55).
 *
 * @module
 */
import { BasisBuilder } from '../../explain/basis.ts';
import { applyRate, complementRate, DEFAULT_ROUNDING } from '../../money/rounding.ts';
import { checkRupiah } from '../../money/rupiah.ts';
import { lookupRule, requireRule } from '../../rulebook/lookup.ts';
import { PAYROLL_RULEBOOK } from '../../rulebook/official/payroll.ts';
import { parseInput } from '../../schemas/validate.ts';
import type { ReliefOutcome } from '../../vocabulary.ts';
import { constructionContributionInput } from './schema.ts';
import type { ConstructionContributionInput, ConstructionContributionResult } from './types.ts';

/**
 * JKK and JKM of a construction project for casual, piece-rate and fixed-term workers: 1,74 % and
 * 0,30 % of the wages when they are known (PP 44/2015 Pasal 54 ayat (1), 55 ayat (1)); otherwise marginal
 * rates on the contract value by tier (≤ 100 juta, 100–500 juta, 500 juta–1 miliar, 1–5 miliar, above:
 * JKK 0,21 / 0,17 / 0,13 / 0,11 / 0,09 %, JKM 0,03 / 0,02 / 0,02 / 0,01 / 0,01 %; ayat (2)). Each tier is
 * rounded half-up to the rupiah. In months 2020-08 … 2021-01 PP 49/2020 leaves 1 % to pay.
 *
 * Give exactly one of `wage` and `contractValue`; the result says which it used (`basedOn`).
 *
 * @example
 * ```ts
 * import { constructionContribution } from 'jamsostek/payroll';
 * const r = constructionContribution({ month: '2025-06', contractValue: 180000000 });
 * [r.jkk, r.jkm]; // [346000, 46000]
 * ```
 */
export function constructionContribution(
  input: ConstructionContributionInput,
): ConstructionContributionResult {
  const q = parseInput(constructionContributionInput, input, 'construction contribution input');
  const rulebook = q.rulebook ?? PAYROLL_RULEBOOK;
  const { month } = q;
  const b = new BasisBuilder(rulebook);
  const full: Record<'JKK' | 'JKM', number> = { JKK: 0, JKM: 0 };
  for (const program of ['JKK', 'JKM'] as const) {
    const p = program === 'JKK' ? 'jkk' : 'jkm';
    if (q.wage !== undefined) {
      const r = b.use(requireRule(rulebook, `construction.wage.${p}-rate`, month));
      full[program] = applyRate(q.wage, r.value);
      b.step(
        'construction.wage',
        { program, rate: r.value, wage: q.wage },
        [r.id],
        full[program],
        DEFAULT_ROUNDING,
      );
    } else {
      const r = b.use(requireRule(rulebook, `construction.contract.${p}-tiers`, month));
      let lower = 0;
      for (const t of r.value) {
        if (q.contractValue <= lower) break;
        const upper = t.upTo === null ? q.contractValue : Math.min(t.upTo, q.contractValue);
        const slice = upper - lower;
        const amount = applyRate(slice, t.rate);
        b.step(
          t.upTo === null ? 'construction.tier.top' : 'construction.tier',
          { program, rate: t.rate, from: lower, to: t.upTo ?? 0, slice },
          [r.id],
          amount,
          DEFAULT_ROUNDING,
        );
        full[program] += amount;
        lower = upper;
      }
      b.step('construction.program-total', { program }, [r.id], full[program]);
    }
  }
  const payable = { ...full };
  const reliefs: ReliefOutcome[] = [];
  const pp49 = lookupRule(rulebook, 'relief.pp49-2020.jkk-jkm', month);
  if (pp49) {
    b.use(pp49);
    const rate = pp49.value;
    for (const program of ['JKK', 'JKM'] as const) {
      payable[program] = applyRate(full[program], complementRate(rate));
      b.step(
        'relief.applied',
        { relief: 'PP 49/2020', program, full: full[program], rate },
        [pp49.id],
        payable[program],
        DEFAULT_ROUNDING,
      );
    }
    reliefs.push({
      relief: 'PP 49/2020',
      status: 'applied',
      discountRate: rate,
      programs: ['JKK', 'JKM'],
      rules: [pp49.id],
    });
  }
  const total = checkRupiah(payable.JKK + payable.JKM, 'total');
  b.step('total', {}, [], total);
  const base = {
    kind: 'construction-contribution' as const,
    month,
    jkk: payable.JKK,
    jkm: payable.JKM,
    total,
    totalBeforeRelief: checkRupiah(full.JKK + full.JKM, 'total before relief'),
    reliefs,
    confidence: b.confidence(),
    basis: b.build({ month }),
  };
  if (q.wage !== undefined) return { ...base, basedOn: 'wage', wage: q.wage };
  return { ...base, basedOn: 'contract-value', contractValue: q.contractValue };
}
