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
import { type JkpBenefitInput, JOB_LOSS_REASONS } from './jkp-types.ts';

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
