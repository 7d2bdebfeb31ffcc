import type { InputSchema } from 'jamsostek';
import {
  type ConstructionContributionByContractValue,
  type ConstructionContributionByWage,
  type ConstructionContributionInput,
  ConstructionContributionInputSchema,
  constructionContribution,
  jpWageCapIndexation,
  type PayrollMonthInput,
  PayrollMonthInputSchema,
  type PuContributionInput,
  PuContributionInputSchema,
  type PuProgramTotals,
  payrollMonth,
} from 'jamsostek/payroll';
import { describe, expectTypeOf, it } from 'vitest';

describe('payroll types', () => {
  it('construction input: exactly one of wage and contractValue', () => {
    expectTypeOf({ month: '2025-06', wage: 1 } as const).toExtend<ConstructionContributionInput>();
    expectTypeOf({ month: '2025-06', contractValue: 1 } as const).toExtend<ConstructionContributionInput>();
    expectTypeOf({
      month: '2025-06',
      wage: 1,
      contractValue: 1,
    } as const).not.toExtend<ConstructionContributionInput>();
    expectTypeOf({ month: '2025-06' } as const).not.toExtend<ConstructionContributionInput>();
  });

  it('construction result narrows on basedOn', () => {
    const r = constructionContribution({ month: '2025-06', wage: 1 });
    if (r.basedOn === 'wage') {
      expectTypeOf(r).toEqualTypeOf<ConstructionContributionByWage>();
      expectTypeOf(r).not.toHaveProperty('contractValue');
    } else expectTypeOf(r).toEqualTypeOf<ConstructionContributionByContractValue>();
  });

  it('schemas are InputSchemas, not zod types', () => {
    expectTypeOf(PuContributionInputSchema).toEqualTypeOf<InputSchema<PuContributionInput>>();
    expectTypeOf(PayrollMonthInputSchema).toEqualTypeOf<InputSchema<PayrollMonthInput>>();
    expectTypeOf(ConstructionContributionInputSchema).toEqualTypeOf<
      InputSchema<ConstructionContributionInput>
    >();
  });

  it('results: the JP cap indexation and a payroll month', () => {
    expectTypeOf(
      jpWageCapIndexation({ month: '2025-03', previousCap: 1, gdpGrowth: '0' }).cap,
    ).toEqualTypeOf<number>();
    const m = payrollMonth({ month: '2025-06', riskClass: 1, employees: [{ wage: 1 }] });
    expectTypeOf(m.kind).toEqualTypeOf<'payroll-month'>();
    expectTypeOf(m.byProgram.JKP).toEqualTypeOf<PuProgramTotals>();
    // @ts-expect-error a month is YYYY-MM
    payrollMonth({ month: '2025-06-01', riskClass: 1, employees: [{ wage: 1 }] });
  });
});
