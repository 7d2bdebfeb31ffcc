import { describe, expectTypeOf, it } from 'vitest';
import {
  checkProgramEligibility,
  type EligibilityReason,
  type EligibilityReasonCode,
  type EligibilityResult,
  type EligibleResult,
  type IneligibleResult,
} from '../../src/entries/eligibility.ts';

describe('EligibilityResult', () => {
  it('narrows on eligible', () => {
    const r = checkProgramEligibility(
      { birthDate: '1990-01-01', segment: 'BPU' },
      {},
      { asOf: '2026-01-01' },
    );
    expectTypeOf(r).toEqualTypeOf<EligibilityResult>();
    if (r.eligible) {
      expectTypeOf(r).toEqualTypeOf<EligibleResult>();
      expectTypeOf(r).not.toHaveProperty('reasons');
    } else {
      expectTypeOf(r).toEqualTypeOf<IneligibleResult>();
      expectTypeOf(r.reasons).toEqualTypeOf<readonly [EligibilityReason, ...EligibilityReason[]]>();
      expectTypeOf(r.reasons[0].code).toEqualTypeOf<EligibilityReasonCode>();
      expectTypeOf(r.reasons[0].source).toEqualTypeOf<'law' | 'program'>();
    }
  });
});
