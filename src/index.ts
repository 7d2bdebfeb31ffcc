/**
 * jamsostek: Indonesia's BPJS Ketenagakerjaan rules (JKK, JKM, JHT, JP, JKP) as typed, pure, dated
 * functions. Every number comes from a dated, cited rulebook; every result carries its basis and can be
 * explained in Indonesian or English.
 *
 * The root entry holds the foundation (errors, exact money, the shared types and vocabulary) and the
 * BPU contributions that every pekerja-rentan program pays. Everything else has its own entry, so that
 * an app carries only what it imports: `jamsostek/explain`, `jamsostek/period`, `jamsostek/rulebook`,
 * `jamsostek/payroll`, `jamsostek/benefits`, `jamsostek/eligibility`, `jamsostek/funding`,
 * `jamsostek/coverage`, `jamsostek/roster`, `jamsostek/calendar` and `jamsostek/testing`.
 *
 * @packageDocumentation
 * @module jamsostek
 * @group Entry points
 */
export {
  BPU_CATEGORIES,
  BPU_PROGRAMS,
  BPU_SECTORS,
  type BpuCategory,
  type BpuContributionInput,
  BpuContributionInputSchema,
  type BpuContributionLine,
  type BpuContributionResult,
  type BpuContributionScheduleInput,
  BpuContributionScheduleInputSchema,
  type BpuContributionScheduleResult,
  type BpuDiscountApplied,
  type BpuDiscountBase,
  type BpuDiscountNotInForce,
  type BpuDiscountQuery,
  BpuDiscountQuerySchema,
  type BpuDiscountRefused,
  type BpuDiscountResult,
  type BpuPremiumOptions,
  type BpuProgram,
  type BpuSector,
  bpuContribution,
  bpuContributionSchedule,
  bpuDiscountStatus,
} from './contributions/bpu/index.ts';
export {
  type InputIssue,
  type InvalidInputDetails,
  type InvalidRulebookDetails,
  isJamsostekError,
  JamsostekError,
  type JamsostekErrorCode,
  type JamsostekErrorDetails,
  type JamsostekErrorOptions,
  type OutOfRangeDetails,
  type RuleNotInForceDetails,
} from './errors.ts';
export type {
  Basis,
  BasisParam,
  BasisParams,
  BasisStep,
  Explainable,
  Notice,
  NoticeCode,
  StepCode,
  TitleCode,
} from './explain/index.ts';
export {
  FUNDING_SOURCES,
  type FundingSource,
  PAYERS,
  type Payer,
  payerOf,
} from './funding/sources.ts';
export {
  type AllocateOptions,
  allocate,
  applyRate,
  DEFAULT_ROUNDING,
  formatCount,
  formatRate,
  formatRupiah,
  isRupiah,
  type Lang,
  parseRupiah,
  ROUNDING_MODES,
  type Rounding,
  type RoundingMode,
  type Rupiah,
  roundRupiah,
} from './money/index.ts';
export type { IsoDate, MonthDigits, MonthRange, YearMonth } from './period/index.ts';
export type { RuleCatalog, RuleId } from './rulebook/catalog.ts';
export type {
  AnyRuleValue,
  Citation,
  Confidence,
  LocalizedText,
  Rulebook,
  RulebookSeries,
  RulebookStamp,
  RuleRef,
  RuleRhythm,
  RuleSeries,
  RuleStaleness,
  RuleUnit,
  RuleValue,
  RuleVersion,
} from './rulebook/types.ts';
export type {
  InputSchema,
  ParseFailure,
  ParseResult,
  ParseSuccess,
  StandardFailure,
  StandardIssue,
  StandardProps,
  StandardResult,
  StandardSuccess,
  StandardTypes,
} from './schemas/input-schema.ts';
export {
  JAMSOSTEK_PROGRAMS,
  type JamsostekProgram,
  type ReliefApplied,
  type ReliefName,
  type ReliefOutcome,
  type ReliefRefusal,
  type ReliefRefused,
  SEGMENTS,
  type Segment,
} from './vocabulary.ts';
