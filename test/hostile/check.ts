/**
 * The checks the harness applies to every call: what a result may contain, what an input must look like
 * after the call, and what two results of the same input may share.
 */
import { isRulebook } from 'jamsostek/rulebook';
import { FreshIterable } from './values.ts';

/** Every problem of one value, as `path: problem`. */
export type Problems = string[];

const show = (path: readonly (string | number)[]): string => (path.length ? path.join('.') : '(result)');

/** No NaN, no ±Infinity, no -0, no number beyond the safe integers, no bigint, anywhere in `v`. */
export function badNumbers(
  v: unknown,
  path: (string | number)[] = [],
  out: Problems = [],
  seen: Set<object> = new Set<object>(),
): Problems {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) out.push(`${show(path)}: NaN`);
    else if (!Number.isFinite(v)) out.push(`${show(path)}: ${v}`);
    else if (Object.is(v, -0)) out.push(`${show(path)}: -0`);
    else if (Math.abs(v) > Number.MAX_SAFE_INTEGER) out.push(`${show(path)}: unsafe number ${v}`);
    return out;
  }
  if (typeof v === 'bigint') {
    out.push(`${show(path)}: bigint`);
    return out;
  }
  if (typeof v !== 'object' || v === null || seen.has(v) || isRulebook(v)) return out;
  seen.add(v);
  for (const k of Object.keys(v))
    if (k !== 'received') badNumbers((v as Record<string, unknown>)[k], [...path, k], out, seen);
  return out;
}

/** True when `v` and everything reachable from it is frozen (functions excepted). */
export function unfrozen(
  v: unknown,
  path: (string | number)[] = [],
  out: Problems = [],
  seen: Set<object> = new Set<object>(),
): Problems {
  if (typeof v !== 'object' || v === null || seen.has(v)) return out;
  seen.add(v);
  if (!Object.isFrozen(v)) out.push(`${show(path)}: not frozen`);
  for (const k of Object.keys(v)) unfrozen((v as Record<string, unknown>)[k], [...path, k], out, seen);
  return out;
}

/** True when a function is reachable from `v` (a constant with methods needs its own arbitrary). */
export function hasMethods(v: unknown, seen: Set<object> = new Set<object>()): boolean {
  if (typeof v === 'function') return true;
  if (typeof v !== 'object' || v === null || seen.has(v)) return false;
  seen.add(v);
  return Object.keys(v).some((k) => hasMethods((v as Record<string, unknown>)[k], seen));
}

/**
 * A comparable picture of an input: its values, and for every object whether it is frozen and
 * extensible. Rulebooks and functions are compared by identity.
 */
export function snapshot(v: unknown, seen: Map<object, number> = new Map<object, number>()): unknown {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : Number.isNaN(v) ? 'NaN' : v;
  if (typeof v === 'symbol' || typeof v === 'function' || typeof v === 'bigint') return v;
  if (typeof v !== 'object' || v === null) return v;
  if (isRulebook(v) || v instanceof FreshIterable) return v;
  const id = seen.get(v);
  if (id !== undefined) return { cycle: id };
  seen.set(v, seen.size);
  const entries: [string, unknown][] = Object.keys(v).map((k) => [
    k,
    snapshot((v as Record<string, unknown>)[k], seen),
  ]);
  return {
    frozen: Object.isFrozen(v),
    extensible: Object.isExtensible(v),
    proto: Object.getPrototypeOf(v),
    size: v instanceof Map || v instanceof Set ? v.size : undefined,
    entries,
  };
}

/** Plain data: arrays and objects with the plain prototype (a caller's Map or Date is its own business). */
function plain(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return Array.isArray(v) || p === Object.prototype || p === null;
}

/** Every mutable (not frozen) plain object or array reachable from `v`. */
export function mutableObjects(
  v: unknown,
  out: Set<object> = new Set<object>(),
  seen: Set<object> = new Set<object>(),
): Set<object> {
  if (typeof v !== 'object' || v === null || seen.has(v) || isRulebook(v)) return out;
  seen.add(v);
  if (plain(v) && !Object.isFrozen(v)) out.add(v);
  for (const k of Object.keys(v)) mutableObjects((v as Record<string, unknown>)[k], out, seen);
  return out;
}

/**
 * Objects that two results share although one could change them (not frozen), and mutable objects of
 * the result that belong to the input.
 */
export function sharing(a: unknown, b: unknown, input: Set<object>): Problems {
  const out: Problems = [];
  const seen = new Set<object>();
  const walk = (x: unknown, y: unknown, path: (string | number)[]): void => {
    if (typeof x !== 'object' || x === null || seen.has(x) || isRulebook(x)) return;
    seen.add(x);
    if (x === y && plain(x) && !Object.isFrozen(x))
      out.push(`${show(path)}: the same mutable object in both results`);
    if (input.has(x)) out.push(`${show(path)}: a mutable object of the input`);
    for (const k of Object.keys(x)) {
      if (k === 'received') continue; // an issue echoes the value it was given
      const yv = typeof y === 'object' && y !== null ? (y as Record<string, unknown>)[k] : undefined;
      walk((x as Record<string, unknown>)[k], yv, [...path, k]);
    }
  };
  walk(a, b, []);
  return out;
}
