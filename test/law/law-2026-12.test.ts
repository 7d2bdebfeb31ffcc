/**
 * The law in force on 2026-12-01: the corrections of that check, and how the library shows the age of
 * its data (verifiedThrough, rhythms, stale values). Expected values: test/golden/law.ts, with sources.
 */
import { Decimal } from 'decimal.js';
import { bpuContribution, isJamsostekError } from 'jamsostek';
import { jkkBenefit, scholarshipSchedule } from 'jamsostek/benefits';
import { explain } from 'jamsostek/explain';
import { jpWageCapIndexation, puContribution, puContributionSchedule } from 'jamsostek/payroll';
import {
  type AnyRuleSeries,
  createRulebook,
  findRule,
  OFFICIAL_RULEBOOK,
  ruleAt,
  withRules,
} from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { bpuLevels, inflation, jkkDeaths, jpBenefitLimits, jpCapMonths } from '../golden/law.ts';
import { thrown } from '../helpers.ts';

const codes = (r: { basis: { notices: readonly { code: string }[] } }) => r.basis.notices.map((n) => n.code);

describe('JP wage cap 2026 (issue item 1)', () => {
  it.each(jpCapMonths)('$month: JP base $base ($source)', ({ month, base, confidence }) => {
    const r = puContribution({ month, wage: 15_000_000, riskClass: 1 });
    expect(r.lines.find((l) => l.program === 'JP')?.base).toBe(base);
    expect(r.confidence).toBe(confidence);
  });

  it('the 2025 GDP growth (BPS, 5 February 2026) indexes the 2026 cap', () => {
    const g = ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.gdp-growth', '2026-03');
    expect(g.value).toEqual({ year: 2025, growth: '0.0511' });
    // 10.547.400 × 1,0511 = 11.086.372,14 → floored to Rp100
    expect(
      jpWageCapIndexation({ month: '2026-03', previousCap: 10_547_400, gdpGrowth: g.value.growth }).cap,
    ).toBe(11_086_300);
  });

  it('explain of a 2026-11 payslip above the cap shows Rp11.086.300 with its circular', () => {
    const r = puContribution({ month: '2026-11', wage: 15_000_000, riskClass: 1 });
    const id = explain(r).join('\n');
    expect(id).toMatch(
      /Rp11\.086\.300 \(PP 45\/2015 Pasal 29 ayat \(3\) dan \(4\); Surat BPJS Ketenagakerjaan B\/1226\/022026/,
    );
    // Nothing stale, and 2026-11 is not after the check date.
    expect(id).not.toMatch(/usang|diperiksa terhadap peraturan sampai/);
    expect(codes(r)).toEqual([]);
  });
});

describe('JP benefit limits (issue item 1)', () => {
  it.each(jpBenefitLimits)('$date: $min / $max ($source)', ({ date, min, max, confidence }) => {
    const ref = ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.benefit-limits', date);
    expect(ref.value).toEqual({ min, max });
    expect(ref.confidence).toBe(confidence);
  });

  it('every version follows from 300.000 / 3.600.000 by the previous year inflation (Pasal 18 ayat (3))', () => {
    const series = OFFICIAL_RULEBOOK.series['pu.jp.benefit-limits'];
    const versions = series?.versions ?? [];
    expect(versions).toHaveLength(inflation.length + 1);
    let min = new Decimal(300_000);
    let max = new Decimal(3_600_000);
    inflation.forEach(([year, rate], i) => {
      // 2016 unrounded, up to Rp50 until 2022, up to Rp100 from 2023 (the published values need it)
      const unit = year + 1 === 2016 ? 1 : year + 1 < 2023 ? 50 : 100;
      const up = (d: Decimal) => d.div(unit).ceil().mul(unit);
      min = up(min.mul(new Decimal(1).plus(rate)));
      max = up(max.mul(new Decimal(1).plus(rate)));
      expect(versions[i + 1]?.value, String(year + 1)).toEqual({ min: min.toNumber(), max: max.toNumber() });
    });
  });
});

describe('JKK death floor (issue item 2)', () => {
  it.each(jkkDeaths)('$eventDate, wage $wage: lump sum $lumpSum ($source)', (c) => {
    const r = jkkBenefit({ eventDate: c.eventDate, segment: 'PU', wage: c.wage, death: true });
    expect(r.status).toBe('paid');
    if (r.status !== 'paid') return;
    expect(r.items.find((i) => i.item === 'jkk.death')?.amount).toBe(c.lumpSum);
    expect(r.total).toBe(c.total);
    expect(r.basis.steps.some((s) => s.code === 'jkk.death.floor')).toBe(c.floorApplies);
    expect(r.basis.rules.some((x) => x.id === 'jkk.death.jkm-floor')).toBe(c.floorApplies);
    expect(r.confidence).toBe(c.confidence);
  });

  it('explains the floor in both languages', () => {
    const r = jkkBenefit({ eventDate: '2026-03-10', segment: 'PU', wage: 300_000, death: true });
    expect(explain(r, { lang: 'en' }).join('\n')).toContain(
      'The death benefit Rp14,400,000 is below the JKM lump sum; at least Rp20,000,000 is paid',
    );
    expect(explain(r).join('\n')).toContain('dibayar paling sedikit Rp20.000.000');
  });
});

describe('PP 49/2020 citations (issue item 3)', () => {
  it('the JP repayment window is Pasal 17 ayat (2) huruf b; no relief cites Pasal 19', () => {
    const repay = ruleAt(OFFICIAL_RULEBOOK, 'relief.pp49-2020.jp-repayment', '2020-10');
    expect(repay.citations).toEqual([{ instrument: 'PP 49/2020', article: 'Pasal 17 ayat (2) huruf b' }]);
    expect(repay.confidence).toBe('A');
    const relief = Object.values(OFFICIAL_RULEBOOK.series).filter((s) => s.id.startsWith('relief.pp49'));
    for (const s of relief)
      for (const v of s.versions)
        for (const c of v.citations) expect(`${s.id}: ${c.article}`).not.toMatch(/Pasal 19\b/);
    const jkk = ruleAt(OFFICIAL_RULEBOOK, 'relief.pp49-2020.jkk-jkm', '2020-10').citations.map(
      (c) => c.article,
    );
    expect(jkk).toEqual(['Pasal 3 ayat (2) huruf b', 'Pasal 5 (JKK)', 'Pasal 9 (JKM)']);
  });
});

describe('February 2025 and February 2021: JKP transition months (issue item 4)', () => {
  const wage = 5_000_000;
  const jkp = (month: '2021-01' | '2021-02' | '2025-01' | '2025-02' | '2025-03') =>
    puContribution({ month, wage, riskClass: 1, jkpMember: true });

  it('2025-01 is PP 37/2021: 0,22 % + 0,14 % from JKK + 0,10 % from JKM = 0,46 %', () => {
    const r = jkp('2025-01');
    // 11.000 + 7.000 + 5.000
    expect(r.lines.find((l) => l.program === 'JKP')?.total).toBe(23_000);
    expect(r.recompositions).toEqual([
      { from: 'JKK', to: 'JKP', amount: 7_000 },
      { from: 'JKM', to: 'JKP', amount: 5_000 },
    ]);
  });

  it('2025-02 is priced wholly under PP 6/2025 (7 February): 0,22 % + 0,14 % = 0,36 %, with a notice', () => {
    const r = jkp('2025-02');
    // 11.000 + 7.000, no JKM recomposed
    expect(r.lines.find((l) => l.program === 'JKP')?.total).toBe(18_000);
    expect(r.recompositions).toEqual([{ from: 'JKK', to: 'JKP', amount: 7_000 }]);
    expect(codes(r)).toContain('pu.jkp.transition-month');
    const gov = r.basis.rules.find((x) => x.id === 'pu.jkp.government-rate');
    expect([gov?.from, gov?.to, gov?.confidence]).toEqual(['2025-02-01', '2025-03-01', 'C']);
    expect(explain(r, { lang: 'en' }).join('\n')).toContain(
      'The JKP rule for contribution month 2025-02 took effect within that month',
    );
    // The employer's cash is the same either way (0,24 % + 0,30 % of the wage).
    expect(r.totals.employer).toBe(jkp('2025-01').totals.employer);
    expect(codes(jkp('2025-03'))).not.toContain('pu.jkp.transition-month');
  });

  it('2021-02 is priced under PP 37/2021 (2 February), unverified; 2021-01 has no JKP', () => {
    expect(jkp('2021-01').jkp).toBe(false);
    const feb = jkp('2021-02');
    expect(feb.lines.find((l) => l.program === 'JKP')?.total).toBe(23_000);
    expect(feb.confidence).toBe('U');
    expect(codes(feb)).toContain('pu.jkp.transition-month');
  });
});

describe('scholarship from school entry (issue item 5)', () => {
  it('a child below school age at the event is paid from age 4, with a notice; 19 years, Rp87.000.000', () => {
    const r = scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'work-accident-death',
      children: [{ birthDate: '2024-01-01' }],
    });
    if (r.status !== 'eligible') throw new Error('eligible expected');
    // Age 4 on 2028-01-01: TK–SD 8 × 1.500.000 + SMP 3 × 2.000.000 + SMA 3 × 3.000.000 + PT 5 × 12.000.000
    expect(r.children[0]?.years[0]).toEqual({
      date: '2028-01-01',
      level: 'TK-SD',
      age: 4,
      amount: 1_500_000,
    });
    expect(r.children[0]?.years).toHaveLength(19);
    expect(r.total).toBe(12_000_000 + 6_000_000 + 9_000_000 + 60_000_000);
    expect(codes(r)).toContain('scholarship.school-entry');
    expect(r.confidence).toBe('U');
    expect(explain(r, { lang: 'en' }).join('\n')).toContain(
      'Child 1 was 1 at the event, not yet of school age',
    );
  });

  it('a given start date or level wins, and a child of school age starts at the event', () => {
    const given = scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'work-accident-death',
      children: [{ birthDate: '2024-01-01', startDate: '2029-07-15' }],
    });
    expect(codes(given)).not.toContain('scholarship.school-entry');
    const older = scholarshipSchedule({
      eventDate: '2025-06-01',
      cause: 'total-disability',
      children: [{ birthDate: '2021-01-01' }],
    });
    if (older.status !== 'eligible') throw new Error('eligible expected');
    expect(older.children[0]?.years[0]?.date).toBe('2025-06-01');
    expect(older.confidence).toBe('B');
  });
});

