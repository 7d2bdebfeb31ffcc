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

/** Options accepted by the {@link JamsostekError} constructor. */
export interface JamsostekErrorOptions {
  /** Every input problem (for `INVALID_INPUT` and `INVALID_RULEBOOK`). */
  readonly issues?: readonly InputIssue[];
  /** Machine-readable context, e.g. the rule id and the date for `RULE_NOT_IN_FORCE`. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The one error class of the library.
 *
 * @example
 * ```ts
 * import { bpuContribution, isJamsostekError } from 'jamsostek';
 * try {
 *   bpuContribution({ month: '2026-13', declaredIncome: -1 });
 * } catch (e) {
 *   if (isJamsostekError(e) && e.code === 'INVALID_INPUT') {
 *     for (const issue of e.issues) console.log(issue.path.join('.'), issue.message);
 *   }
 * }
 * ```
 */
export class JamsostekError extends Error {
  /** The stable error code. */
  readonly code: JamsostekErrorCode;
  /** Every input problem, in the order found (empty for codes other than input and rulebook errors). */
  readonly issues: readonly InputIssue[];
  /** Machine-readable context. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: JamsostekErrorCode, message: string, options: JamsostekErrorOptions = {}) {
    super(message);
    this.name = 'JamsostekError';
    this.code = code;
    this.issues = Object.freeze([...(options.issues ?? [])]);
    this.details = Object.freeze({ ...(options.details ?? {}) });
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * True for any {@link JamsostekError}, including one thrown by another copy of the library (the ESM and
 * CJS builds loaded side by side), because it checks a global symbol brand rather than `instanceof`.
 *
 * @example
 * ```ts
 * import { isJamsostekError, JamsostekError } from 'jamsostek';
 * isJamsostekError(new JamsostekError('OUT_OF_RANGE', 'too big')); // true
 * isJamsostekError(new Error('other')); // false
 * ```
 */
export function isJamsostekError(value: unknown): value is JamsostekError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** @internal Throws `INVALID_INPUT` with the given issues. */
export function invalidInput(issues: readonly InputIssue[], what = 'input'): never {
  const lines = issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  throw new JamsostekError('INVALID_INPUT', `Invalid ${what}: ${lines.join('; ')}`, { issues });
}
