/**
 * Helpers of the fast-path tests: the outcome of a call as comparable text, and a check that two
 * results share no object that could be changed.
 */
import { isJamsostekError } from '../../src/errors.ts';

/** A JSON text of any value, with functions, symbols, bigints and non-finite numbers as tags. */
export function text(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'function') return '[function]';
    if (typeof v === 'symbol') return `[${String(v)}]`;
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (Object.is(v, -0)) return '-0';
    return v;
  });
}

/**
 * What a call gives, as text: the result key for key (order included), or the error it throws with
 * its code, message, issues and details. Anything else than a JamsostekError fails the test.
 */
export function outcome(call: () => unknown): string {
  try {
    return `ok ${text(call())}`;
  } catch (e) {
    if (!isJamsostekError(e)) throw e;
    return `error ${e.code} ${e.message} ${text(e.issues)} ${text(e.details)}`;
  }
}

/** Every object reachable from `a` that is also reachable from `b` and is not frozen. */
export function sharedMutable(a: unknown, b: unknown): unknown[] {
  const reach = (v: unknown, into: Set<object>): Set<object> => {
    if (typeof v !== 'object' || v === null || into.has(v)) return into;
    into.add(v);
    for (const child of Object.values(v)) reach(child, into);
    return into;
  };
  const fromA = reach(a, new Set());
  return [...reach(b, new Set())].filter((o) => fromA.has(o) && !Object.isFrozen(o));
}
