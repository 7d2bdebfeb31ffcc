import { isJamsostekError } from 'jamsostek';
import {
  type BenefitItem,
  DisabilityTableInputSchema,
  type DisabilityTableResult,
  disabilityTable,
  type JkkBenefitInput,
  JkkBenefitInputSchema,
  type JkkBenefitResult,
  type JkmBenefitInput,
  JkmBenefitInputSchema,
  type JkmBenefitResult,
  jkkBenefit,
  jkmBenefit,
  type ScholarshipScheduleResult,
  SHORT_MEMBERSHIP_VARIANTS,
  scholarshipSchedule,
} from 'jamsostek/benefits';
import { explain } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { benefitMessages } from '../../src/explain/messages/benefits.ts';
import { issuesOf, thrown } from '../helpers.ts';

function invalid(fn: () => unknown): readonly (string | number)[][] {
  try {
    fn();
  } catch (e) {
    if (isJamsostekError(e) && e.code === 'INVALID_INPUT') return e.issues.map((i) => [...i.path]);
    throw e;
  }
  throw new Error('expected INVALID_INPUT');
}

/** Asserts the status of a result and narrows it to that outcome. */
function expectStatus<R extends { readonly status: string }, S extends R['status']>(
  r: R,
  status: S,
): Extract<R, { readonly status: S }> {
  expect(r.status).toBe(status);
  return r as Extract<R, { readonly status: S }>;
}

/** An input that does not type-check, to test the run-time validation. */
const untypedJkk = (v: unknown): JkkBenefitInput => v as JkkBenefitInput;
const untypedJkm = (v: unknown): JkmBenefitInput => v as JkmBenefitInput;

const base = {
  eventDate: '2025-06-01',
  segment: 'PU',
  membershipStart: '2020-01-01',
  contributionMonths: 65,
} as const;