describe('BPU income levels (issue item 6)', () => {
  it.each(bpuLevels)('declared $declaredIncome: level $incomeLevel, JKK $jkk ($source)', (c) => {
    const r = bpuContribution({ month: '2025-09', declaredIncome: c.declaredIncome });
    expect(r.incomeLevel).toBe(c.incomeLevel);
    expect(r.lines.find((l) => l.program === 'JKK')?.amount).toBe(c.jkk);
    expect(r.confidence).toBe(c.confidence);
  });

  it('Rp30.000.000 declared: JKK 207.000 + JKM 6.800, and under PP 50/2025 in 2026-11 half of it', () => {
    expect(bpuContribution({ month: '2025-09', declaredIncome: 30_000_000 }).total).toBe(213_800);
    // 207.000 × 50 % + 6.800 × 50 %
    expect(bpuContribution({ month: '2026-11', declaredIncome: 30_000_000 }).total).toBe(106_900);
    const r = bpuContribution({ month: '2025-09', declaredIncome: 30_000_000 });
    expect(explain(r, { lang: 'en' }).join('\n')).toContain(
      'Income Rp30,000,000 is above the highest level; the contribution uses the level Rp20,700,000',
    );
  });

  it('a rulebook without the highest level has no ceiling', () => {
    const rb = createRulebook(
      'no-ceiling',
      (Object.values(OFFICIAL_RULEBOOK.series) as AnyRuleSeries[]).filter(
        (x) => x.id !== 'bpu.jkk.highest-level',
      ),
    );
    expect(bpuContribution({ month: '2025-09', declaredIncome: 30_000_000, rulebook: rb }).incomeLevel).toBe(
      30_000_000,
    );
  });
});

