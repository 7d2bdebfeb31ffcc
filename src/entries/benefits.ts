/**
 * Benefits by the date of the event: JKM for heirs, JKK for injured workers and their heirs,
 * children's scholarships, and the disability table.

 *
 * @packageDocumentation
 * @module jamsostek/benefits
 */
export * from '../benefits/index.ts';
