/**
 * Input schema of migrant-worker contributions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { IsoDateSchema, PositiveCountSchema, RulebookSchema } from '../../schemas/common.ts';
import { type InputSchema, inputSchema } from '../../schemas/input-schema.ts';
import type { MigrantWorkerContributionInput } from './types.ts';

/** @internal */
export const migrantWorkerContributionInput: z.ZodMiniType<MigrantWorkerContributionInput> =
  /* @__PURE__ */ z.strictObject({
    asOf: IsoDateSchema,
    contractMonths: z.optional(PositiveCountSchema),
    prePlacement: z.optional(z.boolean()),
    rulebook: z.optional(RulebookSchema),
  });

/**
 * Schema of {@link MigrantWorkerContributionInput}.
 *
 * @example
 * ```ts
 * import { MigrantWorkerContributionInputSchema } from 'jamsostek/payroll';
 * MigrantWorkerContributionInputSchema.safeParse({ asOf: '2025-01-10', contractMonths: 24 }).success; // true
 * ```
 */
export const MigrantWorkerContributionInputSchema: InputSchema<MigrantWorkerContributionInput> =
  /* @__PURE__ */ inputSchema(migrantWorkerContributionInput, 'migrant worker contribution input');
