/**
 * jamsostek: Indonesia's BPJS Ketenagakerjaan rules (JKK, JKM, JHT, JP, JKP) as typed, pure, dated
 * functions. Every number comes from a dated, cited rulebook; every result carries its basis and can be
 * explained in Indonesian or English.
 *
 * @packageDocumentation
 */
export * from './benefits/index.ts';
export * from './contributions/bpu/index.ts';
export * from './contributions/pu/index.ts';
export * from './coverage/index.ts';
export * from './eligibility/index.ts';
export {
  type InputIssue,
  isJamsostekError,
  JamsostekError,
  type JamsostekErrorCode,
  type JamsostekErrorOptions,
} from './errors.ts';
export * from './explain/index.ts';
export * from './funding/index.ts';
export * from './money/index.ts';
export * from './period/index.ts';
export * from './roster/index.ts';
export * from './rulebook/index.ts';
export {
  CountSchema,
  IsoDateSchema,
  PositiveCountSchema,
  RupiahSchema,
  YearMonthSchema,
} from './schemas/common.ts';
