/**
 * The complete official rulebook, for listing every rule or building a what-if rulebook with
 * `withRules`. Calculators already default to the official series they need.
 *
 * @packageDocumentation
 * @module jamsostek/rulebook
 */
export { OFFICIAL_RULEBOOK } from '../rulebook/official/index.ts';
