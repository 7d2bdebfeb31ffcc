/**
 * Input schemas of the JKP, JHT and JP benefit calculators.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ENTERPRISE_SIZES } from '../eligibility/types.ts';
import { isIsoDate } from '../period/iso-date.ts';
import { isYearMonth } from '../period/year-month.ts';
import {
  CountSchema,
  IsoDateSchema,
  RulebookSchema,
  RupiahSchema,
  YearMonthSchema,
} from '../schemas/common.ts';
import { type InputSchema, inputSchema } from '../schemas/input-schema.ts';
import { JAMSOSTEK_PROGRAMS } from '../vocabulary.ts';
import type { JhtBalanceInput, JhtContributionPeriod, JhtWithdrawalInput } from './jht-types.ts';
import { type JkpBenefitInput, JOB_LOSS_REASONS } from './jkp-types.ts';
import type { JpBenefitInput, JpWageBasis } from './jp-types.ts';

/** An inclusive range of months, `from` not after `to`. */
const monthRange = z.strictObject({ from: YearMonthSchema, to: YearMonthSchema }).check(
  z.refine((v) => !(isYearMonth(v.from) && isYearMonth(v.to) && v.to < v.from), {
    message: '`to` must not be before `from`',
    path: ['to'],
  }),
);

/** At most `max` elements. */
const atMost = (max: number, what: string) => z.maxLength(max, { message: `at most ${max} ${what}` });

/** @internal */
export const jkpBenefitInput: z.ZodMiniType<JkpBenefitInput> = /* @__PURE__ */ z
  .strictObject({
    eventDate: IsoDateSchema,
    claimDate: z.optional(IsoDateSchema),
    reason: z.enum(JOB_LOSS_REASONS, {
      error: `must be one of ${JOB_LOSS_REASONS.map((r) => `'${r}'`).join(', ')}`,
    }),
    contract: z.enum(['open-ended', 'fixed-term'], {
      error: "must be 'open-ended' (PKWTT) or 'fixed-term' (PKWT)",
    }),
    wage: RupiahSchema,
    contributions: z.array(monthRange).check(atMost(1200, 'ranges')),
    willingToWork: z.optional(z.boolean()),
    paymentDates: z.optional(z.array(IsoDateSchema).check(atMost(6, 'payment dates, one per benefit month'))),
    previousBenefits: z.optional(z.strictObject({ count: CountSchema, contributionMonthCount: CountSchema })),
    membership: z.optional(
      z.strictObject({
        enterpriseSize: z.enum(ENTERPRISE_SIZES),
        programs: z.array(z.enum(JAMSOSTEK_PROGRAMS)).check(atMost(20, 'programs')),
        jkn: z.boolean(),
      }),
    ),
    employer: z.optional(
      z.strictObject({
        arrearsMonthCount: z.optional(CountSchema),
        insolvency: z.optional(z.enum(['bankrupt', 'closed'])),
      }),
    ),
    rulebook: z.optional(RulebookSchema),
  })
  .check(
    z.refine((v) => !(isIsoDate(v.claimDate) && isIsoDate(v.eventDate) && v.claimDate < v.eventDate), {
      message: 'the claim must not be before the job loss',
      path: ['claimDate'],
    }),
    z.refine((v) => !(v.reason === 'contract-ended' && v.contract === 'open-ended'), {
      message: "an open-ended contract (PKWTT) has no term to reach: give 'dismissal' or another reason",
      path: ['reason'],
    }),
    z.refine(
      (v) =>
        !(
          Array.isArray(v.paymentDates) &&
          isIsoDate(v.eventDate) &&
          v.paymentDates.some(
            (d, i, a) => isIsoDate(d) && (d < v.eventDate || (i > 0 && d < (a[i - 1] ?? d))),
          )
        ),
      {
        message: 'payment dates must be in order and not before the job loss',
        path: ['paymentDates'],
      },
    ),
  );

/**
 * Schema of {@link JkpBenefitInput}; unknown keys are rejected, the claim may not precede the job loss,
 * an open-ended contract cannot reach its term, and payment dates are in order.
 *
 * @example
 * ```ts
 * import { JkpBenefitInputSchema } from 'jamsostek/benefits';
 * JkpBenefitInputSchema.safeParse({
 *   eventDate: '2025-06-10', reason: 'dismissal', contract: 'open-ended', wage: 8000000,
 *   contributions: [{ from: '2023-01', to: '2025-05' }],
 * }).success; // true
 * ```
 */
