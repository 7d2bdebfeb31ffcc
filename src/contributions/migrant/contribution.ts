/**
 * JKK and JKM contributions of Indonesian migrant workers (Permenaker 4/2023 Pasal 18).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Basis, Explainable } from '../../explain/basis.ts';
import { BasisBuilder } from '../../explain/basis.ts';
import type { Rupiah } from '../../money/rupiah.ts';
import type { IsoDate } from '../../period/iso-date.ts';
import { requireRule } from '../../rulebook/lookup.ts';
import { PAYROLL_RULEBOOK } from '../../rulebook/official/payroll.ts';
import type { Confidence, Rulebook } from '../../rulebook/types.ts';
import { IsoDateSchema, PositiveCountSchema, RulebookSchema } from '../../schemas/common.ts';
import { parseInput } from '../../schemas/validate.ts';

/** Input of `migrantWorkerContribution`. */
export interface MigrantWorkerContributionInput {
  /** Date the contribution is paid (selects the rules in force), `YYYY-MM-DD`. */
  readonly date: IsoDate;
  /** Length of the work contract in months; omit to get only the pre-placement contribution. */
  readonly contractMonths?: number | undefined;
  /** Include the pre-placement contribution (default `true`). */
  readonly prePlacement?: boolean | undefined;
  /** Rulebook; default the official one. */
  readonly rulebook?: Rulebook | undefined;
}

/** Contract months beyond 24 and what they cost. */
export interface MigrantExtension {
  /** Months beyond 24. */
  readonly months: number;
  /** Their amount. */
  readonly amount: Rupiah;
}

/** Result of `migrantWorkerContribution`. */
export interface MigrantWorkerContributionResult extends Explainable {
  /** Always `'migrant-contribution'`. */
  readonly kind: 'migrant-contribution';
  /** Pre-placement JKK + JKM (0 when not requested). */
  readonly prePlacement: Rupiah;
  /** JKK + JKM during and after placement for the contract tier (0 without a contract). */
  readonly placement: Rupiah;
  /** Contract tier used (6, 12 or 24 months), if any. */
  readonly tierMonths?: number | undefined;
  /** Months beyond 24 and their amount. */
  readonly extension: MigrantExtension;
  /** Total to pay. */
  readonly total: Rupiah;
  /** The weakest confidence of the rules used. */
  readonly confidence: Confidence;
  /** The basis. */
  readonly basis: Basis;
}

/**
 * Schema of {@link MigrantWorkerContributionInput}.
 *
 * @example
 * ```ts
 * import { MigrantWorkerContributionInputSchema } from 'jamsostek/payroll';
 * MigrantWorkerContributionInputSchema.safeParse({ date: '2025-01-10', contractMonths: 24 }).success; // true
 * ```
 */
export const MigrantWorkerContributionInputSchema: z.ZodMiniType<MigrantWorkerContributionInput> =
  /* @__PURE__ */ z.strictObject({
    date: IsoDateSchema,
    contractMonths: z.optional(PositiveCountSchema),
    prePlacement: z.optional(z.boolean()),
    rulebook: z.optional(RulebookSchema),
  });

/**
 * JKK and JKM for an Indonesian migrant worker (Permenaker 4/2023 Pasal 18): Rp37.500 before
 * placement; for the placement, Rp108.000 / Rp189.000 / Rp332.500 for a 6 / 12 / 24-month contract, plus
 * Rp13.500 for each month beyond 24. A contract length between the listed ones uses the next longer
 * tier, with a warning (the regulation lists only these).
 *
 * @example
 * ```ts
 * import { migrantWorkerContribution } from 'jamsostek/payroll';
 * migrantWorkerContribution({ date: '2025-01-10', contractMonths: 24 }).total; // 37500 + 332500 = 370000
 * migrantWorkerContribution({ date: '2025-01-10', contractMonths: 30, prePlacement: false }).total; // 332500 + 6 × 13500 = 413500
 * ```
 */
export function migrantWorkerContribution(
  input: MigrantWorkerContributionInput,
): MigrantWorkerContributionResult {
  const q = parseInput(MigrantWorkerContributionInputSchema, input, 'migrant worker contribution input');
  const rulebook = q.rulebook ?? PAYROLL_RULEBOOK;
  const b = new BasisBuilder(rulebook);
  let prePlacement = 0;
  if (q.prePlacement !== false) {
    const r = b.use(requireRule(rulebook, 'migrant.pre-placement', q.date));
    prePlacement = r.value;
    b.step('migrant.pre-placement', {}, [r.id], prePlacement);
  }
  let placement = 0;
  let tierMonths: number | undefined;
  const extension = { months: 0, amount: 0 };
  if (q.contractMonths !== undefined) {
    const table = b.use(requireRule(rulebook, 'migrant.contract', q.date));
    const rows = [...(table.value as readonly { months: number; amount: number }[])].sort(
      (x, y) => x.months - y.months,
    );
    const longest = rows[rows.length - 1] as { months: number; amount: number };
    const row = rows.find((r) => r.months >= (q.contractMonths as number)) ?? longest;
    tierMonths = row.months;
    placement = row.amount;
    b.step('migrant.contract', { tier: row.months }, [table.id], placement);
    if (q.contractMonths < row.months)
      b.notice('migrant.tier-rounded-up', 'warning', { months: q.contractMonths, tier: row.months }, [
        table.id,
      ]);
    if (q.contractMonths > longest.months) {
      const extra = b.use(requireRule(rulebook, 'migrant.extra-month', q.date));
      extension.months = q.contractMonths - longest.months;
      extension.amount = extension.months * extra.value;
      b.step(
        'migrant.extra',
        { months: extension.months, perMonth: extra.value },
        [extra.id],
        extension.amount,
      );
    }
  }
  const total = prePlacement + placement + extension.amount;
  b.step('total', {}, [], total);
  const basis = b.build();
  return {
    kind: 'migrant-contribution',
    prePlacement,
    placement,
    tierMonths,
    extension,
    total,
    confidence: b.confidence(),
    basis,
  };
}
