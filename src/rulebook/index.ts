export { weakestConfidence } from './confidence.ts';
export { createRulebook } from './create.ts';
export { findRule, ruleAt } from './lookup.ts';
export { type RuleOverlay, withRules } from './overlay.ts';
export {
  type Citation,
  CONFIDENCE_LEVELS,
  type Confidence,
  type LocalizedText,
  type Rulebook,
  type RuleRef,
  type RuleSeries,
  type RuleUnit,
  type RuleValue,
  type RuleVersion,
} from './types.ts';
