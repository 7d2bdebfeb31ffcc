/**
 * jamsostek: Indonesia's BPJS Ketenagakerjaan rules (JKK, JKM, JHT, JP, JKP) as typed, pure, dated
 * functions. Every number comes from a dated, cited rulebook; every result carries its basis and can be
 * explained in Indonesian or English.
 *
 * The root entry holds the foundation (errors, exact money, periods, rulebooks, explanations, schemas)
 * and the BPU contributions that every pekerja-rentan program pays. The other domains have their own
 * entries, so that an app carries only what it imports: `jamsostek/payroll`, `jamsostek/benefits`,
 * `jamsostek/eligibility`, `jamsostek/funding`, `jamsostek/coverage`, `jamsostek/roster` and
 * `jamsostek/rulebook` (the complete official rulebook).
 *
 * @packageDocumentation
 * @module jamsostek
 */
export * from './contributions/bpu/index.ts';
export {
  type InputIssue,
  isJamsostekError,
  JamsostekError,
  type JamsostekErrorCode,
  type JamsostekErrorOptions,
} from './errors.ts';
export * from './explain/index.ts';
export * from './money/index.ts';
export * from './period/index.ts';
export * from './rulebook/index.ts';
export {
  CountSchema,
  IsoDateSchema,
  PositiveCountSchema,
  RupiahSchema,
  YearMonthSchema,
} from './schemas/common.ts';
