/**
 * Rosters at scale: premiums, eligibility and totals for whole regions from arrays, iterables or
 * streams, with every bad row reported. Its `explain` renders every result of the library.
 *
 * @packageDocumentation
 * @module jamsostek/roster
 */

export * from '../roster/index.ts';
