// The calculators of each entry default to the official series that entry needs, so that an app carries
// only the rule data it uses. These tests keep those per-entry rulebooks faithful to the complete one.
import { OFFICIAL_RULEBOOK } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { BENEFITS_RULEBOOK } from '../../src/rulebook/official/benefits.ts';
import { BPU_RULEBOOK } from '../../src/rulebook/official/bpu.ts';
import { CALENDAR_RULEBOOK } from '../../src/rulebook/official/calendar.ts';
import { COVERAGE_RULEBOOK } from '../../src/rulebook/official/coverage.ts';
import { ELIGIBILITY_RULEBOOK } from '../../src/rulebook/official/eligibility.ts';
import { PAYROLL_RULEBOOK } from '../../src/rulebook/official/payroll.ts';
import { RISK_GROUP_RULEBOOK } from '../../src/rulebook/official/risk-groups.ts';

const sets = {
  BPU_RULEBOOK,
  PAYROLL_RULEBOOK,
  BENEFITS_RULEBOOK,
  ELIGIBILITY_RULEBOOK,
  COVERAGE_RULEBOOK,
  CALENDAR_RULEBOOK,
  RISK_GROUP_RULEBOOK,
};

describe('the official rule sets of the entries', () => {
  it.each(Object.entries(sets))(
    '%s holds exact copies of series of the complete official rulebook',
    (_, set) => {
      expect(set.name).toBe('official');
      expect(Object.isFrozen(set.series)).toBe(true);
      for (const [id, series] of Object.entries(set.series))
        expect(series).toEqual(OFFICIAL_RULEBOOK.series[id as keyof typeof OFFICIAL_RULEBOOK.series]);
    },
  );

  it('together they hold every series of the complete official rulebook', () => {
    const covered = new Set(Object.values(sets).flatMap((s) => Object.keys(s.series)));
    expect([...covered].sort()).toEqual(Object.keys(OFFICIAL_RULEBOOK.series).sort());
  });

  it('the BPU set, which the root entry carries, holds only BPU series and the PP 49/2020 relief', () => {
    expect(Object.keys(BPU_RULEBOOK.series).filter((id) => !id.startsWith('bpu.'))).toEqual([
      'relief.pp49-2020.jkk-jkm',
    ]);
  });
});
