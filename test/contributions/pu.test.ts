import fc from 'fast-check';
import { isJamsostekError } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import {
  constructionContribution,
  jpWageCapIndexation,
  migrantWorkerContribution,
  puContribution,
  puContributionSchedule,
  puWageBase,
  type RiskClass,
} from 'jamsostek/payroll';
import { addMonths, eachMonth } from 'jamsostek/period';
import { OFFICIAL_RULEBOOK, ruleAt, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { constructionGolden, jpCaps, migrantGolden, puGolden } from '../golden/pu.ts';

const line = (r: ReturnType<typeof puContribution>, p: string) => r.lines.find((l) => l.program === p);
function req<T>(v: T | undefined): T {
  if (v === undefined) throw new Error('missing');
  return v;
}

describe('puContribution golden cases', () => {
  for (const g of puGolden) {
    it(`${g.name} (${g.source})`, () => {
      const r = puContribution(g.input);
      for (const [program, [employer, worker, government, deferred]] of Object.entries(g.expected)) {
        const l = line(r, program);
        expect(l, program).toBeDefined();
        expect([l?.employer, l?.worker, l?.government, l?.deferred], program).toEqual([
          employer,
          worker,
          government,
          deferred,
        ]);
      }
    });
  }

  it('JP cap shown per line', () => {
    const r = puContribution({ month: '2025-06', wage: 12_000_000, riskClass: 1 });
    expect(line(r, 'JP')).toMatchObject({ base: 10_547_400, cap: 10_547_400, capped: true });
    expect(line(r, 'JHT')).toMatchObject({ base: 12_000_000, capped: false });
    expect(r.confidence).toBe('B');
  });

  it('JKP member: the employer still pays 12.000 for JKK, split 5.000 JKK + 7.000 JKP', () => {
    const r = puContribution({ month: '2026-01', wage: 5_000_000, riskClass: 1, jkpMember: true });
    expect(line(r, 'JKK')).toMatchObject({ employerCash: 12_000, employer: 5_000 });
    expect(r.recompositions).toEqual([{ from: 'JKK', to: 'JKP', amount: 7_000 }]);
    expect(r.totals.government).toBe(11_000);
    const nonMember = puContribution({ month: '2026-01', wage: 5_000_000, riskClass: 1 });
    expect(r.totals.employer).toBe(nonMember.totals.employer);
    expect(r.basis.notices.map((n) => n.code)).toContain('pu.jkp.jkm-open-question');
  });

  it('JKP before PP 6/2025 also takes 0,10 % from JKM, capped at 5.000.000', () => {
    const r = puContribution({ month: '2024-06', wage: 8_000_000, riskClass: 2, jkpMember: true });
    // JKK 0,54 % × 8.000.000 = 43.200; JKP takes 0,14 % × 5.000.000 = 7.000 → 36.200 kept
    expect(line(r, 'JKK')).toMatchObject({ employerCash: 43_200, employer: 36_200 });
    // JKM 0,30 % × 8.000.000 = 24.000; JKP takes 0,10 % × 5.000.000 = 5.000 → 19.000 kept
    expect(line(r, 'JKM')).toMatchObject({ employerCash: 24_000, employer: 19_000 });
    expect(line(r, 'JKP')).toMatchObject({
      employer: 12_000,
      government: 11_000,
      total: 23_000,
      capped: true,
    });
  });

  it('JKP: not in force for 2021-01; contribution month 2021-02 priced wholly under PP 37/2021 (U), noticed', () => {
    const jan = puContribution({ month: '2021-01', wage: 5_000_000, riskClass: 1, jkpMember: true });
    expect(jan.jkp).toBe(false);
    expect(jan.basis.notices.map((n) => n.code)).toContain('pu.jkp.not-in-force');
    // PP 37/2021 took effect on 2 February 2021; the library prices the whole month February 2021 under it.
    const feb = puContribution({ month: '2021-02', wage: 5_000_000, riskClass: 1, jkpMember: true });
    expect(feb.jkp).toBe(true);
    expect(feb.confidence).toBe('U');
    expect(feb.basis.notices.map((n) => n.code)).toContain('pu.jkp.transition-month');
  });

  it('PP 49/2020: JP deferral with its repayment window', () => {
    const r = puContribution({ month: '2020-10', wage: 5_000_000, riskClass: 2 });
    expect(r.deferral).toEqual({
      program: 'JP',
      employer: 99_000,
      worker: 49_500,
      total: 148_500,
      repaymentStart: '2021-05-15',
      repaymentEnd: '2022-04-15',
    });
    expect(line(r, 'JKK')).toMatchObject({ fullAmount: 27_000, relief: 26_730 });
    expect(r.totals.deferred).toBe(148_500);
  });

  it('PP 7/2025 labour-intensive relief only when claimed and in force', () => {
    // class 3: 0,445 % × 10.000.000 = 44.500 instead of 89.000
    const r = puContribution({
      month: '2025-09',
      wage: 10_000_000,
      riskClass: 3,
      laborIntensiveRelief: true,
    });
    expect(line(r, 'JKK')).toMatchObject({ employerCash: 44_500, relief: 44_500 });
    const member = puContribution({
      month: '2025-09',
      wage: 5_000_000,
      riskClass: 1,
      laborIntensiveRelief: true,
      jkpMember: true,
    });
    // class 1: 0,12 % × 5.000.000 = 6.000, all of it recomposed to JKP (PP 7/2025 Pasal 9)
    expect(line(member, 'JKK')).toMatchObject({ employerCash: 6_000, employer: 0 });
    expect(line(member, 'JKP')).toMatchObject({ employer: 6_000 });
    const off = puContribution({
      month: '2026-02',
      wage: 10_000_000,
      riskClass: 3,
      laborIntensiveRelief: true,
    });
    expect(line(off, 'JKK')?.employerCash).toBe(89_000);
    expect(off.basis.notices.map((n) => n.code)).toContain('pu.pp7.not-in-force');
  });

  it('2026 cap: 11.086.300 from 2026-03 (circular B/1226/022026), overridable', () => {
    const r = puContribution({ month: '2026-06', wage: 12_000_000, riskClass: 1 });
    expect(line(r, 'JP')?.base).toBe(11_086_300);
    expect(r.confidence).toBe('B');
    expect(r.basis.notices.map((n) => n.code)).not.toContain('pu.jp.cap-unverified');
    const rb = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'pu.jp.wage-cap',
        versions: [
          {
            from: '2026-03-01',
            value: 11_000_000,
            confidence: 'U',
            citations: [{ instrument: 'x', article: 'y' }],
          },
        ],
      },
    ]);
    const what = puContribution({ month: '2026-06', wage: 12_000_000, riskClass: 1, rulebook: rb });
    expect(line(what, 'JP')?.base).toBe(11_000_000);
    expect(what.basis.notices.find((n) => n.code === 'pu.jp.cap-unverified')?.level).toBe('warning');
  });

  it('programs subset and explanation in both languages', () => {
    const r = puContribution({ month: '2024-06', wage: 4_000_000, riskClass: 5, programs: ['JKK', 'JKM'] });
    expect(r.lines.map((l) => l.program)).toEqual(['JKK', 'JKM']);
    for (const lang of ['id', 'en'] as const) {
      const text = explain(puContribution(req(puGolden[6]).input), { lang }).join('\n');
      expect(text).not.toMatch(/pu\.[a-z.]+ \{/);
    }
  });

  it('invalid input lists every problem', () => {
    try {
      puContribution({ month: '2015-13' as never, wage: 0.5, riskClass: 6 as RiskClass });
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.code).toBe('INVALID_INPUT');
      const paths = (e as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['month', 'wage', 'riskClass']));
    }
    expect(() => puContribution({ month: '2025-01', wage: -1, riskClass: 1 })).toThrow(/wage/);
    expect(() => puContribution({ month: '2025-01', wage: 1, riskClass: 1, programs: ['JHT'] })).toThrow();
    expect(() => puContribution({ month: '2015-06', wage: 1, riskClass: 1 })).toThrow(/not in force/);
  });
});

