/**
 * Pricing worker-months through the BPU calculator, once per distinct month and parameters, and
 * summarising the reliefs that applied.
 *
 * @internal
 * @module
 */
import { computeBpuContribution } from '../contributions/bpu/contribution.ts';
import type {
  BpuCategory,
  BpuContributionResult,
  BpuProgram,
  BpuSector,
} from '../contributions/bpu/types.ts';
import type { BasisBuilder } from '../explain/basis.ts';
import type { YearMonth } from '../period/year-month.ts';
import { requireRule } from '../rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../rulebook/official/bpu.ts';
import type { Rulebook } from '../rulebook/types.ts';
import type { ReliefName, ReliefRefusal } from '../vocabulary.ts';
import { type FundingSource, type Payer, payerOf } from './sources.ts';
import type { FundingRelief } from './types.ts';

/**
 * @internal The parameters naming a funding source in an explanation, and the payer it is spent
 * through when that is another name (`DBHCHT` through the `APBD`).
 */
export function channel(fundingSource: FundingSource): {
  readonly fundingSource: FundingSource;
  readonly payer?: Payer;
} {
  const payer = payerOf(fundingSource);
  return fundingSource === payer ? { fundingSource } : { fundingSource, payer };
}

/** @internal Parameters of one worker-month. */
export interface WorkerMonth {
  readonly month: YearMonth;
  readonly declaredIncome?: number | undefined;
  readonly fundingSource: FundingSource;
  readonly sector: BpuSector;
  readonly category: BpuCategory;
}

interface ReliefEntry {
  readonly relief: ReliefName;
  readonly fundingSource: FundingSource;
  readonly discountRate: string;
  readonly reason: ReliefRefusal | undefined;
  readonly months: Set<YearMonth>;
}

/** @internal Prices worker-months with a cache, and records rules and reliefs into a basis. */
export class Pricer {
  readonly rulebook: Rulebook;
  private readonly programs: readonly BpuProgram[] | undefined;
  private readonly cache = new Map<string, BpuContributionResult>();
  private readonly reliefs = new Map<string, ReliefEntry>();

  constructor(rulebook: Rulebook | undefined, programs: readonly BpuProgram[] | undefined) {
    this.rulebook = rulebook ?? BPU_RULEBOOK;
    this.programs = programs;
  }

  /**
   * The BPU contribution of one worker for the month, computed once per distinct month, income,
   * payer, sector and category (funding sources of the same payer cost the same). The result is
   * the cached one: callers read it and never hand it out.
   */
  price(w: WorkerMonth, b: BasisBuilder): BpuContributionResult {
    const income = w.declaredIncome ?? requireRule(this.rulebook, 'bpu.jkk.lowest-level', w.month).value;
    const payer = payerOf(w.fundingSource);
    const key = `${w.month}|${income}|${payer}|${w.sector}|${w.category}`;
    let r = this.cache.get(key);
    if (!r) {
      r = computeBpuContribution({
        month: w.month,
        declaredIncome: income,
        programs: this.programs,
        fundingSource: w.fundingSource,
        sector: w.sector,
        category: w.category,
        rulebook: this.rulebook,
      });
      this.cache.set(key, r);
      for (const ref of r.basis.rules) b.use(ref);
    }
    for (const rel of r.reliefs) {
      const reason = rel.status === 'refused' ? rel.reason : undefined;
      const k = `${rel.relief}|${rel.status}|${reason ?? ''}|${w.fundingSource}|${rel.discountRate}`;
      let entry = this.reliefs.get(k);
      if (!entry) {
        entry = {
          relief: rel.relief,
          fundingSource: w.fundingSource,
          discountRate: rel.discountRate,
          reason,
          months: new Set(),
        };
        this.reliefs.set(k, entry);
      }
      entry.months.add(w.month);
    }
    return r;
  }

  /** The reliefs seen so far, with notices added to the basis. */
  summarise(b: BasisBuilder): FundingRelief[] {
    const out: FundingRelief[] = [];
    for (const e of this.reliefs.values()) {
      const months = [...e.months].sort();
      const payer = payerOf(e.fundingSource);
      const base = {
        relief: e.relief,
        fundingSource: e.fundingSource,
        payer,
        discountRate: e.discountRate,
        months,
      };
      const params = {
        relief: e.relief,
        fundingSource: e.fundingSource,
        payer,
        rate: e.discountRate,
        from: months[0] ?? '',
        to: months[months.length - 1] ?? '',
        monthCount: months.length,
      };
      if (e.reason === undefined) {
        out.push({ ...base, status: 'applied' });
        b.notice('funding.relief.applied', 'info', params, []);
      } else {
        out.push({ ...base, status: 'refused', reason: e.reason });
        b.notice(
          e.reason === 'payer-excluded'
            ? 'funding.relief.payer-excluded'
            : 'funding.relief.category-not-covered',
          'info',
          params,
          [],
        );
      }
    }
    return out;
  }
}