describe('jkmBenefit', () => {
  it('itemises the PP 82/2019 amounts, each with rule, article and confidence', () => {
    const r = expectStatus(jkmBenefit(base), 'paid');
    expect(r.regime).toBe('PP 82/2019');
    expect(r.items.map((i) => [i.item, i.amount])).toEqual([
      ['jkm.lump-sum', 20_000_000],
      ['jkm.periodic', 12_000_000],
      ['jkm.funeral', 10_000_000],
    ]);
    for (const i of r.items) {
      expect(i.citations[0]?.instrument).toBe('PP 82/2019');
      expect(i.citations[0]?.article).toMatch(/^Pasal 34/);
      expect(i.confidence).toBe('A');
    }
    expect(r.scholarship?.status).toBe('eligible');
  });

  it('refuses the scholarship below 36 months, with the reason', () => {
    const r = expectStatus(jkmBenefit({ ...base, contributionMonths: 24 }), 'paid');
    expect(r.total).toBe(42_000_000);
    expect(r.scholarship).toMatchObject({ status: 'not-eligible', reason: 'contribution-period-too-short' });
    expect(r.basis.notices.map((n) => n.code)).toContain('scholarship.period-too-short');
  });

  it('uses 60 months under PP 44/2015', () => {
    const r = expectStatus(
      jkmBenefit({
        ...base,
        eventDate: '2019-06-01',
        membershipStart: '2014-01-01',
        contributionMonths: 59,
      }),
      'paid',
    );
    expect(r.regime).toBe('PP 44/2015');
    expect(r.scholarship?.status).toBe('not-eligible');
    expect(
      expectStatus(
        jkmBenefit({
          ...base,
          eventDate: '2019-06-01',
          membershipStart: '2014-01-01',
          contributionMonths: 60,
        }),
        'paid',
      ).scholarship?.status,
    ).toBe('eligible');
  });

  it('defers all but the funeral cost for a BPU in arrears up to 3 months, and prices the arrears', () => {
    const r = expectStatus(jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 2 }), 'deferred');
    expect(r.items.map((i) => i.item)).toEqual(['jkm.funeral']);
    expect(r.deferred.map((i) => i.item)).toEqual(['jkm.lump-sum', 'jkm.periodic']);
    // Two months (2025-04, 2025-05) of JKK Rp10.000 + JKM Rp6.800 at the lowest level.
    expect(r.arrears).toEqual({ monthCount: 2, monthsOwed: ['2025-04', '2025-05'], amount: 2 * 16_800 });
    // Priced at the declared income: JKK 1 % × Rp2.000.000 = Rp20.000 (the rulebook's rate for a level
    // outside the verified table) + JKM Rp6.800, for 2 months = Rp53.600.
    const higher = expectStatus(
      jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 2, declaredIncome: 2_000_000 }),
      'deferred',
    );
    expect(higher.arrears.amount).toBe(2 * (20_000 + 6_800));
  });

  it('pays nothing for a BPU more than 3 months in arrears', () => {
    const r = jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 4 });
    expect(r).toMatchObject({ status: 'not-eligible', reason: 'arrears-over-limit', total: 0 });
  });

  it('tells a PU family that the employer in arrears pays first', () => {
    const r = jkmBenefit({ ...base, arrearsMonths: 5 });
    expect(r.total).toBe(42_000_000);
    expect(r.basis.notices.map((n) => n.code)).toContain('jkm.employer-pays-first');
  });

  it('applies the short-membership rule by default (C) and its variants through the rulebook', () => {
    const short = { ...base, segment: 'BPU', membershipStart: '2025-04-15', contributionMonths: 1 } as const;
    const r = expectStatus(jkmBenefit(short), 'paid');
    expect(r.shortMembership).toBe(true);
    expect(r.total).toBe(10_000_000);
    expect(r.confidence).toBe('C');
    expect(r.scholarship).toBeUndefined();
    const letter = explain(r).join('\n');
    expect(letter).toContain('hanya Rp10.000.000');
    expect(letter).not.toMatch(/\{|undefined/);
    const v = withRules(OFFICIAL_RULEBOOK, [SHORT_MEMBERSHIP_VARIANTS['bpu-8-plus-2']], 'v');
    const r2 = jkmBenefit({ ...short, rulebook: v });
    expect(r2.items.map((i) => i.amount)).toEqual([8_000_000, 2_000_000]);
    expect(jkmBenefit({ ...short, segment: 'PU', rulebook: v }).total).toBe(42_000_000);
    const none = withRules(OFFICIAL_RULEBOOK, [SHORT_MEMBERSHIP_VARIANTS.none], 'none');
    expect(jkmBenefit({ ...short, rulebook: none }).total).toBe(42_000_000);
    const fa = withRules(OFFICIAL_RULEBOOK, [SHORT_MEMBERSHIP_VARIANTS['funeral-all']], 'fa');
    expect(jkmBenefit({ ...short, segment: 'PU', rulebook: fa }).total).toBe(10_000_000);
  });

  it('accepts a short-membership overlay only for every participant or one segment', () => {
    const scoped = (scope: string) =>
      withRules(
        OFFICIAL_RULEBOOK,
        [
          {
            id: 'jkm.short-membership',
            mode: 'replace',
            versions: [
              {
                from: '2025-02-24',
                value: { months: 3, lumpSum: 0, funeral: 10_000_000, scope: scope as 'all' },
                citations: [{ instrument: 'scenario', article: 'scope' }],
                confidence: 'U',
              },
            ],
          },
        ],
        'scoped',
      );
    const pu = scoped('PU');
    // PU only: a BPU dying within 3 months gets the full PP 82/2019 benefit, a PU Rp10.000.000.
    expect(
      jkmBenefit({ ...base, membershipStart: '2025-04-15', contributionMonths: 1, rulebook: pu }).total,
    ).toBe(10_000_000);
    expect(
      jkmBenefit({
        ...base,
        segment: 'BPU',
        membershipStart: '2025-04-15',
        contributionMonths: 1,
        rulebook: pu,
      }).total,
    ).toBe(42_000_000);
    expect(thrown(() => scoped('informal')).code).toBe('INVALID_RULEBOOK');
  });

  it('counts 3 months to the day before the anniversary', () => {
    const s = { ...base, membershipStart: '2025-03-01', contributionMonths: 3 } as const;
    expect(jkmBenefit({ ...s, eventDate: '2025-05-31' }).total).toBe(10_000_000);
    expect(jkmBenefit({ ...s, eventDate: '2025-06-01' }).total).toBe(42_000_000);
  });

  it('gives the funeral cost to whoever arranged the burial when there are no heirs', () => {
    const r = jkmBenefit({ ...base, heirs: false });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      item: 'jkm.funeral',
      recipient: 'burial-organiser',
      amount: 10_000_000,
    });
    expect(explain(r).join('\n')).toContain('pihak yang mengurus pemakaman');
  });

  it('pays JKK, not JKM, for a work-related death', () => {
    const r = jkmBenefit({ ...base, workRelated: true });
    expect(r).toMatchObject({ status: 'not-eligible', reason: 'work-related-death', total: 0 });
  });

  it('includes the children schedule', () => {
    const r = expectStatus(
      jkmBenefit({ ...base, children: [{ birthDate: '2010-01-01', level: 'SMA', yearInLevel: 2 }] }),
      'paid',
    );
    // SMA years 2 and 3 (2 × 3.000.000), then university at 17, 18, 19, 20, 21 (5 × 12.000.000).
    expect(r.scholarship?.total).toBe(2 * 3_000_000 + 5 * 12_000_000);
  });

  it('reads like a letter in Indonesian and in English', () => {
    const id = explain(jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 2 }), { lang: 'id' }).join('\n');
    expect(id).toContain('Kepada ahli waris');
    expect(id).toContain('setelah ahli waris melunasi tunggakan iuran Rp33.600');
    expect(id).not.toMatch(/\{|undefined/);
    const en = explain(jkmBenefit({ ...base, contributionMonths: 12 }), { lang: 'en' }).join('\n');
    expect(en).toContain('No scholarship: 12 months');
  });

  it('rejects a death before membership and negative months', () => {
    expect(invalid(() => jkmBenefit({ ...base, eventDate: '2019-01-01' }))).toContainEqual(['eventDate']);
    expect(invalid(() => jkmBenefit({ ...base, contributionMonths: -1 }))).toContainEqual([
      'contributionMonths',
    ]);
    expect(invalid(() => jkmBenefit({ ...base, arrearsMonths: 1.5 }))).toContainEqual(['arrearsMonths']);
    expect(
      invalid(() =>
        jkmBenefit({ ...base, membershipStart: '2025-05-20', contributionMonths: 0, arrearsMonths: 2 }),
      ),
    ).toContainEqual(['arrearsMonths']);
  });

  it('asks which children when more than 2 are named', () => {
    const children = [
      { birthDate: '2010-01-01' },
      { birthDate: '2012-01-01' },
      { birthDate: '2014-01-01' },
    ] as const;
    expect(invalid(() => jkmBenefit({ ...base, children }))).toContainEqual(['children']);
  });

  it('has no rule before 2015-07-01', () => {
    expect(() => jkmBenefit({ ...base, eventDate: '2015-06-30', membershipStart: '2014-01-01' })).toThrow(
      /not in force/,
    );
  });
});

