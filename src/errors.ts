/**
 * Errors thrown by jamsostek. Outcomes the law foresees (not eligible, deferred, discount refused) are
 * returned as data; only misuse and questions the rulebook cannot answer throw.
 *
 * @module
 */

/**
 * Stable error codes that apps can switch on.
 *
 * - `INVALID_INPUT`: the input does not satisfy the function's schema; `issues` lists every problem.
 * - `RULE_NOT_IN_FORCE`: the rulebook has no version of a rule for the requested date or month.
 * - `OUT_OF_RANGE`: an amount left the range of exactly representable whole rupiah.
 * - `INVALID_RULEBOOK`: a rulebook (or an overlay) failed its load-time checks.
 */
export type JamsostekErrorCode = 'INVALID_INPUT' | 'RULE_NOT_IN_FORCE' | 'OUT_OF_RANGE' | 'INVALID_RULEBOOK';

/** One problem found in an input (or in a rulebook), located by its path. */
export interface InputIssue {
  /** Path to the offending value, e.g. `['cohorts', 2, 'from']`. Empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** The value that was received at that path, when known. */
  readonly received?: unknown;
}

const BRAND: unique symbol = Symbol.for('jamsostek.JamsostekError');

/** Machine-readable context of each error code. */
export interface JamsostekErrorDetails {
  /** Details of `INVALID_INPUT`. */
  readonly INVALID_INPUT: InvalidInputDetails;
  /** Details of `RULE_NOT_IN_FORCE`. */
  readonly RULE_NOT_IN_FORCE: RuleNotInForceDetails;
  /** Details of `OUT_OF_RANGE`. */
  readonly OUT_OF_RANGE: OutOfRangeDetails;
  /** Details of `INVALID_RULEBOOK`. */
  readonly INVALID_RULEBOOK: InvalidRulebookDetails;
}

/** Details of an `INVALID_INPUT` error. */
export interface InvalidInputDetails {
  /** What was being read, e.g. `'BPU contribution input'`. */
  readonly what?: string | undefined;
  /** For a roster row, its row number. */
  readonly row?: number | undefined;
}

/** Details of a `RULE_NOT_IN_FORCE` error. */
export interface RuleNotInForceDetails {
  /** The rule asked for. */
  readonly rule: string;
  /** The date or month asked about. */
  readonly at?: string | undefined;
  /** The rulebook's name. */
  readonly rulebook: string;
}

/** Details of an `OUT_OF_RANGE` error. */
export interface OutOfRangeDetails {
  /** What left the range. */
  readonly what: string;
  /** The value, when it can be shown: a number, or a fraction as text. */
  readonly value?: number | string | null | undefined;
}

/** Details of an `INVALID_RULEBOOK` error. */
export interface InvalidRulebookDetails {
  /** The name of the rulebook being built. */
  readonly rulebook?: string | undefined;
}

/** Options accepted by the {@link JamsostekError} constructor. */
export interface JamsostekErrorOptions<C extends JamsostekErrorCode = JamsostekErrorCode> {
  /** Every input problem (for `INVALID_INPUT` and `INVALID_RULEBOOK`). */
  readonly issues?: readonly InputIssue[];
  /** Machine-readable context, typed per code (see {@link JamsostekErrorDetails}). */
  readonly details?: JamsostekErrorDetails[C];
}

/**
 * The one error class of the library.
 *
 * @example
 * ```ts
 * import { bpuContribution, isJamsostekError } from 'jamsostek';
 * try {
 *   bpuContribution(JSON.parse('{"month":"2026-13","declaredIncome":-1}')); // a form's data, unchecked
 * } catch (e) {
 *   if (isJamsostekError(e) && e.code === 'INVALID_INPUT') {
 *     for (const issue of e.issues) console.log(issue.path.join('.'), issue.message);
 *   }
 * }
 * ```
 */
export class JamsostekError<C extends JamsostekErrorCode = JamsostekErrorCode> extends Error {
  /** The stable error code. */
  readonly code: C;
  /** Every input problem, in the order found (empty for codes other than input and rulebook errors). */
  readonly issues: readonly InputIssue[];
  /** Machine-readable context, typed per code; empty when the thrower had nothing to add. */
  readonly details: Partial<JamsostekErrorDetails[C]>;

  constructor(code: C, message: string, options: JamsostekErrorOptions<C> = {}) {
    super(message);
    this.name = 'JamsostekError';
    this.code = code;
    this.issues = Object.freeze(
      [...(options.issues ?? [])].map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })),
    );
    this.details = Object.freeze({ ...(options.details ?? {}) }) as Partial<JamsostekErrorDetails[C]>;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * True for any {@link JamsostekError} (with `code`, only for that code), including one thrown by another
 * copy of the library (the ESM and CJS builds loaded side by side), because it checks a global symbol
 * brand rather than `instanceof`. With a code, `details` is typed for that code.
 *
 * @example
 * ```ts
 * import { isJamsostekError, JamsostekError } from 'jamsostek';
 * isJamsostekError(new JamsostekError('OUT_OF_RANGE', 'too big')); // true
 * isJamsostekError(new Error('other')); // false
 * const e: unknown = new JamsostekError('RULE_NOT_IN_FORCE', 'no rule', { details: { rule: 'x', rulebook: 'official' } });
 * if (isJamsostekError(e, 'RULE_NOT_IN_FORCE')) console.log(e.details.rule);
 * ```
 */
export function isJamsostekError<C extends JamsostekErrorCode = JamsostekErrorCode>(
  value: unknown,
  code?: C,
): value is JamsostekError<C> {
  if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[BRAND] !== true)
    return false;
  return code === undefined || (value as JamsostekError).code === code;
}

/**
 * @internal Any value as short text for an error message. Never throws (a symbol, an object without a
 * prototype or with a throwing `toString` included) and never returns more than 80 characters.
 */
export function showValue(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : String(value);
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** @internal Throws `INVALID_INPUT` with the given issues. */
export function invalidInput(issues: readonly InputIssue[], what = 'input'): never {
  const lines = issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  throw new JamsostekError('INVALID_INPUT', `Invalid ${what}: ${lines.join('; ')}`, {
    issues,
    details: { what },
  });
}
