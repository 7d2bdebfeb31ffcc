import type {
  DisabilityTableResult,
  JkkBenefitDeferred,
  JkkBenefitInput,
  JkkBenefitNotEligible,
  JkkBenefitPaid,
  JkkBenefitResult,
  JkmBenefitDeferred,
  JkmBenefitInput,
  JkmBenefitNotEligible,
  JkmBenefitPaid,
  JkmBenefitResult,
  JkmRefusal,
  ScholarshipScheduleEligible,
  ScholarshipScheduleNotEligible,
  ScholarshipScheduleResult,
} from 'jamsostek/benefits';
import { disabilityTable, jkkBenefit, jkmBenefit } from 'jamsostek/benefits';
import type { JamsostekResult } from 'jamsostek/explain';
import { describe, expectTypeOf, it } from 'vitest';

describe('benefit result types', () => {
  it('narrow on status', () => {
    const r = jkmBenefit({
      eventDate: '2025-06-01',
      segment: 'BPU',
      membershipStart: '2020-01-01',
      contributionMonths: 60,
    });
    expectTypeOf(r).toEqualTypeOf<JkmBenefitResult>();
    if (r.status === 'deferred') expectTypeOf(r.arrears.amount).toBeNumber();
    if (r.status === 'not-eligible') expectTypeOf(r.reason).toEqualTypeOf<JkmRefusal>();
    expectTypeOf<ScholarshipScheduleNotEligible['total']>().toEqualTypeOf<0>();
    expectTypeOf<Extract<JkkBenefitResult, { status: 'not-eligible' }>['reason']>().toEqualTypeOf<
      'arrears-over-limit' | 'claim-lapsed'
    >();
  });

  it('put a field only on the outcome where it makes sense', () => {
    expectTypeOf<JkmBenefitPaid>().not.toHaveProperty('reason');
    expectTypeOf<JkmBenefitPaid>().not.toHaveProperty('arrears');
    expectTypeOf<JkmBenefitPaid>().not.toHaveProperty('deferredTotal');
    expectTypeOf<JkmBenefitDeferred>().not.toHaveProperty('reason');
    expectTypeOf<JkmBenefitNotEligible>().not.toHaveProperty('arrears');
    expectTypeOf<JkmBenefitNotEligible>().not.toHaveProperty('scholarship');
    expectTypeOf<JkkBenefitPaid>().not.toHaveProperty('arrears');
    expectTypeOf<JkkBenefitDeferred>().not.toHaveProperty('reason');
    expectTypeOf<JkkBenefitNotEligible>().not.toHaveProperty('stmb');
    expectTypeOf<JkkBenefitNotEligible['medicalCare']>().toEqualTypeOf<'none'>();
    expectTypeOf<ScholarshipScheduleNotEligible>().not.toHaveProperty('children');
    expectTypeOf<ScholarshipScheduleEligible>().not.toHaveProperty('reason');
  });

  it('are results explain accepts', () => {
    expectTypeOf<JkmBenefitResult>().toExtend<JamsostekResult>();
    expectTypeOf<JkkBenefitResult>().toExtend<JamsostekResult>();
    expectTypeOf<ScholarshipScheduleResult>().toExtend<JamsostekResult>();
    expectTypeOf(disabilityTable({ asOf: '2025-06-01' })).toEqualTypeOf<DisabilityTableResult>();
  });
});

describe('benefit input types', () => {
  it('a PU gives wage, a BPU declaredIncome, never both', () => {
    expectTypeOf({ eventDate: '2026-03-10', segment: 'PU', wage: 1 } as const).toExtend<JkkBenefitInput>();
    expectTypeOf({
      eventDate: '2026-03-10',
      segment: 'BPU',
      declaredIncome: 1,
    } as const).toExtend<JkkBenefitInput>();
    // @ts-expect-error: a BPU has no wage
    jkkBenefit({ eventDate: '2026-03-10', segment: 'BPU', wage: 1 });
    // @ts-expect-error: a PU has no declared income
    jkkBenefit({ eventDate: '2026-03-10', segment: 'PU', wage: 1, declaredIncome: 1 });
    const old = { segment: 'PU', membershipStart: '2020-01-01', contributionMonths: 1 } as const;
    // @ts-expect-error: the date of death is eventDate
    jkmBenefit({ ...old, deathDate: '2025-06-01' });
    expectTypeOf<Extract<JkmBenefitInput, { segment: 'PU' }>['declaredIncome']>().toEqualTypeOf<undefined>();
    // @ts-expect-error: the disability table takes an object
    disabilityTable('2025-06-01');
  });
});
