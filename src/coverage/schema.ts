/**
 * Input schemas of coverage metrics.
 *
 * @module
 */
import * as z from 'zod/mini';
import { parseDecimalText } from '../money/decimal.ts';
import {
  CountSchema,
  IsoDateSchema,
  PositiveCountSchema,
  RulebookSchema,
  RupiahSchema,
} from '../schemas/common.ts';
import { type InputSchema, inputSchema } from '../schemas/input-schema.ts';
import { regionCodeSchema, validAt } from './region.ts';
import {
  type BenefitToPremiumRatioInput,
  type ClaimsMetricsInput,
  COVERAGE_TARGET_DOCUMENTS,
  type CoverageGapInput,
  type CoverageImpactInput,
  type CoveragePathInput,
  type CoverageRatioInput,
  type CoverageReportInput,
  type CoverageTargetQuery,
  type CoverageTargetRef,
  type CoverageTargetSpec,
  type ProgramShareInput,
} from './types.ts';

/** @internal The years coverage figures and targets can be set for. */
export const YEAR_RANGE = { min: 1945, max: 2100 } as const;

const year = z.number().check(
  z.refine((n) => Number.isInteger(n) && n >= YEAR_RANGE.min && n <= YEAR_RANGE.max, {
    message: `must be a whole year from ${String(YEAR_RANGE.min)} to ${String(YEAR_RANGE.max)}`,
  }),
);

/** A decimal string from 0 to 1 within the library's decimal bounds. */
function isFraction(v: string): boolean {
  const d = parseDecimalText(v);
  return d !== undefined && !d.isNegative() && d.lte(1);
}

const TARGET_TEXT = 'must be a decimal fraction from 0 to 1, such as "0.4392" for 43,92 %';

const targetRef: z.ZodMiniType<CoverageTargetRef> = z.strictObject({
  document: z.enum(COVERAGE_TARGET_DOCUMENTS),
  year,
});

/**
 * Exactly one of a decimal string and a `{ document, year }` reference, each checked on its own so that
 * an issue names the member it is about (`target.year`, not "matches no form").
 */
const target: z.ZodMiniType<CoverageTargetSpec> = z
  .custom<CoverageTargetSpec>(() => true)
  .check(
    z.superRefine((v, ctx) => {
      if (typeof v === 'string') {
        if (!isFraction(v)) ctx.addIssue({ code: 'custom', message: TARGET_TEXT, input: v });
        return;
      }
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        ctx.addIssue({
          code: 'custom',
          message: `${TARGET_TEXT}, or a { document, year } target such as { document: 'rpjmn-2025-2029', year: 2029 }`,
          input: v,
        });
        return;
      }
      const r = targetRef.safeParse(v, { reportInput: true });
      if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...issue });
    }),
  );

const notAbove = (what: string) => `must not exceed ${what}`;

/**
 * A schema typed `T` that checks with `loose`, for inputs whose type is a union an object schema cannot
 * spell (exactly one of two keys): `loose`'s refinements must say what the union says. Its issues are
 * passed on unchanged, so every problem keeps its own path and message.
 */
function checkedAs<T>(loose: z.ZodMiniType<unknown>): z.ZodMiniType<T> {
  return z
    .custom<T>(() => true)
    .check(
      z.superRefine((v, ctx) => {
        const r = loose.safeParse(v, { reportInput: true });
        if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...issue });
      }),
    );
}

/** @internal */
export const coverageRatioInput: z.ZodMiniType<CoverageRatioInput> = /* @__PURE__ */ z
  .strictObject({ covered: CountSchema, workingPopulation: PositiveCountSchema })
  .check(
    z.refine((v) => v.covered <= v.workingPopulation, {
      message: notAbove('workingPopulation'),
      path: ['covered'],
      when: validAt('covered', 'workingPopulation'),
    }),
  );

/** @internal */
export const programShareInput: z.ZodMiniType<ProgramShareInput> = /* @__PURE__ */ z
  .strictObject({ programParticipants: CountSchema, covered: PositiveCountSchema })
  .check(
    z.refine((v) => v.programParticipants <= v.covered, {
      message: notAbove('covered'),
      path: ['programParticipants'],
      when: validAt('programParticipants', 'covered'),
    }),
  );

