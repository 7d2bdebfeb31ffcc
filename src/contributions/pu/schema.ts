/**
 * Input schemas of PU contributions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { RulebookSchema, RupiahSchema, YearMonthSchema } from '../../schemas/common.ts';
import {
  PU_PROGRAMS,
  type PuContributionInput,
  type PuContributionScheduleInput,
  type PuWageBaseInput,
  type RiskClass,
} from './types.ts';

const programs = z.array(z.enum(PU_PROGRAMS)).check(
  z.refine((a) => new Set(a).size === a.length, { message: 'must not repeat a program' }),
  z.refine((a) => a.includes('JKK') && a.includes('JKM'), {
    message: 'must include JKK and JKM, which every registered wage earner pays (PP 44/2015 Pasal 4)',
  }),
);

const wage = RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }));

const shared = {
  wage,
  riskClass: z.custom<RiskClass>((v) => [1, 2, 3, 4, 5].includes(v as number), {
    message: 'must be a risk class 1, 2, 3, 4 or 5',
  }),
  jkpMember: z.optional(z.boolean()),
  programs: z.optional(programs),
  laborIntensiveRelief: z.optional(z.boolean()),
  rulebook: z.optional(RulebookSchema),
};

/**
 * Schema of {@link PuContributionInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { PuContributionInputSchema } from 'jamsostek/payroll';
 * PuContributionInputSchema.safeParse({ month: '2025-06', wage: 12000000, riskClass: 6 }).success; // false
 * ```
 */
export const PuContributionInputSchema: z.ZodMiniType<PuContributionInput> = /* @__PURE__ */ z.strictObject({
  month: YearMonthSchema,
  ...shared,
});

/**
 * Schema of {@link PuContributionScheduleInput}.
 *
 * @example
 * ```ts
 * import { PuContributionScheduleInputSchema } from 'jamsostek/payroll';
 * PuContributionScheduleInputSchema.safeParse({ from: '2025-01', to: '2025-12', wage: 8000000, riskClass: 2 }).success; // true
 * ```
 */
export const PuContributionScheduleInputSchema: z.ZodMiniType<PuContributionScheduleInput> = /* @__PURE__ */ z
  .strictObject({ from: YearMonthSchema, to: YearMonthSchema, ...shared })
  .check(
    z.refine((v) => !(v.from && v.to && v.to < v.from), {
      message: 'to must not be before from',
      path: ['to'],
    }),
  );

/**
 * Schema of {@link PuWageBaseInput}.
 *
 * @example
 * ```ts
 * import { PuWageBaseInputSchema } from 'jamsostek/payroll';
 * PuWageBaseInputSchema.safeParse({ payBasis: 'daily', month: '2025-06', dailyWage: 150000 }).success; // true
 * ```
 */
export const PuWageBaseInputSchema: z.ZodMiniType<PuWageBaseInput> = /* @__PURE__ */ z.discriminatedUnion(
  'payBasis',
  [
    z.strictObject({
      payBasis: z.literal('monthly'),
      month: YearMonthSchema,
      basicWage: RupiahSchema,
      fixedAllowances: z.optional(RupiahSchema),
      rulebook: z.optional(RulebookSchema),
    }),
    z.strictObject({
      payBasis: z.literal('daily'),
      month: YearMonthSchema,
      dailyWage: RupiahSchema,
      rulebook: z.optional(RulebookSchema),
    }),
    z.strictObject({
      payBasis: z.enum(['piece-rate', 'piece-rate-weather']),
      month: YearMonthSchema,
      lastMonths: z.array(RupiahSchema).check(z.minLength(1)),
      rulebook: z.optional(RulebookSchema),
    }),
  ],
);
