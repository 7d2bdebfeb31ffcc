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

/**
 * @internal Parses `input` with `schema`, throwing `INVALID_INPUT` with every issue. Returns the
 * parsed value (defaults applied).
 */
export function parseInput<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  // Asking zod to keep the received values costs more than the whole parse of a valid input, so it
  // is asked only when there is something to report (the issues are the same, now with the values).
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const report = schema.safeParse(input, { reportInput: true });
  invalidInput(toIssues(report.success ? r.error.issues : report.error.issues), what);
}
