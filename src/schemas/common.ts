/**
 * Building blocks for the input schemas: months, dates, whole rupiah, rulebooks.
 *
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../period/iso-date.ts';
import { isYearMonth } from '../period/year-month.ts';
import type { Rulebook } from '../rulebook/types.ts';

/**
 * Schema of a `YYYY-MM` month (month 01–12).
 *
 * @example
 * ```ts
 * import { YearMonthSchema } from 'jamsostek';
 * YearMonthSchema.safeParse('2026-13').success; // false
 * ```
 */
export const YearMonthSchema: z.ZodMiniType<string> = /* @__PURE__ */ z
  .string()
  .check(z.refine((s) => isYearMonth(s), { message: 'must be a YYYY-MM month with month 01–12' }));

/**
 * Schema of a `YYYY-MM-DD` calendar date.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'jamsostek';
 * IsoDateSchema.safeParse('2025-02-29').success; // false
 * ```
 */
export const IsoDateSchema: z.ZodMiniType<string> = /* @__PURE__ */ z
  .string()
  .check(z.refine((s) => isIsoDate(s), { message: 'must be a YYYY-MM-DD calendar date' }));

/**
 * Schema of a non-negative whole-rupiah amount (a safe integer ≥ 0).
 *
 * @example
 * ```ts
 * import { RupiahSchema } from 'jamsostek';
 * RupiahSchema.safeParse(0.5).success; // false
 * ```
 */
export const RupiahSchema: z.ZodMiniType<number> = /* @__PURE__ */ z.number().check(
  z.refine((n) => Number.isSafeInteger(n), { message: 'must be a whole rupiah amount (a safe integer)' }),
  z.refine((n) => n >= 0, { message: 'must not be negative' }),
);

/**
 * Schema of a positive whole number of people or items (an integer ≥ 1).
 *
 * @example
 * ```ts
 * import { PositiveCountSchema } from 'jamsostek';
 * PositiveCountSchema.safeParse(0).success; // false
 * ```
 */
export const PositiveCountSchema: z.ZodMiniType<number> = /* @__PURE__ */ z.number().check(
  z.refine((n) => Number.isSafeInteger(n), { message: 'must be a whole number' }),
  z.refine((n) => n >= 1, { message: 'must be at least 1' }),
);

/**
 * Schema of a non-negative whole count (an integer ≥ 0).
 *
 * @example
 * ```ts
 * import { CountSchema } from 'jamsostek';
 * CountSchema.safeParse(-1).success; // false
 * ```
 */
export const CountSchema: z.ZodMiniType<number> = /* @__PURE__ */ z.number().check(
  z.refine((n) => Number.isSafeInteger(n), { message: 'must be a whole number' }),
  z.refine((n) => n >= 0, { message: 'must not be negative' }),
);

/** @internal Accepts a rulebook object (checked structurally; rulebooks are validated when built). */
export const RulebookSchema: z.ZodMiniType<Rulebook> = /* @__PURE__ */ z.custom<Rulebook>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Rulebook).name === 'string' &&
    typeof (v as Rulebook).series === 'object',
  { message: 'must be a rulebook (from OFFICIAL_RULEBOOK or withRules)' },
);
