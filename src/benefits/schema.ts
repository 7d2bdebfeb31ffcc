/**
 * Input schemas of the benefit calculators.
 *
 * @module
 */
import * as z from 'zod/mini';
import { calendarMonthsBetween, isIsoDate } from '../period/iso-date.ts';
import { CountSchema, IsoDateSchema, RulebookSchema, RupiahSchema } from '../schemas/common.ts';
import {
  type JkkBenefitInput,
  type JkmBenefitInput,
  SCHOLARSHIP_CAUSES,
  SCHOOL_LEVELS,
  type ScholarshipInput,
} from './types.ts';

const segment = z.enum(['PU', 'BPU']);
const share = z
  .string()
  .check(
    z.refine((s) => /^(0(\.\d+)?|1(\.0+)?)$/.test(s), { message: 'must be a decimal string from 0 to 1' }),
  );

const child = z
  .strictObject({
    birthDate: IsoDateSchema,
    level: z.optional(z.enum(SCHOOL_LEVELS)),
    yearInLevel: z.optional(CountSchema.check(z.refine((n) => n >= 1, { message: 'must be at least 1' }))),
    startDate: z.optional(IsoDateSchema),
    stopDate: z.optional(IsoDateSchema),
  })
  .check(
    z.refine((c) => !(c.startDate && c.birthDate && c.startDate < c.birthDate), {
      message: 'startDate must not be before birthDate',
      path: ['startDate'],
    }),
  );

const children = z.array(child);

/**
 * Schema of {@link ScholarshipInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { ScholarshipInputSchema } from 'jamsostek/benefits';
 * ScholarshipInputSchema.safeParse({ eventDate: '2025-06-01', cause: 'total-disability', children: [] }).success; // true
 * ```
 */
export const ScholarshipInputSchema: z.ZodMiniType<ScholarshipInput> = /* @__PURE__ */ z.strictObject({
  eventDate: IsoDateSchema,
  cause: z.enum(SCHOLARSHIP_CAUSES),
  contributionMonths: z.optional(CountSchema),
  children,
  rulebook: z.optional(RulebookSchema),
});

/**
 * Schema of {@link JkmBenefitInput}; unknown keys are rejected, and the death must not precede membership.
 *
 * @example
 * ```ts
 * import { JkmBenefitInputSchema } from 'jamsostek/benefits';
 * JkmBenefitInputSchema.safeParse({ deathDate: '2025-06-01', segment: 'PU', membershipStart: '2026-01-01', contributionMonths: 0 }).success; // false
 * ```
 */
export const JkmBenefitInputSchema: z.ZodMiniType<JkmBenefitInput> = /* @__PURE__ */ z
  .strictObject({
    deathDate: IsoDateSchema,
    segment,
    membershipStart: IsoDateSchema,
    contributionMonths: CountSchema,
    arrearsMonths: z.optional(CountSchema),
    declaredIncome: z.optional(RupiahSchema),
    heirs: z.optional(z.boolean()),
    workRelated: z.optional(z.boolean()),
    children: z.optional(children),
    rulebook: z.optional(RulebookSchema),
  })
  .check(
    z.refine((v) => !(v.deathDate && v.membershipStart && v.deathDate < v.membershipStart), {
      message: 'the death must not be before the start of membership',
      path: ['deathDate'],
    }),
    z.refine(
      (v) =>
        !(
          v.arrearsMonths &&
          isIsoDate(v.deathDate) &&
          isIsoDate(v.membershipStart) &&
          v.arrearsMonths > calendarMonthsBetween(v.membershipStart, v.deathDate)
        ),
      { message: 'arrears cannot cover months before the membership started', path: ['arrearsMonths'] },
    ),
  );

const transport = z.strictObject({
  land: z.optional(RupiahSchema),
  sea: z.optional(RupiahSchema),
  air: z.optional(RupiahSchema),
});

/**
 * Schema of {@link JkkBenefitInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { JkkBenefitInputSchema } from 'jamsostek/benefits';
 * JkkBenefitInputSchema.safeParse({ eventDate: '2026-03-10', segment: 'BPU', wage: 1000000, death: true }).success; // true
 * ```
 */
export const JkkBenefitInputSchema: z.ZodMiniType<JkkBenefitInput> = /* @__PURE__ */ z
  .strictObject({
    eventDate: IsoDateSchema,
    segment,
    wage: RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' })),
    stmbMonths: z.optional(CountSchema),
    disabilities: z.optional(
      z.array(
        z.strictObject({
          row: z.string(),
          side: z.optional(z.enum(['right', 'left'])),
          leftHanded: z.optional(z.boolean()),
          functionLost: z.optional(share),
        }),
      ),
    ),
    totalDisability: z.optional(z.boolean()),
    death: z.optional(z.boolean()),
    claimJkm: z.optional(z.boolean()),
    transport: z.optional(transport),
    homeCare: z.optional(z.strictObject({ months: CountSchema, cost: RupiahSchema })),
    devices: z.optional(
      z.strictObject({
        dentures: z.optional(RupiahSchema),
        hearingAid: z.optional(RupiahSchema),
        glasses: z.optional(RupiahSchema),
      }),
    ),
    claimDate: z.optional(IsoDateSchema),
    arrearsMonths: z.optional(CountSchema),
    children: z.optional(children),
    rulebook: z.optional(RulebookSchema),
  })
  .check(
    z.refine((v) => !(v.death && v.totalDisability), {
      message: 'a death and a total permanent disability exclude each other',
      path: ['totalDisability'],
    }),
    z.refine((v) => !(v.claimDate && v.eventDate && v.claimDate < v.eventDate), {
      message: 'the claim must not be before the event',
      path: ['claimDate'],
    }),
  );
