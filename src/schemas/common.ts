/**
 * Building blocks for the input schemas: months, dates, whole rupiah, rulebooks, funding sources.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { FUNDING_SOURCES, type FundingSource } from '../funding/sources.ts';
import { type IsoDate, isIsoDate } from '../period/iso-date.ts';
import { isYearMonth, type YearMonth } from '../period/year-month.ts';
import { isRulebook } from '../rulebook/brand.ts';
import type { Rulebook } from '../rulebook/types.ts';

/** @internal A `YYYY-MM` month from 1900-01 to 2100-12. */
export const YearMonthSchema: z.ZodMiniType<YearMonth> = /* @__PURE__ */ z.custom<YearMonth>(isYearMonth, {
  message: 'must be a YYYY-MM month from 1900-01 to 2100-12',
});

/** @internal A `YYYY-MM-DD` calendar date from 1900-01-01 to 2100-12-31. */
export const IsoDateSchema: z.ZodMiniType<IsoDate> = /* @__PURE__ */ z.custom<IsoDate>(isIsoDate, {
  message: 'must be a YYYY-MM-DD calendar date from 1900-01-01 to 2100-12-31',
});

/** @internal A non-negative whole-rupiah amount (a safe integer ≥ 0). */
export const RupiahSchema: z.ZodMiniType<number> = /* @__PURE__ */ z.number().check(
  z.refine((n) => Number.isSafeInteger(n), { message: 'must be a whole rupiah amount (a safe integer)' }),
  z.refine((n) => n >= 0, { message: 'must not be negative' }),
);

/** @internal A positive whole number of people or items (an integer ≥ 1). */
export const PositiveCountSchema: z.ZodMiniType<number> = /* @__PURE__ */ z.number().check(
  z.refine((n) => Number.isSafeInteger(n), { message: 'must be a whole number' }),
  z.refine((n) => n >= 1, { message: 'must be at least 1' }),
);

/** @internal A non-negative whole count (an integer ≥ 0). */
export const CountSchema: z.ZodMiniType<number> = /* @__PURE__ */ z.number().check(
  z.refine((n) => Number.isSafeInteger(n), { message: 'must be a whole number' }),
  z.refine((n) => n >= 0, { message: 'must not be negative' }),
);

/** @internal A rulebook made by the library. */
export const RulebookSchema: z.ZodMiniType<Rulebook> = /* @__PURE__ */ z.custom<Rulebook>(isRulebook, {
  message:
    'must be a rulebook made by the library (OFFICIAL_RULEBOOK, createRulebook or withRules from jamsostek/rulebook)',
});

/** @internal A funding source of the vocabulary. */
export const FundingSourceSchema: z.ZodMiniType<FundingSource> = /* @__PURE__ */ z.enum(
  FUNDING_SOURCES as [FundingSource, ...FundingSource[]],
);
