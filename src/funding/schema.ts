/**
 * Input schemas of program funding.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BPU_CATEGORIES, BPU_PROGRAMS, BPU_SECTORS } from '../contributions/bpu/types.ts';
import { Dec } from '../money/decimal.ts';
import { isYearMonth, monthIndex } from '../period/year-month.ts';
import {
  CountSchema,
  IsoDateSchema,
  PositiveCountSchema,
  RulebookSchema,
  RupiahSchema,
  YearMonthSchema,
} from '../schemas/common.ts';
import { FUNDING_SOURCES } from './sources.ts';
import type {
  BudgetCapacityInput,
  BudgetDurationInput,
  ProgramBudgetInput,
  ProgramTranchesInput,
  ReconcileBudgetInput,
  SplitFundingInput,
  VillageAllocationInput,
} from './types.ts';

type Ctx = { issues: z.core.$ZodRawIssue[] };

function issue(ctx: Ctx, path: (string | number)[], message: string, input: unknown): void {
  ctx.issues.push({ code: 'custom', message, path, input, continue: true });
}

/** True when both are valid months and `to` is before `from`. */
function backwards(from: unknown, to: unknown): boolean {
  return isYearMonth(from) && isYearMonth(to) && monthIndex(to) < monthIndex(from);
}

function fraction(value: unknown): Dec | undefined {
  try {
    const d = new Dec(value as string);
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
}

const programs = z.array(z.enum(BPU_PROGRAMS)).check(
  z.refine((a) => new Set(a).size === a.length, { message: 'must not repeat a program' }),
  z.refine((a) => a.includes('JKK') === a.includes('JKM'), {
    message: 'JKK and JKM are joined together (PP 44/2015 Pasal 4 ayat (2))',
  }),
  z.refine((a) => a.length > 0, { message: 'must name at least one program' }),
);

const income = RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }));
const payer = z.enum(FUNDING_SOURCES);
const sector = z.enum(BPU_SECTORS);
const category = z.enum(BPU_CATEGORIES);

const premiumShape = {
  declaredIncome: z.optional(income),
  programs: z.optional(programs),
  sector: z.optional(sector),
  category: z.optional(category),
  rulebook: z.optional(RulebookSchema),
};

const cohort = z
  .strictObject({
    name: z.optional(z.string()),
    workers: PositiveCountSchema,
    from: z.optional(YearMonthSchema),
    startDate: z.optional(IsoDateSchema),
    to: YearMonthSchema,
    declaredIncome: z.optional(income),
    payer: z.optional(payer),
    sector: z.optional(sector),
    category: z.optional(category),
  })
  .check(
    z.superRefine((c, ctx) => {
      if ((c.from === undefined) === (c.startDate === undefined))
        issue(ctx, ['from'], 'give exactly one of from and startDate', c.from);
      const start = c.from ?? (typeof c.startDate === 'string' ? c.startDate.slice(0, 7) : undefined);
      if (backwards(start, c.to)) issue(ctx, ['to'], `must not be before the first month (${start})`, c.to);
    }),
  );

const budgetShape = {
  cohorts: z
    .array(cohort)
    .check(z.refine((a) => a.length > 0, { message: 'must contain at least one cohort' })),
  payer,
  ...premiumShape,
};

/**
 * Schema of {@link ProgramBudgetInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { ProgramBudgetInputSchema } from 'jamsostek/funding';
 * ProgramBudgetInputSchema.safeParse({ payer: 'DBHCHT', cohorts: [{ workers: 10, from: '2025-07', to: '2025-12' }] }).success; // true
 * ```
 */
export const ProgramBudgetInputSchema: z.ZodMiniType<ProgramBudgetInput> = /* @__PURE__ */ z.strictObject(
  budgetShape,
);

const range = z.superRefine((v: { from?: unknown; to?: unknown }, ctx) => {
  if (backwards(v.from, v.to)) issue(ctx, ['to'], `must not be before from (${String(v.from)})`, v.to);
});

/**
 * Schema of {@link BudgetCapacityInput}.
 *
 * @example
 * ```ts
 * import { BudgetCapacityInputSchema } from 'jamsostek/funding';
 * BudgetCapacityInputSchema.safeParse({ budget: -1, from: '2025-07', to: '2025-12', payer: 'APBD' }).success; // false
 * ```
 */