const pu = { eventDate: '2026-03-10', segment: 'PU', wage: 5_000_000 } as const;

describe('jkkBenefit', () => {
  it('states medical care without a ceiling', () => {
    const r = jkkBenefit(pu);
    expect(r.medicalCare).toBe('as-needed-no-ceiling');
    expect(explain(r).join('\n')).toContain('tanpa batas biaya');
  });

  it('caps transport per mode', () => {
    const r = jkkBenefit({ ...pu, transport: { land: 6_000_000, sea: 1_000_000, air: 12_000_000 } });
    expect(r.items.map((i) => i.amount)).toEqual([5_000_000, 1_000_000, 10_000_000]);
    const old = jkkBenefit({ ...pu, eventDate: '2018-01-01', transport: { land: 6_000_000 } });
    expect(old.items[0]).toMatchObject({ amount: 1_000_000, confidence: 'C' });
  });

  it('builds the STMB schedule by months', () => {
    const r = expectStatus(jkkBenefit({ ...pu, stmbMonths: 14 }), 'paid');
    expect(r.stmb).toEqual([
      { fromMonth: 1, toMonth: 12, rate: '1', monthly: 5_000_000, amount: 60_000_000 },
      { fromMonth: 13, toMonth: 14, rate: '0.5', monthly: 2_500_000, amount: 5_000_000 },
    ]);
    // PP 44/2015 (C): 6 × 5.000.000 + 6 × 3.750.000 + 2 × 2.500.000.
    expect(jkkBenefit({ ...pu, eventDate: '2018-01-01', stmbMonths: 14 }).total).toBe(
      30_000_000 + 22_500_000 + 5_000_000,
    );
    expect(jkkBenefit({ ...pu, stmbMonths: 3 }).total).toBe(15_000_000);
  });

  it('swaps right and left for a left-handed worker', () => {
    const r = jkkBenefit({ ...pu, disabilities: [{ row: 'arm-shoulder', side: 'right', leftHanded: true }] });
    expect(r.total).toBe(140_000_000); // 35 % × 80 × 5.000.000
    expect(jkkBenefit({ ...pu, disabilities: [{ row: 'arm-shoulder', side: 'left' }] }).total).toBe(
      140_000_000,
    );
  });

  it('uses single-percentage rows and warns on combined disabilities and U rows', () => {
    const r = jkkBenefit({ ...pu, disabilities: [{ row: 'sight-one-eye' }, { row: 'big-toe' }] });
    expect(r.total).toBe(140_000_000 + 20_000_000);
    const codes = r.basis.notices.map((n) => n.code);
    expect(codes).toContain('jkk.disability.combined');
    expect(codes).toContain('rule.unverified');
    expect(r.confidence).toBe('U');
  });

  it('rejects an unknown row and a missing side', () => {
    expect(invalid(() => jkkBenefit(untypedJkk({ ...pu, disabilities: [{ row: 'tail' }] })))).toContainEqual([
      'disabilities',
      0,
      'row',
    ]);
    expect(invalid(() => jkkBenefit({ ...pu, disabilities: [{ row: 'thumb' }] }))).toContainEqual([
      'disabilities',
      0,
      'side',
    ]);
    expect(invalid(() => jkkBenefit({ ...pu, death: true, totalDisability: true }))).toContainEqual([
      'totalDisability',
    ]);
    expect(invalid(() => jkkBenefit({ ...pu, claimDate: '2026-01-01' }))).toContainEqual(['claimDate']);
    expect(
      invalid(() => jkkBenefit({ ...pu, disabilities: [{ row: 'thumb', functionLost: '1.5' }] })),
    ).toContainEqual(['disabilities', 0, 'functionLost']);
  });

  it('pays JKK death and refuses JKM with a reason when both are asked', () => {
    const r = expectStatus(jkkBenefit({ ...pu, death: true, claimJkm: true }), 'paid');
    expect(r.total).toBe(240_000_000 + 10_000_000 + 12_000_000);
    expect(r.excluded).toEqual([{ benefit: 'JKM', reason: 'jkk-death-excludes-jkm' }]);
  });

  it('gives the scholarship without a minimum period for death or total disability', () => {
    const r = expectStatus(
      jkkBenefit({ ...pu, totalDisability: true, children: [{ birthDate: '2022-01-01' }] }),
      'paid',
    );
    expect(r.scholarship?.total).toBe(87_000_000);
    expect(r.total).toBe(292_000_000);
  });

  it('caps home care and devices, and says what was not covered before PP 82/2019', () => {
    const r = jkkBenefit({
      ...pu,
      homeCare: { monthCount: 14, cost: 25_000_000 },
      devices: { dentures: 6_000_000, hearingAid: 1_000_000, glasses: 2_000_000 },
    });
    expect(r.items.map((i) => i.amount)).toEqual([20_000_000, 5_000_000, 1_000_000, 1_000_000]);
    expect(r.basis.notices.map((n) => n.code)).toContain('jkk.home-care.months');
    const old = jkkBenefit({
      ...pu,
      eventDate: '2018-01-01',
      homeCare: { monthCount: 1, cost: 1_000_000 },
      devices: { dentures: 1_000_000, hearingAid: 1_000_000, glasses: 1_000_000 },
    });
    expect(old.items.map((i) => i.amount)).toEqual([1_000_000]);
    expect(old.basis.notices.filter((n) => n.code.startsWith('jkk.not-covered.'))).toHaveLength(3);
  });

  it('lapses claims after 2 years (before 2019-12-02) or 5 years', () => {
    expect(jkkBenefit({ ...pu, eventDate: '2018-01-01', claimDate: '2020-01-01' })).toMatchObject({
      status: 'not-eligible',
      reason: 'claim-lapsed',
    });
    expect(jkkBenefit({ ...pu, claimDate: '2031-03-09' }).status).toBe('paid');
    expect(jkkBenefit({ ...pu, claimDate: '2031-03-10' }).status).toBe('not-eligible');
  });

  it('applies PP 44/2015 Pasal 39 to a BPU in arrears', () => {
    const bpu = {
      eventDate: '2026-03-10',
      segment: 'BPU',
      declaredIncome: 1_000_000,
      stmbMonths: 1,
    } as const;
    const r = expectStatus(jkkBenefit({ ...bpu, arrearsMonths: 3 }), 'deferred');
    expect(r.medicalCare).toBe('as-needed-no-ceiling');
    expect(r.payableNow).toBe(0);
    expect(r.deferredTotal).toBe(1_000_000);
    expect(explain(r).join('\n')).toContain('dinyatakan sembuh');
    expect(jkkBenefit({ ...bpu, arrearsMonths: 4 })).toMatchObject({
      status: 'not-eligible',
      reason: 'arrears-over-limit',
      medicalCare: 'none',
    });
    expect(jkkBenefit({ ...pu, arrearsMonths: 4 }).basis.notices.map((n) => n.code)).toContain(
      'jkk.employer-pays-first',
    );
  });

  it('explains in English', () => {
    const en = explain(
      jkkBenefit({ ...pu, disabilities: [{ row: 'arm-shoulder', side: 'right', functionLost: '0.5' }] }),
      {
        lang: 'en',
      },
    ).join('\n');
    expect(en).toContain('Functional partial disability');
    expect(en).not.toMatch(/\{|undefined/);
  });
});

describe('scholarshipSchedule', () => {
  const two = [{ birthDate: '2021-01-01' }, { birthDate: '2022-03-01' }] as const;

  it('lists every year of each child and sums them', () => {
    const r = expectStatus(
      scholarshipSchedule({ eventDate: '2025-06-01', cause: 'total-disability', children: two }),
      'eligible',
    );
    expect(r.children[0]?.years).toHaveLength(19);
    expect(r.children[0]?.years[0]).toEqual({
      date: '2025-06-01',
      level: 'TK-SD',
      age: 4,
      amount: 1_500_000,
    });
    expect(r.children[0]?.years[18]).toMatchObject({ date: '2043-06-01', level: 'university', age: 22 });
    expect(explain(r).join('\n')).toContain('Anak ke-2');
  });

  it('stops at the age limit and at a stop date', () => {
    const r = expectStatus(
      scholarshipSchedule({
        eventDate: '2025-06-01',
        cause: 'work-accident-death',
        children: [
          { birthDate: '2005-01-01', level: 'university' },
          { birthDate: '2010-01-01', level: 'SMA', stopDate: '2027-01-01' },
        ],
      }),
      'eligible',
    );
    expect(r.children[0]?.stoppedBy).toBe('age-limit');
    expect(r.children[1]).toMatchObject({ stoppedBy: 'stop-date', total: 6_000_000 });
  });

  it('starts when a young child enters school', () => {
    const r = expectStatus(
      scholarshipSchedule({
        eventDate: '2025-06-01',
        cause: 'work-accident-death',
        children: [{ birthDate: '2024-01-01', startDate: '2029-07-15' }],
      }),
      'eligible',
    );
    expect(r.children[0]?.years[0]?.date).toBe('2029-07-15');
    // 19 school years from age 5½ reach 23 in the last year: 87.000.000 − 12.000.000.
    expect(r.total).toBe(75_000_000);
    expect(r.children[0]?.stoppedBy).toBe('age-limit');
  });

  it('pays Rp12.000.000 once under PP 44/2015', () => {
    const r = expectStatus(
      scholarshipSchedule({
        eventDate: '2018-05-01',
        cause: 'work-accident-death',
        children: [{ birthDate: '2010-01-01' }],
      }),
      'eligible',
    );
    expect(r.total).toBe(12_000_000);
    expect(r.children[0]?.years[0]?.level).toBe('one-off');
  });

  it('refuses more children than the regime allows, and a year beyond its level', () => {
    expect(
      invalid(() =>
        scholarshipSchedule({
          eventDate: '2025-06-01',
          cause: 'total-disability',
          children: [...two, ...two],
        }),
      ),
    ).toContainEqual(['children']);
    expect(
      invalid(() =>
        scholarshipSchedule({ eventDate: '2018-06-01', cause: 'total-disability', children: two }),
      ),
    ).toContainEqual(['children']);
    expect(
      invalid(() =>
        scholarshipSchedule({
          eventDate: '2025-06-01',
          cause: 'total-disability',
          children: [{ birthDate: '2010-01-01', level: 'SMP', yearInLevel: 4 }],
        }),
      ),
    ).toContainEqual(['children', 0, 'yearInLevel']);
    expect(
      invalid(() =>
        scholarshipSchedule({
          eventDate: '2025-06-01',
          cause: 'total-disability',
          children: [{ birthDate: '2010-01-01', startDate: '2009-01-01' }],
        }),
      ),
    ).toContainEqual(['children', 0, 'startDate']);
  });

  it('requires 36 months for a non-work death', () => {
    const r = scholarshipSchedule({ eventDate: '2025-06-01', cause: 'non-work-death', children: two });
    expect(r).toMatchObject({ status: 'not-eligible', reason: 'contribution-period-too-short', total: 0 });
  });
});

describe('disabilityTable', () => {
  it('lists the 30 rows of the table with their source and confidence, as a result', () => {
    const table = disabilityTable({ asOf: '2025-06-01' });
    expect(table).toMatchObject({ kind: 'disability-table', asOf: '2025-06-01' });
    expect(table.rows).toHaveLength(30);
    for (const r of table.rows) {
      expect(['C', 'U']).toContain(r.confidence);
      expect(r.citations.length).toBeGreaterThan(0);
    }
    // Lampiran III as published by the secondary source (C): arm from the shoulder 40 % right, 35 % left.
    expect(table.rows.find((r) => r.row === 'arm-shoulder')).toMatchObject({
      value: { right: '0.4', left: '0.35' },
      confidence: 'C',
    });
    // Some rows are unverified (U), so the table as a whole is U.
    expect(table.confidence).toBe('U');
    expect(table.basis.rules).toHaveLength(30);
    expect(table.basis.steps.map((s) => s.code)).toContain('disability.row.sided');
    expect(table.basis.titleParams).toEqual({ asOf: '2025-06-01' });
  });

  it('throws RULE_NOT_IN_FORCE for a date before the table exists', () => {
    for (const asOf of ['2000-01-01', '2015-06-30'] as const) {
      const e = thrown(() => disabilityTable({ asOf }));
      expect(e.code).toBe('RULE_NOT_IN_FORCE');
      expect(e.details).toMatchObject({ at: asOf });
    }
    expect(disabilityTable({ asOf: '2015-07-01' }).rows).toHaveLength(30);
  });

  it('takes one object and rejects anything else with INVALID_INPUT', () => {
    expect(issuesOf(() => disabilityTable('2025-06-01' as never))).toEqual(['']);
    expect(issuesOf(() => disabilityTable({ asOf: '2025-02-30' as never }))).toEqual(['asOf']);
    expect(issuesOf(() => disabilityTable({ asOf: '2025-06-01', rulebook: {} as never }))).toEqual([
      'rulebook',
    ]);
    expect(DisabilityTableInputSchema.safeParse({ asOf: '2025-06-01', date: '2025-06-01' })).toMatchObject({
      success: false,
      issues: [{ path: ['date'] }],
    });
  });
});

describe('PU and BPU inputs', () => {
  it('a PU gives wage, a BPU declaredIncome; the wrong key is named', () => {
    const puWithIncome = untypedJkk({ eventDate: '2026-03-10', segment: 'PU', declaredIncome: 1_000_000 });
    expect(issuesOf(() => jkkBenefit(puWithIncome)).sort()).toEqual(['declaredIncome', 'wage']);
    const message = thrown(() => jkkBenefit(puWithIncome)).issues.find((i) => i.path[0] === 'declaredIncome');
    expect(message?.message).toContain("segment 'BPU'");
    expect(message?.message).toContain('wage');
    const bpuWithWage = untypedJkk({ eventDate: '2026-03-10', segment: 'BPU', wage: 1_000_000 });
    expect(issuesOf(() => jkkBenefit(bpuWithWage)).sort()).toEqual(['declaredIncome', 'wage']);
    const r = JkkBenefitInputSchema.safeParse(bpuWithWage);
    expect(r.success).toBe(false);
    if (!r.success) {
      const wage = r.issues.find((i) => i.path[0] === 'wage');
      expect(wage?.message).toContain("segment 'PU'");
      expect(wage?.message).toContain('declaredIncome');
    }
  });

  it('JKM takes declaredIncome only for a BPU', () => {
    expect(issuesOf(() => jkmBenefit(untypedJkm({ ...base, declaredIncome: 1_000_000 })))).toEqual([
      'declaredIncome',
    ]);
    expect(
      JkmBenefitInputSchema.safeParse({ ...base, segment: 'BPU', declaredIncome: 1_000_000 }).success,
    ).toBe(true);
  });

  it('names a missing or unknown segment', () => {
    expect(issuesOf(() => jkkBenefit(untypedJkk({ eventDate: '2026-03-10', wage: 1 })))).toEqual(['segment']);
    expect(issuesOf(() => jkmBenefit(untypedJkm({ ...base, segment: 'PBI' })))).toEqual(['segment']);
  });

  it('names the old keys deathDate, wage (BPU) and homeCare.months as unknown', () => {
    const { eventDate, ...rest } = base;
    expect(issuesOf(() => jkmBenefit(untypedJkm({ ...rest, deathDate: eventDate }))).sort()).toEqual([
      'deathDate',
      'eventDate',
    ]);
    expect(
      issuesOf(() => jkkBenefit(untypedJkk({ ...pu, homeCare: { months: 1, cost: 1 } }))).sort(),
    ).toEqual(['homeCare.monthCount', 'homeCare.months']);
  });

  it('computes a BPU JKK on the declared income', () => {
    // 60 % × 80 × Rp1.000.000 + funeral Rp10.000.000 + periodic Rp12.000.000 (PP 82/2019 Lampiran III).
    expect(
      jkkBenefit({ eventDate: '2026-03-10', segment: 'BPU', declaredIncome: 1_000_000, death: true }).total,
    ).toBe(48_000_000 + 10_000_000 + 12_000_000);
  });
});

describe('results share nothing mutable', () => {
  it('with each other or with the input', () => {
    const children = [{ birthDate: '2015-01-01' as const }];
    const input = { ...pu, stmbMonths: 14, totalDisability: true, children };
    const a = expectStatus(jkkBenefit(input), 'paid');
    const b = expectStatus(jkkBenefit(input), 'paid');
    expect(a).toEqual(b);
    expect(a.items).not.toBe(b.items);
    expect(a.stmb).not.toBe(b.stmb);
    expect(a.basis.steps).not.toBe(b.basis.steps);
    expect(a.scholarship).not.toBe(b.scholarship);
    const snapshot = JSON.parse(JSON.stringify(b));
    (a.items as BenefitItem[]).length = 0;
    (a.stmb as unknown[]).push('x');
    (a.basis.steps as unknown[]).length = 0;
    (a.basis.titleParams as Record<string, unknown>)['eventDate'] = 'x';
    expect(b).toEqual(snapshot);
    expect(jkkBenefit(input)).toEqual(snapshot);
    expect(children).toEqual([{ birthDate: '2015-01-01' }]);

    const t1 = disabilityTable({ asOf: '2025-06-01' });
    const t2 = disabilityTable({ asOf: '2025-06-01' });
    expect(t1.rows).not.toBe(t2.rows);
    expect(t1.rows[0]).not.toBe(t2.rows[0]);
    (t1.rows as unknown[]).length = 0;
    expect(disabilityTable({ asOf: '2025-06-01' }).rows).toHaveLength(30);

    const j1 = expectStatus(jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 2 }), 'deferred');
    const j2 = expectStatus(jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 2 }), 'deferred');
    expect(j1.arrears.monthsOwed).not.toBe(j2.arrears.monthsOwed);
    expect(Object.isFrozen(SHORT_MEMBERSHIP_VARIANTS.none.versions[0]?.value)).toBe(true);
  });
});

