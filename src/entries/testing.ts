/**
 * Helpers for the tests of apps that use jamsostek: deterministic synthetic rosters.
 *
 * @packageDocumentation
 * @module jamsostek/testing
 * @group Entry points
 */
export {
  type SyntheticRosterOptions,
  type SyntheticRosterRow,
  syntheticRoster,
} from '../roster/synthetic.ts';
