/**
 * Village allocations: a share of each village's grant set aside for premiums (Jambi's BKBK rule).
 *
 * @module
 */
import { BasisBuilder } from '../explain/basis.ts';
import { applyRate, parseRate, roundFraction } from '../money/rounding.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { eachMonth } from '../period/year-month.ts';
import { isPlainWith } from '../schemas/plain.ts';
import { parseInput } from '../schemas/validate.ts';
import { premiumsPerWorker } from './capacity.ts';
import { channel, Pricer } from './pricing.ts';
import { villageAllocationInput } from './schema.ts';
import { payerOf } from './sources.ts';
import type { VillageAllocationInput, VillageAllocationResult, VillageLine } from './types.ts';

const DOWN = Object.freeze({ mode: 'down', unit: 1 } as const);
const VILLAGE_KEYS: ReadonlySet<string> = new Set(['name', 'grant', 'workers']);
const INPUT_KEYS: ReadonlySet<string> = new Set([
  'villages',
  'grantPerVillage',
  'share',
  'workersPerVillage',
  'premium',
  'monthCount',
  'from',
  'to',
  'fundingSource',
  'declaredIncome',
  'programs',
  'sector',
  'category',
  'rulebook',
]);

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** The cost of one worker for the period, with the rules and step it took. */
interface Priced {
  readonly pricer: Pricer;
  readonly b: BasisBuilder;
  readonly monthCount: number;
  readonly perWorker: number;
}

function price(v: VillageAllocationInput): Priced {
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
  return { pricer, b, monthCount, perWorker };
}

/** The lines and their sums, added up in line order. */
class Lines {
  readonly lines: VillageLine[] = []; // grown by push: an array made at a length of 100.000 holds a dictionary
  envelope = 0;
  cost = 0;
  workers = 0;
  villages = 0;
  /** The first cost that is not a safe whole-rupiah amount, if any (thrown once the input is known valid). */
  overflow: number | undefined;
  private share: string | undefined;
  private rate: ReturnType<typeof parseRate> | undefined;

  /**
   * `applyRate(grant, share, { mode: 'down', unit: 1 })`, computed as it computes it, without checking
   * the share again for every village (the schema checked it, and applyRate once, below).
   */
  private envelopeOf(grant: number, share: string): number {
    if (share !== this.share || this.rate === undefined) {
      const envelope = applyRate(grant, share, DOWN); // checks the share, and caches its fraction
      this.share = share;
      this.rate = parseRate(share);
      return envelope;
    }
    const { fast, num, den, bigNum, bigDen } = this.rate;
    if (fast) {
      const p = grant * num;
      if (Number.isSafeInteger(p) && p >= 0) return Math.floor(p / den) + 0;
    }
    return checkRupiah(Number(roundFraction(BigInt(grant) * bigNum, bigDen, 'down')), 'amount × rate');
  }

  /** Adds the line of `count` villages alike, in integers. */
  add(
    v: VillageAllocationInput,
    perWorker: number,
    name: string,
    count: number,
    ownGrant: number | undefined,
    ownWorkers: number | undefined,
  ): void {
    const grant = ownGrant ?? v.grantPerVillage ?? 0;
    const envelope = this.envelopeOf(grant, v.share);
    const fundable = perWorker > 0 ? Math.floor(envelope / perWorker) : 0;
    const workers = ownWorkers ?? v.workersPerVillage ?? fundable;
    const cost = workers * perWorker;
    const safe = Number.isSafeInteger(cost);
    if (!safe && this.overflow === undefined) this.overflow = cost;
    this.lines.push({
      name,
      count,
      grant,
      envelope,
      fundable,
      workers,
      cost,
      balance: envelope - cost,
      shareOfGrant: safe ? shareOfGrantText(cost, grant) : '0',
    });
    this.envelope += count * envelope;
    this.cost += count * cost;
    this.workers += count * workers;
    this.villages += count;
  }
}

/**
 * The allocation of an input whose list of villages is plainly valid, checked as the schema would
 * check it (a test compares both): the schema checks everything but the list on a copy of the input
 * holding only its first village, and each village is checked by hand, read once, and priced in the
 * same pass. `undefined` for anything else, and for any error before the villages are known valid:
 * the schema then checks the whole input, reports every problem, and the allocation runs again.
 */
function plainAllocation(input: unknown): VillageAllocationResult | undefined {
  if (!isPlainWith(input, INPUT_KEYS)) return undefined;
  // Every own key enumerable, so that the copy below holds exactly what the schema would read.
  if (Object.getOwnPropertyNames(input).length !== Object.keys(input).length) return undefined;
  const copy = { ...input };
  const list = copy['villages'];
  if (!Array.isArray(list) || list.length < 2) return undefined;
  copy['villages'] = [list[0]];
  const r = villageAllocationInput.safeParse(copy);
  if (!r.success) return undefined;
  const v = r.data;
  let priced: Priced;
  try {
    priced = price(v);
  } catch {
    return undefined; // the full check comes first, then the same error again
  }
  const out = new Lines();
  try {
    for (let i = 0; i < list.length; i++) {
      const x: unknown = list[i];
      if (!isPlainWith(x, VILLAGE_KEYS)) return undefined;
      const name = x['name'];
      const grant = x['grant'];
      const workers = x['workers'];
      if (name !== undefined && typeof name !== 'string') return undefined;
      if (workers !== undefined && !isCount(workers)) return undefined;
      if (grant === undefined) {
        if (v.grantPerVillage === undefined) return undefined;
      } else if (!isCount(grant)) return undefined;
      // (`=== 0 ? 0 :` makes a -0 given as input a 0, as the schema's copy of the input does.)
      out.add(
        v,
        priced.perWorker,
        name ?? `#${i + 1}`,
        1,
        grant === 0 ? 0 : grant,
        workers === 0 ? 0 : workers,
      );
    }
  } catch {
    return undefined; // an error before every village is checked: the full check comes first
  }
  return finish(v, priced, out);
}

