import fc from 'fast-check';
import type { YearMonth } from 'jamsostek';
import { bpuContribution, bpuContributionSchedule, bpuDiscountStatus } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import { describe, expect, it } from 'vitest';
import { bpuGolden } from '../golden/bpu.ts';
import { thrown } from '../helpers.ts';

describe('bpuContribution golden cases', () => {
  for (const g of bpuGolden) {
    it(`${g.name} (${g.source})`, () => {
      const r = bpuContribution(g.input);
      expect(r.total).toBe(g.expected.total);
      for (const program of ['JKK', 'JKM', 'JHT'] as const) {
        const line = r.lines.find((l) => l.program === program);
        expect(line?.amount).toBe(g.expected[program]);
      }
    });
  }
});

describe('bpuContribution outcomes', () => {
  it('says why the PP 50/2025 discount is refused for an APBD payer, citing Pasal 3 ayat (5)', () => {
    const r = bpuContribution({ month: '2026-11', declaredIncome: 1_000_000, fundingSource: 'APBD' });
    expect(r.reliefs).toEqual([
      expect.objectContaining({ relief: 'PP 50/2025', status: 'refused', reason: 'payer-excluded' }),
    ]);
    const notice = r.basis.notices.find((n) => n.code === 'pp50.payer-excluded');
    expect(notice).toBeDefined();
    const rule = r.basis.rules.find((x) => x.id === 'bpu.pp50.excluded-payers');
    expect(rule?.citations).toContainEqual({ instrument: 'PP 50/2025', article: 'Pasal 3 ayat (5)' });
    const text = explain(r).join('\n');
    expect(text).toContain('Pasal 3 ayat (5)');
    expect(text).toContain('Rp16.800');
  });

  it('treats village budgets as excluded, with the weaker confidence visible', () => {
    const r = bpuContribution({ month: '2026-06', declaredIncome: 1_000_000, fundingSource: 'APBDes' });
    expect(r.total).toBe(16_800);
    expect(r.confidence).toBe('C');
    expect(bpuDiscountStatus({ month: '2026-06', fundingSource: 'APBDes' })).toMatchObject({
      status: 'refused',
    });
  });

  it('marks a declared income outside the verified table as unverified (U)', () => {
    // 1 % × 2.500.000 = 25.000 (fallback, status U); JKM 6.800; total 31.800 in 2025-09.
    const r = bpuContribution({ month: '2025-09', declaredIncome: 2_500_000 });
    expect(r.lines[0]).toMatchObject({ program: 'JKK', amount: 25_000 });
    expect(r.total).toBe(31_800);
    expect(r.confidence).toBe('U');
    expect(r.basis.notices).toContainEqual(
      expect.objectContaining({ code: 'rule.unverified', level: 'warning' }),
    );
    expect(explain(r, { lang: 'en' }).join('\n')).toContain('unverified (U)');
  });

  it('raises an income below the lowest level to Rp1.000.000', () => {
    const r = bpuContribution({ month: '2025-09', declaredIncome: 600_000 });
    expect(r.incomeLevel).toBe(1_000_000);
    expect(r.total).toBe(16_800);
    expect(r.basis.steps[0]?.code).toBe('bpu.level.raised');
  });

  it('prices JHT alone when asked', () => {
    expect(bpuContribution({ month: '2025-09', declaredIncome: 1_000_000, programs: ['JHT'] }).total).toBe(
      20_000,
    );
  });

  it('throws RULE_NOT_IN_FORCE before July 2015, naming the rule and the month', () => {
    const e = thrown(() => bpuContribution({ month: '2015-06', declaredIncome: 1_000_000 }));
    expect(e.code).toBe('RULE_NOT_IN_FORCE');
    expect(e.details).toMatchObject({ at: '2015-06' });
    expect(e.message).toContain('2015-06');
  });

  it('reports PP 50/2025 status by sector, payer and month', () => {
    expect(bpuDiscountStatus({ month: '2026-01', sector: 'transport' }).status).toBe('applied');
    expect(bpuDiscountStatus({ month: '2026-03' }).status).toBe('not-in-force');
    expect(bpuDiscountStatus({ month: '2026-04' }).status).toBe('applied');
    expect(bpuDiscountStatus({ month: '2026-12' }).status).toBe('applied');
    expect(bpuDiscountStatus({ month: '2027-01' }).status).toBe('not-in-force');
    expect(bpuDiscountStatus({ month: '2027-03', sector: 'transport' }).status).toBe('applied');
    expect(bpuDiscountStatus({ month: '2027-04', sector: 'transport' }).status).toBe('not-in-force');
    expect(bpuDiscountStatus({ month: '2026-05', category: 'other' })).toMatchObject({
      status: 'refused',
      reason: 'category-not-covered',
    });
  });
});

