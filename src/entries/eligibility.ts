/**
 * Eligibility: who can be covered, who a program targets, and why not, with every failed criterion
 * and its source; the JP pension age and the programs open to each segment. Results are explained by
 * `explain` from `jamsostek/explain`.
 *
 * @packageDocumentation
 * @module jamsostek/eligibility
 * @group Entry points
 */
export {
  type AgeBand,
  type Citizenship,
  type EligibilityReason,
  type EligibilityReasonCode,
  type EligibilityWorker,
  EligibilityWorkerSchema,
  type EligibleResult,
  type EligibleRow,
  ENTERPRISE_SIZES,
  type EnterpriseSize,
  type IneligibleResult,
  type LawReasonCode,
  type PensionAgeInput,
  PensionAgeInputSchema,
  type PensionAgeResult,
  type ProgramCriteria,
  ProgramCriteriaSchema,
  type ProgramEligibilityBase,
  type ProgramEligibilityInput,
  ProgramEligibilityInputSchema,
  type ProgramEligibilityResult,
  type ProgramReasonCode,
  pensionAge,
  programEligibility,
  type RosterScreeningInput,
  RosterScreeningInputSchema,
  type RosterScreeningResult,
  rosterScreening,
  type ScreeningIneligibleRow,
  type ScreeningInvalidRow,
  type ScreeningReasonCode,
  type ScreeningRejectedRow,
  type SegmentProgramsBase,
  type SegmentProgramsBpu,
  type SegmentProgramsBpuInput,
  type SegmentProgramsInput,
  SegmentProgramsInputSchema,
  type SegmentProgramsPu,
  type SegmentProgramsPuInput,
  type SegmentProgramsResult,
  segmentPrograms,
} from '../eligibility/index.ts';
