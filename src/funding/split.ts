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
import { fundingSplitInput } from './schema.ts';
import { type FundingSource, type Payer, payerOf } from './sources.ts';
import type { FundingPart, FundingPartInput, FundingSplitInput, FundingSplitResult } from './types.ts';

function via(p: FundingPartInput): FundingPart['via'] {
  return p.amount !== undefined ? 'amount' : p.share !== undefined ? 'share' : 'weight';
}

/**
 * Splits a total across funding sources so that the parts are whole rupiah and sum exactly to the
 * total. Each part is a fixed `amount`, a `share` of the total (a decimal fraction, `"0.4"` = 40 %) or
 * a `weight` of what the amounts and shares leave. Shares and weights are split with `allocate`
 * (largest remainder); leftover rupiah go first to the labels in `remainderOrder`, then in input order.
 * Amounts and shares must not exceed the total, and unless a part has a weight they must use it all.
 * Each part also says which payer its funding source counts as (`payerOf`); `byFundingSource` and
 * `byPayer` both add up to the total.
 *
 * @example
 * ```ts
 * import { fundingSplit } from 'jamsostek/funding';
 * const r = fundingSplit({
 *   total: 2867558400,
 *   parts: [
 *     { fundingSource: 'DBHCHT', share: '0.6' },
 *     { fundingSource: 'APBD', weight: 1 },
 *   ],
 * });
 * r.parts.map((p) => p.amount); // [1720535040, 1147023360]
 * ```
 */
export function fundingSplit(input: FundingSplitInput): FundingSplitResult {
  const v = parseInput(fundingSplitInput, input, 'funding split input');
  const labels = v.parts.map((p) => p.label ?? p.fundingSource);
  const rank = (indices: readonly number[]): number[] => {
    const order = (v.remainderOrder ?? []).map((l) => labels.indexOf(l));
    return order.map((i) => indices.indexOf(i)).filter((i) => i >= 0);
  };
  const amounts: number[] = v.parts.map(() => 0);

  const shares: { i: number; share: string }[] = [];
  const weights: { i: number; weight: number | string }[] = [];
  let fixed = 0;
  v.parts.forEach((p, i) => {
    if (p.amount !== undefined) {
      amounts[i] = p.amount;
      fixed += p.amount;
    } else if (p.share !== undefined) shares.push({ i, share: p.share });
    else weights.push({ i, weight: p.weight });
  });

  let rest = v.total;
  if (shares.length) {
    const list = shares.map((x) => x.share);
    const left = list.reduce((d, s) => d.minus(s), new Dec(1)).toFixed();
    const parts = allocate(v.total, [...list, left], { priority: rank(shares.map((x) => x.i)) });
    shares.forEach((x, k) => {
      amounts[x.i] = parts[k] ?? 0;
    });
    rest = parts[parts.length - 1] ?? 0;
  }
  const available = rest - fixed;
  if (available < 0)
    invalidInput(
      [
        {
          path: ['parts'],
          message: `amounts and shares exceed the total by ${-available} rupiah`,
          received: v.total,
        },
      ],
      'funding split input',
    );
  if (weights.length && weights.some((x) => new Dec(x.weight).gt(0))) {
    const parts = allocate(
      available,
      weights.map((x) => x.weight),
      { priority: rank(weights.map((x) => x.i)) },
    );
    weights.forEach((x, k) => {
      amounts[x.i] = parts[k] ?? 0;
    });
  } else if (available > 0) {
    invalidInput(
      [
        {
          path: ['parts'],
          message: `amounts and shares leave ${available} rupiah unassigned; add a part with a weight`,
          received: v.total,
        },
      ],
      'funding split input',
    );
  }

  const b = new BasisBuilder(NO_RULEBOOK);
  const byFundingSource: Partial<Record<FundingSource, number>> = {};
  const byPayer: Partial<Record<Payer, number>> = {};
  const parts: FundingPart[] = v.parts.map((p, i) => {
    const amount = amounts[i] ?? 0;
    const label = labels[i] ?? p.fundingSource;
    const payer = payerOf(p.fundingSource);
    const how = via(p);
    byFundingSource[p.fundingSource] = (byFundingSource[p.fundingSource] ?? 0) + amount;
    byPayer[payer] = (byPayer[payer] ?? 0) + amount;
    b.step(
      `funding.part.${how}`,
      {
        ...(p.label === undefined ? {} : { label: p.label }),
        fundingSource: p.fundingSource,
        payer,
        value: String(p.share ?? p.weight ?? ''),
      },
      [],
      amount,
    );
    return { fundingSource: p.fundingSource, payer, label, via: how, amount };
  });
  b.step('total', {}, [], v.total);
  const basis = b.build({ total: v.total });
  return {
    kind: 'funding-split',
    total: v.total,
    parts,
    byFundingSource,
    byPayer,
    confidence: b.confidence(),
    basis,
  };
}
