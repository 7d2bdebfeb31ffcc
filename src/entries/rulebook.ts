/**
 * The law as data: the complete official rulebook, typed lookups by rule id, and what-if rulebooks.
 * Calculators already default to the official series they need.
 *
 * @packageDocumentation
 * @module jamsostek/rulebook
 * @group Entry points
 */
export { isRulebook } from '../rulebook/brand.ts';
export type {
  BilingualText,
  BpuJkkLevel,
  CoverageTargetTable,
  DateWindow,
  DisabilityRateValue,
  DisabilityRowKey,
  DisabilityRuleId,
  DisabilitySidedRate,
  DisabilitySingleRate,
  DueDateRule,
  EmployerType,
  FineCountingRule,
  GdpGrowth,
  Holiday,
  HolidayKind,
  JointLeaveReading,
  JpBenefitLimits,
  LateFineRule,
  MandatoryPrograms,
  MonthsAndAmount,
  ProgramsBySegment,
  ProgramsBySize,
  RateText,
  RateTier,
  RiskClassRates,
  RoundingRule,
  RuleCatalog,
  RuleId,
  RuleValueOf,
  ScholarshipLevelRule,
  ShortMembershipRule,
  StmbBandRule,
  TargetPoint,
  TransportCaps,
} from '../rulebook/catalog.ts';
export type {
  JhtCreditingConvention,
  JhtPartialShares,
  JhtPayoutAfterWaiting,
  JhtPayoutAtAge,
  JhtPayoutEvent,
  JhtStopWorkRule,
  JkkRiskGroupEntry,
  JkpClaimLimit,
  JkpConsecutiveCondition,
  JkpContributionCondition,
  JkpExcludedReason,
  JkpNonCashBenefit,
  JkpRateBand,
  JpFloorCondition,
  JpIndexationConvention,
  JpLumpSumConvention,
  JpSurvivorShares,
  MemberCitizenship,
  RiskGroup,
} from '../rulebook/catalog-cash.ts';
export { CONFIDENCE_LEVELS, weakestConfidence } from '../rulebook/confidence.ts';
export { createRulebook } from '../rulebook/create.ts';
export {
  type ExportRulebookOptions,
  exportRulebook,
  RULEBOOK_EXPORT_COLUMNS,
  type RulebookExportRow,
} from '../rulebook/export.ts';
export { findRule, ruleAt } from '../rulebook/lookup.ts';
export { OFFICIAL_RULEBOOK, RULEBOOK_VERSION } from '../rulebook/official/index.ts';
export { type RuleOverlay, withRules } from '../rulebook/overlay.ts';
export type {
  AnyRuleSeries,
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
} from '../rulebook/types.ts';
