/**
 * Input schemas of BPU contributions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { FundingSourceSchema, RulebookSchema, YearMonthSchema } from '../../schemas/common.ts';
import { type InputSchema, inputSchema } from '../../schemas/input-schema.ts';
import {
  BPU_CATEGORIES,
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

const income = z
  .number()
  .check(
    z.refine((n) => Number.isSafeInteger(n) && n > 0, { message: 'must be a positive whole rupiah amount' }),
  );

const shared = {
  programs: z.optional(programs),
  fundingSource: z.optional(FundingSourceSchema),
  sector: z.optional(z.enum(BPU_SECTORS)),
  category: z.optional(z.enum(BPU_CATEGORIES)),
  rulebook: z.optional(RulebookSchema),
};

/** @internal */
export const bpuContributionInput: z.ZodMiniType<BpuContributionInput> = /* @__PURE__ */ z.strictObject({
  month: YearMonthSchema,
  declaredIncome: income,
  ...shared,
});

/** @internal */
export const bpuContributionScheduleInput: z.ZodMiniType<BpuContributionScheduleInput> = /* @__PURE__ */ z
  .strictObject({ from: YearMonthSchema, to: YearMonthSchema, declaredIncome: income, ...shared })
  .check(
    z.refine((v) => !(v.from && v.to && v.to < v.from), {
      message: 'to must not be before from',
      path: ['to'],
    }),
  );

/** @internal */
export const bpuDiscountQuery: z.ZodMiniType<BpuDiscountQuery> = /* @__PURE__ */ z.strictObject({
  month: YearMonthSchema,
  fundingSource: shared.fundingSource,
  sector: shared.sector,
  category: shared.category,
  rulebook: shared.rulebook,
});

/**
 * Schema of {@link BpuContributionInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { BpuContributionInputSchema } from 'jamsostek';
 * BpuContributionInputSchema.safeParse({ month: '2025-09', declaredIncome: 1000000 }).success; // true
 * ```
 */
export const BpuContributionInputSchema: InputSchema<BpuContributionInput> = /* @__PURE__ */ inputSchema(
  bpuContributionInput,
  'BPU contribution input',
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
export const BpuContributionScheduleInputSchema: InputSchema<BpuContributionScheduleInput> =
  /* @__PURE__ */ inputSchema(bpuContributionScheduleInput, 'BPU schedule input');

/**
 * Schema of {@link BpuDiscountQuery}.
 *
 * @example
 * ```ts
 * import { BpuDiscountQuerySchema } from 'jamsostek';
 * BpuDiscountQuerySchema.safeParse({ month: '2026-05', fundingSource: 'APBD' }).success; // true
 * ```
 */
export const BpuDiscountQuerySchema: InputSchema<BpuDiscountQuery> = /* @__PURE__ */ inputSchema(
  bpuDiscountQuery,
  'BPU discount query',
);