export const JkpBenefitInputSchema: InputSchema<JkpBenefitInput> = /* @__PURE__ */ inputSchema(
  jkpBenefitInput,
  'JKP benefit input',
);

/** A non-negative decimal rate such as `'0.0563'`. */
const rateText = z.string().check(
  z.refine((s) => /^\d{1,3}(\.\d{1,12})?$/.test(s), {
    message: "must be a decimal string such as '0.0563' (5,63 %)",
  }),
);

/** A calendar year the library supports. */
const year = z.number().check(
  z.refine((n) => Number.isSafeInteger(n) && n >= 1900 && n <= 2100, {
    message: 'must be a year from 1900 to 2100',
  }),
);

/** A yearly rate (a JHT yield, a JP yield, an inflation rate), each year once. */
const yearlyRates = z.array(z.strictObject({ year, rate: rateText })).check(
  atMost(201, 'years'),
  z.refine((a) => new Set(a.map((y) => y.year)).size === a.length, { message: 'each year at most once' }),
);

const jhtPeriodFields = z
  .strictObject({
    from: YearMonthSchema,
    to: YearMonthSchema,
    wage: z.optional(RupiahSchema),
    amount: z.optional(RupiahSchema),
  })
  .check(
    z.refine((v) => !(isYearMonth(v.from) && isYearMonth(v.to) && v.to < v.from), {
      message: '`to` must not be before `from`',
      path: ['to'],
    }),
    z.refine((v) => (v.wage === undefined) !== (v.amount === undefined), {
      message:
        'give exactly one of `wage` (5,7 % of it is contributed) or `amount` (the monthly contribution)',
      path: ['wage'],
    }),
  );

const jhtPeriod: z.ZodMiniType<JhtContributionPeriod> = /* @__PURE__ */ z.pipe(
  jhtPeriodFields,
  z.transform(
    ({ from, to, wage, amount }): JhtContributionPeriod =>
      wage !== undefined ? { from, to, wage } : { from, to, amount: amount ?? 0 },
  ),
);

/** @internal */
export const jhtBalanceInput: z.ZodMiniType<JhtBalanceInput> = /* @__PURE__ */ z.strictObject({
  asOf: IsoDateSchema,
  contributions: z.array(jhtPeriod).check(atMost(1000, 'periods')),
  yields: yearlyRates,
  openingBalance: z.optional(z.strictObject({ year, amount: RupiahSchema })),
  rulebook: z.optional(RulebookSchema),
});

const withdrawalBase = {
  asOf: IsoDateSchema,
  balance: RupiahSchema,
  rulebook: z.optional(RulebookSchema),
};

/** @internal */
export const jhtWithdrawalInput: z.ZodMiniType<JhtWithdrawalInput> = /* @__PURE__ */ z.discriminatedUnion(
  'event',
  [
    z.strictObject({
      ...withdrawalBase,
      event: z.literal('retirement'),
      birthDate: IsoDateSchema,
      contractualPensionAge: z.optional(
        CountSchema.check(z.refine((n) => n >= 1 && n <= 100, { message: 'must be an age from 1 to 100' })),
      ),
    }),
    z.strictObject({
      ...withdrawalBase,
      event: z.enum(['resignation', 'dismissal', 'contract-ended']),
      eventDate: IsoDateSchema,
      birthDate: z.optional(IsoDateSchema),
    }),
    z.strictObject({
      ...withdrawalBase,
      event: z.enum(['total-disability', 'death']),
      eventDate: IsoDateSchema,
    }),
    z.strictObject({
      ...withdrawalBase,
      event: z.literal('leaving-indonesia'),
      eventDate: IsoDateSchema,
      citizenship: z.enum(['WNI', 'WNA'], { error: "must be 'WNI' (Indonesian) or 'WNA' (foreigner)" }),
    }),
    z.strictObject({
      ...withdrawalBase,
      event: z.literal('partial'),
      purpose: z.enum(['housing', 'other'], {
        error: "must be 'housing' (up to 30 %) or 'other' (up to 10 %)",
      }),
      membershipStart: IsoDateSchema,
      partialTaken: z.optional(z.boolean()),
    }),
  ],
  {
    error:
      "must be one of 'retirement', 'resignation', 'dismissal', 'contract-ended', 'total-disability', 'death', 'leaving-indonesia', 'partial'",
  },
);

