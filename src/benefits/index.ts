export { jkkBenefit } from './jkk.ts';
export { jkmBenefit } from './jkm.ts';
export { JkkBenefitInputSchema, JkmBenefitInputSchema, ScholarshipInputSchema } from './schema.ts';
export { scholarshipSchedule } from './scholarship.ts';
export { disabilityRows, SHORT_MEMBERSHIP_VARIANTS } from './table.ts';
export * from './types.ts';
