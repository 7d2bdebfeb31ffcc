/**
 * Input schemas of PU contributions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { DECIMAL_MESSAGE, parseDecimalText } from '../../money/decimal.ts';
import { isYearMonth, type YearMonth } from '../../period/year-month.ts';
import { isRulebook } from '../../rulebook/brand.ts';
import type { Rulebook } from '../../rulebook/types.ts';
import { RulebookSchema, RupiahSchema, YearMonthSchema } from '../../schemas/common.ts';
import { type InputSchema, inputSchema } from '../../schemas/input-schema.ts';
import {
  type JpWageCapIndexationInput,
  type PayrollMonthInput,
  PU_PROGRAMS,
  type PuContributionInput,
  type PuContributionScheduleInput,
  type PuWageBaseInput,
  RISK_CLASSES,
  type RiskClass,
} from './types.ts';

type Ctx = { issues: z.core.$ZodRawIssue[] };

function issue(ctx: Ctx, path: (string | number)[], message: string, input: unknown): void {
  ctx.issues.push({ code: 'custom', message, path, input, continue: true });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const programs = z.array(z.enum(PU_PROGRAMS)).check(
  z.refine((a) => new Set(a).size === a.length, { message: 'must not repeat a program' }),
  z.refine((a) => a.includes('JKK') && a.includes('JKM'), {
    message: 'must include JKK and JKM, which every registered wage earner pays (PP 44/2015 Pasal 4)',
  }),
);

const wage = RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }));

const riskClass = z.custom<RiskClass>((v) => RISK_CLASSES.some((c) => c === v), {
  message: 'must be a risk class 1, 2, 3, 4 or 5',
  abort: false,
});

const shared = {
  wage,
  riskClass,
  jkpMember: z.optional(z.boolean()),
  programs: z.optional(programs),
  laborIntensiveRelief: z.optional(z.boolean()),
  rulebook: z.optional(RulebookSchema),
};

/** @internal */
export const puContributionInput: z.ZodMiniType<PuContributionInput> = /* @__PURE__ */ z.strictObject({
  month: YearMonthSchema,
  ...shared,
});

/** @internal */
export const puContributionScheduleInput: z.ZodMiniType<PuContributionScheduleInput> = /* @__PURE__ */ z
  .strictObject({ from: YearMonthSchema, to: YearMonthSchema, ...shared })
  .check(
    z.refine((v) => !(v.from && v.to && v.to < v.from), {
      message: 'to must not be before from',
      path: ['to'],
    }),
  );

/** @internal */
export const puWageBaseInput: z.ZodMiniType<PuWageBaseInput> = /* @__PURE__ */ z.discriminatedUnion(
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

/** @internal */
export const jpWageCapIndexationInput: z.ZodMiniType<JpWageCapIndexationInput> =
  /* @__PURE__ */ z.strictObject({
    month: YearMonthSchema,
    previousCap: wage,
    gdpGrowth: z.string().check(
      z.refine((g) => parseDecimalText(g)?.gt(-1) === true, {
        message: `must be above -1, such as "0.0503"; ${DECIMAL_MESSAGE}`,
      }),
    ),
    rulebook: z.optional(RulebookSchema),
  });

const employee = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1))),
  wage,
  riskClass: z.optional(riskClass),
  jkpMember: z.optional(z.boolean()),
  programs: z.optional(programs),
  laborIntensiveRelief: z.optional(z.boolean()),
});

// The month and rulebook checks of a payroll month, as the shared ones but not aborting: the checks
// across fields below still run when they fail, so that every problem is listed at once.
const payrollMonthField = z.custom<YearMonth>(isYearMonth, {
  message: 'must be a YYYY-MM month from 1900-01 to 2100-12',
  abort: false,
});
const payrollRulebookField = z.custom<Rulebook>(isRulebook, {
  message:
    'must be a rulebook made by the library (OFFICIAL_RULEBOOK, createRulebook or withRules from jamsostek/rulebook)',
  abort: false,
});

