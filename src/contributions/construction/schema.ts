/**
 * Input schema of construction-project contributions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { RulebookSchema, RupiahSchema, YearMonthSchema } from '../../schemas/common.ts';
import { type InputSchema, inputSchema } from '../../schemas/input-schema.ts';
import type { ConstructionContributionInput } from './types.ts';

const EXACTLY_ONE = 'give exactly one of wage and contractValue';

/**
 * @internal One object with both amounts optional, so that a wrong amount is reported at its own path;
 * then exactly one of them must be given, and the output is the matching member of the union.
 */
export const constructionContributionInput: z.ZodMiniType<ConstructionContributionInput> =
  /* @__PURE__ */ z.pipe(
    z
      .strictObject({
        month: YearMonthSchema,
        wage: z.optional(RupiahSchema),
        contractValue: z.optional(RupiahSchema),
        rulebook: z.optional(RulebookSchema),
      })
      .check(
        z.superRefine((v, ctx) => {
          if ((v.wage === undefined) === (v.contractValue === undefined))
            ctx.issues.push({
              code: 'custom',
              message: EXACTLY_ONE,
              path: [v.wage === undefined ? 'wage' : 'contractValue'],
              input: v.wage === undefined ? undefined : v.contractValue,
              continue: true,
            });
        }),
      ),
    z.transform((v): ConstructionContributionInput => {
      const rulebook = v.rulebook === undefined ? {} : { rulebook: v.rulebook };
      return v.wage !== undefined
        ? { month: v.month, wage: v.wage, ...rulebook }
        : { month: v.month, contractValue: v.contractValue ?? 0, ...rulebook };
    }),
  );

/**
 * Schema of {@link ConstructionContributionInput}.
 *
 * @example
 * ```ts
 * import { ConstructionContributionInputSchema } from 'jamsostek/payroll';
 * ConstructionContributionInputSchema.safeParse({ month: '2025-06', contractValue: 180000000 }).success; // true
 * ConstructionContributionInputSchema.safeParse({ month: '2025-06', wage: 1, contractValue: 1 }).success; // false
 * ```
 */
export const ConstructionContributionInputSchema: InputSchema<ConstructionContributionInput> =
  /* @__PURE__ */ inputSchema(constructionContributionInput, 'construction contribution input');
