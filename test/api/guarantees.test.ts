/**
 * The run-time side of test/api/guarantees.test-d.ts: a caller without TypeScript (or with data from
 * outside) who makes each mistake gets a JamsostekError naming it, never a wrong answer.
 */
import { bpuContribution, type Rulebook } from 'jamsostek';
import { explain, type JamsostekResult } from 'jamsostek/explain';
import { programBudget } from 'jamsostek/funding';
import { OFFICIAL_RULEBOOK, ruleAt, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers.ts';

const paths = (fn: () => unknown): string[] => thrown(fn).issues.map((i) => i.path.join('.'));

describe('run-time guarantees', () => {
  it('a date given as a month, and month 13, are INVALID_INPUT at month', () => {
    expect(paths(() => bpuContribution({ month: '2025-09-01' as never, declaredIncome: 1_000_000 }))).toEqual(
      ['month'],
    );
    expect(paths(() => bpuContribution({ month: '2025-13' as never, declaredIncome: 1_000_000 }))).toEqual([
      'month',
    ]);
  });

  it('an unknown funding source, and payer as an input, are INVALID_INPUT', () => {
    expect(
      paths(() => bpuContribution({ month: '2025-09', declaredIncome: 1, fundingSource: 'bank' as never })),
    ).toEqual(['fundingSource']);
    expect(
      paths(() => bpuContribution({ month: '2025-09', declaredIncome: 1, payer: 'APBD' } as never)),
    ).toEqual(['payer']);
    expect(
      paths(() =>
        programBudget({
          fundingSource: 'DBH tembakau' as never,
          cohorts: [{ workers: 1, from: '2025-01', to: '2025-12' }],
        }),
      ),
    ).toEqual(['fundingSource']);
  });

  it('a hand-built rulebook is INVALID_INPUT at rulebook, even with the official series in it', () => {
    const forged = { ...OFFICIAL_RULEBOOK } as Rulebook;
    expect(paths(() => bpuContribution({ month: '2025-09', declaredIncome: 1, rulebook: forged }))).toEqual([
      'rulebook',
    ]);
  });

  it('explain of something that is not a result is INVALID_INPUT, never a TypeError', () => {
    expect(thrown(() => explain({ kind: 'bpu-contribution' } as unknown as JamsostekResult)).code).toBe(
      'INVALID_INPUT',
    );
    expect(thrown(() => explain(undefined as unknown as JamsostekResult)).code).toBe('INVALID_INPUT');
  });

  it('an unknown rule id is RULE_NOT_IN_FORCE naming it; a wrong value or id in an overlay is INVALID_RULEBOOK', () => {
    const e = thrown(() => ruleAt(OFFICIAL_RULEBOOK, 'bpu.jkm.amont' as 'bpu.jkm.amount', '2025-09'));
    expect(e.code).toBe('RULE_NOT_IN_FORCE');
    expect(e.details).toMatchObject({ rule: 'bpu.jkm.amont' });
    const cite = [{ instrument: 'x', article: 'y' }];
    expect(
      thrown(() =>
        withRules(OFFICIAL_RULEBOOK, [
          {
            id: 'bpu.jkm.amount',
            versions: [{ from: '2026-01-01', value: '6800' as never, confidence: 'U', citations: cite }],
          },
        ]),
      ).code,
    ).toBe('INVALID_RULEBOOK');
    expect(
      thrown(() =>
        withRules(OFFICIAL_RULEBOOK, [
          {
            id: 'my.rule' as 'bpu.jkm.amount',
            versions: [{ from: '2026-01-01', value: 1, confidence: 'U', citations: cite }],
          },
        ]),
      ).code,
    ).toBe('INVALID_RULEBOOK');
  });
});
