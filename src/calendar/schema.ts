/**
 * Input schemas of the payment calendar.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BPU_CATEGORIES, BPU_SECTORS } from '../contributions/bpu/types.ts';
import { invalidInput } from '../errors.ts';
import { isIsoDate } from '../period/iso-date.ts';
import { isYearMonth, monthIndex } from '../period/year-month.ts';
import {
  CountSchema,
  FundingSourceSchema,
  IsoDateSchema,
  RulebookSchema,
  RupiahSchema,
  YearMonthSchema,
} from '../schemas/common.ts';
import { type InputSchema, inputSchema } from '../schemas/input-schema.ts';
import { SEGMENTS } from '../vocabulary.ts';
import type {
  BpuPaymentInput,
  BpuStandingInput,
  ContributionDueDateInput,
  ContributionDueDateScheduleInput,
  LateFineInput,
  OwedMonth,
  PaymentReconciliationInput,
  ProgramPaymentInput,
  ProgramStandingInput,
} from './types.ts';

type Ctx = { issues: z.core.$ZodRawIssue[] };

function issue(ctx: Ctx, path: (string | number)[], message: string, input: unknown): void {
  ctx.issues.push({ code: 'custom', message, path, input, continue: true });
}

function backwards(from: unknown, to: unknown): boolean {
  return isYearMonth(from) && isYearMonth(to) && monthIndex(to) < monthIndex(from);
}

/** Reached only if a check above let an input through that it should have refused. */
function unreachable(what: string): never {
  return invalidInput([{ path: [], message: `needs ${what}` }], 'calendar input');
}

/** The longest range of months a schedule or a payment may span (a century). */
const MAX_MONTHS = 1200;

const segment = z.enum(SEGMENTS);
const jointLeave = z.enum(['working-day', 'holiday']);
const options = { jointLeave: z.optional(jointLeave), rulebook: z.optional(RulebookSchema) };
const code = z.string().check(z.minLength(1, { message: 'must not be empty' }));

/** Checks `to` against `from` and the longest span. */
function rangeIssues(ctx: Ctx, from: unknown, to: unknown, base: (string | number)[]): void {
  if (backwards(from, to)) issue(ctx, [...base, 'to'], `must not be before from (${String(from)})`, to);
  else if (isYearMonth(from) && isYearMonth(to) && monthIndex(to) - monthIndex(from) >= MAX_MONTHS)
    issue(ctx, [...base, 'to'], `must be within ${MAX_MONTHS} months of from`, to);
}

/** @internal */
export const contributionDueDateInput: z.ZodMiniType<ContributionDueDateInput> =
  /* @__PURE__ */ z.strictObject({
    segment,
    month: YearMonthSchema,
    ...options,
  });

/** @internal */
export const contributionDueDateScheduleInput: z.ZodMiniType<ContributionDueDateScheduleInput> =
  /* @__PURE__ */ z
    .strictObject({ segment, from: YearMonthSchema, to: YearMonthSchema, ...options })
    .check(z.superRefine((v, ctx) => rangeIssues(ctx, v.from, v.to, [])));

const byProgram = z
  .strictObject({
    JKK: z.optional(RupiahSchema),
    JKM: z.optional(RupiahSchema),
    JHT: z.optional(RupiahSchema),
    JP: z.optional(RupiahSchema),
  })
  .check(
    z.refine((v) => Object.values(v).some((x) => x !== undefined), {
      message: 'must name the contribution of at least one program (JKK, JKM, JHT, JP)',
    }),
  );

const lateFineFields = z
  .strictObject({
    segment: z.string(),
    month: YearMonthSchema,
    paidOn: IsoDateSchema,
    employerType: z.optional(z.enum(['private', 'state'])),
    contribution: z.optional(RupiahSchema),
    byProgram: z.optional(byProgram),
    ...options,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.segment === 'BPU')
        issue(
          ctx,
          ['segment'],
          "must be 'PU': a BPU participant owes no late fine (PP 44/2015 Pasal 22 names employers only); see bpuStanding",
          v.segment,
        );
      else if (v.segment !== 'PU') issue(ctx, ['segment'], "must be 'PU'", v.segment);
      if ((v.contribution === undefined) === (v.byProgram === undefined))
        issue(ctx, ['contribution'], 'give exactly one of contribution and byProgram', v.contribution);
    }),
  );

/** @internal */
export const lateFineInput: z.ZodMiniType<LateFineInput> = /* @__PURE__ */ z.pipe(
  lateFineFields,
  z.transform(({ contribution, byProgram: programs, segment: _segment, ...rest }): LateFineInput => {
    if (contribution !== undefined) return { ...rest, segment: 'PU', contribution };
    if (programs !== undefined) return { ...rest, segment: 'PU', byProgram: programs };
    return unreachable('contribution or byProgram');
  }),
);

