/**
 * Input schemas of BPU contributions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { RulebookSchema, RupiahSchema, YearMonthSchema } from '../../schemas/common.ts';
import {
  BPU_CATEGORIES,
  BPU_PAYERS,
  BPU_PROGRAMS,
  BPU_SECTORS,
  type BpuContributionInput,
  type BpuContributionScheduleInput,
  type BpuDiscountQuery,
} from './types.ts';

const programs = z.array(z.enum(BPU_PROGRAMS)).check(
  z.refine((a) => new Set(a).size === a.length, { message: 'must not repeat a program' }),
  z.refine((a) => a.includes('JKK') === a.includes('JKM'), {
    message: 'JKK and JKM are joined together (PP 44/2015 Pasal 4 ayat (2))',
  }),
  z.refine((a) => a.length > 0, { message: 'must name at least one program' }),
);

const income = RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }));

const shared = {
  programs: z.optional(programs),
  payer: z.optional(z.enum(BPU_PAYERS)),
  sector: z.optional(z.enum(BPU_SECTORS)),
  category: z.optional(z.enum(BPU_CATEGORIES)),
  rulebook: z.optional(RulebookSchema),
};

/**
 * Schema of {@link BpuContributionInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { BpuContributionInputSchema } from 'jamsostek';
 * BpuContributionInputSchema.safeParse({ month: '2025-09', declaredIncome: 1000000 }).success; // true
 * ```
 */
export const BpuContributionInputSchema: z.ZodMiniType<BpuContributionInput> = /* @__PURE__ */ z.strictObject(
  {
    month: YearMonthSchema,
    declaredIncome: income,
    ...shared,
  },
);

/**
 * Schema of {@link BpuContributionScheduleInput}.
 *
 * @example
 * ```ts
 * import { BpuContributionScheduleInputSchema } from 'jamsostek';
 * BpuContributionScheduleInputSchema.safeParse({ from: '2025-07', to: '2025-12', declaredIncome: 1000000 }).success; // true
 * ```
 */
export const BpuContributionScheduleInputSchema: z.ZodMiniType<BpuContributionScheduleInput> =
  /* @__PURE__ */ z
    .strictObject({ from: YearMonthSchema, to: YearMonthSchema, declaredIncome: income, ...shared })
    .check(
      z.refine((v) => !(v.from && v.to && v.to < v.from), {
        message: 'to must not be before from',
        path: ['to'],
      }),
    );

/**
 * Schema of {@link BpuDiscountQuery}.
 *
 * @example
 * ```ts
 * import { BpuDiscountQuerySchema } from 'jamsostek';
 * BpuDiscountQuerySchema.safeParse({ month: '2026-05', payer: 'APBD' }).success; // true
 * ```
 */
export const BpuDiscountQuerySchema: z.ZodMiniType<BpuDiscountQuery> = /* @__PURE__ */ z.strictObject({
  month: YearMonthSchema,
  payer: shared.payer,
  sector: shared.sector,
  category: shared.category,
  rulebook: shared.rulebook,
});