/** @internal */
export const coverageImpactInput: z.ZodMiniType<CoverageImpactInput> = /* @__PURE__ */ checkedAs(
  z
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
        when: validAt('after', 'programParticipants'),
      }),
      z.refine((v) => v.after === undefined || v.after <= v.workingPopulation, {
        message: notAbove('workingPopulation'),
        path: ['after'],
        when: validAt('after', 'workingPopulation'),
      }),
      z.refine((v) => v.before === undefined || v.before + v.programParticipants <= v.workingPopulation, {
        message: 'before + programParticipants must not exceed workingPopulation',
        path: ['before'],
        when: validAt('before', 'programParticipants', 'workingPopulation'),
      }),
    ),
);

function coveredNotAbove<T extends { covered: number; workingPopulation: number }>() {
  return z.refine<T>((v) => v.covered <= v.workingPopulation, {
    message: notAbove('workingPopulation'),
    path: ['covered'],
    when: validAt('covered', 'workingPopulation'),
  });
}

/** @internal */
export const coverageGapInput: z.ZodMiniType<CoverageGapInput> = /* @__PURE__ */ z
  .strictObject({
    covered: CountSchema,
    workingPopulation: PositiveCountSchema,
    target,
    rulebook: z.optional(RulebookSchema),
  })
  .check(coveredNotAbove());

/** @internal */
export const coveragePathInput: z.ZodMiniType<CoveragePathInput> = /* @__PURE__ */ checkedAs(
  z
    .strictObject({
      covered: CountSchema,
      workingPopulation: PositiveCountSchema,
      target,
      fromYear: year,
      byYear: z.optional(year),
      rulebook: z.optional(RulebookSchema),
    })
    .check(
      coveredNotAbove(),
      z.refine((v) => v.byYear !== undefined || typeof v.target !== 'string', {
        message: 'is required when the target is a decimal string',
        path: ['byYear'],
        when: validAt('byYear', 'target'),
      }),
      z.refine(
        (v) => {
          const by = v.byYear ?? (typeof v.target === 'string' ? undefined : v.target.year);
          return by === undefined || by > v.fromYear;
        },
        {
          message: 'the target year must be after fromYear',
          path: ['byYear'],
          when: validAt('byYear', 'fromYear', 'target'),
        },
      ),
    ),
);

/** @internal */
export const coverageTargetQuery: z.ZodMiniType<CoverageTargetQuery> = /* @__PURE__ */ z.strictObject({
  document: z.enum(COVERAGE_TARGET_DOCUMENTS),
  year,
  rulebook: z.optional(RulebookSchema),
});

/** @internal */
export const coverageReportInput: z.ZodMiniType<CoverageReportInput> = /* @__PURE__ */ checkedAs(
  z
    .strictObject({
      region: z.optional(regionCodeSchema),
      covered: CountSchema,
      workingPopulation: PositiveCountSchema,
      programParticipants: z.optional(CountSchema),
      target: z.optional(target),
      asOf: z.optional(IsoDateSchema),
      year: z.optional(year),
      rulebook: z.optional(RulebookSchema),
    })
    .check(
      coveredNotAbove(),
      z.refine((v) => v.programParticipants === undefined || v.programParticipants <= v.covered, {
        message: notAbove('covered'),
        path: ['programParticipants'],
        when: validAt('programParticipants', 'covered'),
      }),
      z.refine((v) => v.asOf === undefined || v.year === undefined, {
        message: 'give at most one of asOf and year',
        path: ['year'],
      }),
    ),
);

const programLine = z.strictObject({
  program: z.string().check(z.minLength(1)),
  amount: RupiahSchema,
  beneficiaries: z.optional(PositiveCountSchema),
  unitAmount: z.optional(RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }))),
});