/** @internal */
export const payrollMonthInput: z.ZodMiniType<PayrollMonthInput> = /* @__PURE__ */ z
  .strictObject({
    month: payrollMonthField,
    employees: z.array(employee).check(z.minLength(1, { message: 'must list at least one employee' })),
    riskClass: z.optional(riskClass),
    jkpMember: z.optional(z.boolean()),
    rulebook: z.optional(payrollRulebookField),
  })
  .check(
    // Across fields: every employee has a risk class (its own or the month's), and no id repeats.
    // `when` lets it run even when other fields have issues.
    z.superRefine(
      (v: unknown, ctx) => {
        if (!isObject(v) || !Array.isArray(v['employees'])) return;
        const monthClass = v['riskClass'];
        const seen = new Map<string, number>();
        v['employees'].forEach((e: unknown, i: number) => {
          if (!isObject(e)) return;
          if (e['riskClass'] === undefined && monthClass === undefined)
            issue(
              ctx,
              ['employees', i, 'riskClass'],
              'is required when the month gives no riskClass',
              undefined,
            );
          const id = e['id'];
          if (typeof id !== 'string') return;
          const first = seen.get(id);
          if (first === undefined) seen.set(id, i);
          else issue(ctx, ['employees', i, 'id'], `repeats the id of employees.${first}`, id);
        });
      },
      { when: () => true },
    ),
  );

/**
 * Schema of {@link PuContributionInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { PuContributionInputSchema } from 'jamsostek/payroll';
 * PuContributionInputSchema.safeParse({ month: '2025-06', wage: 12000000, riskClass: 6 }).success; // false
 * ```
 */
export const PuContributionInputSchema: InputSchema<PuContributionInput> = /* @__PURE__ */ inputSchema(
  puContributionInput,
  'PU contribution input',
);

/**
 * Schema of {@link PuContributionScheduleInput}.
 *
 * @example
 * ```ts
 * import { PuContributionScheduleInputSchema } from 'jamsostek/payroll';
 * PuContributionScheduleInputSchema.safeParse({ from: '2025-01', to: '2025-12', wage: 8000000, riskClass: 2 }).success; // true
 * ```
 */
export const PuContributionScheduleInputSchema: InputSchema<PuContributionScheduleInput> =
  /* @__PURE__ */ inputSchema(puContributionScheduleInput, 'PU schedule input');

/**
 * Schema of {@link PuWageBaseInput}.
 *
 * @example
 * ```ts
 * import { PuWageBaseInputSchema } from 'jamsostek/payroll';
 * PuWageBaseInputSchema.safeParse({ payBasis: 'daily', month: '2025-06', dailyWage: 150000 }).success; // true
 * ```
 */
export const PuWageBaseInputSchema: InputSchema<PuWageBaseInput> = /* @__PURE__ */ inputSchema(
  puWageBaseInput,
  'PU wage base input',
);

/**
 * Schema of {@link JpWageCapIndexationInput}.
 *
 * @example
 * ```ts
 * import { JpWageCapIndexationInputSchema } from 'jamsostek/payroll';
 * JpWageCapIndexationInputSchema.safeParse({ month: '2025-03', previousCap: 10042300, gdpGrowth: '5.03%' }).success; // false
 * ```
 */
export const JpWageCapIndexationInputSchema: InputSchema<JpWageCapIndexationInput> =
  /* @__PURE__ */ inputSchema(jpWageCapIndexationInput, 'JP wage cap indexation input');

/**
 * Schema of {@link PayrollMonthInput}: every employee row is checked, with its index in the path
 * (`employees.3.wage`).
 *
 * @example
 * ```ts
 * import { PayrollMonthInputSchema } from 'jamsostek/payroll';
 * const r = PayrollMonthInputSchema.safeParse({ month: '2025-06', riskClass: 1, employees: [{ wage: 5000000 }, { wage: -1 }] });
 * r.success; // false, with an issue at ['employees', 1, 'wage']
 * ```
 */
export const PayrollMonthInputSchema: InputSchema<PayrollMonthInput> = /* @__PURE__ */ inputSchema(
  payrollMonthInput,
  'payroll month input',
);