export const BudgetCapacityInputSchema: z.ZodMiniType<BudgetCapacityInput> = /* @__PURE__ */ z
  .strictObject({ budget: RupiahSchema, from: YearMonthSchema, to: YearMonthSchema, payer, ...premiumShape })
  .check(range);

/**
 * Schema of {@link BudgetDurationInput}.
 *
 * @example
 * ```ts
 * import { BudgetDurationInputSchema } from 'jamsostek/funding';
 * BudgetDurationInputSchema.safeParse({ budget: 3024000000, workers: 20000, from: '2025-04', payer: 'APBD' }).success; // true
 * ```
 */
export const BudgetDurationInputSchema: z.ZodMiniType<BudgetDurationInput> = /* @__PURE__ */ z
  .strictObject({
    budget: RupiahSchema,
    workers: PositiveCountSchema,
    from: YearMonthSchema,
    until: z.optional(YearMonthSchema),
    payer,
    ...premiumShape,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (backwards(v.from, v.until)) issue(ctx, ['until'], `must not be before from (${v.from})`, v.until);
    }),
  );

const part = z
  .strictObject({
    source: z.enum(FUNDING_SOURCES),
    label: z.optional(z.string().check(z.minLength(1))),
    amount: z.optional(RupiahSchema),
    share: z.optional(z.string()),
    weight: z.optional(z.union([z.number(), z.string()])),
  })
  .check(
    z.superRefine((p, ctx) => {
      const given = [p.amount, p.share, p.weight].filter((x) => x !== undefined).length;
      if (given !== 1) issue(ctx, [], 'give exactly one of amount, share and weight', p);
      if (p.share !== undefined) {
        const d = fraction(p.share);
        if (!d || d.isNegative() || d.gt(1))
          issue(
            ctx,
            ['share'],
            'must be a decimal fraction between "0" and "1" (e.g. "0.4" for 40 %)',
            p.share,
          );
      }
      if (p.weight !== undefined) {
        const d = fraction(p.weight);
        if (!d || d.isNegative()) issue(ctx, ['weight'], 'must be a non-negative number', p.weight);
      }
    }),
  );

/**
 * Schema of {@link SplitFundingInput}.
 *
 * @example
 * ```ts
 * import { SplitFundingInputSchema } from 'jamsostek/funding';
 * SplitFundingInputSchema.safeParse({ total: 100, sources: [{ source: 'APBD', share: '1.2' }] }).success; // false
 * ```
 */
export const SplitFundingInputSchema: z.ZodMiniType<SplitFundingInput> = /* @__PURE__ */ z
  .strictObject({
    total: RupiahSchema,
    sources: z
      .array(part)
      .check(z.refine((a) => a.length > 0, { message: 'must contain at least one source' })),
    remainderOrder: z.optional(z.array(z.string())),
  })
  .check(
    z.superRefine((v, ctx) => {
      let shares = new Dec(0);
      const labels = new Set<string>();
      v.sources.forEach((p, i) => {
        const label = p.label ?? p.source;
        if (labels.has(label))
          issue(
            ctx,
            ['sources', i, 'label'],
            `repeats the label '${label}'; give each part its own`,
            p.label,
          );
        labels.add(label);
        const d = p.share === undefined ? undefined : fraction(p.share);
        if (d && !d.isNegative()) shares = shares.plus(d);
      });
      if (shares.gt(1))
        issue(ctx, ['sources'], `shares add up to ${shares.mul(100).toFixed()} %, over 100 %`, v.sources);
      v.remainderOrder?.forEach((l, i) => {
        if (!labels.has(l)) issue(ctx, ['remainderOrder', i], 'is not the label of a source', l);
      });
    }),
  );

const village = z.strictObject({
  name: z.optional(z.string()),
  grant: z.optional(RupiahSchema),
  workers: z.optional(CountSchema),
});

/**
 * Schema of {@link VillageAllocationInput}.
 *
 * @example
 * ```ts
 * import { VillageAllocationInputSchema } from 'jamsostek/funding';
 * VillageAllocationInputSchema.safeParse({ villages: 0, grantPerVillage: 100000000, share: '0.1', premium: 16800, months: 12 }).success; // false
 * ```
 */
