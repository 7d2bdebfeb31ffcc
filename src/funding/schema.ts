/**
 * Input schemas of program funding.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BPU_CATEGORIES, BPU_SECTORS } from '../contributions/bpu/types.ts';
import { invalidInput } from '../errors.ts';
import { DECIMAL_MESSAGE, Dec, parseDecimalText } from '../money/decimal.ts';
import { isYearMonth, monthIndex } from '../period/year-month.ts';
import {
  CountSchema,
  FundingSourceSchema,
  IsoDateSchema,
  PositiveCountSchema,
  RulebookSchema,
  RupiahSchema,
  YearMonthSchema,
} from '../schemas/common.ts';
import { type InputSchema, inputSchema } from '../schemas/input-schema.ts';
import { programsSchema } from './programs.ts';
import type {
  BudgetCapacityInput,
  BudgetDurationInput,
  BudgetReconciliationInput,
  FundingCohort,
  FundingPartInput,
  FundingSplitInput,
  ProgramBudgetInput,
  ProgramTranchesInput,
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
  return parseDecimalText(value);
}

/** Reached only if a check above let an input through that it should have refused. */
function unreachable(what: string): never {
  return invalidInput([{ path: [], message: `needs ${what}` }], 'funding input');
}

const income = RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' }));
const sector = z.enum(BPU_SECTORS);
const category = z.enum(BPU_CATEGORIES);

const premiumShape = {
  declaredIncome: z.optional(income),
  programs: z.optional(programsSchema),
  sector: z.optional(sector),
  category: z.optional(category),
  rulebook: z.optional(RulebookSchema),
};

const cohortFields = z
  .strictObject({
    name: z.optional(z.string()),
    workers: PositiveCountSchema,
    from: z.optional(YearMonthSchema),
    startDate: z.optional(IsoDateSchema),
    to: YearMonthSchema,
    declaredIncome: z.optional(income),
    fundingSource: z.optional(FundingSourceSchema),
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

const cohort: z.ZodMiniType<FundingCohort> = /* @__PURE__ */ z.pipe(
  cohortFields,
  z.transform(({ from, startDate, ...rest }): FundingCohort => {
    if (from !== undefined) return { ...rest, from };
    if (startDate !== undefined) return { ...rest, startDate };
    return unreachable('from or startDate');
  }),
);

const budgetShape = {
  cohorts: z
    .array(cohort)
    .check(z.refine((a) => a.length > 0, { message: 'must contain at least one cohort' })),
  fundingSource: FundingSourceSchema,
  ...premiumShape,
};

/** @internal */
export const programBudgetInput: z.ZodMiniType<ProgramBudgetInput> = /* @__PURE__ */ z.strictObject(
  budgetShape,
);

const range = z.superRefine((v: { from?: unknown; to?: unknown }, ctx) => {
  if (backwards(v.from, v.to)) issue(ctx, ['to'], `must not be before from (${String(v.from)})`, v.to);
});

/** @internal */
export const budgetCapacityInput: z.ZodMiniType<BudgetCapacityInput> = /* @__PURE__ */ z
  .strictObject({
    budget: RupiahSchema,
    from: YearMonthSchema,
    to: YearMonthSchema,
    fundingSource: FundingSourceSchema,
    ...premiumShape,
  })
  .check(range);

/** @internal */
export const budgetDurationInput: z.ZodMiniType<BudgetDurationInput> = /* @__PURE__ */ z
  .strictObject({
    budget: RupiahSchema,
    workers: PositiveCountSchema,
    from: YearMonthSchema,
    until: z.optional(YearMonthSchema),
    fundingSource: FundingSourceSchema,
    ...premiumShape,
  })
  .check(
    z.superRefine((v, ctx) => {
      if (backwards(v.from, v.until)) issue(ctx, ['until'], `must not be before from (${v.from})`, v.until);
    }),
  );

const partFields = z
  .strictObject({
    fundingSource: FundingSourceSchema,
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
        if (!d || d.isNegative())
          issue(ctx, ['weight'], `must be non-negative; ${DECIMAL_MESSAGE}`, p.weight);
      }
    }),
  );

