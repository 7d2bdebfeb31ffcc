/**
 * Helpers for the tests of apps that use jamsostek: deterministic synthetic rosters.
 *
 * @packageDocumentation
 * @module jamsostek/testing
 */
export {
  type SyntheticRosterOptions,
  type SyntheticRosterRow,
  syntheticRoster,
} from '../roster/synthetic.ts';