describe('JP cap', () => {
  it('every published cap is in force from its month and until the next', () => {
    for (const [month, cap] of jpCaps) {
      expect(ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', month).value, month).toBe(cap);
      if (month !== '2015-07')
        expect(ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', addMonths(month, -1)).value).not.toBe(cap);
    }
    expect(ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', '2026-03').confidence).toBe('B');
    // The 2027 cap is due from March 2027 and not published: the 2026 cap, stale.
    expect(ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', '2027-02').confidence).toBe('B');
    expect(ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', '2027-03')).toMatchObject({
      value: 11_086_300,
      confidence: 'U',
      stale: { due: '2027-03-01' },
    });
  });

  it('PP 45/2015 Pasal 29 indexation reproduces every published cap from the cited GDP growth', () => {
    for (let i = 1; i < jpCaps.length; i++) {
      const [month, cap] = req(jpCaps[i]);
      const growth = ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.gdp-growth', month).value;
      expect(
        jpWageCapIndexation({ month, previousCap: req(jpCaps[i - 1])[1], gdpGrowth: growth.growth }).cap,
        month,
      ).toBe(cap);
    }
  });

  it('indexation rejects bad input', () => {
    expect(() => jpWageCapIndexation({ month: '2025-03', previousCap: -5, gdpGrowth: 'x' })).toThrow(
      /previousCap.*gdpGrowth|gdpGrowth/,
    );
  });
});

describe('schedule', () => {
  it('a year where the cap changes in March', () => {
    const y = puContributionSchedule({ from: '2024-01', to: '2024-12', wage: 12_000_000, riskClass: 1 });
    expect(y.byMonth).toHaveLength(12);
    // JP: 2 months × 3 % × 9.559.600 (286.788) + 10 × 3 % × 10.042.300 (301.269)
    expect(y.totalByProgram.JP).toBe(2 * 286_788 + 10 * 301_269);
    expect(y.totals.total).toBe(y.totals.employer + y.totals.worker + y.totals.government);
    expect(() => puContributionSchedule({ from: '2024-02', to: '2024-01', wage: 1, riskClass: 1 })).toThrow();
  });
});

describe('wage base (PP 44/2015 Pasal 19)', () => {
  it('monthly, daily, piece-rate and weather-bound', () => {
    expect(
      puWageBase({ payBasis: 'monthly', month: '2025-01', basicWage: 4_000_000, fixedAllowances: 500_000 })
        .wage,
    ).toBe(4_500_000);
    expect(puWageBase({ payBasis: 'monthly', month: '2025-01', basicWage: 4_000_000 }).wage).toBe(4_000_000);
    expect(puWageBase({ payBasis: 'daily', month: '2025-01', dailyWage: 150_000 }).wage).toBe(3_750_000);
    expect(puWageBase({ payBasis: 'piece-rate', month: '2025-01', lastMonths: [1, 1, 2] }).wage).toBe(1);
    expect(
      puWageBase({ payBasis: 'piece-rate-weather', month: '2025-01', lastMonths: Array(12).fill(1_200_000) })
        .wage,
    ).toBe(1_200_000);
    expect(() => puWageBase({ payBasis: 'piece-rate', month: '2025-01', lastMonths: [1, 2] })).toThrow(
      /exactly 3/,
    );
    expect(
      explain(puWageBase({ payBasis: 'daily', month: '2025-01', dailyWage: 1 }), { lang: 'en' })[1],
    ).toMatch(/× 25/);
  });
});

describe('construction and migrant workers', () => {
  for (const g of constructionGolden)
    it(`${g.name} (${g.source})`, () => {
      const r = constructionContribution(g.input);
      expect([r.jkk, r.jkm]).toEqual([g.expected.jkk, g.expected.jkm]);
    });
  it('all tiers, wages, and PP 49/2020', () => {
    // JKK 210.000 + 680.000 + 650.000 + 4.400.000 + 900.000; JKM 30.000 + 80.000 + 100.000 + 400.000 + 100.000
    const big = constructionContribution({ month: '2024-01', contractValue: 6_000_000_000 });
    expect([big.jkk, big.jkm]).toEqual([6_840_000, 710_000]);
    const w = constructionContribution({ month: '2024-01', wage: 10_000_000 });
    expect([w.jkk, w.jkm]).toEqual([174_000, 30_000]);
    const covid = constructionContribution({ month: '2020-09', contractValue: 180_000_000 });
    expect([covid.jkk, covid.jkm, covid.totalBeforeRelief]).toEqual([3_460, 460, 392_000]);
    expect(explain(big, { lang: 'en' }).join('\n')).toMatch(/above Rp5,000,000,000/);
  });
  for (const g of migrantGolden)
    it(`migrant ${g.name} (${g.source})`, () => {
      expect(migrantWorkerContribution(g.input).total).toBe(g.expected);
    });
  it('migrant contract between tiers uses the next tier with a warning; before 2023-03 not in force', () => {
    const r = migrantWorkerContribution({ asOf: '2024-01-01', contractMonths: 9, prePlacement: false });
    expect([r.total, r.tierMonths]).toEqual([189_000, 12]);
    expect(r.basis.notices[0]?.code).toBe('migrant.tier-rounded-up');
    expect(() => migrantWorkerContribution({ asOf: '2022-01-01' })).toThrow(/not in force/);
  });
});

describe('temporal sweep and properties', () => {
  it('every month 2015-07 … 2027-12, every class: one rule version, conserving', () => {
    const months = eachMonth({ from: '2015-07', to: '2027-12' });
    for (const month of months)
      for (const riskClass of [1, 2, 3, 4, 5] as const) {
        const r = puContribution({ month, wage: 9_000_000, riskClass, jkpMember: true });
        expect(r.lines.length).toBeGreaterThanOrEqual(4);
        for (const l of r.lines) expect(l.employer + l.worker + l.government).toBe(l.total);
      }
  });

  const arb = fc.record({
    month: fc.integer({ min: 0, max: 149 }).map((i) => addMonths('2015-07', i)),
    wage: fc.integer({ min: 1, max: 2_000_000_000 }),
    riskClass: fc.constantFrom<RiskClass>(1, 2, 3, 4, 5),
    jkpMember: fc.boolean(),
    laborIntensiveRelief: fc.boolean(),
  });

  it('employer + worker + government = total per program; cash conserved by recomposition', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const r = puContribution(input);
        for (const l of r.lines) expect(l.employer + l.worker + l.government).toBe(l.total);
        const cash = r.lines.reduce((s, l) => s + l.employerCash, 0);
        expect(cash).toBe(r.totals.employer);
        const plain = puContribution({ ...input, jkpMember: false });
        expect(r.totals.employer).toBe(plain.totals.employer);
      }),
    );
  });

  it('JP never exceeds 3 % of the cap; JHT/JKK/JKM scale with the wage without a cap', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const r = puContribution({ ...input, laborIntensiveRelief: false, jkpMember: false });
        const cap = ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', input.month).value;
        const jp = req(line(r, 'JP'));
        expect(jp.total + jp.deferred).toBeLessThanOrEqual(Math.round((cap * 3) / 100) + 1);
        const twice = puContribution({
          ...input,
          wage: input.wage * 2,
          laborIntensiveRelief: false,
          jkpMember: false,
        });
        for (const p of ['JHT', 'JKK', 'JKM']) {
          const a = req(line(r, p)).fullAmount;
          const b = req(line(twice, p)).fullAmount;
          expect(Math.abs(b - 2 * a)).toBeLessThanOrEqual(2);
        }
      }),
    );
  });
});
