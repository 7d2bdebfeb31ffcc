/**
 * Eligibility: who can be covered, who a program targets, and why not, with every failed criterion
 * and its source. Its `explain` renders every result of the library.
 *
 * @packageDocumentation
 * @module jamsostek/eligibility
 */
export * from '../eligibility/index.ts';
