/**
 * The payroll entry's result shapes: payroll months, schedules with a basis, the JP cap indexation as
 * a result, migrant and construction results, input validation with paths, and results that share
 * nothing mutable.
 */
import fc from 'fast-check';
import { explain, type JamsostekResult } from 'jamsostek/explain';
import {
  ConstructionContributionInputSchema,
  constructionContribution,
  JpWageCapIndexationInputSchema,
  jpWageCapIndexation,
  MigrantWorkerContributionInputSchema,
  migrantWorkerContribution,
  PayrollMonthInputSchema,
  PU_RESULT_PROGRAMS,
  PuContributionInputSchema,
  PuContributionScheduleInputSchema,
  PuWageBaseInputSchema,
  payrollMonth,
  puContribution,
  puContributionSchedule,
  puWageBase,
  type RiskClass,
} from 'jamsostek/payroll';
import { addMonths } from 'jamsostek/period';
import { describe, expect, it } from 'vitest';
import { issuesOf, thrown } from '../helpers.ts';

/** No explanation line falls back to a raw message code (`- some.code {…}`). */
function expectNoRawCodes(r: JamsostekResult): void {
  for (const lang of ['id', 'en'] as const)
    for (const line of explain(r, { lang })) expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
}

describe('payrollMonth', () => {
  // Three employees in June 2025 (JP cap Rp10.547.400, PP 45/2015 Pasal 29; announcement 2025).
  //
  // A: wage 5.000.000, risk class 1
  //   JKK 0,24 % × 5.000.000 = 12.000 (PP 44/2015 Pasal 16 ayat (1) huruf a), employer
  //   JKM 0,30 % × 5.000.000 = 15.000 (PP 44/2015 Pasal 18 ayat (1)), employer
  //   JHT 3,7 % × 5.000.000 = 185.000 employer, 2 % = 100.000 worker (PP 46/2015 Pasal 16 ayat (1))
  //   JP  below the cap: 2 % × 5.000.000 = 100.000 employer, 1 % = 50.000 worker (PP 45/2015 Pasal 28)
  //   employer 12.000 + 15.000 + 185.000 + 100.000 = 312.000; worker 100.000 + 50.000 = 150.000
  //
  // B: wage 12.000.000, risk class 3, JKP member
  //   JKK 0,89 % × 12.000.000 = 106.800 paid by the employer (PP 44/2015 Pasal 16 ayat (1) huruf c)
  //   JKM 0,30 % × 12.000.000 = 36.000
  //   JHT 3,7 % × 12.000.000 = 444.000 employer, 2 % = 240.000 worker
  //   JP  capped: 2 % × 10.547.400 = 210.948 employer, 1 % × 10.547.400 = 105.474 worker
  //   JKP on min(12.000.000, 5.000.000) = 5.000.000 (PP 6/2025 Pasal 11): government 0,22 % = 11.000;
  //       0,14 % = 7.000 of the employer's JKK moves to JKP, so JKK keeps 106.800 − 7.000 = 99.800;
  //       no JKM is recomposed after 7 February 2025 (the library's reading, confidence U)
  //   employer 99.800 + 36.000 + 444.000 + 210.948 + 7.000 = 797.748 (= its cash 106.800 + 36.000 +
  //   444.000 + 210.948); worker 240.000 + 105.474 = 345.474; government 11.000
  //
  // C: wage 3.000.000, risk class 5
  //   JKK 1,74 % × 3.000.000 = 52.200; JKM 0,30 % = 9.000
  //   JHT 3,7 % = 111.000 employer, 2 % = 60.000 worker; JP 2 % = 60.000 employer, 1 % = 30.000 worker
  //   employer 52.200 + 9.000 + 111.000 + 60.000 = 232.200; worker 60.000 + 30.000 = 90.000
  const june = payrollMonth({
    month: '2025-06',
    employees: [
      { id: 'A', wage: 5_000_000, riskClass: 1 },
      { id: 'B', wage: 12_000_000, riskClass: 3, jkpMember: true },
      { id: 'C', wage: 3_000_000, riskClass: 5 },
    ],
  });

  it('three employees in 2025-06: totals by side and the remittance, by hand', () => {
    expect(june.kind).toBe('payroll-month');
    expect(june.month).toBe('2025-06');
    expect(june.employees.map((e) => e.id)).toEqual(['A', 'B', 'C']);
    expect(june.employees.map((e) => [e.result.totals.employer, e.result.totals.worker])).toEqual([
      [312_000, 150_000],
      [797_748, 345_474],
      [232_200, 90_000],
    ]);
    expect(june.totals).toEqual({
      employer: 312_000 + 797_748 + 232_200, // 1.341.948, the employer's own share
      worker: 150_000 + 345_474 + 90_000, // 585.474, withheld from the wages
      government: 11_000,
      total: 1_341_948 + 585_474 + 11_000, // 1.938.422
      deferred: 0,
    });
    // What the employer transfers: its own share and what it withholds, not the government's JKP.
    expect(june.employerRemittance).toBe(1_341_948 + 585_474); // 1.927.422
  });

  it('three employees in 2025-06: totals by program, by hand', () => {
    expect(june.byProgram).toEqual({
      JKK: { employer: 12_000 + 99_800 + 52_200, worker: 0, government: 0, total: 164_000 },
      JKM: { employer: 15_000 + 36_000 + 9_000, worker: 0, government: 0, total: 60_000 },
      JHT: {
        employer: 185_000 + 444_000 + 111_000, // 740.000
        worker: 100_000 + 240_000 + 60_000, // 400.000
        government: 0,
        total: 1_140_000,
      },
      JP: {
        employer: 100_000 + 210_948 + 60_000, // 370.948
        worker: 50_000 + 105_474 + 30_000, // 185.474
        government: 0,
        total: 556_422,
      },
      JKP: { employer: 7_000, worker: 0, government: 11_000, total: 18_000 },
    });
  });

  it('carries the weakest confidence and the notices of the employees, once each', () => {
    // B's JKP reads the JKM recomposition after PP 6/2025, an open question of confidence U.
    expect(june.confidence).toBe('U');
    const codes = june.basis.notices.map((n) => n.code);
    expect(codes.filter((c) => c === 'pu.jkp.jkm-open-question')).toHaveLength(1);
    expect(codes.filter((c) => c === 'rule.unverified')).toHaveLength(1);
    expect(june.basis.rules.map((r) => r.id)).toContain('pu.jkp.government-rate');
    expect(june.basis.titleParams).toEqual({ month: '2025-06', employees: 3 });
  });

  it('explains itself in both languages: one line per employee, the three employer figures', () => {
    expectNoRawCodes(june);
    const en = explain(june, { lang: 'en' });
    expect(en[0]).toBe('BPJS Ketenagakerjaan contributions of the payroll for 2025-06, 3 employees:');
    expect(en).toContain(
      '- Employee B (wage Rp12,000,000, risk class 3): employer share Rp797,748 + withheld from the wage Rp345,474 = remitted Rp1,143,222',
    );
    expect(en).toContain("- The employer's own share (from its own money): Rp1,341,948");
    expect(en).toContain("- The workers' share the employer withholds from the wages: Rp585,474");
    expect(en).toContain(
      '- Transferred by the employer to BPJS Ketenagakerjaan (its own share + the withheld wages): Rp1,927,422',
    );
    expect(explain(june).join('\n')).toContain('Disetor pemberi kerja ke BPJS Ketenagakerjaan');
  });

  it('gives each employee exactly what puContribution gives', () => {
    expect(june.employees[1]?.result).toEqual(
      puContribution({ month: '2025-06', wage: 12_000_000, riskClass: 3, jkpMember: true }),
    );
  });

  it('applies the month’s riskClass and jkpMember to employees without their own; ids default to the index', () => {
    const m = payrollMonth({
      month: '2026-01',
      riskClass: 1,
      jkpMember: true,
      employees: [{ wage: 5_000_000 }, { wage: 5_000_000, riskClass: 2, jkpMember: false }],
    });
    expect(m.employees.map((e) => e.id)).toEqual(['0', '1']);
    // 0: class 1, JKP member: JKK 0,24 % × 5.000.000 = 12.000 of which 7.000 goes to JKP (golden case).
    expect(m.employees[0]?.result).toMatchObject({ riskClass: 1, jkp: true });
    // 1: class 2, not a member: JKK 0,54 % × 5.000.000 = 27.000.
    expect(m.employees[1]?.result).toMatchObject({ riskClass: 2, jkp: false });
    expect(m.employees[1]?.result.lines[0]).toMatchObject({ program: 'JKK', employer: 27_000 });
    expect(m.byProgram.JKP).toEqual({ employer: 7_000, worker: 0, government: 11_000, total: 18_000 });
  });

  it('sums the PP 49/2020 JP deferral: two employees in 2020-10, 2 × 148.500 deferred', () => {
    // 3 % × 5.000.000 = 150.000 of JP, 99 % deferred: 148.500 each (PP 49/2020).
    const m = payrollMonth({
      month: '2020-10',
      riskClass: 2,
      employees: [{ wage: 5_000_000 }, { wage: 5_000_000 }],
    });
    expect(m.totals.deferred).toBe(2 * 148_500);
    expect(m.basis.notices.filter((n) => n.code === 'pu.jp.deferred')).toHaveLength(1);
    expectNoRawCodes(m);
  });

  it('validates every employee row, with its index in the path, and lists every problem at once', () => {
    const paths = issuesOf(() =>
      payrollMonth({
        month: '2025-06',
        employees: [
          { id: 'x', wage: 5_000_000, riskClass: 1 },
          { wage: 5_000_000 },
          { id: 'x', wage: 5_000_000, riskClass: 1 },
          { wage: '5000000', riskClass: 9, programs: ['JHT'], extra: 1 },
        ],
      } as never),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'employees.1.riskClass', // neither its own nor the month's
        'employees.2.id', // repeats employees.0
        'employees.3.wage',
        'employees.3.riskClass',
        'employees.3.programs',
        'employees.3.extra',
      ]),
    );
    expect(issuesOf(() => payrollMonth({ month: '2025-06', employees: [] }))).toEqual(['employees']);
    expect(
      thrown(() => payrollMonth({ month: '2015-06', riskClass: 1, employees: [{ wage: 1 }] })).code,
    ).toBe('RULE_NOT_IN_FORCE');
  });

  it('totals are the exact sums of the employees’ results (property)', () => {
    const employee = fc.record({
      wage: fc.integer({ min: 1, max: 500_000_000 }),
      riskClass: fc.constantFrom<RiskClass>(1, 2, 3, 4, 5),
      jkpMember: fc.boolean(),
      laborIntensiveRelief: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 149 }).map((i) => addMonths('2015-07', i)),
        fc.array(employee, { minLength: 1, maxLength: 8 }),
        (month, employees) => {
          const m = payrollMonth({ month, employees });
          const rs = employees.map((e) => puContribution({ month, ...e }));
          for (const side of ['employer', 'worker', 'government', 'total', 'deferred'] as const)
            expect(m.totals[side]).toBe(rs.reduce((s, r) => s + r.totals[side], 0));
          expect(m.employerRemittance).toBe(rs.reduce((s, r) => s + r.employerRemittance, 0));
          for (const side of ['employer', 'worker', 'government', 'total'] as const)
            expect(PU_RESULT_PROGRAMS.reduce((s, p) => s + m.byProgram[p][side], 0)).toBe(m.totals[side]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('puContributionSchedule', () => {
  it('has from, to, byMonth and a basis: the rules of every month, one step per month, the total', () => {
    // 2027-02 is the last month of the 2026 cap; from 2027-03 the 2027 cap is due and missing (stale).
    const s = puContributionSchedule({ from: '2027-01', to: '2027-04', wage: 12_000_000, riskClass: 1 });
    expect([s.kind, s.from, s.to]).toEqual(['pu-contribution-schedule', '2027-01', '2027-04']);
    expect(s.byMonth.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04']);
    const monthSteps = s.basis.steps.filter((x) => x.code === 'schedule.month');
    expect(monthSteps.map((x) => [x.params['month'], x.amount])).toEqual(
      s.byMonth.map((m) => [m.month, m.totals.total]),
    );
    expect(s.basis.steps.at(-1)).toMatchObject({ code: 'total', amount: s.totals.total });
    // The 2026 cap version is recorded twice: current (B) for January–February, stale (U) from March.
    const caps = s.basis.rules
      .filter((r) => r.id === 'pu.jp.wage-cap')
      .map((r) => [r.from, r.confidence, r.stale?.due]);
    expect(caps).toEqual([
      ['2026-03-01', 'B', undefined],
      ['2026-03-01', 'U', '2027-03-01'],
    ]);
    // The stale-cap warnings of March and April are carried over once.
    expect(s.basis.notices.filter((n) => n.code === 'pu.jp.cap-stale')).toHaveLength(1);
    expect(s.basis.notices.filter((n) => n.code === 'rule.stale')).toHaveLength(1);
    expect(s.confidence).toBe('U');
    expect(s.basis.titleParams).toEqual({ from: '2027-01', to: '2027-04', wage: 12_000_000, riskClass: 1 });
  });

  it('renders with explain in Indonesian and English with no raw codes', () => {
    const s = puContributionSchedule({ from: '2025-01', to: '2025-03', wage: 12_000_000, riskClass: 1 });
    expectNoRawCodes(s);
    const en = explain(s, { lang: 'en' });
    expect(en[0]).toBe(
      'Contribution schedule of a wage earner, 2025-01 to 2025-03, wage Rp12,000,000, risk class 1:',
    );
    // Jan–Feb on the 2024 cap 10.042.300, March on the 2025 cap 10.547.400: JP 3 % × cap.
    // month total = JKK 28.800 + JKM 36.000 + JHT 684.000 + JP (301.269 or 316.422)
    expect(en.slice(1, 4)).toEqual([
      '- Month 2025-01: Rp1,050,069',
      '- Month 2025-02: Rp1,050,069',
      '- Month 2025-03: Rp1,065,222',
    ]);
    expect(en).toContain(`- Total: Rp${(2 * 1_050_069 + 1_065_222).toLocaleString('en-US')}`);
    expect(explain(s)[0]).toBe(
      'Jadwal iuran pekerja penerima upah, bulan 2025-01 sampai 2025-03, upah Rp12.000.000, kelompok risiko 1:',
    );
  });
});

describe('jpWageCapIndexation', () => {
  it('returns a result: the cap, the inputs, confidence C and a basis citing PP 45/2015 Pasal 29 ayat (3)', () => {
    // 10.042.300 × 1,0503 = 10.547.427,69, floored to Rp100: 10.547.400 (the published 2025 cap).
    const r = jpWageCapIndexation({ month: '2025-03', previousCap: 10_042_300, gdpGrowth: '0.0503' });
    expect(r).toMatchObject({
      kind: 'jp-wage-cap-indexation',
      month: '2025-03',
      previousCap: 10_042_300,
      gdpGrowth: '0.0503',
      cap: 10_547_400,
      confidence: 'C',
    });
    const citations = r.basis.rules.flatMap((x) => x.citations);
    expect(citations).toContainEqual({ instrument: 'PP 45/2015', article: 'Pasal 29 ayat (3) dan (4)' });
    expect(r.basis.steps).toEqual([
      {
        code: 'pu.jp.indexation.down',
        params: { previousCap: 10_042_300, growth: '0.0503', unit: 100 },
        rules: ['pu.jp.wage-cap.rounding'],
        amount: 10_547_400,
        rounding: undefined,
      },
    ]);
    expectNoRawCodes(r);
    expect(explain(r, { lang: 'en' }).join('\n')).toContain(
      'rounded down to a multiple of Rp100: Rp10,547,400 (PP 45/2015 Pasal 29 ayat (3) dan (4) [C])',
    );
  });

  it('a negative growth lowers the cap: 8.939.700 × (1 − 0,0207) = 8.754.645,21 → 8.754.600 (2021)', () => {
    expect(jpWageCapIndexation({ month: '2021-03', previousCap: 8_939_700, gdpGrowth: '-0.0207' }).cap).toBe(
      8_754_600,
    );
  });

  it('rejects bad input with paths; no rounding rule before the first indexation (2016-03)', () => {
    expect(
      issuesOf(() => jpWageCapIndexation({ month: '2025-13', previousCap: 0, gdpGrowth: '-1' } as never)),
    ).toEqual(['month', 'previousCap', 'gdpGrowth']);
    expect(thrown(() => jpWageCapIndexation({ month: '2015-12', previousCap: 1, gdpGrowth: '0' })).code).toBe(
      'RULE_NOT_IN_FORCE',
    );
  });
});

describe('migrantWorkerContribution and constructionContribution results', () => {
  it('migrant: kind, asOf, the contract and the months beyond 24 as monthCount', () => {
    // Permenaker 4/2023 Pasal 18: 37.500 + 332.500 (24 months) + 6 × 13.500 = 451.000
    const r = migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 30 });
    expect(r).toMatchObject({
      kind: 'migrant-worker-contribution',
      asOf: '2025-01-10',
      contractMonths: 30,
      prePlacement: 37_500,
      placement: 332_500,
      tierMonths: 24,
      extension: { monthCount: 6, amount: 81_000 },
      total: 451_000,
      confidence: 'B',
    });
    expect(r.basis.titleParams).toEqual({ asOf: '2025-01-10' });
    expectNoRawCodes(r);
    expectNoRawCodes(migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 9 }));
  });

  it('construction: a discriminated union on basedOn, with the PP 49/2020 relief as a ReliefOutcome', () => {
    const w = constructionContribution({ month: '2020-09', wage: 10_000_000 });
    // 1,74 % × 10.000.000 = 174.000 → 1 % = 1.740; 0,30 % = 30.000 → 300 (PP 49/2020)
    expect(w).toMatchObject({ basedOn: 'wage', wage: 10_000_000, jkk: 1_740, jkm: 300, total: 2_040 });
    expect(w.reliefs).toEqual([
      {
        relief: 'PP 49/2020',
        status: 'applied',
        discountRate: '0.99',
        programs: ['JKK', 'JKM'],
        rules: ['relief.pp49-2020.jkk-jkm'],
      },
    ]);
    const c = constructionContribution({ month: '2025-06', contractValue: 180_000_000 });
    expect(c.basedOn === 'contract-value' && c.contractValue).toBe(180_000_000);
    expect(c.reliefs).toEqual([]);
    expect('wage' in c).toBe(false);
    expectNoRawCodes(w);
    expectNoRawCodes(c);
  });

  it('construction: exactly one of wage and contractValue', () => {
    expect(
      issuesOf(() => constructionContribution({ month: '2025-06', wage: 1, contractValue: 1 } as never)),
    ).toEqual(['contractValue']);
    expect(issuesOf(() => constructionContribution({ month: '2025-06' } as never))).toEqual(['wage']);
    expect(issuesOf(() => constructionContribution({ month: '2025-06', wage: 'x' } as never))).toEqual([
      'wage',
    ]);
  });
});

describe('invalid input of every payroll function', () => {
  const cases: [string, () => unknown, string[]][] = [
    [
      'puContribution',
      () => puContribution({ month: '2025-06', wage: '1', riskClass: 1 } as never),
      ['wage'],
    ],
    [
      'puContributionSchedule',
      () => puContributionSchedule({ from: 202501, to: '2025-03', wage: 1, riskClass: '1' } as never),
      ['from', 'riskClass'],
    ],
    [
      'puWageBase',
      () => puWageBase({ payBasis: 'daily', month: '2025-06', dailyWage: '150000' } as never),
      ['dailyWage'],
    ],
    [
      'jpWageCapIndexation',
      () => jpWageCapIndexation({ month: '2025-03', previousCap: '1', gdpGrowth: 0.05 } as never),
      ['previousCap', 'gdpGrowth'],
    ],
    [
      'payrollMonth',
      () =>
        payrollMonth({ month: '2025-06', riskClass: 1, employees: [{ wage: 1 }, { wage: true }] } as never),
      ['employees.1.wage'],
    ],
    [
      'migrantWorkerContribution',
      () => migrantWorkerContribution({ asOf: 20250110, contractMonths: '24' } as never),
      ['asOf', 'contractMonths'],
    ],
    [
      'migrantWorkerContribution (the old date key)',
      () => migrantWorkerContribution({ date: '2025-01-10' } as never),
      ['asOf', 'date'],
    ],
    [
      'constructionContribution',
      () => constructionContribution({ month: 2025, contractValue: '1' } as never),
      ['month', 'contractValue'],
    ],
  ];
  for (const [name, call, paths] of cases)
    it(`${name}: a wrong type gives INVALID_INPUT at ${paths.join(', ')}`, () => {
      expect(issuesOf(call)).toEqual(paths);
    });

  it('a non-object input is INVALID_INPUT, never a TypeError', () => {
    for (const f of [
      puContribution,
      puContributionSchedule,
      puWageBase,
      jpWageCapIndexation,
      payrollMonth,
      migrantWorkerContribution,
      constructionContribution,
    ] as ((v: unknown) => unknown)[])
      for (const v of [null, undefined, 42, 'x', []]) expect(thrown(() => f(v)).code).toBe('INVALID_INPUT');
  });

  it('every exported schema gives the issues the function throws', () => {
    const pairs: [{ safeParse(v: unknown): { success: boolean } }, unknown][] = [
      [PuContributionInputSchema, { month: '2025-06', wage: 1, riskClass: 1 }],
      [PuContributionScheduleInputSchema, { from: '2025-01', to: '2025-02', wage: 1, riskClass: 1 }],
      [PuWageBaseInputSchema, { payBasis: 'monthly', month: '2025-01', basicWage: 1 }],
      [JpWageCapIndexationInputSchema, { month: '2025-03', previousCap: 1, gdpGrowth: '0' }],
      [PayrollMonthInputSchema, { month: '2025-06', riskClass: 1, employees: [{ wage: 1 }] }],
      [MigrantWorkerContributionInputSchema, { asOf: '2025-01-10' }],
      [ConstructionContributionInputSchema, { month: '2025-06', wage: 1 }],
    ];
    for (const [schema, good] of pairs) {
      expect(schema.safeParse(good).success).toBe(true);
      expect(schema.safeParse({ ...(good as object), extra: 1 }).success).toBe(false);
    }
    const bad = { month: '2025-06', employees: [{ wage: -1 }] };
    const r = PayrollMonthInputSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => i.path.join('.'))).toEqual(issuesOf(() => payrollMonth(bad as never)));
  });
});

