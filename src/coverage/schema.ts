/**
 * Input schemas of coverage metrics.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CountSchema, PositiveCountSchema, RulebookSchema, RupiahSchema } from '../schemas/common.ts';
import {
  type BenefitToPremiumInput,
  type ClaimsMetricsInput,
  COVERAGE_TARGET_DOCUMENTS,
  type CoverageImpactInput,
  type CoveragePathInput,
  type CoverageRatioInput,
  type CoverageTargetQuery,
  type GapToTargetInput,
  type ProgramShareInput,
} from './types.ts';

const year = z.number().check(
  z.refine((n) => Number.isInteger(n) && n >= 1945 && n <= 2200, {
    message: 'must be a whole year from 1945 to 2200',
  }),
);

const TARGET_RE = /^(0(\.\d+)?|1(\.0+)?)$/;

const targetRef = z.strictObject({ document: z.enum(COVERAGE_TARGET_DOCUMENTS), year });

const target = z.union([
  z.string().check(
    z.refine((s) => TARGET_RE.test(s), {
      message: 'must be a decimal fraction from 0 to 1, such as "0.4392" for 43,92 %',
    }),
  ),
  targetRef,
]);

const notAbove = (what: string) => `must not exceed ${what}`;

/**
 * Schema of {@link CoverageRatioInput}: whole counts, a positive working population, and covered not
 * above it.
 *
 * @example
 * ```ts
 * import { CoverageRatioInputSchema } from 'jamsostek/coverage';
 * CoverageRatioInputSchema.safeParse({ covered: 2, workingPopulation: 1 }).success; // false
 * ```
 */
export const CoverageRatioInputSchema: z.ZodMiniType<CoverageRatioInput> = /* @__PURE__ */ z
  .strictObject({ covered: CountSchema, workingPopulation: PositiveCountSchema })
  .check(
    z.refine((v) => v.covered <= v.workingPopulation, {
      message: notAbove('workingPopulation'),
      path: ['covered'],
    }),
  );

/**
 * Schema of {@link ProgramShareInput}.
 *
 * @example
 * ```ts
 * import { ProgramShareInputSchema } from 'jamsostek/coverage';
 * ProgramShareInputSchema.safeParse({ programParticipants: 82093, covered: 323739 }).success; // true
 * ```
 */
export const ProgramShareInputSchema: z.ZodMiniType<ProgramShareInput> = /* @__PURE__ */ z
  .strictObject({ programParticipants: CountSchema, covered: PositiveCountSchema })
  .check(
    z.refine((v) => v.programParticipants <= v.covered, {
      message: notAbove('covered'),
      path: ['programParticipants'],
    }),
  );

/**
 * Schema of {@link CoverageImpactInput}: exactly one of `before` and `after`.
 *
 * @example
 * ```ts
 * import { CoverageImpactInputSchema } from 'jamsostek/coverage';
 * CoverageImpactInputSchema.safeParse({ after: 323739, programParticipants: 82093, workingPopulation: 1480981 }).success; // true
 * ```
 */
export const CoverageImpactInputSchema: z.ZodMiniType<CoverageImpactInput> = /* @__PURE__ */ z
  .strictObject({
    after: z.optional(CountSchema),
    before: z.optional(CountSchema),
    programParticipants: CountSchema,
    workingPopulation: PositiveCountSchema,
  })
  .check(
    z.refine((v) => (v.after === undefined) !== (v.before === undefined), {
      message: 'give exactly one of before and after',
      path: ['after'],
    }),
    z.refine((v) => v.after === undefined || v.programParticipants <= v.after, {
      message: notAbove('after'),
      path: ['programParticipants'],
    }),
    z.refine((v) => v.after === undefined || v.after <= v.workingPopulation, {
      message: notAbove('workingPopulation'),
      path: ['after'],
    }),
    z.refine((v) => v.before === undefined || v.before + v.programParticipants <= v.workingPopulation, {
      message: 'before + programParticipants must not exceed workingPopulation',
      path: ['before'],
    }),
  );

const gapShape = {
  covered: CountSchema,
  workingPopulation: PositiveCountSchema,
  target,
  rulebook: z.optional(RulebookSchema),
};

