/**
 * Conserving splits: the parts always add up to the whole.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { DECIMAL_MESSAGE, Dec, parseDecimalText } from './decimal.ts';
import type { Rupiah } from './rupiah.ts';

/** Options of {@link allocate}. */
export interface AllocateOptions {
  /**
   * Which parts receive leftover rupiah first when their remainders tie: a list of part indices in
   * priority order. Parts not listed follow in index order. Default: index order.
   */
  readonly priority?: readonly number[];
}

/**
 * Splits a whole-rupiah `total` in proportion to `weights` so that the parts are whole rupiah and sum
 * exactly to `total` (largest-remainder method). Ties between equal remainders go to the earlier part,
 * or follow `options.priority`. Deterministic: the same input always gives the same parts.
 *
 * Weights are non-negative numbers or plain decimal strings (`"0.1"`, `"2"`) of at most 30 significant
 * digits and 30 decimal places; at least one must be positive. Throws `INVALID_INPUT` listing every bad
 * argument.
 *
 * @example
 * ```ts
 * import { allocate } from 'jamsostek';
 * allocate(100, [1, 1, 1]); // [34, 33, 33]
 * allocate(2867558400, ['0.6', '0.4']); // [1720535040, 1147023360]
 * ```
 */
export function allocate(
  total: Rupiah,
  weights: readonly (number | string)[],
  options: AllocateOptions = {},
): Rupiah[] {
  const issues: InputIssue[] = [];
  if (!Number.isSafeInteger(total))
    issues.push({ path: ['total'], message: 'must be a whole rupiah amount', received: total });
  const scaled: { int: bigint; scale: number }[] = [];
  if (!Array.isArray(weights) || weights.length === 0)
    issues.push({ path: ['weights'], message: 'must be a non-empty array of weights', received: weights });
  else
    weights.forEach((w: unknown, i) => {
      const d = parseDecimalText(w);
      if (!d || d.isNegative()) {
        issues.push({
          path: ['weights', i],
          message: `must be non-negative; ${DECIMAL_MESSAGE}`,
          received: w,
        });
        return;
      }
      const scale = d.decimalPlaces();
      scaled.push({ int: BigInt(d.mul(new Dec(10).pow(scale)).toFixed(0)), scale });
    });
  const count = Array.isArray(weights) ? weights.length : 0;
  const opts: unknown = options;
  let priority: readonly number[] = [];
  if (typeof opts !== 'object' || opts === null)
    issues.push({
      path: ['options'],
      message: 'must be an object such as { priority: [1, 0] }',
      received: opts,
    });
  else {
    const p: unknown = (opts as AllocateOptions).priority;
    if (p !== undefined && !Array.isArray(p))
      issues.push({
        path: ['priority'],
        message: 'must be an array of indices of weights',
        received: p,
      });
    else if (p) {
      priority = p;
      p.forEach((x: unknown, i) => {
        if (!Number.isSafeInteger(x) || (x as number) < 0 || (x as number) >= count)
          issues.push({
            path: ['priority', i],
            message: 'must be an index of weights',
            received: x,
          });
      });
    }
  }
  if (issues.length === 0 && scaled.every((s) => s.int === 0n))
    issues.push({ path: ['weights'], message: 'at least one weight must be positive', received: weights });
  if (issues.length) invalidInput(issues, 'allocation');

  const maxScale = Math.max(...scaled.map((s) => s.scale));
  const ints = scaled.map((s) => s.int * 10n ** BigInt(maxScale - s.scale));
  const sum = ints.reduce((a, b) => a + b, 0n);
  const negative = total < 0;
  const t = BigInt(negative ? -total : total);
  const parts = ints.map((w) => (t * w) / sum);
  const rems = ints.map((w, i) => t * w - (parts[i] as bigint) * sum);
  let leftover = Number(t - parts.reduce((a, b) => a + b, 0n));
  const rank = new Map<number, number>();
  priority.forEach((p, i) => {
    if (!rank.has(p)) rank.set(p, i);
  });
  const order = ints
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = rems[a] as bigint;
      const rb = rems[b] as bigint;
      if (ra !== rb) return ra > rb ? -1 : 1;
      const pa = rank.get(a) ?? priority.length + a;
      const pb = rank.get(b) ?? priority.length + b;
      return pa - pb;
    });
  for (const i of order) {
    if (leftover === 0) break;
    if ((ints[i] as bigint) === 0n) continue;
    parts[i] = (parts[i] as bigint) + 1n;
    leftover -= 1;
  }
  return parts.map((p) => (negative && p !== 0n ? -Number(p) : Number(p)));
}
