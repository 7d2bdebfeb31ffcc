/**
 * Input schemas of eligibility.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BPU_CATEGORIES, BPU_SECTORS } from '../contributions/bpu/types.ts';
import type { InputIssue } from '../errors.ts';
import { isIsoDate } from '../period/iso-date.ts';
import { FundingSourceSchema, IsoDateSchema, RulebookSchema } from '../schemas/common.ts';
import { type InputSchema, inputSchema } from '../schemas/input-schema.ts';
import { JAMSOSTEK_PROGRAMS, SEGMENTS } from '../vocabulary.ts';
import {
  type EligibilityWorker,
  ENTERPRISE_SIZES,
  type PensionAgeInput,
  type ProgramCriteria,
  type ProgramEligibilityInput,
  type RosterScreeningInput,
  type SegmentProgramsInput,
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

/** @internal */
export const eligibilityWorker: z.ZodMiniType<EligibilityWorker> = /* @__PURE__ */ z
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

/** @internal */
export const programCriteria: z.ZodMiniType<ProgramCriteria> = /* @__PURE__ */ z.strictObject({
  id: z.optional(z.string()),
  fundingSource: FundingSourceSchema,
  programs: z.optional(
    z.array(z.enum(JAMSOSTEK_PROGRAMS)).check(
      z.refine(unique, { message: 'must not repeat a program' }),
      z.refine((a) => a.includes('JKK') && a.includes('JKM'), {
        message: 'must include JKK and JKM, which every participant joins (PP 44/2015 Pasal 4)',
      }),
    ),
  ),
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

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * @internal The dates of a worker that lie after the as-of date, each as an issue with its path from
 * the worker. Checks only what is a valid date, so it adds to the schema's issues without repeating them.
 */
export function asOfIssues(worker: unknown, asOf: unknown): InputIssue[] {
  if (!isRecord(worker) || !isIsoDate(asOf)) return [];
  const issues: InputIssue[] = [];
  for (const key of ['birthDate', 'workStartInIndonesia'] as const) {
    const d = worker[key];
    if (isIsoDate(d) && d > asOf)
      issues.push({ path: [key], message: `must not be after the as-of date ${asOf}`, received: d });
  }
  return issues;
}

/** @internal */
export const programEligibilityInput: z.ZodMiniType<ProgramEligibilityInput> = /* @__PURE__ */ z
  .strictObject({
    worker: eligibilityWorker,
    criteria: programCriteria,
    asOf: IsoDateSchema,
    rulebook: z.optional(RulebookSchema),
  })
  .check(
    // Runs even when other fields are invalid, so that every issue is reported at once.
    z.superRefine(
      (input: unknown, ctx) => {
        if (!isRecord(input)) return;
        for (const i of asOfIssues(input['worker'], input['asOf']))
          ctx.addIssue({
            code: 'custom',
            message: i.message,
            path: ['worker', ...i.path],
            input: i.received,
          });
      },
      { when: () => true },
    ),
  );

/** @internal */
export const rosterScreeningInput: z.ZodMiniType<RosterScreeningInput> = /* @__PURE__ */ z.strictObject({
  rows: z.array(z.unknown()),
  criteria: programCriteria,
  asOf: IsoDateSchema,
  rulebook: z.optional(RulebookSchema),
});

/** @internal */
export const pensionAgeInput: z.ZodMiniType<PensionAgeInput> = /* @__PURE__ */ z.strictObject({
  asOf: IsoDateSchema,
  rulebook: z.optional(RulebookSchema),
});

/** @internal */
export const segmentProgramsInput: z.ZodMiniType<SegmentProgramsInput> = /* @__PURE__ */ z.discriminatedUnion(
  'segment',
  [
    z.strictObject({
      segment: z.literal('PU'),
      enterpriseSize: z.optional(z.enum(ENTERPRISE_SIZES)),
      asOf: IsoDateSchema,
      rulebook: z.optional(RulebookSchema),
    }),
    z.strictObject({
      segment: z.literal('BPU'),
      asOf: IsoDateSchema,
      rulebook: z.optional(RulebookSchema),
    }),
  ],
  { error: "must be 'PU' or 'BPU'" },
);

/**
 * Schema of {@link EligibilityWorker}, to check a worker (a form, one row of an import) before it is
 * used; unknown keys are rejected. A foreigner needs `workStartInIndonesia`, a wage earner
 * `enterpriseSize`.
 *
 * @example
 * ```ts
 * import { EligibilityWorkerSchema } from 'jamsostek/eligibility';
 * EligibilityWorkerSchema.safeParse({ birthDate: '1990-01-01', segment: 'BPU', dtsenDecile: 11 }).success; // false
 * ```
 */
export const EligibilityWorkerSchema: InputSchema<EligibilityWorker> = /* @__PURE__ */ inputSchema(
  eligibilityWorker,
  'eligibility worker',
);

/**
 * Schema of {@link ProgramCriteria}; unknown keys are rejected. `fundingSource` is required; the
 * programs must include JKK and JKM (PP 44/2015 Pasal 4).
 *
 * @example
 * ```ts
 * import { ProgramCriteriaSchema } from 'jamsostek/eligibility';
 * ProgramCriteriaSchema.safeParse({ fundingSource: 'APBD', segments: ['BPU'], maxDtsenDecile: 4 }).success; // true
 * ProgramCriteriaSchema.safeParse({ fundingSource: 'APBD', sectors: ['mining'] }).success; // false
 * ```
 */
export const ProgramCriteriaSchema: InputSchema<ProgramCriteria> = /* @__PURE__ */ inputSchema(
  programCriteria,
  'program criteria',
);

/**
 * Schema of {@link ProgramEligibilityInput}: the issues `programEligibility` would throw, with their
 * paths from the input (`['worker', 'birthDate']`).
 *
 * @example
 * ```ts
 * import { ProgramEligibilityInputSchema } from 'jamsostek/eligibility';
 * ProgramEligibilityInputSchema.safeParse({
 *   worker: { birthDate: '1990-01-01', segment: 'BPU' },
 *   criteria: { fundingSource: 'APBD' },
 *   asOf: '2026-05-01',
 * }).success; // true
 * ```
 */
export const ProgramEligibilityInputSchema: InputSchema<ProgramEligibilityInput> =
  /* @__PURE__ */ inputSchema(programEligibilityInput, 'program eligibility input');

/**
 * Schema of {@link RosterScreeningInput}. It checks that `rows` is an array, not the rows themselves:
 * `rosterScreening` rejects an invalid row with its issues instead of throwing.
 *
 * @example
 * ```ts
 * import { RosterScreeningInputSchema } from 'jamsostek/eligibility';
 * RosterScreeningInputSchema.safeParse({ rows: [], criteria: { fundingSource: 'APBD' }, asOf: '2026-05-01' }).success; // true
 * ```
 */
export const RosterScreeningInputSchema: InputSchema<RosterScreeningInput> = /* @__PURE__ */ inputSchema(
  rosterScreeningInput,
  'roster screening input',
);

/**
 * Schema of {@link PensionAgeInput}.
 *
 * @example
 * ```ts
 * import { PensionAgeInputSchema } from 'jamsostek/eligibility';
 * PensionAgeInputSchema.safeParse({ asOf: '2025-01-01' }).success; // true
 * ```
 */
export const PensionAgeInputSchema: InputSchema<PensionAgeInput> = /* @__PURE__ */ inputSchema(
  pensionAgeInput,
  'pension age input',
);

/**
 * Schema of {@link SegmentProgramsInput}; `enterpriseSize` only with segment `'PU'`.
 *
 * @example
 * ```ts
 * import { SegmentProgramsInputSchema } from 'jamsostek/eligibility';
 * SegmentProgramsInputSchema.safeParse({ segment: 'BPU', asOf: '2026-01-01' }).success; // true
 * SegmentProgramsInputSchema.safeParse({ segment: 'BPU', enterpriseSize: 'micro', asOf: '2026-01-01' }).success; // false
 * ```
 */
export const SegmentProgramsInputSchema: InputSchema<SegmentProgramsInput> = /* @__PURE__ */ inputSchema(
  segmentProgramsInput,
  'segment programs input',
);