/**
 * Schema of {@link JhtBalanceInput}; unknown keys are rejected, each period gives exactly one of `wage`
 * or `amount`, and each yield year appears once.
 *
 * @example
 * ```ts
 * import { JhtBalanceInputSchema } from 'jamsostek/benefits';
 * JhtBalanceInputSchema.safeParse({
 *   asOf: '2026-12-31', contributions: [{ from: '2026-01', to: '2026-12', wage: 5000000 }],
 *   yields: [{ year: 2026, rate: '0.06' }],
 * }).success; // true
 * ```
 */
export const JhtBalanceInputSchema: InputSchema<JhtBalanceInput> = /* @__PURE__ */ inputSchema(
  jhtBalanceInput,
  'JHT balance input',
);

/**
 * Schema of {@link JhtWithdrawalInput}: a union on `event`, each with what it needs.
 *
 * @example
 * ```ts
 * import { JhtWithdrawalInputSchema } from 'jamsostek/benefits';
 * JhtWithdrawalInputSchema.safeParse({ event: 'death', eventDate: '2026-05-01', asOf: '2026-05-10', balance: 1000000 }).success; // true
 * ```
 */
export const JhtWithdrawalInputSchema: InputSchema<JhtWithdrawalInput> = /* @__PURE__ */ inputSchema(
  jhtWithdrawalInput,
  'JHT withdrawal input',
);

/** A signed decimal rate such as `'-0.0036'` (a deflation) or `'0.0292'`, above −100 %. */
const signedRateText = z.string().check(
  z.refine((s) => /^-?\d{1,3}(\.\d{1,12})?$/.test(s) && Number(s) > -1, {
    message: "must be a decimal string above -1 such as '0.0292' (2,92 %)",
  }),
);

const signedYearlyRates = z.array(z.strictObject({ year, rate: signedRateText })).check(
  atMost(201, 'years'),
  z.refine((a) => new Set(a.map((y) => y.year)).size === a.length, { message: 'each year at most once' }),
);

/** A share from 0 to 1 as a decimal string. */
const share = z.string().check(
  z.refine((s) => /^(0(\.\d{1,12})?|1(\.0{1,12})?)$/.test(s), {
    message: "must be a decimal string from 0 to 1, such as '0.9'",
  }),
);

const jpPeriod = z.strictObject({ from: YearMonthSchema, to: YearMonthSchema, wage: RupiahSchema }).check(
  z.refine((v) => !(isYearMonth(v.from) && isYearMonth(v.to) && v.to < v.from), {
    message: '`to` must not be before `from`',
    path: ['to'],
  }),
);

const jpWageFields = {
  contributions: z.optional(
    z.array(jpPeriod).check(z.minLength(1, { message: 'give at least one period' }), atMost(1000, 'periods')),
  ),
  inflation: z.optional(signedYearlyRates),
  yields: z.optional(yearlyRates),
  monthCount: z.optional(
    CountSchema.check(z.refine((n) => n >= 1 && n <= 2412, { message: 'must be from 1 to 2412 months' })),
  ),
  averageIndexedWage: z.optional(RupiahSchema),
  pensionInPayment: z.optional(RupiahSchema),
};

type JpFields = {
  contributions?: JpWageBasis['contributions'];
  inflation?: JpWageBasis['inflation'];
  yields?: JpWageBasis['yields'];
  monthCount?: number | undefined;
  averageIndexedWage?: number | undefined;
  pensionInPayment?: number | undefined;
  kind?: string;
};

/** Issues of the wage fields: exactly one of a history, a summary, or (survivors) a pension in payment. */
function wageIssues(v: JpFields, ctx: { issues: unknown[] }, survivor: boolean): void {
  const history = v.contributions !== undefined;
  const summary = v.monthCount !== undefined || v.averageIndexedWage !== undefined;
  const inPayment = v.pensionInPayment !== undefined;
  const add = (path: string, message: string, input: unknown) =>
    ctx.issues.push({ code: 'custom', path: [path], message, input });
  const forms = survivor
    ? 'the contributions (with inflation), monthCount with averageIndexedWage, or pensionInPayment'
    : 'the contributions (with inflation), or monthCount with averageIndexedWage';
  if (Number(history) + Number(summary) + Number(inPayment) !== 1)
    add('contributions', `give exactly one of ${forms}`, v.contributions);
  if (!survivor && inPayment) add('pensionInPayment', 'is only for a survivor pension', v.pensionInPayment);
  if (summary && (v.monthCount === undefined || v.averageIndexedWage === undefined))
    add(
      v.monthCount === undefined ? 'monthCount' : 'averageIndexedWage',
      'give monthCount and averageIndexedWage together',
      undefined,
    );
  if (history && v.inflation === undefined)
    add('inflation', 'is needed with the contributions (BPS yearly inflation)', undefined);
  if (!history && v.inflation !== undefined)
    add('inflation', 'is only used with the contributions', v.inflation);
  if (!history && v.yields !== undefined) add('yields', 'is only used with the contributions', v.yields);
}

