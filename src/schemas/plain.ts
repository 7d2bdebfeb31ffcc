/**
 * Checks for the fast path of validation: a calculator called many times with plainly valid input
 * (an object literal of well-formed values) checks it by hand, and hands anything else to its zod
 * schema, which decides and reports every problem. A fast check only ever accepts what the schema
 * accepts, with the same values (each property is read once); tests compare the two on random input.
 *
 * @internal
 * @module
 */

/**
 * @internal True for an object literal (its prototype `Object.prototype` or `null`) whose enumerable
 * keys are all in `keys`.
 */
export function isPlainWith(value: unknown, keys: ReadonlySet<string>): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in value) if (!keys.has(k)) return false;
  return true;
}

/** @internal True for a positive whole rupiah amount (a safe integer > 0). */
export function isPositiveRupiah(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/**
 * @internal A copy of `value` when it is an array of one to `choices.length` distinct members of
 * `choices`, else `undefined`.
 */
export function distinctChoices<T extends string>(value: unknown, choices: readonly T[]): T[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > choices.length) return undefined;
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    const c = member(v, choices);
    if (c === undefined || out.includes(c)) return undefined;
    out.push(c);
  }
  return out;
}

/** @internal The member of `choices` equal to `value`, or `undefined`. */
export function member<T>(value: unknown, choices: readonly T[]): T | undefined {
  // An index loop: for…of over a frozen array allocates an iterator result per element.
  for (let i = 0; i < choices.length; i++) if (choices[i] === value) return choices[i];
  return undefined;
}