describe('bpuContributionSchedule', () => {
  it('one worker, July–December 2025: 6 × 16.800 = 100.800', () => {
    const s = bpuContributionSchedule({ from: '2025-07', to: '2025-12', declaredIncome: 1_000_000 });
    expect(s.byMonth.map((m) => m.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(s.total).toBe(100_800);
    expect(s.totalByProgram).toEqual({ JKK: 60_000, JKM: 40_800 });
  });

  it('across the start of the 2026 discount: Jan–Mar 3 × 16.800 + Apr–Jun 3 × 8.400 = 75.600', () => {
    const s = bpuContributionSchedule({ from: '2026-01', to: '2026-06', declaredIncome: 1_000_000 });
    expect(s.total).toBe(3 * 16_800 + 3 * 8_400);
  });

  it('rejects a range that ends before it starts', () => {
    const e = thrown(() =>
      bpuContributionSchedule({ from: '2025-12', to: '2025-07', declaredIncome: 1_000_000 }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path.join('.'))).toContain('to');
  });
});

describe('bpuContribution invalid input', () => {
  const cases: [string, unknown, string][] = [
    ['negative income', { month: '2025-09', declaredIncome: -1 }, 'declaredIncome'],
    ['fractional income', { month: '2025-09', declaredIncome: 1_000_000.5 }, 'declaredIncome'],
    ['NaN income', { month: '2025-09', declaredIncome: Number.NaN }, 'declaredIncome'],
    ['month 13', { month: '2026-13', declaredIncome: 1_000_000 }, 'month'],
    [
      'unknown program',
      { month: '2025-09', declaredIncome: 1_000_000, programs: ['JKK', 'JKM', 'JP'] },
      'programs.2',
    ],
    [
      'unknown payer',
      { month: '2025-09', declaredIncome: 1_000_000, fundingSource: 'bank' },
      'fundingSource',
    ],
    ['unknown key', { month: '2025-09', declaredIncome: 1_000_000, wage: 5 }, 'wage'],
    ['JKK without JKM', { month: '2025-09', declaredIncome: 1_000_000, programs: ['JKK'] }, 'programs'],
    [
      'repeated program',
      { month: '2025-09', declaredIncome: 1_000_000, programs: ['JKK', 'JKM', 'JKM'] },
      'programs',
    ],
  ];
  for (const [name, input, path] of cases) {
    it(`${name} → INVALID_INPUT at ${path}`, () => {
      const e = thrown(() => bpuContribution(input as never));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues.map((i) => i.path.join('.'))).toContain(path);
    });
  }

  it('lists every problem at once', () => {
    const e = thrown(() =>
      bpuContribution({
        month: '2026-13',
        declaredIncome: Number.NaN,
        fundingSource: 'bank',
        sector: 'x',
        extra: 1,
      } as never),
    );
    const paths = e.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['month', 'declaredIncome', 'fundingSource', 'sector', 'extra']),
    );
    expect(e.issues.find((i) => i.path[0] === 'month')?.received).toBe('2026-13');
  });
});

describe('bpuContribution properties', () => {
  const month = fc
    .record({ y: fc.integer({ min: 2015, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) })
    .filter(({ y, m }) => y > 2015 || m >= 7)
    .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}` as YearMonth);
  const income = fc.integer({ min: 1, max: 100_000_000 });
  const payer = fc.constantFrom('self', 'APBN', 'APBD', 'APBDes', 'CSR', 'other' as const);
  const sector = fc.constantFrom('transport', 'other' as const);

  it('gives non-negative whole rupiah, lines summing to the total', () => {
    fc.assert(
      fc.property(month, income, payer, sector, fc.boolean(), (m, i, p, s, jht) => {
        const r = bpuContribution({
          month: m,
          declaredIncome: i,
          fundingSource: p,
          sector: s,
          programs: jht ? ['JKK', 'JKM', 'JHT'] : undefined,
        });
        for (const l of r.lines) {
          expect(Number.isSafeInteger(l.amount) && l.amount >= 0).toBe(true);
          expect(l.fullAmount - l.relief).toBe(l.amount);
        }
        expect(r.lines.reduce((a, l) => a + l.amount, 0)).toBe(r.total);
      }),
    );
  });

  it('never decreases as the declared income rises', () => {
    fc.assert(
      fc.property(month, income, income, payer, sector, (m, a, b, p, s) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const programs = ['JKK', 'JKM', 'JHT'] as const;
        const rl = bpuContribution({ month: m, declaredIncome: lo, fundingSource: p, sector: s, programs });
        const rh = bpuContribution({ month: m, declaredIncome: hi, fundingSource: p, sector: s, programs });
        expect(rh.total).toBeGreaterThanOrEqual(rl.total);
      }),
    );
  });
});
