/**
 * Shared test helpers for catching the library's errors.
 */
import { isJamsostekError, type JamsostekError } from 'jamsostek';

/** Runs `fn` and returns the JamsostekError it throws; fails if it throws nothing or something else. */
export function thrown(fn: () => unknown): JamsostekError {
  try {
    fn();
  } catch (e) {
    if (isJamsostekError(e)) return e;
    throw e;
  }
  throw new Error('expected a JamsostekError');
}

/** The code of the JamsostekError `fn` throws, `'other'` for another error, `undefined` if it throws nothing. */
export function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isJamsostekError(e) ? e.code : 'other';
  }
  return undefined;
}

/** The issue paths (joined with dots) of the `INVALID_INPUT` error `fn` throws; fails otherwise. */
export function issuesOf(fn: () => unknown): string[] {
  const e = thrown(fn);
  if (e.code !== 'INVALID_INPUT') throw e;
  return e.issues.map((i) => i.path.join('.'));
}
