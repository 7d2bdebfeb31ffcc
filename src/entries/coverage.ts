/**
 * Coverage and impact: exact coverage ratios, program share and uplift, targets, claims metrics and
 * regional summaries. Its `explain` renders every result of the library.
 *
 * @packageDocumentation
 * @module jamsostek/coverage
 */
export * from '../coverage/index.ts';
