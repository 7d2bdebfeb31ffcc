/**
 * Input schemas of eligibility.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BPU_CATEGORIES, BPU_SECTORS } from '../contributions/bpu/types.ts';
import { PAYERS } from '../funding/sources.ts';
import { IsoDateSchema, RulebookSchema } from '../schemas/common.ts';
import { JAMSOSTEK_PROGRAMS, SEGMENTS } from '../vocabulary.ts';
import {
  type EligibilityOptions,
  type EligibilityWorker,
  ENTERPRISE_SIZES,
  type ProgramCriteria,
  type SegmentProgramsQuery,
} from './types.ts';

const decile = z.number().check(
  z.refine((n) => Number.isInteger(n), { message: 'must be a whole decile' }),
  z.refine((n) => n >= 1 && n <= 10, { message: 'must be a DTSEN decile from 1 to 10' }),
);

const age = z.number().check(
  z.refine((n) => Number.isInteger(n), { message: 'must be whole years' }),
  z.refine((n) => n >= 0 && n <= 150, { message: 'must be from 0 to 150 years' }),
);

const unique = <T>(a: readonly T[]): boolean => new Set(a).size === a.length;

/**
 * Schema of {@link EligibilityWorker}; unknown keys are rejected. A foreigner needs
 * `workStartInIndonesia`, a wage earner `enterpriseSize`.
 *
 * @example
 * ```ts
 * import { EligibilityWorkerSchema } from 'jamsostek/eligibility';
 * EligibilityWorkerSchema.safeParse({ birthDate: '1990-01-01', segment: 'BPU', dtsenDecile: 11 }).success; // false
 * ```
 */
export const EligibilityWorkerSchema: z.ZodMiniType<EligibilityWorker> = /* @__PURE__ */ z
  .strictObject({
    id: z.optional(z.string()),
    birthDate: IsoDateSchema,
    citizenship: z.optional(z.enum(['WNI', 'WNA'])),
    workStartInIndonesia: z.optional(IsoDateSchema),
    segment: z.enum(SEGMENTS),
    bpuCategory: z.optional(z.enum(BPU_CATEGORIES)),
    enterpriseSize: z.optional(z.enum(ENTERPRISE_SIZES)),
    sector: z.optional(z.enum(BPU_SECTORS)),
    dtsenDecile: z.optional(decile),
    region: z.optional(z.string()),
    activeParticipant: z.optional(z.boolean()),
    fundedBy: z.optional(z.array(z.string())),
  })
  .check(
    z.refine((w) => w.citizenship !== 'WNA' || w.workStartInIndonesia !== undefined, {
      message: 'is required for a foreign worker (citizenship WNA)',
      path: ['workStartInIndonesia'],
    }),
    z.refine((w) => w.segment !== 'PU' || w.enterpriseSize !== undefined, {
      message: 'is required for a wage earner (segment PU)',
      path: ['enterpriseSize'],
    }),
    z.refine((w) => w.segment !== 'PU' || w.bpuCategory === undefined, {
      message: 'applies only to segment BPU',
      path: ['bpuCategory'],
    }),
  );

/**
 * Schema of {@link ProgramCriteria}; unknown keys are rejected. The programs must include JKK and JKM
 * (PP 44/2015 Pasal 4).
 *
 * @example
 * ```ts
 * import { ProgramCriteriaSchema } from 'jamsostek/eligibility';
 * ProgramCriteriaSchema.safeParse({ segments: ['BPU'], maxDtsenDecile: 4 }).success; // true
 * ProgramCriteriaSchema.safeParse({ sectors: ['mining'] }).success; // false
 * ```
 */
export const ProgramCriteriaSchema: z.ZodMiniType<ProgramCriteria> = /* @__PURE__ */ z.strictObject({
  id: z.optional(z.string()),
  programs: z.optional(
    z.array(z.enum(JAMSOSTEK_PROGRAMS)).check(
      z.refine(unique, { message: 'must not repeat a program' }),
      z.refine((a) => a.includes('JKK') && a.includes('JKM'), {
        message: 'must include JKK and JKM, which every participant joins (PP 44/2015 Pasal 4)',
      }),
    ),
  ),
  payer: z.optional(z.enum(PAYERS)),
  segments: z.optional(z.array(z.enum(SEGMENTS))),
  bpuCategories: z.optional(z.array(z.enum(BPU_CATEGORIES))),
  maxDtsenDecile: z.optional(decile),
  age: z.optional(
    z.strictObject({ min: z.optional(age), max: z.optional(age) }).check(
      z.refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, {
        message: 'min must not exceed max',
        path: ['max'],
      }),
    ),
  ),
  sectors: z.optional(z.array(z.enum(BPU_SECTORS))),
  regions: z.optional(z.array(z.string())),
  notActiveParticipant: z.optional(z.boolean()),
  notFundedByOtherProgram: z.optional(z.boolean()),
});

/**
 * Schema of {@link EligibilityOptions}.
 *
 * @example
 * ```ts
 * import { EligibilityOptionsSchema } from 'jamsostek/eligibility';
 * EligibilityOptionsSchema.safeParse({ asOf: '2026-05-01' }).success; // true
 * ```
 */
export const EligibilityOptionsSchema: z.ZodMiniType<EligibilityOptions> = /* @__PURE__ */ z.strictObject({
  asOf: IsoDateSchema,
  rulebook: z.optional(RulebookSchema),
});

/**
 * Schema of {@link SegmentProgramsQuery}.
 *
 * @example
 * ```ts
 * import { SegmentProgramsQuerySchema } from 'jamsostek/eligibility';
 * SegmentProgramsQuerySchema.safeParse({ segment: 'BPU', date: '2026-01-01' }).success; // true
 * ```
 */
export const SegmentProgramsQuerySchema: z.ZodMiniType<SegmentProgramsQuery> = /* @__PURE__ */ z.strictObject(
  {
    segment: z.enum(SEGMENTS),
    enterpriseSize: z.optional(z.enum(ENTERPRISE_SIZES)),
    date: IsoDateSchema,
    rulebook: z.optional(RulebookSchema),
  },
);
