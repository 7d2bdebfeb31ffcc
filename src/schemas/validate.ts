/**
 * Turning zod issues into `JamsostekError` issues: every problem, with its path and received value.
 *
 * @internal
 * @module
 */
import type * as z from 'zod/mini';
import { type InputIssue, invalidInput } from '../errors.ts';

type ZodIssue = z.core.$ZodIssue;

function describe(issue: ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number';
      if (typeof issue.input === 'number' && Number.isNaN(issue.input)) return 'must be a number, not NaN';
      if (issue.input === undefined) return 'is required';
      return `must be of type ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `has an invalid format (${issue.format})`;
    case 'invalid_union':
      return 'does not match any accepted form';
    default:
      return 'is invalid';
  }
}

/** @internal Converts zod issues to library issues (an unknown key becomes one issue per key). */
export function toIssues(issues: readonly ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const i of issues) {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) {
        const input = i.input as Record<string, unknown> | undefined;
        out.push({ path: [...path, k], message: 'is not a known key', received: input?.[k] });
      }
    } else {
      out.push({ path, message: describe(i), received: i.input });
    }
  }
  return out;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !Object.isFrozen(value);
}

/**
 * @internal A copy of the arrays and plain objects of parsed data, with every `-0` made `0`, so that
 * what a schema returns shares nothing with what it was given (zod passes some values through) and no
 * `-0` given as input comes back out. Other objects (rulebooks, which are frozen, functions, a caller's
 * own class instances) are kept.
 */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (typeof value === 'number') return (value === 0 ? 0 : value) as T;
  if (typeof value !== 'object' || value === null || !isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value))
    Object.defineProperty(out, k, {
      value: copyData((value as Record<string, unknown>)[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out as T;
}

/** True when a `-0` is reachable in the arrays and plain objects of `value`. */
function hasNegativeZero(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return Object.is(value, -0);
  if (typeof value !== 'object' || value === null || depth > 64) return false;
  if (Array.isArray(value)) return value.some((v) => hasNegativeZero(v, depth + 1));
  if (!isPlain(value)) return false;
  for (const k of Object.keys(value))
    if (hasNegativeZero((value as Record<string, unknown>)[k], depth + 1)) return true;
  return false;
}

/**
 * @internal Parses `input` with `schema`, throwing `INVALID_INPUT` with every issue. Returns the
 * parsed value (defaults applied), with any `-0` made `0`.
 */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  // Asking zod to keep the received values costs more than the whole parse of a valid input, so it
  // is asked only when there is something to report (the issues are the same, now with the values).
  const r = schema.safeParse(input);
  if (r.success) return hasNegativeZero(r.data) ? copyData(r.data) : r.data;
  const report = schema.safeParse(input, { reportInput: true });
  invalidInput(toIssues(report.success ? r.error.issues : report.error.issues), what);
}
