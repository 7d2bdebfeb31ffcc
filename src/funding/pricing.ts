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
import type { NoticeCode } from '../explain/codes.ts';
import type { YearMonth } from '../period/year-month.ts';
import { requireRule } from '../rulebook/lookup.ts';
import { BPU_RULEBOOK } from '../rulebook/official/bpu.ts';
import type { Rulebook } from '../rulebook/types.ts';
import type { Payer } from './sources.ts';
import type { FundingRelief } from './types.ts';

/** @internal Parameters of one worker-month. */
export interface WorkerMonth {
  readonly month: YearMonth;
  readonly declaredIncome?: number | undefined;
  readonly payer: Payer;
  readonly sector: BpuSector;
  readonly category: BpuCategory;
}

/** @internal Prices worker-months with a cache, and records rules and reliefs into a basis. */
export class Pricer {
  readonly rulebook: Rulebook;
  private readonly programs: readonly BpuProgram[] | undefined;
  private readonly cache = new Map<string, BpuContributionResult>();
  private readonly reliefs = new Map<string, { r: Omit<FundingRelief, 'months'>; months: Set<YearMonth> }>();

  constructor(rulebook: Rulebook | undefined, programs: readonly BpuProgram[] | undefined) {
    this.rulebook = rulebook ?? BPU_RULEBOOK;
    this.programs = programs;
  }

  /** The BPU contribution of one worker for the month (computed once per distinct key). */
  price(w: WorkerMonth, b: BasisBuilder): BpuContributionResult {
    const income = w.declaredIncome ?? requireRule(this.rulebook, 'bpu.jkk.lowest-level', w.month).value;
    const key = `${w.month}|${income}|${w.payer}|${w.sector}|${w.category}`;
    let r = this.cache.get(key);
    if (!r) {
      r = computeBpuContribution({
        month: w.month,
        declaredIncome: income,
        programs: this.programs,
        fundingSource: w.payer,
        sector: w.sector,
        category: w.category,
        rulebook: this.rulebook,
      });
      this.cache.set(key, r);
      for (const ref of r.basis.rules) b.use(ref);
      for (const rel of r.reliefs) {
        const reason = rel.status === 'refused' ? rel.reason : undefined;
        const k = `${rel.relief}|${rel.status}|${reason ?? ''}|${w.payer}|${rel.discountRate}`;
        let entry = this.reliefs.get(k);
        if (!entry) {
          const base: Omit<FundingRelief, 'months'> = {
            relief: rel.relief,
            status: rel.status,
            payer: w.payer,
            discountRate: rel.discountRate,
            ...(reason ? { reason } : {}),
          };
          entry = { r: base, months: new Set() };
          this.reliefs.set(k, entry);
        }
        entry.months.add(w.month);
      }
    }
    return r;
  }

  /** The reliefs seen so far, with notices added to the basis. */
  summarise(b: BasisBuilder): FundingRelief[] {
    const out: FundingRelief[] = [];
    for (const { r, months } of this.reliefs.values()) {
      const list = [...months].sort();
      const relief: FundingRelief = { ...r, months: list };
      out.push(relief);
      const params = {
        relief: r.relief,
        payer: r.payer,
        rate: r.discountRate,
        from: list[0] as string,
        to: list[list.length - 1] as string,
        months: list.length,
      };
      if (r.status === 'applied') b.notice('funding.relief.applied', 'info', params, []);
      else b.notice(`funding.relief.${r.reason}` as NoticeCode, 'info', params, []);
    }
    return out;
  }
}