const monthsOfPayment = z.superRefine((p: { month?: unknown; from?: unknown; to?: unknown }, ctx: Ctx) => {
  const hasMonth = p.month !== undefined;
  const hasRange = p.from !== undefined || p.to !== undefined;
  if (hasMonth === hasRange) issue(ctx, ['month'], 'give either month, or from and to', p.month);
  else if (hasRange) {
    if (p.from === undefined) issue(ctx, ['from'], 'is required with to', undefined);
    if (p.to === undefined) issue(ctx, ['to'], 'is required with from', undefined);
    rangeIssues(ctx, p.from, p.to, []);
  }
});

const bpuPaymentFields = z
  .strictObject({
    month: z.optional(YearMonthSchema),
    from: z.optional(YearMonthSchema),
    to: z.optional(YearMonthSchema),
    paidOn: IsoDateSchema,
  })
  .check(monthsOfPayment);

const bpuPayment: z.ZodMiniType<BpuPaymentInput> = /* @__PURE__ */ z.pipe(
  bpuPaymentFields,
  z.transform(({ month, from, to, paidOn }): BpuPaymentInput => {
    if (month !== undefined) return { month, paidOn };
    if (from !== undefined && to !== undefined) return { from, to, paidOn };
    return unreachable('month, or from and to');
  }),
);

/** Issues of payments dated after `asOf`. */
function afterAsOf(ctx: Ctx, payments: readonly { paidOn?: unknown }[], asOf: unknown, key: string): void {
  if (!isIsoDate(asOf)) return;
  payments.forEach((p, i) => {
    if (isIsoDate(p.paidOn) && p.paidOn > asOf)
      issue(ctx, [key, i, 'paidOn'], `must not be after asOf (${asOf})`, p.paidOn);
  });
}

const income = RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }));

/** @internal */
export const bpuStandingInput: z.ZodMiniType<BpuStandingInput> = /* @__PURE__ */ z
  .strictObject({
    from: YearMonthSchema,
    to: z.optional(YearMonthSchema),
    payments: z.array(bpuPayment),
    asOf: IsoDateSchema,
    declaredIncome: z.optional(income),
    fundingSource: z.optional(FundingSourceSchema),
    sector: z.optional(z.enum(BPU_SECTORS)),
    category: z.optional(z.enum(BPU_CATEGORIES)),
    ...options,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.to !== undefined) rangeIssues(ctx, v.from, v.to, []);
      if (isYearMonth(v.from) && isIsoDate(v.asOf) && v.asOf < `${v.from}-01`)
        issue(ctx, ['asOf'], `must not be before the first month owed (${v.from})`, v.asOf);
      afterAsOf(ctx, v.payments, v.asOf, 'payments');
      v.payments.forEach((p, i) => {
        const first = p.month ?? p.from;
        const last = p.month ?? p.to;
        if (first !== undefined && isYearMonth(v.from) && monthIndex(first) < monthIndex(v.from))
          issue(
            ctx,
            ['payments', i, p.month ? 'month' : 'from'],
            `must not be before from (${v.from})`,
            first,
          );
        if (
          last !== undefined &&
          v.to !== undefined &&
          isYearMonth(v.to) &&
          monthIndex(last) > monthIndex(v.to)
        )
          issue(ctx, ['payments', i, p.month ? 'month' : 'to'], `must not be after to (${v.to})`, last);
      });
    }),
  );

const owedFields = {
  month: YearMonthSchema,
  fundingSource: FundingSourceSchema,
  amount: RupiahSchema,
  workers: z.optional(CountSchema),
  paymentCode: z.optional(code),
};

const owedMonth: z.ZodMiniType<OwedMonth> = /* @__PURE__ */ z.strictObject(owedFields);

/** A month of a program's schedule owes something: a standing of nothing owed has no meaning. */
const owedPositive: z.ZodMiniType<OwedMonth> = /* @__PURE__ */ z.strictObject({
  ...owedFields,
  amount: RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' })),
});

const programPaymentFields = z
  .strictObject({
    month: z.optional(YearMonthSchema),
    from: z.optional(YearMonthSchema),
    to: z.optional(YearMonthSchema),
    paidOn: IsoDateSchema,
    amount: RupiahSchema,
    fundingSource: FundingSourceSchema,
    paymentCode: z.optional(code),
  })
  .check(monthsOfPayment);

const programPayment: z.ZodMiniType<ProgramPaymentInput> = /* @__PURE__ */ z.pipe(
  programPaymentFields,
  z.transform(({ month, from, to, ...rest }): ProgramPaymentInput => {
    if (month !== undefined) return { ...rest, month };
    if (from !== undefined && to !== undefined) return { ...rest, from, to };
    return unreachable('month, or from and to');
  }),
);

