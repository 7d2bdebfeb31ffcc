/**
 * JKK and JKM contributions on construction projects (PP 44/2015 Pasal 54–55).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Basis, Explainable } from '../../explain/basis.ts';
import { BasisBuilder } from '../../explain/basis.ts';
import { applyRate, complementRate, DEFAULT_ROUNDING } from '../../money/rounding.ts';
import type { Rupiah } from '../../money/rupiah.ts';
import type { YearMonth } from '../../period/year-month.ts';
import { lookupRule, requireRule } from '../../rulebook/lookup.ts';
import { PAYROLL_RULEBOOK } from '../../rulebook/official/payroll.ts';
import type { Confidence, Rulebook } from '../../rulebook/types.ts';
import { RulebookSchema, RupiahSchema, YearMonthSchema } from '../../schemas/common.ts';
import { parseInput } from '../../schemas/validate.ts';

/** Input of `constructionContribution`: give the wages when they are known, else the contract value. */
export type ConstructionContributionInput =
  | {
      /** Contribution month. */
      readonly month: YearMonth;
      /** Monthly wages of the project's workers, when known (Pasal 54 ayat (1), 55 ayat (1)). */
      readonly wage: Rupiah;
      /** Rulebook; default the official one. */
      readonly rulebook?: Rulebook | undefined;
    }
  | {
      /** Contribution month. */
      readonly month: YearMonth;
      /** Value of the construction contract, when wages are unknown (Pasal 54 ayat (2), 55 ayat (2)). */
      readonly contractValue: Rupiah;
      /** Rulebook; default the official one. */
      readonly rulebook?: Rulebook | undefined;
    };

/** Result of `constructionContribution`. */
export interface ConstructionContributionResult extends Explainable {
  /** Always `'construction-contribution'`. */
  readonly kind: 'construction-contribution';
  /** `'wage'` or `'contract-value'`. */
  readonly basedOn: 'wage' | 'contract-value';
  /** JKK payable. */
  readonly jkk: Rupiah;
  /** JKM payable. */
  readonly jkm: Rupiah;
  /** JKK + JKM. */
  readonly total: Rupiah;
  /** JKK + JKM before the PP 49/2020 relief. */
  readonly totalBeforeRelief: Rupiah;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/**
 * Schema of {@link ConstructionContributionInput}.
 *
 * @example
 * ```ts
 * import { ConstructionContributionInputSchema } from 'jamsostek/payroll';
 * ConstructionContributionInputSchema.safeParse({ month: '2025-06', contractValue: 180000000 }).success; // true
 * ```
 */
export const ConstructionContributionInputSchema: z.ZodMiniType<ConstructionContributionInput> =
  /* @__PURE__ */ z.union([
    z.strictObject({ month: YearMonthSchema, wage: RupiahSchema, rulebook: z.optional(RulebookSchema) }),
    z.strictObject({
      month: YearMonthSchema,
      contractValue: RupiahSchema,
      rulebook: z.optional(RulebookSchema),
    }),
  ]);

/**
 * JKK and JKM of a construction project for casual, piece-rate and fixed-term workers: 1,74 % and
 * 0,30 % of the wages when they are known (PP 44/2015 Pasal 54 ayat (1), 55 ayat (1)); otherwise marginal
 * rates on the contract value by tier (≤ 100 juta, 100–500 juta, 500 juta–1 miliar, 1–5 miliar, above:
 * JKK 0,21 / 0,17 / 0,13 / 0,11 / 0,09 %, JKM 0,03 / 0,02 / 0,02 / 0,01 / 0,01 %; ayat (2)). Each tier is
 * rounded half-up to the rupiah. In months 2020-08 … 2021-01 PP 49/2020 leaves 1 % to pay.
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
  const q = parseInput(ConstructionContributionInputSchema, input, 'construction contribution input');
  const rulebook = q.rulebook ?? PAYROLL_RULEBOOK;
  const { month } = q;
  const b = new BasisBuilder(rulebook);
  const full: Record<'JKK' | 'JKM', number> = { JKK: 0, JKM: 0 };
  const basedOn = 'wage' in q ? 'wage' : 'contract-value';
  for (const program of ['JKK', 'JKM'] as const) {
    const p = program === 'JKK' ? 'jkk' : 'jkm';
    if ('wage' in q) {
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
  }
  const total = payable.JKK + payable.JKM;
  b.step('total', {}, [], total);
  const basis = b.build({ month });
  return {
    kind: 'construction-contribution',
    basedOn,
    jkk: payable.JKK,
    jkm: payable.JKM,
    total,
    totalBeforeRelief: full.JKK + full.JKM,
    confidence: b.confidence(),
    basis,
  };
}