/**
 * `cost ÷ grant` rounded half-up to 6 decimal places, as a decimal string without trailing zeros
 * (`"0.1008"`, `"2"`): the exact quotient of two whole numbers, in integers. The same text as
 * decimal.js gives dividing at 40 significant digits and rounding to 6 places: with both below 2^53
 * the quotient has at most 16 digits before the point, so its 40-digit value errs by less than
 * 5·10⁻²⁵, while a quotient that is not exactly halfway between two 6-place values is at least
 * 1 ÷ (2·10⁶ × grant) > 5,5·10⁻²³ away from it: the 6-place rounding never changes (a test compares
 * both on random amounts).
 */
export function shareOfGrantText(cost: number, grant: number): string {
  if (grant <= 0) return '0';
  let whole: number | bigint;
  let frac: number | bigint;
  if (cost <= 9_007_199_254) {
    // cost × 10⁶ stays a safe integer.
    const scaled = cost * 1_000_000;
    let q = Math.floor(scaled / grant);
    let r = scaled - q * grant;
    // The float division may be one off; the remainder says which way.
    if (r < 0) {
      q -= 1;
      r += grant;
    } else if (r >= grant) {
      q += 1;
      r -= grant;
    }
    if (2 * r >= grant) q += 1;
    whole = Math.floor(q / 1_000_000);
    frac = q - whole * 1_000_000;
  } else {
    const g = BigInt(grant);
    const scaled = BigInt(cost) * 1_000_000n;
    let q = scaled / g;
    if (2n * (scaled - q * g) >= g) q += 1n;
    whole = q / 1_000_000n;
    frac = q % 1_000_000n;
  }
  if (frac === 0 || frac === 0n) return String(whole);
  // The six decimals as two groups of three, without the trailing zeros.
  const f = Number(frac);
  const hi = Math.floor(f / 1000);
  const lo = f - hi * 1000;
  const [padded, trimmed] = digitGroups();
  return lo === 0
    ? `${String(whole)}.${trimmed[hi] as string}`
    : `${String(whole)}.${padded[hi] as string}${trimmed[lo] as string}`;
}

let groups: readonly [readonly string[], readonly string[]] | undefined;

/** '000' … '999', and the same without trailing zeros ('1' for '100'), made once. */
function digitGroups(): readonly [readonly string[], readonly string[]] {
  if (groups === undefined) {
    const padded = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
    const trimmed = padded.map((g) => g.replace(/0+$/, ''));
    groups = [padded, trimmed];
  }
  return groups;
}

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
  const plain = plainAllocation(input);
  if (plain) return plain;
  const v = parseInput(villageAllocationInput, input, 'village allocation input');
  const priced = price(v);
  const out = new Lines();
  if (typeof v.villages === 'number')
    out.add(v, priced.perWorker, 'each village', v.villages, undefined, undefined);
  else
    v.villages.forEach((x, i) => {
      out.add(v, priced.perWorker, x.name ?? `#${i + 1}`, 1, x.grant, x.workers);
      // The first village whose cost overflows stops the allocation, as it always did.
      if (out.overflow !== undefined) checkRupiah(out.overflow, 'village cost');
    });
  return finish(v, priced, out);
}

/**
 * The totals, the pooled alternative and the basis, from the lines. The basis holds one step for all
 * the village lines; `explain` renders one line per village from `lines` on request.
 */
function finish(v: VillageAllocationInput, priced: Priced, out: Lines): VillageAllocationResult {
  const { pricer, b, monthCount, perWorker } = priced;
  if (out.overflow !== undefined) checkRupiah(out.overflow, 'village cost');
  const lines = out.lines;
  // \`each\`: one line stands for every village of a count (its lines then name no village).
  b.step(
    'funding.villages.lines',
    { lines: lines.length, share: v.share, each: typeof v.villages === 'number' },
    [],
  );
  const envelopeSum = out.envelope;
  const costSum = out.cost;
  const workerSum = out.workers;
  const villageSum = out.villages;
  const envelope = checkRupiah(envelopeSum, 'village total');
  const cost = checkRupiah(costSum, 'village total');
  const workers = checkRupiah(workerSum, 'village total');
  const pooledWorkers = perWorker > 0 ? Math.floor(envelope / perWorker) : 0;
  b.step(
    'funding.villages.total',
    { villages: checkRupiah(villageSum, 'village total'), envelope, workers },
    [],
    cost,
  );
  b.step(
    'funding.villages.pooled',
    { envelope, perWorker, workers: pooledWorkers },
    [],
    pooledWorkers * perWorker,
  );
  if (cost > envelope)
    b.notice('funding.villages.shortfall', 'warning', { envelope, cost, shortfall: cost - envelope }, []);
  const reliefs = pricer.summarise(b);
  const villages = checkRupiah(villageSum, 'village total');
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
