/**
 * Village allocations: a share of each village's grant set aside for premiums (Jambi's BKBK rule).
 *
 * @module
 */
import { BasisBuilder } from '../explain/basis.ts';
import { Dec } from '../money/decimal.ts';
import { applyRate } from '../money/rounding.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { eachMonth } from '../period/year-month.ts';
import { parseInput } from '../schemas/validate.ts';
import { premiumsPerWorker } from './capacity.ts';
import { channel, Pricer } from './pricing.ts';
import { villageAllocationInput } from './schema.ts';
import { payerOf } from './sources.ts';
import type { VillageAllocationInput, VillageAllocationResult, VillageLine } from './types.ts';

const DOWN = Object.freeze({ mode: 'down', unit: 1 } as const);

/**
 * A program in which every village sets aside a `share` of its grant for BPU premiums, as in Jambi's
 * BKBK (Pergub Jambi 16/2022: 10 % of Rp100.000.000 per desa/kelurahan): the envelope of each village
 * (the share of its grant, rounded down to the rupiah), the workers that envelope pays for over the
 * period (or the workers it enrols, given per village or as `workersPerVillage`), their cost and the
 * balance left over (negative when the enrolment needs more than the envelope, with the share of the
 * grant it does need), and the totals; `pooledWorkers` is what the envelopes would pay for if pooled.
 * The cost of one worker is `premium × monthCount`, or the BPU premium of each month from `from` to
 * `to` for the funding source (`'BKBK'` pays as `'APBD'`, so PP 50/2025 does not discount it). Villages
 * are a count (all alike) or a list. The share is a program parameter, not a law, so it is an input.
 *
 * @example
 * ```ts
 * import { villageAllocation } from 'jamsostek/funding';
 * const r = villageAllocation({
 *   villages: 1562,
 *   grantPerVillage: 100000000,
 *   share: '0.1',
 *   from: '2022-01',
 *   to: '2022-12',
 *   fundingSource: 'BKBK',
 * });
 * r.envelope; // 15620000000
 * r.pooledWorkers; // 77480
 * ```
 */
export function villageAllocation(input: VillageAllocationInput): VillageAllocationResult {
  const v = parseInput(villageAllocationInput, input, 'village allocation input');
  const pricer = new Pricer(v.rulebook, v.programs);
  const b = new BasisBuilder(pricer.rulebook);
  let monthCount: number;
  let perWorker: number;
  if (v.from !== undefined) {
    const list = eachMonth({ from: v.from, to: v.to });
    monthCount = list.length;
    perWorker = premiumsPerWorker(list, v, pricer, b).reduce((s, x) => s + x, 0);
  } else {
    monthCount = v.monthCount;
    perWorker = v.premium * monthCount;
  }
  checkRupiah(perWorker, 'premium per worker');
  b.step('funding.per-worker', { monthCount }, [], perWorker);

  const given =
    typeof v.villages === 'number'
      ? [{ name: 'each village', count: v.villages, grant: undefined, workers: undefined }]
      : v.villages.map((x, i) => ({
          name: x.name ?? `#${i + 1}`,
          count: 1,
          grant: x.grant,
          workers: x.workers,
        }));
  const lines: VillageLine[] = given.map((x) => {
    const grant = x.grant ?? v.grantPerVillage ?? 0;
    const envelope = applyRate(grant, v.share, DOWN);
    const fundable = perWorker > 0 ? Math.floor(envelope / perWorker) : 0;
    const workers = x.workers ?? v.workersPerVillage ?? fundable;
    const cost = checkRupiah(workers * perWorker, 'village cost');
    const shareOfGrant =
      grant > 0 ? new Dec(cost).div(grant).toDecimalPlaces(6, Dec.ROUND_HALF_UP).toFixed() : '0';
    b.step(
      'funding.village',
      {
        ...(typeof v.villages === 'number' ? {} : { name: x.name }),
        count: x.count,
        grant,
        share: v.share,
        envelope,
        workers,
      },
      [],
      cost,
    );
    return {
      name: x.name,
      count: x.count,
      grant,
      envelope,
      fundable,
      workers,
      cost,
      balance: envelope - cost,
      shareOfGrant,
    };
  });
  const sum = (f: (l: VillageLine) => number): number =>
    checkRupiah(
      lines.reduce((s, l) => s + l.count * f(l), 0),
      'village total',
    );
  const envelope = sum((l) => l.envelope);
  const cost = sum((l) => l.cost);
  const workers = sum((l) => l.workers);
  const pooledWorkers = perWorker > 0 ? Math.floor(envelope / perWorker) : 0;
  b.step('funding.villages.total', { villages: sum(() => 1), envelope, workers }, [], cost);
  b.step(
    'funding.villages.pooled',
    { envelope, perWorker, workers: pooledWorkers },
    [],
    pooledWorkers * perWorker,
  );
  if (cost > envelope)
    b.notice('funding.villages.shortfall', 'warning', { envelope, cost, shortfall: cost - envelope }, []);
  const reliefs = pricer.summarise(b);
  const villages = sum(() => 1);
  const basis = b.build({ villages, ...channel(v.fundingSource) });
  return {
    kind: 'village-allocation',
    fundingSource: v.fundingSource,
    payer: payerOf(v.fundingSource),
    villages,
    monthCount,
    perWorker,
    lines,
    envelope,
    workers,
    cost,
    balance: envelope - cost,
    pooledWorkers,
    pooledRemainder: envelope - pooledWorkers * perWorker,
    reliefs,
    confidence: b.confidence(),
    basis,
  };
}