describe('verifiedThrough (issue item 7)', () => {
  it('the official rulebook was checked through 2026-12-01, stamped into every basis', () => {
    expect(OFFICIAL_RULEBOOK.verifiedThrough).toBe('2026-12-01');
    expect(
      bpuContribution({ month: '2026-12', declaredIncome: 1_000_000 }).basis.rulebook.verifiedThrough,
    ).toBe('2026-12-01');
  });

  it('a December-2026 BPU premium shows nothing stale and no check-date line', () => {
    const r = bpuContribution({ month: '2026-12', declaredIncome: 1_000_000 });
    expect(r.total).toBe(8_400);
    expect(r.confidence).toBe('B');
    const lines = explain(r, { lang: 'en' }).join('\n');
    expect(lines).not.toMatch(/stale|was due|checked against the law/);
  });

  it('a January-2027 BPU premium names the check date, but nothing is stale', () => {
    const r = bpuContribution({ month: '2027-01', declaredIncome: 1_000_000 });
    // PP 50/2025 ended for other sectors with contribution month 2026-12 (Pasal 7 huruf b)
    expect(r.total).toBe(16_800);
    expect(r.confidence).toBe('B');
    expect(codes(r)).toEqual([]);
    expect(explain(r, { lang: 'en' }).at(-1)).toBe(
      'This rulebook was checked against the law through 2026-12-01; this result concerns 2027-01-01, after that date, so a later change of the law is not reflected.',
    );
    expect(explain(r).at(-1)).toMatch(/^Data buku aturan ini diperiksa terhadap peraturan sampai 2026-12-01/);
  });

  it('an event date after the check date is named too; a rulebook from scratch has no check date', () => {
    const r = jkkBenefit({ eventDate: '2027-05-02', segment: 'PU', wage: 5_000_000, death: true });
    expect(explain(r, { lang: 'en' }).at(-1)).toContain('this result concerns 2027-05-02');
    const scratch = createRulebook('scratch', [
      {
        id: 'bpu.jkm.amount',
        title: { id: 'x', en: 'x' },
        unit: 'rupiah',
        keyedBy: 'contribution-month',
        versions: [
          {
            from: '2015-07-01',
            value: 6_800,
            confidence: 'A',
            citations: [{ instrument: 'x', article: 'y' }],
          },
        ],
      },
    ]);
    expect(scratch.verifiedThrough).toBeNull();
  });
});

