import { isJamsostekError } from 'jamsostek';
import {
  disabilityRows,
  jkkBenefit,
  jkmBenefit,
  SHORT_MEMBERSHIP_VARIANTS,
  scholarshipSchedule,
} from 'jamsostek/benefits';
import { explain } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';

function invalid(fn: () => unknown): readonly (string | number)[][] {
  try {
    fn();
  } catch (e) {
    if (isJamsostekError(e) && e.code === 'INVALID_INPUT') return e.issues.map((i) => [...i.path]);
    throw e;
  }
  throw new Error('expected INVALID_INPUT');
}

const base = {
  deathDate: '2025-06-01',
  segment: 'PU',
  membershipStart: '2020-01-01',
  contributionMonths: 65,
} as const;

describe('jkmBenefit', () => {
  it('itemises the PP 82/2019 amounts, each with rule, article and confidence', () => {
    const r = jkmBenefit(base);
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
    const r = jkmBenefit({ ...base, contributionMonths: 24 });
    expect(r.total).toBe(42_000_000);
    expect(r.scholarship).toMatchObject({ status: 'not-eligible', reason: 'contribution-period-too-short' });
    expect(r.basis.notices.map((n) => n.code)).toContain('scholarship.period-too-short');
  });

  it('uses 60 months under PP 44/2015', () => {
    const r = jkmBenefit({
      ...base,
      deathDate: '2019-06-01',
      membershipStart: '2014-01-01',
      contributionMonths: 59,
    });
    expect(r.regime).toBe('PP 44/2015');
    expect(r.scholarship?.status).toBe('not-eligible');
    expect(
      jkmBenefit({ ...base, deathDate: '2019-06-01', membershipStart: '2014-01-01', contributionMonths: 60 })
        .scholarship?.status,
    ).toBe('eligible');
  });

  it('defers all but the funeral cost for a BPU in arrears up to 3 months, and prices the arrears', () => {
    const r = jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 2 });
    expect(r.status).toBe('deferred');
    if (r.status !== 'deferred') return;
    expect(r.items.map((i) => i.item)).toEqual(['jkm.funeral']);
    expect(r.deferred.map((i) => i.item)).toEqual(['jkm.lump-sum', 'jkm.periodic']);
    // Two months (2025-04, 2025-05) of JKK Rp10.000 + JKM Rp6.800 at the lowest level.
    expect(r.arrears).toEqual({ months: 2, monthsOwed: ['2025-04', '2025-05'], amount: 2 * 16_800 });
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
    const r = jkmBenefit(short);
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

  it('counts 3 months to the day before the anniversary', () => {
    const s = { ...base, membershipStart: '2025-03-01', contributionMonths: 3 } as const;
    expect(jkmBenefit({ ...s, deathDate: '2025-05-31' }).total).toBe(10_000_000);
    expect(jkmBenefit({ ...s, deathDate: '2025-06-01' }).total).toBe(42_000_000);
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
    const r = jkmBenefit({ ...base, children: [{ birthDate: '2010-01-01', level: 'SMA', yearInLevel: 2 }] });
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
    expect(invalid(() => jkmBenefit({ ...base, deathDate: '2019-01-01' }))).toContainEqual(['deathDate']);
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
    expect(() => jkmBenefit({ ...base, deathDate: '2015-06-30', membershipStart: '2014-01-01' })).toThrow(
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
    const r = jkkBenefit({ ...pu, stmbMonths: 14 });
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
    expect(invalid(() => jkkBenefit({ ...pu, disabilities: [{ row: 'tail' }] }))).toContainEqual([
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
    const r = jkkBenefit({ ...pu, death: true, claimJkm: true });
    expect(r.total).toBe(240_000_000 + 10_000_000 + 12_000_000);
    expect(r.excluded).toEqual([{ benefit: 'JKM', reason: 'jkk-death-excludes-jkm' }]);
  });

  it('gives the scholarship without a minimum period for death or total disability', () => {
    const r = jkkBenefit({ ...pu, totalDisability: true, children: [{ birthDate: '2022-01-01' }] });
    expect(r.scholarship?.total).toBe(87_000_000);
    expect(r.total).toBe(292_000_000);
  });

  it('caps home care and devices, and says what was not covered before PP 82/2019', () => {
    const r = jkkBenefit({
      ...pu,
      homeCare: { months: 14, cost: 25_000_000 },
      devices: { dentures: 6_000_000, hearingAid: 1_000_000, glasses: 2_000_000 },
    });
    expect(r.items.map((i) => i.amount)).toEqual([20_000_000, 5_000_000, 1_000_000, 1_000_000]);
    expect(r.basis.notices.map((n) => n.code)).toContain('jkk.home-care.months');
    const old = jkkBenefit({
      ...pu,
      eventDate: '2018-01-01',
      homeCare: { months: 1, cost: 1_000_000 },
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
    const bpu = { eventDate: '2026-03-10', segment: 'BPU', wage: 1_000_000, stmbMonths: 1 } as const;
    const r = jkkBenefit({ ...bpu, arrearsMonths: 3 });
    expect(r.status).toBe('deferred');
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
    const r = scholarshipSchedule({ eventDate: '2025-06-01', cause: 'total-disability', children: two });
    expect(r.status).toBe('eligible');
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
    const r = scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'work-accident-death',
      children: [
        { birthDate: '2005-01-01', level: 'university' },
        { birthDate: '2010-01-01', level: 'SMA', stopDate: '2027-01-01' },
      ],
    });
    expect(r.children[0]?.stoppedBy).toBe('age-limit');
    expect(r.children[1]).toMatchObject({ stoppedBy: 'stop-date', total: 6_000_000 });
  });

  it('starts when a young child enters school', () => {
    const r = scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'work-accident-death',
      children: [{ birthDate: '2024-01-01', startDate: '2029-07-15' }],
    });
    expect(r.children[0]?.years[0]?.date).toBe('2029-07-15');
    // 19 school years from age 5½ reach 23 in the last year: 87.000.000 − 12.000.000.
    expect(r.total).toBe(75_000_000);
    expect(r.children[0]?.stoppedBy).toBe('age-limit');
  });

  it('pays Rp12.000.000 once under PP 44/2015', () => {
    const r = scholarshipSchedule({
      eventDate: '2018-05-01',
      cause: 'work-accident-death',
      children: [{ birthDate: '2010-01-01' }],
    });
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

describe('disabilityRows', () => {
  it('lists rows with their source and confidence', () => {
    const rows = disabilityRows('2025-06-01');
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(['C', 'U']).toContain(r.confidence);
      expect(r.citations.length).toBeGreaterThan(0);
    }
    expect(disabilityRows('2015-01-01')).toEqual([]);
  });
});

describe('explanations', () => {
  it('render every step and notice from the catalogue, in both languages', () => {
    const results = [
      jkmBenefit(base),
      jkmBenefit({ ...base, heirs: false }),
      jkmBenefit({ ...base, workRelated: true }),
      jkmBenefit({ ...base, segment: 'BPU', arrearsMonths: 4 }),
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
        homeCare: { months: 13, cost: 1 },
        devices: { dentures: 1, hearingAid: 1, glasses: 1 },
        totalDisability: true,
        children: [{ birthDate: '2010-01-01', stopDate: '2026-01-01' }],
        arrearsMonths: 5,
      }),
      jkkBenefit({
        ...pu,
        eventDate: '2018-01-01',
        homeCare: { months: 1, cost: 1 },
        devices: { hearingAid: 1, glasses: 1 },
      }),
      jkkBenefit({ ...pu, death: true, claimJkm: true, claimDate: '2040-01-01' }),
      jkkBenefit({ eventDate: '2026-03-10', segment: 'BPU', wage: 1_000_000, arrearsMonths: 5 }),
      jkkBenefit({ eventDate: '2026-03-10', segment: 'BPU', wage: 1_000_000, death: true, arrearsMonths: 1 }),
      scholarshipSchedule({
        eventDate: '2018-06-01',
        cause: 'non-work-death',
        contributionMonths: 10,
        children: [],
      }),
      scholarshipSchedule({ eventDate: '2018-06-01', cause: 'total-disability', children: [] }),
    ];
    for (const r of results) {
      for (const lang of ['id', 'en'] as const) {
        const text = explain(r, { lang }).join('\n');
        expect(text).not.toMatch(/\{|undefined|NaN/);
      }
    }
  });
});