export const VillageAllocationInputSchema: z.ZodMiniType<VillageAllocationInput> = /* @__PURE__ */ z
  .strictObject({
    villages: z.union([
      PositiveCountSchema,
      z.array(village).check(z.refine((a) => a.length > 0, { message: 'must contain at least one village' })),
    ]),
    grantPerVillage: z.optional(RupiahSchema),
    share: z.string(),
    workersPerVillage: z.optional(CountSchema),
    premium: z.optional(income),
    months: z.optional(PositiveCountSchema),
    from: z.optional(YearMonthSchema),
    to: z.optional(YearMonthSchema),
    payer: z.optional(payer),
    ...premiumShape,
  })
  .check(
    z.superRefine((v, ctx) => {
      const d = fraction(v.share);
      if (!d || d.isNegative() || d.gt(1))
        issue(
          ctx,
          ['share'],
          'must be a decimal fraction between "0" and "1" (e.g. "0.1" for 10 %)',
          v.share,
        );
      if (v.grantPerVillage === undefined) {
        if (typeof v.villages === 'number')
          issue(ctx, ['grantPerVillage'], 'is required when villages is a count', undefined);
        else
          v.villages.forEach((x, i) => {
            if (x.grant === undefined)
              issue(
                ctx,
                ['villages', i, 'grant'],
                'is required when grantPerVillage is not given',
                undefined,
              );
          });
      }
      const hasRange = v.from !== undefined || v.to !== undefined;
      if (hasRange && (v.from === undefined || v.to === undefined))
        issue(ctx, [v.from === undefined ? 'from' : 'to'], 'give both from and to', undefined);
      if (backwards(v.from, v.to)) issue(ctx, ['to'], `must not be before from (${String(v.from)})`, v.to);
      if (hasRange && v.months !== undefined)
        issue(ctx, ['months'], 'give either months or from and to', v.months);
      if (!hasRange && v.months === undefined)
        issue(ctx, ['months'], 'give the period: from and to, or months with a premium', undefined);
      if (!hasRange && v.months !== undefined && v.premium === undefined)
        issue(
          ctx,
          ['premium'],
          'is required with months (or give from and to to price through BPU)',
          undefined,
        );
    }),
  );

/**
 * Schema of {@link ProgramTranchesInput}.
 *
 * @example
 * ```ts
 * import { ProgramTranchesInputSchema } from 'jamsostek/funding';
 * ProgramTranchesInputSchema.safeParse({
 *   payer: 'DBHCHT',
 *   cohorts: [{ workers: 10, from: '2025-07', to: '2025-12' }],
 *   tranches: [{ from: '2025-07', to: '2025-09' }, { from: '2025-10', to: '2025-12' }],
 * }).success; // true
 * ```
 */
export const ProgramTranchesInputSchema: z.ZodMiniType<ProgramTranchesInput> = /* @__PURE__ */ z
  .strictObject({
    ...budgetShape,
    tranches: z
      .array(
        z
          .strictObject({ label: z.optional(z.string()), from: YearMonthSchema, to: YearMonthSchema })
          .check(range),
      )
      .check(z.refine((a) => a.length > 0, { message: 'must contain at least one tranche' })),
  })
  .check(
    z.superRefine((v, ctx) => {
      for (let i = 1; i < v.tranches.length; i++) {
        const prev = v.tranches[i - 1]?.to;
        const cur = v.tranches[i]?.from;
        if (isYearMonth(prev) && isYearMonth(cur) && monthIndex(cur) <= monthIndex(prev))
          issue(ctx, ['tranches', i, 'from'], `must come after the previous tranche (ends ${prev})`, cur);
      }
    }),
  );

/**
 * Schema of {@link ReconcileBudgetInput}.
 *
 * @example
 * ```ts
 * import { ReconcileBudgetInputSchema } from 'jamsostek/funding';
 * ReconcileBudgetInputSchema.safeParse({ budget: 2800000000, workers: 28448, to: '2025-12', payer: 'DBHCHT' }).success; // true
 * ```
 */
export const ReconcileBudgetInputSchema: z.ZodMiniType<ReconcileBudgetInput> = /* @__PURE__ */ z.strictObject(
  {
    budget: RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' })),
    workers: PositiveCountSchema,
    to: YearMonthSchema,
    maxMonths: z.optional(
      PositiveCountSchema.check(z.refine((n) => n <= 120, { message: 'must be at most 120' })),
    ),
    payer,
    ...premiumShape,
  },
);