describe('stale values of rules re-set on a rhythm (issue item 8)', () => {
  it('the JP cap and the JP benefit limits declare their rhythm', () => {
    expect(OFFICIAL_RULEBOOK.series['pu.jp.wage-cap']?.rhythm).toMatchObject({
      kind: 'reset',
      everyYears: 1,
      month: 3,
    });
    expect(OFFICIAL_RULEBOOK.series['pu.jp.benefit-limits']?.rhythm).toMatchObject({
      kind: 'reset',
      month: 2,
    });
    expect(OFFICIAL_RULEBOOK.series['pu.jkp.wage-cap']?.rhythm).toMatchObject({
      kind: 'review',
      everyYears: 2,
    });
  });

  it('March 2027: the 2026 cap, stale (U), with a notice naming the missing publication and the formula', () => {
    const r = puContribution({ month: '2027-03', wage: 15_000_000, riskClass: 1 });
    expect(r.lines.find((l) => l.program === 'JP')?.base).toBe(11_086_300);
    expect(r.confidence).toBe('U');
    expect(codes(r)).toEqual(['pu.jp.cap-stale', 'rule.stale']);
    expect(r.basis.notices[0]?.params).toEqual({
      cap: 11_086_300,
      due: '2027-03-01',
      dueMonth: '2027-03',
      gdpYear: 2026,
    });
    const en = explain(r, { lang: 'en' }).join('\n');
    expect(en).toContain('a new value of rule “JP wage cap” (pu.jp.wage-cap) was due from 2027-03-01');
    expect(en).toContain('jpWageCapIndexation (month 2027-03, previousCap 11086300');
    expect(en).toContain('checked against the law through 2026-12-01');
    expect(explain(r).join('\n')).toContain(
      'nilai baru aturan “Batas upah tertinggi iuran JP” (pu.jp.wage-cap) seharusnya berlaku sejak 2027-03-01',
    );
    // No unverified-value warning besides the stale one.
    expect(codes(r)).not.toContain('rule.unverified');
  });

  it('findRule and ruleAt say so; February 2027 is not stale; the benefit limits go stale from February', () => {
    expect(findRule(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', '2027-02')?.stale).toBeUndefined();
    expect(findRule(OFFICIAL_RULEBOOK, 'pu.jp.wage-cap', '2030-07-01')?.stale?.due).toBe('2027-03-01');
    const limits = ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.benefit-limits', '2027-02-01');
    expect([limits.confidence, limits.stale?.due]).toEqual(['U', '2027-02-01']);
    expect(ruleAt(OFFICIAL_RULEBOOK, 'pu.jp.benefit-limits', '2027-01-31').stale).toBeUndefined();
    // A review rhythm never makes a value stale.
    expect(ruleAt(OFFICIAL_RULEBOOK, 'pu.jkp.wage-cap', '2030-01').stale).toBeUndefined();
  });

  it('supplying the 2027 cap with withRules ends the staleness until March 2028', () => {
    const cap = jpWageCapIndexation({ month: '2027-03', previousCap: 11_086_300, gdpGrowth: '0.05' }).cap;
    // 11.086.300 × 1,05 = 11.640.615 → 11.640.600
    expect(cap).toBe(11_640_600);
    const rb = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'pu.jp.wage-cap',
        versions: [
          { from: '2027-03-01', value: cap, confidence: 'C', citations: [{ instrument: 'x', article: 'y' }] },
        ],
      },
    ]);
    const r = puContribution({ month: '2027-03', wage: 15_000_000, riskClass: 1, rulebook: rb });
    expect([r.lines.find((l) => l.program === 'JP')?.base, r.confidence, codes(r)]).toEqual([
      11_640_600,
      'C',
      [],
    ]);
    expect(ruleAt(rb, 'pu.jp.wage-cap', '2028-03').stale?.due).toBe('2028-03-01');
  });

  it('a schedule across the due date records the current and the stale version apart', () => {
    const s = puContributionSchedule({ from: '2027-02', to: '2027-03', wage: 15_000_000, riskClass: 1 });
    expect(s.byMonth.map((m) => m.confidence)).toEqual(['B', 'U']);
    expect(s.basis.notices.map((n) => n.code)).toEqual(['pu.jp.cap-stale', 'rule.stale']);
  });

  it('createRulebook checks a rhythm and applies it to any series', () => {
    const series = {
      id: 'bpu.jkm.amount',
      title: { id: 'x', en: 'x' },
      unit: 'rupiah',
      keyedBy: 'contribution-month',
      versions: [
        { from: '2020-01-01', value: 6_800, confidence: 'A', citations: [{ instrument: 'x', article: 'y' }] },
      ],
    } as const;
    const rb = createRulebook('yearly', [
      { ...series, rhythm: { kind: 'reset', everyYears: 2, month: 7, publishedBy: { id: 'a', en: 'b' } } },
    ]);
    // first 1 July after 2020-01-01 is 2020-07-01, plus one more year: 2021-07-01
    expect(ruleAt(rb, 'bpu.jkm.amount', '2021-06').stale).toBeUndefined();
    expect(ruleAt(rb, 'bpu.jkm.amount', '2021-07').stale).toEqual({
      due: '2021-07-01',
      publishedBy: { id: 'a', en: 'b' },
    });
    const e = thrown(() =>
      createRulebook('bad', [
        {
          ...series,
          rhythm: { kind: 'sometimes', everyYears: 0, month: 13, publishedBy: 'x', extra: 1 } as never,
        },
      ]),
    );
    expect(isJamsostekError(e, 'INVALID_RULEBOOK')).toBe(true);
    expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'series.0.rhythm.everyYears',
      'series.0.rhythm.extra',
      'series.0.rhythm.kind',
      'series.0.rhythm.month',
      'series.0.rhythm.publishedBy',
    ]);
    expect(thrown(() => createRulebook('bad', [{ ...series, rhythm: 3 as never }])).issues[0]?.path).toEqual([
      'series',
      0,
      'rhythm',
    ]);
  });
});