/** The wage basis of validated fields, as the union type. */
function basisOf(v: JpFields): JpWageBasis {
  if (v.contributions !== undefined)
    return {
      contributions: v.contributions,
      inflation: v.inflation ?? [],
      ...(v.yields !== undefined ? { yields: v.yields } : {}),
    };
  return { monthCount: v.monthCount ?? 0, averageIndexedWage: v.averageIndexedWage ?? 0 };
}

const jpBase = { birthDate: IsoDateSchema, rulebook: z.optional(RulebookSchema) };

const jpOldAge = z
  .strictObject({ ...jpBase, ...jpWageFields, kind: z.literal('old-age'), asOf: IsoDateSchema })
  .check(z.superRefine((v, ctx) => wageIssues(v, ctx, false)));

const jpDisability = z
  .strictObject({
    ...jpBase,
    ...jpWageFields,
    kind: z.literal('disability'),
    eventDate: IsoDateSchema,
    membershipStart: IsoDateSchema,
    density: z.optional(share),
  })
  .check(z.superRefine((v, ctx) => wageIssues(v, ctx, false)));

const jpSurvivor = z
  .strictObject({
    ...jpBase,
    ...jpWageFields,
    kind: z.literal('survivor'),
    beneficiary: z.enum(['spouse', 'child', 'parent'], { error: "must be 'spouse', 'child' or 'parent'" }),
    eventDate: IsoDateSchema,
    membershipStart: z.optional(IsoDateSchema),
    density: z.optional(share),
  })
  .check(z.superRefine((v, ctx) => wageIssues(v, ctx, true)));

const dated = (v: { birthDate?: unknown; eventDate?: unknown; membershipStart?: unknown }) =>
  !(isIsoDate(v.birthDate) && isIsoDate(v.eventDate) && v.eventDate < v.birthDate) &&
  !(isIsoDate(v.membershipStart) && isIsoDate(v.eventDate) && v.eventDate < v.membershipStart);

/** @internal */
export const jpBenefitInput: z.ZodMiniType<JpBenefitInput> = /* @__PURE__ */ z.pipe(
  z
    .discriminatedUnion('kind', [jpOldAge, jpDisability, jpSurvivor], {
      error: "must be 'old-age', 'disability' or 'survivor'",
    })
    .check(
      z.refine(dated, {
        message: 'the event must not be before the birth or the start of membership',
        path: ['eventDate'],
      }),
    ),
  z.transform((v): JpBenefitInput => {
    const rulebook = v.rulebook !== undefined ? { rulebook: v.rulebook } : {};
    if (v.kind === 'old-age')
      return { kind: 'old-age', birthDate: v.birthDate, asOf: v.asOf, ...rulebook, ...basisOf(v) };
    const density = v.density !== undefined ? { density: v.density } : {};
    if (v.kind === 'disability')
      return {
        kind: 'disability',
        birthDate: v.birthDate,
        eventDate: v.eventDate,
        membershipStart: v.membershipStart,
        ...density,
        ...rulebook,
        ...basisOf(v),
      };
    const start = v.membershipStart !== undefined ? { membershipStart: v.membershipStart } : {};
    const fields = {
      kind: 'survivor' as const,
      beneficiary: v.beneficiary,
      birthDate: v.birthDate,
      eventDate: v.eventDate,
      ...start,
      ...density,
      ...rulebook,
    };
    return v.pensionInPayment !== undefined
      ? { ...fields, pensionInPayment: v.pensionInPayment }
      : { ...fields, ...basisOf(v) };
  }),
);

/**
 * Schema of {@link JpBenefitInput}: a union on `kind`, each with exactly one form of the wages (a
 * contribution history with inflation rates, a summary, or for survivors the pension in payment).
 *
 * @example
 * ```ts
 * import { JpBenefitInputSchema } from 'jamsostek/benefits';
 * JpBenefitInputSchema.safeParse({ kind: 'old-age', birthDate: '1971-03-10', asOf: '2032-04-01', monthCount: 192, averageIndexedWage: 5000000 }).success; // true
 * ```
 */
export const JpBenefitInputSchema: InputSchema<JpBenefitInput> = /* @__PURE__ */ inputSchema(
  jpBenefitInput,
  'JP benefit input',
);