/** Owed rows must not repeat a month, funding source and payment code. */
const noRepeats = z.superRefine((owed: readonly OwedMonth[], ctx: Ctx) => {
  const seen = new Set<string>();
  owed.forEach((o, i) => {
    const k = `${o.month}|${o.fundingSource}|${o.paymentCode ?? ''}`;
    if (seen.has(k))
      issue(
        ctx,
        [i],
        `repeats month ${o.month}, funding source ${o.fundingSource}${o.paymentCode ? ` and payment code ${o.paymentCode}` : ''}; give one row each`,
        o,
      );
    seen.add(k);
  });
});

/** @internal */
export const programStandingInput: z.ZodMiniType<ProgramStandingInput> = /* @__PURE__ */ z
  .strictObject({
    owed: z.array(owedPositive).check(
      z.refine((a) => a.length > 0, { message: 'must contain at least one month' }),
      noRepeats,
    ),
    payments: z.array(programPayment),
    asOf: IsoDateSchema,
    ...options,
  })
  .check(z.superRefine((v, ctx) => afterAsOf(ctx, v.payments, v.asOf, 'payments')));

/** @internal */
export const paymentReconciliationInput: z.ZodMiniType<PaymentReconciliationInput> =
  /* @__PURE__ */ z.strictObject({
    owed: z.array(owedMonth).check(noRepeats),
    paid: z.array(programPayment),
  });

/**
 * Schema of {@link ContributionDueDateInput}.
 *
 * @example
 * ```ts
 * import { ContributionDueDateInputSchema } from 'jamsostek/calendar';
 * ContributionDueDateInputSchema.safeParse({ segment: 'PU', month: '2025-07' }).success; // true
 * ```
 */
export const ContributionDueDateInputSchema: InputSchema<ContributionDueDateInput> =
  /* @__PURE__ */ inputSchema(contributionDueDateInput, 'contribution due date input');

/**
 * Schema of {@link ContributionDueDateScheduleInput}.
 *
 * @example
 * ```ts
 * import { ContributionDueDateScheduleInputSchema } from 'jamsostek/calendar';
 * ContributionDueDateScheduleInputSchema.safeParse({ segment: 'BPU', from: '2026-12', to: '2026-01' }).success; // false
 * ```
 */
export const ContributionDueDateScheduleInputSchema: InputSchema<ContributionDueDateScheduleInput> =
  /* @__PURE__ */ inputSchema(contributionDueDateScheduleInput, 'contribution due date schedule input');

/**
 * Schema of {@link LateFineInput}.
 *
 * @example
 * ```ts
 * import { LateFineInputSchema } from 'jamsostek/calendar';
 * LateFineInputSchema.safeParse({ segment: 'PU', month: '2026-01', paidOn: '2026-05-10', contribution: 1000000 }).success; // true
 * ```
 */
export const LateFineInputSchema: InputSchema<LateFineInput> = /* @__PURE__ */ inputSchema(
  lateFineInput,
  'late fine input',
);

/**
 * Schema of {@link BpuStandingInput}.
 *
 * @example
 * ```ts
 * import { BpuStandingInputSchema } from 'jamsostek/calendar';
 * BpuStandingInputSchema.safeParse({ from: '2026-01', payments: [], asOf: '2026-03-01' }).success; // true
 * ```
 */
export const BpuStandingInputSchema: InputSchema<BpuStandingInput> = /* @__PURE__ */ inputSchema(
  bpuStandingInput,
  'BPU standing input',
);

/**
 * Schema of {@link ProgramStandingInput}.
 *
 * @example
 * ```ts
 * import { ProgramStandingInputSchema } from 'jamsostek/calendar';
 * ProgramStandingInputSchema.safeParse({
 *   owed: [{ month: '2026-01', fundingSource: 'APBD', amount: 16800 }],
 *   payments: [],
 *   asOf: '2026-03-01',
 * }).success; // true
 * ```
 */
export const ProgramStandingInputSchema: InputSchema<ProgramStandingInput> = /* @__PURE__ */ inputSchema(
  programStandingInput,
  'program standing input',
);

/**
 * Schema of {@link PaymentReconciliationInput}.
 *
 * @example
 * ```ts
 * import { PaymentReconciliationInputSchema } from 'jamsostek/calendar';
 * PaymentReconciliationInputSchema.safeParse({ owed: [], paid: [{ month: '2026-01', amount: 1, paidOn: '2026-01-10' }] }).success; // false: no fundingSource
 * ```
 */
export const PaymentReconciliationInputSchema: InputSchema<PaymentReconciliationInput> =
  /* @__PURE__ */ inputSchema(paymentReconciliationInput, 'payment reconciliation input');