function coveredNotAbove<T extends { covered: number; workingPopulation: number }>() {
  return z.refine<T>((v) => v.covered <= v.workingPopulation, {
    message: notAbove('workingPopulation'),
    path: ['covered'],
  });
}

/**
 * Schema of {@link GapToTargetInput}.
 *
 * @example
 * ```ts
 * import { GapToTargetInputSchema } from 'jamsostek/coverage';
 * GapToTargetInputSchema.safeParse({ covered: 1, workingPopulation: 4, target: '0.5' }).success; // true
 * GapToTargetInputSchema.safeParse({ covered: 1, workingPopulation: 4, target: '50%' }).success; // false
 * ```
 */
export const GapToTargetInputSchema: z.ZodMiniType<GapToTargetInput> = /* @__PURE__ */ z
  .strictObject(gapShape)
  .check(coveredNotAbove());

/**
 * Schema of {@link CoveragePathInput}: `byYear` after `fromYear`, and required unless the target is
 * named by document and year.
 *
 * @example
 * ```ts
 * import { CoveragePathInputSchema } from 'jamsostek/coverage';
 * CoveragePathInputSchema.safeParse({ covered: 1, workingPopulation: 4, target: '0.5', fromYear: 2025, byYear: 2027 }).success; // true
 * ```
 */
export const CoveragePathInputSchema: z.ZodMiniType<CoveragePathInput> = /* @__PURE__ */ z
  .strictObject({ ...gapShape, fromYear: year, byYear: z.optional(year) })
  .check(
    coveredNotAbove(),
    z.refine((v) => v.byYear !== undefined || typeof v.target !== 'string', {
      message: 'is required when the target is a decimal string',
      path: ['byYear'],
    }),
    z.refine(
      (v) => {
        const by = v.byYear ?? (typeof v.target === 'string' ? undefined : v.target.year);
        return by === undefined || by > v.fromYear;
      },
      { message: 'the target year must be after fromYear', path: ['byYear'] },
    ),
  );

/**
 * Schema of {@link CoverageTargetQuery}.
 *
 * @example
 * ```ts
 * import { CoverageTargetQuerySchema } from 'jamsostek/coverage';
 * CoverageTargetQuerySchema.safeParse({ document: 'rkp-2026', year: 2026 }).success; // true
 * ```
 */
export const CoverageTargetQuerySchema: z.ZodMiniType<CoverageTargetQuery> = /* @__PURE__ */ z.strictObject({
  document: z.enum(COVERAGE_TARGET_DOCUMENTS),
  year,
  rulebook: z.optional(RulebookSchema),
});

const programLine = z.strictObject({
  program: z.string().check(z.minLength(1)),
  amount: RupiahSchema,
  beneficiaries: z.optional(PositiveCountSchema),
  unitAmount: z.optional(RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }))),
});

/**
 * Schema of {@link ClaimsMetricsInput}: the program lines must not add up to more than the total.
 *
 * @example
 * ```ts
 * import { ClaimsMetricsInputSchema } from 'jamsostek/coverage';
 * ClaimsMetricsInputSchema.safeParse({ total: 100, beneficiaries: 0 }).success; // false
 * ```
 */
export const ClaimsMetricsInputSchema: z.ZodMiniType<ClaimsMetricsInput> = /* @__PURE__ */ z
  .strictObject({
    total: RupiahSchema,
    beneficiaries: PositiveCountSchema,
    programs: z.optional(z.array(programLine)),
  })
  .check(
    z.refine((v) => (v.programs ?? []).reduce((s, p) => s + p.amount, 0) <= v.total, {
      message: 'the program amounts add up to more than total',
      path: ['programs'],
    }),
  );

/**
 * Schema of {@link BenefitToPremiumInput}.
 *
 * @example
 * ```ts
 * import { BenefitToPremiumInputSchema } from 'jamsostek/coverage';
 * BenefitToPremiumInputSchema.safeParse({ benefits: 10, premiums: 0 }).success; // false
 * ```
 */
export const BenefitToPremiumInputSchema: z.ZodMiniType<BenefitToPremiumInput> = /* @__PURE__ */ z.strictObject({
  benefits: RupiahSchema,
  premiums: RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' })),
});