type BenefitResult = JkmBenefitResult | JkkBenefitResult | ScholarshipScheduleResult | DisabilityTableResult;

/** Every outcome of every benefit calculator, to render. */
function corpus(): BenefitResult[] {
  const lateDentures = withRules(
    OFFICIAL_RULEBOOK,
    [
      {
        id: 'jkk.dentures.cap',
        mode: 'replace',
        versions: [
          {
            from: '2019-12-02',
            value: 5_000_000,
            citations: [{ instrument: 'scenario', article: 'dentures from PP 82/2019' }],
            confidence: 'U',
          },
        ],
      },
    ],
    'late-dentures',
  );
  return [
    jkmBenefit(base),
    jkmBenefit({ ...base, heirs: false }),
    jkmBenefit({ ...base, workRelated: true }),
    jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 4 }),
    jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 2, children: [{ birthDate: '2015-01-01' }] }),
    jkmBenefit({ ...base, contributionMonths: 12 }),
    jkmBenefit({ ...base, arrearsMonths: 5, children: [{ birthDate: '2015-01-01', level: 'SMP' }] }),
    jkmBenefit({ ...base, segment: 'BPU', membershipStart: '2025-05-01', contributionMonths: 1 }),
    jkkBenefit({
      ...pu,
      transport: { land: 1, sea: 1, air: 1 },
      stmbMonths: 13,
      disabilities: [
        { row: 'thumb', side: 'left', leftHanded: true, functionLost: '0.25' },
        { row: 'smell' },
      ],
      homeCare: { monthCount: 13, cost: 1 },
      devices: { dentures: 1, hearingAid: 1, glasses: 1 },
      totalDisability: true,
      children: [{ birthDate: '2010-01-01', stopDate: '2026-01-01' }],
      arrearsMonths: 5,
    }),
    jkkBenefit({
      ...pu,
      eventDate: '2018-01-01',
      homeCare: { monthCount: 1, cost: 1 },
      devices: { hearingAid: 1, glasses: 1 },
    }),
    jkkBenefit({ ...pu, eventDate: '2018-01-01', devices: { dentures: 1 }, rulebook: lateDentures }),
    jkkBenefit({ ...pu, death: true, claimJkm: true, claimDate: '2040-01-01' }),
    jkkBenefit({ ...pu, wage: 300_000, death: true }),
    jkkBenefit({ ...pu, death: true, claimJkm: true, children: [{ birthDate: '2020-01-01' }] }),
    jkkBenefit({ eventDate: '2026-03-10', segment: 'BPU', declaredIncome: 1_000_000, arrearsMonths: 5 }),
    jkkBenefit({
      eventDate: '2026-03-10',
      segment: 'BPU',
      declaredIncome: 1_000_000,
      death: true,
      arrearsMonths: 1,
    }),
    scholarshipSchedule({
      eventDate: '2018-06-01',
      cause: 'non-work-death',
      contributionMonths: 10,
      children: [],
    }),
    scholarshipSchedule({ eventDate: '2018-06-01', cause: 'total-disability', children: [] }),
    scholarshipSchedule({
      eventDate: '2018-06-01',
      cause: 'work-accident-death',
      children: [{ birthDate: '2010-01-01' }],
    }),
    scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'non-work-death',
      contributionMonths: 40,
      children: [
        { birthDate: '2005-01-01', level: 'university' },
        { birthDate: '2012-01-01', stopDate: '2030-01-01' },
      ],
    }),
    scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'total-disability',
      children: [{ birthDate: '2024-01-01' }],
    }),
    disabilityTable({ asOf: '2025-06-01' }),
  ];
}

describe('explanations', () => {
  it('render every benefit result from jamsostek/explain in Indonesian and English, without raw codes', () => {
    for (const r of corpus()) {
      for (const lang of ['id', 'en'] as const) {
        const lines = explain(r, { lang });
        for (const line of lines) expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
        expect(lines.join('\n')).not.toMatch(/\{|undefined|NaN/);
      }
    }
  });

  it('the results above use every benefit message, and only benefit or shared ones', () => {
    const used = new Set<string>();
    for (const r of corpus()) {
      used.add(`title.${r.kind}`);
      for (const s of r.basis.steps) used.add(s.code);
      for (const n of r.basis.notices) used.add(n.code);
    }
    const benefit = Object.keys(benefitMessages).sort();
    expect(benefit.filter((c) => !used.has(c))).toEqual([]);
    expect([...used].filter((c) => !benefit.includes(c)).sort()).toEqual(['rule.unverified', 'total']);
  });
});
