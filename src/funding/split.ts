/**
 * Splitting a program's money across funding sources, to the rupiah.
 *
 * @module
 */

import { invalidInput } from '../errors.ts';
import { BasisBuilder, NO_RULEBOOK } from '../explain/basis.ts';
import { allocate } from '../money/allocate.ts';
import { Dec } from '../money/decimal.ts';
import { parseInput } from '../schemas/validate.ts';
import { SplitFundingInputSchema } from './schema.ts';
import type { Payer } from './sources.ts';
import { type FundingSource, payerOf } from './sources.ts';
import type { FundingPart, SplitFundingInput, SplitFundingResult } from './types.ts';

/**
 * Splits a total across funding sources so that the parts are whole rupiah and sum exactly to the
 * total. Each part is a fixed `amount`, a `share` of the total (a decimal fraction, `"0.4"` = 40 %) or
 * a `weight` of what the amounts and shares leave. Shares and weights are split with `allocate`
 * (largest remainder); leftover rupiah go first to the labels in `remainderOrder`, then in input order.
 * Amounts and shares must not exceed the total, and unless a part has a weight they must use it all.
 * Each part also says which BPU payer its channel counts as (`payerOf`).
 *
 * @example
 * ```ts
 * import { splitFunding } from 'jamsostek/funding';
 * const r = splitFunding({
 *   total: 2867558400,
 *   sources: [
 *     { source: 'DBHCHT', share: '0.6' },
 *     { source: 'APBD', weight: 1 },
 *   ],
 * });
 * r.parts.map((p) => p.amount); // [1720535040, 1147023360]
 * ```
 */
export function splitFunding(input: SplitFundingInput): SplitFundingResult {
  const v = parseInput(SplitFundingInputSchema, input, 'funding split input');
  const labels = v.sources.map((p) => p.label ?? p.source);
  const rank = (indices: readonly number[]): number[] => {
    const order = (v.remainderOrder ?? []).map((l) => labels.indexOf(l));
    return order.map((i) => indices.indexOf(i)).filter((i) => i >= 0);
  };
  const amounts: number[] = v.sources.map(() => 0);

  const shareIdx = v.sources.flatMap((p, i) => (p.share !== undefined ? [i] : []));
  const fixedIdx = v.sources.flatMap((p, i) => (p.amount !== undefined ? [i] : []));
  const weightIdx = v.sources.flatMap((p, i) => (p.weight !== undefined ? [i] : []));

  let rest = v.total;
  if (shareIdx.length) {
    const shares = shareIdx.map((i) => v.sources[i]?.share as string);
    const left = shares.reduce((d, s) => d.minus(s), new Dec(1)).toFixed();
    const parts = allocate(v.total, [...shares, left], { priority: rank(shareIdx) });
    shareIdx.forEach((i, k) => {
      amounts[i] = parts[k] as number;
    });
    rest = parts[parts.length - 1] as number;
  }
  const fixed = fixedIdx.reduce((s, i) => s + (v.sources[i]?.amount as number), 0);
  for (const i of fixedIdx) amounts[i] = v.sources[i]?.amount as number;
  const available = rest - fixed;
  if (available < 0)
    invalidInput(
      [
        {
          path: ['sources'],
          message: `amounts and shares exceed the total by ${-available} rupiah`,
          received: v.total,
        },
      ],
      'funding split input',
    );
  const weights = weightIdx.map((i) => v.sources[i]?.weight as number | string);
  if (weightIdx.length && weights.some((w) => new Dec(w).gt(0))) {
    const parts = allocate(available, weights, { priority: rank(weightIdx) });
    weightIdx.forEach((i, k) => {
      amounts[i] = parts[k] as number;
    });
  } else if (available > 0) {
    invalidInput(
      [
        {
          path: ['sources'],
          message: `amounts and shares leave ${available} rupiah unassigned; add a part with a weight`,
          received: v.total,
        },
      ],
      'funding split input',
    );
  }

  const b = new BasisBuilder(NO_RULEBOOK);
  const bySource: Partial<Record<FundingSource, number>> = {};
  const byPayer: Partial<Record<Payer, number>> = {};
  const parts: FundingPart[] = v.sources.map((p, i) => {
    const amount = amounts[i] as number;
    const payer = payerOf(p.source);
    const via = p.amount !== undefined ? 'amount' : p.share !== undefined ? 'share' : 'weight';
    bySource[p.source] = (bySource[p.source] ?? 0) + amount;
    byPayer[payer] = (byPayer[payer] ?? 0) + amount;
    b.step(
      `funding.part.${via}`,
      { label: labels[i] as string, source: p.source, payer, value: String(p.share ?? p.weight ?? '') },
      [],
      amount,
    );
    return { source: p.source, label: labels[i] as string, payer, via, amount };
  });
  b.step('total', {}, [], v.total);
  const basis = b.build({ total: v.total });
  return {
    kind: 'funding-split',
    total: v.total,
    parts,
    bySource,
    byPayer,
    confidence: b.confidence(),
    basis,
  };
}
