import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/entries/explain.ts';
import { type ProgramBudgetInput, programBudget, programTranches } from '../../src/entries/funding.ts';
import { fundingGolden } from '../golden/funding.ts';
import { issuesOf } from '../helpers.ts';

describe('programBudget: golden cases', () => {
  for (const g of fundingGolden) {
    it(`${g.name} (${g.source})`, () => {
      const r = programBudget(g.input);
      expect(r.total).toBe(g.expected.total);
      expect(r.workerMonths).toBe(g.expected.workerMonths);
      expect(r.byFundingSource).toEqual(g.expected.byFundingSource);
    });
  }
});

describe('programBudget', () => {
  it('Pasuruan 2025 (TribunJatim, 24 Sep 2025): 28.448 × 16.800 × 6 = 2.867.558.400, split per program and month', () => {
    const r = programBudget({
      fundingSource: 'DBHCHT',
      cohorts: [{ workers: 28_448, from: '2025-07', to: '2025-12' }],
    });
    expect(r.total).toBe(2_867_558_400);
    // JKK 28.448 × 10.000 × 6, JKM 28.448 × 6.800 × 6 (PP 44/2015 Pasal 20)
    expect(r.byProgram).toEqual({ JKK: 1_706_880_000, JKM: 1_160_678_400 });
    expect(r.byMonth).toHaveLength(6);
    expect(r.byMonth[0]).toEqual({ month: '2025-07', workers: 28_448, amount: 477_926_400 });
    expect(r.byCohort[0]).toMatchObject({
      name: '#1',
      fundingSource: 'DBHCHT',
      payer: 'APBD',
      perWorker: 100_800,
      monthCount: 6,
    });
    expect(r.byFundingSource).toEqual({ DBHCHT: 2_867_558_400 });
    expect(r.reliefs).toEqual([]);
    expect(r.kind).toBe('program-budget');
    expect(explain(r, { lang: 'en' }).join('\n')).toContain(
      'DBHCHT (tobacco excise revenue share) through APBD (regional budget)',
    );
  });

  it('2026: APBD pays 16.800 per worker-month; workers paying themselves pay 8.400 from April to December (PP 50/2025)', () => {
    const cohorts = [{ workers: 1_000, from: '2026-01', to: '2026-12' }] as const;
    const apbd = programBudget({ fundingSource: 'APBD', cohorts });
    // 1.000 × 16.800 × 12
    expect(apbd.total).toBe(201_600_000);
    expect(apbd.reliefs).toHaveLength(1);
    expect(apbd.reliefs[0]).toMatchObject({
      relief: 'PP 50/2025',
      status: 'refused',
      reason: 'payer-excluded',
      fundingSource: 'APBD',
      payer: 'APBD',
    });
    expect(apbd.reliefs[0]?.months).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(apbd.basis.notices.map((n) => n.code)).toContain('funding.relief.payer-excluded');
    expect(explain(apbd, { lang: 'en' }).join('\n')).toContain('PP 50/2025 Pasal 3 ayat (5)');

    const self = programBudget({ fundingSource: 'self', cohorts });
    // 1.000 × (16.800 × 3 + 8.400 × 9)
    expect(self.total).toBe(126_000_000);
    expect(self.totalBeforeRelief).toBe(201_600_000);
    expect(self.byMonth.find((m) => m.month === '2026-03')?.amount).toBe(16_800_000);
    expect(self.byMonth.find((m) => m.month === '2026-04')?.amount).toBe(8_400_000);
    expect(self.reliefs[0]).toMatchObject({ relief: 'PP 50/2025', status: 'applied', discountRate: '0.5' });
    expect(self.reliefs[0]).not.toHaveProperty('reason');
    expect(self.reliefs[0]?.months[0]).toBe('2026-04');
    expect(explain(self).join('\n')).toContain('Keringanan PP 50/2025');
  });

  it('a start date starts coverage in its month, and cohorts may override funding source and income', () => {
    const r = programBudget({
      fundingSource: 'APBD',
      cohorts: [
        { name: 'launch', workers: 10, startDate: '2025-09-24', to: '2025-12' },
        { workers: 2, from: '2025-12', to: '2025-12', fundingSource: 'CSR', declaredIncome: 1_000_000 },
      ],
    });
    // 10 × 16.800 × 4 (September–December) = 672.000; 2 × 16.800 = 33.600
    expect(r.byCohort[0]).toMatchObject({ from: '2025-09', monthCount: 4, amount: 672_000 });
    expect(r.byCohort[1]).toMatchObject({ fundingSource: 'CSR', payer: 'CSR', amount: 33_600 });
    expect(r.byFundingSource).toEqual({ APBD: 672_000, CSR: 33_600 });
    expect(r.total).toBe(705_600);
    expect(r.byMonth.at(-1)).toEqual({ month: '2025-12', workers: 12, amount: 201_600 });
  });

  it('invalid input lists each problem', () => {
    const paths = issuesOf(() =>
      programBudget({
        fundingSource: 'APBD',
        cohorts: [
          { workers: 0, from: '2025-12', to: '2025-07' },
          { workers: 5, to: '2025-07' } as never,
          { workers: 5, from: '2025-07', startDate: '2025-07-01', to: '2025-07' } as never,
        ],
      }),
    );
    expect(paths).toEqual(['cohorts.0.workers', 'cohorts.0.to', 'cohorts.1.from', 'cohorts.2.from']);
    expect(issuesOf(() => programBudget({ fundingSource: 'APBD', cohorts: [] }))).toEqual(['cohorts']);
    // The funding source is required (no default), and `payer` is no input.
    expect(
      issuesOf(() => programBudget({ cohorts: [{ workers: 1, from: '2025-07', to: '2025-07' }] } as never)),
    ).toEqual(['fundingSource']);
    expect(
      issuesOf(() =>
        programBudget({
          fundingSource: 'APBD',
          payer: 'APBD',
          cohorts: [{ workers: 1, from: '2025-07', to: '2025-07' }],
        } as never),
      ),
    ).toEqual(['payer']);
  });

  const month = fc.integer({ min: 2024 * 12, max: 2027 * 12 + 11 });
  const ym = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const cohortArb = fc
    .tuple(fc.integer({ min: 1, max: 50_000 }), month, fc.integer({ min: 0, max: 15 }))
    .map(([workers, start, len]) => ({ workers, from: ym(start), to: ym(start + len) }));
  const sourceArb = fc.constantFrom('self', 'APBD', 'DBHCHT', 'Dana Desa', 'CSR' as const);

  it('is additive over cohorts', () => {
    fc.assert(
      fc.property(
        fc.array(cohortArb, { minLength: 1, maxLength: 5 }),
        sourceArb,
        (cohorts, fundingSource) => {
          const whole = programBudget({ fundingSource, cohorts } as ProgramBudgetInput);
          const parts = cohorts.map(
            (c) => programBudget({ fundingSource, cohorts: [c] } as ProgramBudgetInput).total,
          );
          expect(whole.total).toBe(parts.reduce((a, b) => a + b, 0));
          expect(whole.byMonth.reduce((a, m) => a + m.amount, 0)).toBe(whole.total);
          expect(whole.byCohort.reduce((a, c) => a + c.amount, 0)).toBe(whole.total);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('byFundingSource is the sum of the cohorts of each funding source and adds up to the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cohortArb, sourceArb), { minLength: 1, maxLength: 6 }),
        sourceArb,
        (list, fundingSource) => {
          const cohorts = list.map(([c, f]) => ({ ...c, fundingSource: f }));
          const r = programBudget({ fundingSource, cohorts } as ProgramBudgetInput);
          const expected: Record<string, number> = {};
          for (const c of r.byCohort) expected[c.fundingSource] = (expected[c.fundingSource] ?? 0) + c.amount;
          expect(r.byFundingSource).toEqual(expected);
          expect(Object.values(r.byFundingSource).reduce((a, b) => a + (b ?? 0), 0)).toBe(r.total);
          // Each part priced alone costs what the budget says it does.
          for (const [f, amount] of Object.entries(r.byFundingSource)) {
            const own = cohorts.filter((c) => c.fundingSource === f);
            expect(programBudget({ fundingSource, cohorts: own } as ProgramBudgetInput).total).toBe(amount);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps a cohort named __proto__ in byCohort and in JSON', () => {
    const r = programBudget({
      fundingSource: 'APBD',
      cohorts: [{ name: '__proto__', workers: 1, from: '2025-07', to: '2025-07' }],
    });
    expect(r.byCohort[0]?.name).toBe('__proto__');
    expect(JSON.parse(JSON.stringify(r)).byCohort[0].name).toBe('__proto__');
  });

  it('is additive over months', () => {
    fc.assert(
      fc.property(cohortArb, sourceArb, fc.nat(), ({ workers, from, to }, fundingSource, cut) => {
        const whole = programBudget({
          fundingSource,
          cohorts: [{ workers, from, to }],
        } as ProgramBudgetInput);
        const months = whole.byMonth.map((m) => m.month);
        const k = cut % months.length;
        if (k === 0) return;
        const first = programBudget({
          fundingSource,
          cohorts: [{ workers, from, to: months[k - 1] as string }],
        } as ProgramBudgetInput);
        const second = programBudget({
          fundingSource,
          cohorts: [{ workers, from: months[k] as string, to }],
        } as ProgramBudgetInput);
        expect(first.total + second.total).toBe(whole.total);
      }),
      { numRuns: 60 },
    );
  });
});

describe('programTranches', () => {
  it('Pasuruan in two tranches (July–September, October–December) pays 1.433.779.200 each', () => {
    const r = programTranches({
      fundingSource: 'DBHCHT',
      cohorts: [{ workers: 28_448, from: '2025-07', to: '2025-12' }],
      tranches: [
        { label: 'I', from: '2025-07', to: '2025-09' },
        { label: 'II', from: '2025-10', to: '2025-12' },
      ],
    });
    // 28.448 × 16.800 × 3 each
    expect(r.tranches.map((t) => t.amount)).toEqual([1_433_779_200, 1_433_779_200]);
    expect(r.tranches[0]?.workerMonths).toBe(85_344);
    expect(r.total).toBe(2_867_558_400);
    expect(explain(r, { lang: 'en' })[0]).toContain('tranches');
  });

  it('tranches sum to the program total; months outside every tranche and overlaps are refused', () => {
    const r = programTranches({
      fundingSource: 'self',
      cohorts: [{ workers: 7, from: '2026-02', to: '2026-06' }],
      tranches: [
        { from: '2026-01', to: '2026-04' },
        { from: '2026-05', to: '2026-12' },
      ],
    });
    // 7 × (16.800 × 2 + 8.400 × 1) and 7 × 8.400 × 2
    expect(r.tranches.map((t) => t.amount)).toEqual([294_000, 117_600]);
    expect(r.total).toBe(411_600);
    expect(
      issuesOf(() =>
        programTranches({
          fundingSource: 'APBD',
          cohorts: [{ workers: 1, from: '2025-07', to: '2025-12' }],
          tranches: [{ from: '2025-07', to: '2025-09' }],
        }),
      ),
    ).toEqual(['tranches', 'tranches', 'tranches']);
    expect(
      issuesOf(() =>
        programTranches({
          fundingSource: 'APBD',
          cohorts: [{ workers: 1, from: '2025-07', to: '2025-12' }],
          tranches: [
            { from: '2025-07', to: '2025-09' },
            { from: '2025-09', to: '2025-12' },
          ],
        }),
      ),
    ).toEqual(['tranches.1.from']);
  });
});