/** @internal */
export const claimsMetricsInput: z.ZodMiniType<ClaimsMetricsInput> = /* @__PURE__ */ z
  .strictObject({
    total: RupiahSchema,
    beneficiaries: PositiveCountSchema,
    programs: z.optional(z.array(programLine)),
  })
  .check(
    z.refine((v) => (v.programs ?? []).reduce((s, p) => s + p.amount, 0) <= v.total, {
      message: 'the program amounts add up to more than total',
      path: ['programs'],
      when: validAt('programs', 'total'),
    }),
  );

/** @internal */
export const benefitToPremiumRatioInput: z.ZodMiniType<BenefitToPremiumRatioInput> =
  /* @__PURE__ */ z.strictObject({
    benefits: RupiahSchema,
    premiums: RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' })),
  });

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
export const CoverageRatioInputSchema: InputSchema<CoverageRatioInput> = /* @__PURE__ */ inputSchema(
  coverageRatioInput,
  'coverage ratio input',
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
export const ProgramShareInputSchema: InputSchema<ProgramShareInput> = /* @__PURE__ */ inputSchema(
  programShareInput,
  'program share input',
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
export const CoverageImpactInputSchema: InputSchema<CoverageImpactInput> = /* @__PURE__ */ inputSchema(
  coverageImpactInput,
  'coverage impact input',
);

/**
 * Schema of {@link CoverageGapInput}: the target is exactly one of a decimal fraction string and a
 * `{ document, year }` reference.
 *
 * @example
 * ```ts
 * import { CoverageGapInputSchema } from 'jamsostek/coverage';
 * CoverageGapInputSchema.safeParse({ covered: 1, workingPopulation: 4, target: '0.5' }).success; // true
 * CoverageGapInputSchema.safeParse({ covered: 1, workingPopulation: 4, target: '50%' }).success; // false
 * ```
 */
export const CoverageGapInputSchema: InputSchema<CoverageGapInput> = /* @__PURE__ */ inputSchema(
  coverageGapInput,
  'coverage gap input',
);

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
export const CoveragePathInputSchema: InputSchema<CoveragePathInput> = /* @__PURE__ */ inputSchema(
  coveragePathInput,
  'coverage path input',
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
export const CoverageTargetQuerySchema: InputSchema<CoverageTargetQuery> = /* @__PURE__ */ inputSchema(
  coverageTargetQuery,
  'coverage target query',
);

/**
 * Schema of {@link CoverageReportInput}: the counts as for `coverageRatio`, program participants not
 * above covered, a valid target, and at most one of `asOf` and `year`.
 *
 * @example
 * ```ts
 * import { CoverageReportInputSchema } from 'jamsostek/coverage';
 * CoverageReportInputSchema.safeParse({ region: '35.09', covered: 323739, workingPopulation: 1480981 }).success; // true
 * CoverageReportInputSchema.safeParse({ covered: 1, workingPopulation: 2, asOf: '2025-11-30', year: 2025 }).success; // false
 * ```
 */
export const CoverageReportInputSchema: InputSchema<CoverageReportInput> = /* @__PURE__ */ inputSchema(
  coverageReportInput,
  'coverage report input',
);

/**
 * Schema of {@link ClaimsMetricsInput}: the program lines must not add up to more than the total.
 *
 * @example
 * ```ts
 * import { ClaimsMetricsInputSchema } from 'jamsostek/coverage';
 * ClaimsMetricsInputSchema.safeParse({ total: 100, beneficiaries: 0 }).success; // false
 * ```
 */
export const ClaimsMetricsInputSchema: InputSchema<ClaimsMetricsInput> = /* @__PURE__ */ inputSchema(
  claimsMetricsInput,
  'claims metrics input',
);

/**
 * Schema of {@link BenefitToPremiumRatioInput}.
 *
 * @example
 * ```ts
 * import { BenefitToPremiumRatioInputSchema } from 'jamsostek/coverage';
 * BenefitToPremiumRatioInputSchema.safeParse({ benefits: 10, premiums: 0 }).success; // false
 * ```
 */
export const BenefitToPremiumRatioInputSchema: InputSchema<BenefitToPremiumRatioInput> =
  /* @__PURE__ */ inputSchema(benefitToPremiumRatioInput, 'benefit-to-premium ratio input');
