/**
 * Wage-earner (PU) contributions for payroll: JKK, JKM, JHT, JP and JKP with the JP wage cap, plus
 * migrant-worker and construction-project contributions.

 *
 * @packageDocumentation
 * @module jamsostek/payroll
 */
export * from '../contributions/pu/index.ts';