const part: z.ZodMiniType<FundingPartInput> = /* @__PURE__ */ z.pipe(
  partFields,
  z.transform(({ amount, share, weight, ...base }): FundingPartInput => {
    if (amount !== undefined) return { ...base, amount };
    if (share !== undefined) return { ...base, share };
    if (weight !== undefined) return { ...base, weight };
    return unreachable('amount, share or weight');
  }),
);

/** @internal */
export const fundingSplitInput: z.ZodMiniType<FundingSplitInput> = /* @__PURE__ */ z
  .strictObject({
    total: RupiahSchema,
    parts: z.array(part).check(z.refine((a) => a.length > 0, { message: 'must contain at least one part' })),
    remainderOrder: z.optional(z.array(z.string())),
  })
  .check(
    z.superRefine((v, ctx) => {
      let shares = new Dec(0);
      const labels = new Set<string>();
      v.parts.forEach((p, i) => {
        const label = p.label ?? p.fundingSource;
        if (labels.has(label))
          issue(ctx, ['parts', i, 'label'], `repeats the label '${label}'; give each part its own`, p.label);
        labels.add(label);
        const d = p.share === undefined ? undefined : fraction(p.share);
        if (d && !d.isNegative()) shares = shares.plus(d);
      });
      if (shares.gt(1))
        issue(ctx, ['parts'], `shares add up to ${shares.mul(100).toFixed()} %, over 100 %`, v.parts);
      v.remainderOrder?.forEach((l, i) => {
        if (!labels.has(l)) issue(ctx, ['remainderOrder', i], 'is not the label of a part', l);
      });
    }),
  );

const village = z.strictObject({
  name: z.optional(z.string()),
  grant: z.optional(RupiahSchema),
  workers: z.optional(CountSchema),
});

const villageFields = z
  .strictObject({
    villages: z.union([
      PositiveCountSchema,
      z.array(village).check(z.refine((a) => a.length > 0, { message: 'must contain at least one village' })),
    ]),
    grantPerVillage: z.optional(RupiahSchema),
    share: z.string(),
    workersPerVillage: z.optional(CountSchema),
    premium: z.optional(income),
    monthCount: z.optional(PositiveCountSchema),
    from: z.optional(YearMonthSchema),
    to: z.optional(YearMonthSchema),
    fundingSource: FundingSourceSchema,
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
      const hasPremium = v.premium !== undefined || v.monthCount !== undefined;
      if (hasRange && hasPremium) {
        const key = v.premium !== undefined ? 'premium' : 'monthCount';
        issue(ctx, [key], 'give either premium and monthCount, or from and to (priced as BPU)', v[key]);
      } else if (hasRange) {
        if (v.from === undefined || v.to === undefined)
          issue(ctx, [v.from === undefined ? 'from' : 'to'], 'give both from and to', undefined);
        if (backwards(v.from, v.to)) issue(ctx, ['to'], `must not be before from (${String(v.from)})`, v.to);
      } else if (hasPremium) {
        if (v.premium === undefined)
          issue(
            ctx,
            ['premium'],
            'is required with monthCount (or give from and to to price as BPU)',
            undefined,
          );
        if (v.monthCount === undefined) issue(ctx, ['monthCount'], 'is required with premium', undefined);
      } else issue(ctx, ['from'], 'give the period: from and to, or premium and monthCount', undefined);
    }),
  );

/** @internal */
export const villageAllocationInput: z.ZodMiniType<VillageAllocationInput> = /* @__PURE__ */ z.pipe(
  villageFields,
  z.transform(({ premium, monthCount, from, to, ...base }): VillageAllocationInput => {
    if (from !== undefined && to !== undefined) return { ...base, from, to };
    if (premium !== undefined && monthCount !== undefined) return { ...base, premium, monthCount };
    return unreachable('from and to, or premium and monthCount');
  }),
);

/** @internal */
export const programTranchesInput: z.ZodMiniType<ProgramTranchesInput> = /* @__PURE__ */ z
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

/** @internal */
export const budgetReconciliationInput: z.ZodMiniType<BudgetReconciliationInput> =
  /* @__PURE__ */ z.strictObject({
    budget: RupiahSchema.check(z.refine((n) => n > 0, { message: 'must be positive' })),
    workers: PositiveCountSchema,
    to: YearMonthSchema,
    maxMonthCount: z.optional(
      PositiveCountSchema.check(z.refine((n) => n <= 120, { message: 'must be at most 120' })),
    ),
    fundingSource: FundingSourceSchema,
    ...premiumShape,
  });

