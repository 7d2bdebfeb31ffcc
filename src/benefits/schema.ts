/**
 * Input schemas of the benefit calculators.
 *
 * @module
 */
import * as z from 'zod/mini';
import { DECIMAL_MESSAGE, parseDecimalText } from '../money/decimal.ts';
import { calendarMonthsBetween, isIsoDate } from '../period/iso-date.ts';
import { DISABILITY_ROW_KEYS } from '../rulebook/data/disability.ts';
import { CountSchema, IsoDateSchema, RulebookSchema, RupiahSchema } from '../schemas/common.ts';
import { type InputSchema, inputSchema } from '../schemas/input-schema.ts';
import {
  type DisabilityTableInput,
  type JkkBenefitInput,
  type JkmBenefitInput,
  SCHOLARSHIP_CAUSES,
  SCHOOL_LEVELS,
  type ScholarshipScheduleInput,
} from './types.ts';

const SEGMENT_MESSAGE = "must be 'PU' (a wage earner) or 'BPU' (a non-wage participant)";

/** A key that belongs to the other segment: named, with what to give instead. */
const onlyFor = (segment: 'PU' | 'BPU', instead: string) =>
  z.exactOptional(
    z.never({
      error: `is only for a ${segment} participant (segment '${segment}'); give ${instead} instead`,
    }),
  );

const share = z.string().check(
  z.refine(
    (s) => {
      const d = parseDecimalText(s);
      return d !== undefined && !d.isNegative() && d.lte(1);
    },
    { message: `must be a decimal string from 0 to 1; ${DECIMAL_MESSAGE}` },
  ),
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

/** @internal */
export const scholarshipScheduleInput: z.ZodMiniType<ScholarshipScheduleInput> =
  /* @__PURE__ */ z.strictObject({
    eventDate: IsoDateSchema,
    cause: z.enum(SCHOLARSHIP_CAUSES),
    contributionMonths: z.optional(CountSchema),
    children,
    rulebook: z.optional(RulebookSchema),
  });

const jkmShared = {
  eventDate: IsoDateSchema,
  membershipStart: IsoDateSchema,
  contributionMonths: CountSchema,
  arrearsMonths: z.optional(CountSchema),
  heirs: z.optional(z.boolean()),
  workRelated: z.optional(z.boolean()),
  children: z.optional(children),
  rulebook: z.optional(RulebookSchema),
};

/** @internal */
export const jkmBenefitInput: z.ZodMiniType<JkmBenefitInput> = /* @__PURE__ */ z
  .discriminatedUnion(
    'segment',
    [
      z.strictObject({
        ...jkmShared,
        segment: z.literal('PU'),
        declaredIncome: onlyFor('BPU', 'nothing: JKM does not depend on the wage'),
      }),
      z.strictObject({ ...jkmShared, segment: z.literal('BPU'), declaredIncome: z.optional(RupiahSchema) }),
    ],
    { error: SEGMENT_MESSAGE },
  )
  .check(
    z.refine((v) => !(v.eventDate && v.membershipStart && v.eventDate < v.membershipStart), {
      message: 'the death must not be before the start of membership',
      path: ['eventDate'],
    }),
    z.refine(
      (v) =>
        !(
          v.arrearsMonths &&
          isIsoDate(v.eventDate) &&
          isIsoDate(v.membershipStart) &&
          v.arrearsMonths > calendarMonthsBetween(v.membershipStart, v.eventDate)
        ),
      { message: 'arrears cannot cover months before the membership started', path: ['arrearsMonths'] },
    ),
  );

const transport = z.strictObject({
  land: z.optional(RupiahSchema),
  sea: z.optional(RupiahSchema),
  air: z.optional(RupiahSchema),
});

const positiveRupiah = RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }));

const jkkShared = {
  eventDate: IsoDateSchema,
  stmbMonths: z.optional(CountSchema),
  disabilities: z.optional(
    z.array(
      z.strictObject({
        row: z.enum(DISABILITY_ROW_KEYS, { error: 'is not a row of the disability table' }),
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
  homeCare: z.optional(z.strictObject({ monthCount: CountSchema, cost: RupiahSchema })),
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
};

/** @internal */
export const jkkBenefitInput: z.ZodMiniType<JkkBenefitInput> = /* @__PURE__ */ z
  .discriminatedUnion(
    'segment',
    [
      z.strictObject({
        ...jkkShared,
        segment: z.literal('PU'),
        wage: positiveRupiah,
        declaredIncome: onlyFor('BPU', 'wage'),
      }),
      z.strictObject({
        ...jkkShared,
        segment: z.literal('BPU'),
        declaredIncome: positiveRupiah,
        wage: onlyFor('PU', 'declaredIncome'),
      }),
    ],
    { error: SEGMENT_MESSAGE },
  )
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

/** @internal */
export const disabilityTableInput: z.ZodMiniType<DisabilityTableInput> = /* @__PURE__ */ z.strictObject({
  asOf: IsoDateSchema,
  rulebook: z.optional(RulebookSchema),
});

/**
 * Schema of {@link ScholarshipScheduleInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { ScholarshipScheduleInputSchema } from 'jamsostek/benefits';
 * ScholarshipScheduleInputSchema.safeParse({ eventDate: '2025-06-01', cause: 'total-disability', children: [] }).success; // true
 * ```
 */
export const ScholarshipScheduleInputSchema: InputSchema<ScholarshipScheduleInput> =
  /* @__PURE__ */ inputSchema(scholarshipScheduleInput, 'scholarship input');

/**
 * Schema of {@link JkmBenefitInput}; unknown keys are rejected, a PU input may not carry
 * `declaredIncome`, and the death must not precede membership.
 *
 * @example
 * ```ts
 * import { JkmBenefitInputSchema } from 'jamsostek/benefits';
 * JkmBenefitInputSchema.safeParse({ eventDate: '2025-06-01', segment: 'PU', membershipStart: '2026-01-01', contributionMonths: 0 }).success; // false
 * ```
 */
export const JkmBenefitInputSchema: InputSchema<JkmBenefitInput> = /* @__PURE__ */ inputSchema(
  jkmBenefitInput,
  'JKM benefit input',
);

/**
 * Schema of {@link JkkBenefitInput}; unknown keys are rejected, a PU input gives `wage` and a BPU input
 * `declaredIncome` (the other key is an issue naming it).
 *
 * @example
 * ```ts
 * import { JkkBenefitInputSchema } from 'jamsostek/benefits';
 * JkkBenefitInputSchema.safeParse({ eventDate: '2026-03-10', segment: 'BPU', declaredIncome: 1000000, death: true }).success; // true
 * const r = JkkBenefitInputSchema.safeParse({ eventDate: '2026-03-10', segment: 'BPU', wage: 1000000 });
 * if (!r.success) r.issues.map((i) => i.path.join('.')); // ['declaredIncome', 'wage']
 * ```
 */
export const JkkBenefitInputSchema: InputSchema<JkkBenefitInput> = /* @__PURE__ */ inputSchema(
  jkkBenefitInput,
  'JKK benefit input',
);

/**
 * Schema of {@link DisabilityTableInput}.
 *
 * @example
 * ```ts
 * import { DisabilityTableInputSchema } from 'jamsostek/benefits';
 * DisabilityTableInputSchema.safeParse({ asOf: '2025-06-01' }).success; // true
 * ```
 */
export const DisabilityTableInputSchema: InputSchema<DisabilityTableInput> = /* @__PURE__ */ inputSchema(
  disabilityTableInput,
  'disability table input',
);
