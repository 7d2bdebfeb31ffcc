/**
 * Program funding: budgets, tranches, capacity, duration, funding-source splits, village allocations
 * and reconciliation. Its `explain` renders every result of the library.
 *
 * @packageDocumentation
 * @module jamsostek/funding
 */

export * from '../funding/index.ts';