/**
 * Schema of {@link ProgramBudgetInput}; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { ProgramBudgetInputSchema } from 'jamsostek/funding';
 * ProgramBudgetInputSchema.safeParse({ fundingSource: 'DBHCHT', cohorts: [{ workers: 10, from: '2025-07', to: '2025-12' }] }).success; // true
 * ```
 */
export const ProgramBudgetInputSchema: InputSchema<ProgramBudgetInput> = /* @__PURE__ */ inputSchema(
  programBudgetInput,
  'program budget input',
);

/**
 * Schema of {@link BudgetCapacityInput}.
 *
 * @example
 * ```ts
 * import { BudgetCapacityInputSchema } from 'jamsostek/funding';
 * BudgetCapacityInputSchema.safeParse({ budget: -1, from: '2025-07', to: '2025-12', fundingSource: 'APBD' }).success; // false
 * ```
 */
export const BudgetCapacityInputSchema: InputSchema<BudgetCapacityInput> = /* @__PURE__ */ inputSchema(
  budgetCapacityInput,
  'budget capacity input',
);

/**
 * Schema of {@link BudgetDurationInput}.
 *
 * @example
 * ```ts
 * import { BudgetDurationInputSchema } from 'jamsostek/funding';
 * BudgetDurationInputSchema.safeParse({ budget: 3024000000, workers: 20000, from: '2025-04', fundingSource: 'APBD' }).success; // true
 * ```
 */
export const BudgetDurationInputSchema: InputSchema<BudgetDurationInput> = /* @__PURE__ */ inputSchema(
  budgetDurationInput,
  'budget duration input',
);

/**
 * Schema of {@link FundingSplitInput}.
 *
 * @example
 * ```ts
 * import { FundingSplitInputSchema } from 'jamsostek/funding';
 * FundingSplitInputSchema.safeParse({ total: 100, parts: [{ fundingSource: 'APBD', share: '1.2' }] }).success; // false
 * ```
 */
export const FundingSplitInputSchema: InputSchema<FundingSplitInput> = /* @__PURE__ */ inputSchema(
  fundingSplitInput,
  'funding split input',
);

/**
 * Schema of {@link VillageAllocationInput}.
 *
 * @example
 * ```ts
 * import { VillageAllocationInputSchema } from 'jamsostek/funding';
 * VillageAllocationInputSchema.safeParse({ villages: 0, grantPerVillage: 100000000, share: '0.1', premium: 16800, monthCount: 12, fundingSource: 'BKBK' }).success; // false
 * ```
 */
export const VillageAllocationInputSchema: InputSchema<VillageAllocationInput> = /* @__PURE__ */ inputSchema(
  villageAllocationInput,
  'village allocation input',
);

/**
 * Schema of {@link ProgramTranchesInput}.
 *
 * @example
 * ```ts
 * import { ProgramTranchesInputSchema } from 'jamsostek/funding';
 * ProgramTranchesInputSchema.safeParse({
 *   fundingSource: 'DBHCHT',
 *   cohorts: [{ workers: 10, from: '2025-07', to: '2025-12' }],
 *   tranches: [{ from: '2025-07', to: '2025-09' }, { from: '2025-10', to: '2025-12' }],
 * }).success; // true
 * ```
 */
export const ProgramTranchesInputSchema: InputSchema<ProgramTranchesInput> = /* @__PURE__ */ inputSchema(
  programTranchesInput,
  'program tranches input',
);

/**
 * Schema of {@link BudgetReconciliationInput}.
 *
 * @example
 * ```ts
 * import { BudgetReconciliationInputSchema } from 'jamsostek/funding';
 * BudgetReconciliationInputSchema.safeParse({ budget: 2800000000, workers: 28448, to: '2025-12', fundingSource: 'DBHCHT' }).success; // true
 * ```
 */
export const BudgetReconciliationInputSchema: InputSchema<BudgetReconciliationInput> =
  /* @__PURE__ */ inputSchema(budgetReconciliationInput, 'budget reconciliation input');
