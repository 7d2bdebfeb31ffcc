import type {
  JhtBalanceResult,
  JhtWithdrawalNotPayable,
  JhtWithdrawalPayable,
  JhtWithdrawalRefusal,
  JkpBenefitEligible,
  JkpBenefitNotEligible,
  JkpBenefitResult,
  JkpRefusal,
  JpBenefitInput,
  JpLumpSum,
  JpNotEligible,
  JpPension,
} from 'jamsostek/benefits';
import { jhtWithdrawal, jkpBenefit, jpBenefit } from 'jamsostek/benefits';
import type { JamsostekResult } from 'jamsostek/explain';
import type {
  JkkRiskGroupFound,
  JkkRiskGroupNotFound,
  JkkRiskGroupResult,
  RiskClass,
} from 'jamsostek/payroll';
import { describe, expectTypeOf, it } from 'vitest';

describe('JKP, JHT, JP and risk-group types', () => {
  it('narrow on status, with fields only where they make sense', () => {
    const r = jkpBenefit({
      eventDate: '2025-06-10',
      reason: 'dismissal',
      contract: 'open-ended',
      wage: 8_000_000,
      contributions: [{ from: '2023-01', to: '2025-05' }],
    });
    expectTypeOf(r).toEqualTypeOf<JkpBenefitResult>();
    if (r.status === 'not-eligible') expectTypeOf(r.reasons[0]).toEqualTypeOf<JkpRefusal>();
    expectTypeOf<JkpBenefitEligible>().not.toHaveProperty('reasons');
    expectTypeOf<JkpBenefitNotEligible['total']>().toEqualTypeOf<0>();
    const w = jhtWithdrawal({ event: 'death', eventDate: '2026-05-01', asOf: '2026-05-10', balance: 1 });
    if (w.status === 'not-payable') expectTypeOf(w.reasons[0]).toEqualTypeOf<JhtWithdrawalRefusal>();
    expectTypeOf<JhtWithdrawalPayable>().not.toHaveProperty('reasons');
    expectTypeOf<JhtWithdrawalNotPayable>().not.toHaveProperty('payableFrom');
    expectTypeOf<JpPension>().not.toHaveProperty('yieldAmount');
    expectTypeOf<JpLumpSum>().not.toHaveProperty('monthly');
    expectTypeOf<JpNotEligible>().toHaveProperty('pensionAgeDate');
    expectTypeOf<JkkRiskGroupNotFound>().not.toHaveProperty('riskClass');
    expectTypeOf<JkkRiskGroupFound['riskClass']>().toEqualTypeOf<RiskClass>();
  });

  it('take one form of the JP wages: a history, a summary or, for survivors, the pension in payment', () => {
    expectTypeOf({
      kind: 'old-age',
      birthDate: '1971-03-10',
      asOf: '2032-04-01',
      monthCount: 192,
      averageIndexedWage: 5_000_000,
    } as const).toExtend<JpBenefitInput>();
    expectTypeOf({
      kind: 'old-age',
      birthDate: '1971-03-10',
      asOf: '2032-04-01',
      monthCount: 192,
      averageIndexedWage: 5_000_000,
      contributions: [],
      inflation: [],
    } as const).not.toExtend<JpBenefitInput>();
    expectTypeOf({
      kind: 'old-age',
      birthDate: '1971-03-10',
      asOf: '2032-04-01',
      pensionInPayment: 1,
    } as const).not.toExtend<JpBenefitInput>();
    jkpBenefit({
      eventDate: '2025-06-10',
      reason: 'dismissal',
      contract: 'open-ended',
      wage: 1,
      // @ts-expect-error: a JKP contribution range takes months, not dates
      contributions: [{ from: '2023-01-01', to: '2025-05' }],
    });
    const p = jpBenefit({
      kind: 'survivor',
      beneficiary: 'child',
      birthDate: '1955-01-01',
      eventDate: '2026-06-15',
      pensionInPayment: 1,
    });
    expectTypeOf(p.status).toEqualTypeOf<'pension' | 'lump-sum' | 'not-eligible'>();
  });

  it('are results explain accepts', () => {
    expectTypeOf<JkpBenefitResult>().toExtend<JamsostekResult>();
    expectTypeOf<JhtBalanceResult>().toExtend<JamsostekResult>();
    expectTypeOf<JpPension>().toExtend<JamsostekResult>();
    expectTypeOf<JkkRiskGroupResult>().toExtend<JamsostekResult>();
  });
});
