/**
 * Wage-earner (PU) contributions for payroll: JKK, JKM, JHT, JP and JKP with the JP wage cap, plus
 * migrant-worker and construction-project contributions. Its `explain` renders every result of the
 * library.
 *
 * @packageDocumentation
 * @module jamsostek/payroll
 */
export * from '../contributions/pu/index.ts';
export { explain } from '../explain/explain-all.ts';
