import type { JkkBenefitResult, JkmBenefitResult, JkmRefusal, ScholarshipResult } from 'jamsostek/benefits';
import { jkmBenefit } from 'jamsostek/benefits';
import { describe, expectTypeOf, it } from 'vitest';

describe('benefit result types', () => {
  it('narrow on status', () => {
    const r = jkmBenefit({
      deathDate: '2025-06-01',
      segment: 'BPU',
      membershipStart: '2020-01-01',
      contributionMonths: 60,
    });
    expectTypeOf(r).toEqualTypeOf<JkmBenefitResult>();
    if (r.status === 'deferred') expectTypeOf(r.arrears.amount).toBeNumber();
    if (r.status === 'not-eligible') expectTypeOf(r.reason).toEqualTypeOf<JkmRefusal>();
    expectTypeOf<Extract<ScholarshipResult, { status: 'not-eligible' }>['total']>().toEqualTypeOf<0>();
    expectTypeOf<Extract<JkkBenefitResult, { status: 'not-eligible' }>['reason']>().toEqualTypeOf<
      'arrears-over-limit' | 'claim-lapsed'
    >();
  });
});