describe('results share nothing mutable', () => {
  /** Changes every object and array that is not frozen, deeply. */
  function scribble(v: unknown, seen = new Set<unknown>()): void {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    for (const child of Object.values(v)) scribble(child, seen);
    if (Object.isFrozen(v)) return;
    if (Array.isArray(v)) v.push('scribbled');
    else (v as Record<string, unknown>)['scribbled'] = true;
  }

  it('with each other, across calls and within a payroll month or a schedule', () => {
    const calls: (() => JamsostekResult)[] = [
      () => puContribution({ month: '2020-10', wage: 5_000_000, riskClass: 2, jkpMember: true }),
      () => puContribution({ month: '2025-09', wage: 5_000_000, riskClass: 1, laborIntensiveRelief: true }),
      () => puContributionSchedule({ from: '2025-12', to: '2026-03', wage: 12_000_000, riskClass: 1 }),
      () => puWageBase({ payBasis: 'daily', month: '2025-06', dailyWage: 150_000 }),
      () => jpWageCapIndexation({ month: '2025-03', previousCap: 10_042_300, gdpGrowth: '0.0503' }),
      () =>
        payrollMonth({
          month: '2025-06',
          riskClass: 1,
          employees: [{ wage: 5_000_000 }, { wage: 5_000_000, jkpMember: true }],
        }),
      () => migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 30 }),
      () => constructionContribution({ month: '2020-09', contractValue: 180_000_000 }),
    ];
    for (const call of calls) {
      const before = JSON.stringify(call());
      scribble(call());
      expect(JSON.stringify(call())).toBe(before);
    }
    const m = payrollMonth({ month: '2025-06', riskClass: 1, employees: [{ wage: 1 }, { wage: 1 }] });
    const second = JSON.stringify(m.employees[1]);
    scribble(m.employees[0]);
    expect(JSON.stringify(m.employees[1])).toBe(second);
  });

  it('with the input', () => {
    const employees = [{ wage: 5_000_000, programs: ['JKK', 'JKM'] as const }];
    const m = payrollMonth({ month: '2025-06', riskClass: 1, employees });
    scribble(m);
    expect(employees).toEqual([{ wage: 5_000_000, programs: ['JKK', 'JKM'] }]);
  });
});
