/**
 * The compile-time guarantees of the public API (issue: "a public API you can freeze at 1.0"). Each
 * `@ts-expect-error` line is a mistake the compiler must refuse; test/api/guarantees.test.ts shows the
 * matching run-time error for callers without TypeScript.
 */
import {
  type BpuContributionResult,
  bpuContribution,
  type FundingSource,
  type IsoDate,
  type Rulebook,
  type YearMonth,
} from 'jamsostek';
import { explain, type JamsostekResult } from 'jamsostek/explain';
import { programBudget } from 'jamsostek/funding';
import { OFFICIAL_RULEBOOK, ruleAt, withRules } from 'jamsostek/rulebook';
import { describe, expectTypeOf, it } from 'vitest';

const cite = [{ instrument: 'PP 44/2015', article: 'Pasal 20 ayat (3)' }] as const;

describe('compile-time guarantees', () => {
  it('a date is not a month, a month is not a date, month 13 does not exist', () => {
    // @ts-expect-error a date where a contribution month is expected
    bpuContribution({ month: '2025-09-01', declaredIncome: 1_000_000 });
    // @ts-expect-error month 13
    bpuContribution({ month: '2025-13', declaredIncome: 1_000_000 });
    // @ts-expect-error a month where a date is expected
    const date: IsoDate = '2025-09';
    const month: YearMonth = '2025-09';
    expectTypeOf(month).toMatchTypeOf<YearMonth>();
    void date;
  });

  it('a funding source comes from the one vocabulary, in every entry', () => {
    // @ts-expect-error not a funding source
    bpuContribution({ month: '2025-09', declaredIncome: 1_000_000, fundingSource: 'bank' });
    // @ts-expect-error payer is not an input: say where the money comes from
    bpuContribution({ month: '2025-09', declaredIncome: 1_000_000, payer: 'APBD' });
    programBudget({
      // @ts-expect-error not a funding source
      fundingSource: 'DBH tembakau',
      cohorts: [{ workers: 1, from: '2025-01', to: '2025-12' }],
    });
    expectTypeOf<'DBHCHT'>().toMatchTypeOf<FundingSource>();
  });

  it('only the library makes rulebooks', () => {
    bpuContribution({
      month: '2025-09',
      declaredIncome: 1_000_000,
      // @ts-expect-error a hand-built object is not a Rulebook
      rulebook: { name: 'official', version: 'x', verifiedThrough: null, series: {} },
    });
    expectTypeOf(OFFICIAL_RULEBOOK).toEqualTypeOf<Rulebook>();
  });

  it('explain takes results of the library, nothing else', () => {
    // @ts-expect-error not a result
    explain({ kind: 'bpu-contribution' });
    // @ts-expect-error a result's input is not a result
    explain({ month: '2025-09', declaredIncome: 1_000_000 });
    expectTypeOf<BpuContributionResult>().toMatchTypeOf<JamsostekResult>();
  });

  it('rule ids and values are typed by the catalogue', () => {
    // @ts-expect-error a typo in a rule id
    ruleAt(OFFICIAL_RULEBOOK, 'bpu.jkm.amont', '2025-09');
    expectTypeOf(ruleAt(OFFICIAL_RULEBOOK, 'bpu.jkm.amount', '2025-09').value).toEqualTypeOf<number>();
    expectTypeOf(ruleAt(OFFICIAL_RULEBOOK, 'pu.jkm.rate', '2025-09').value).toEqualTypeOf<string>();
    withRules(OFFICIAL_RULEBOOK, [
      // @ts-expect-error an amount must be a number of rupiah, not text
      {
        id: 'bpu.jkm.amount',
        versions: [{ from: '2026-01-01', value: '6800', confidence: 'U', citations: cite }],
      },
    ]);
    withRules(OFFICIAL_RULEBOOK, [
      // @ts-expect-error overlays cannot invent rule ids
      { id: 'my.rule', versions: [{ from: '2026-01-01', value: 1, confidence: 'U', citations: cite }] },
    ]);
  });
});
