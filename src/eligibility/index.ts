export {
  checkProgramEligibility,
  pensionAge,
  screenRoster,
  segmentPrograms,
} from './check.ts';
export {
  EligibilityOptionsSchema,
  EligibilityWorkerSchema,
  ProgramCriteriaSchema,
  SegmentProgramsQuerySchema,
} from './schema.ts';
export * from './types.ts';
