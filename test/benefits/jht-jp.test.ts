import fc from 'fast-check';
import type { YearMonth } from 'jamsostek';
import {
  JhtBalanceInputSchema,
  JhtWithdrawalInputSchema,
  JpBenefitInputSchema,
  jhtBalance,
  jhtWithdrawal,
  jpBenefit,
} from 'jamsostek/benefits';
import { explain, type JamsostekResult } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { issuesOf, thrown } from '../helpers.ts';

const noRawCode = (r: JamsostekResult) => {
  for (const lang of ['id', 'en'] as const)
    for (const line of explain(r, { lang })) {
      expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
      expect(line).not.toMatch(/\{\w+(:\w+)?\}/);
    }
};

describe('jhtBalance', () => {
  const g6 = {
    asOf: '2026-12-31',
    contributions: [{ from: '2024-01', to: '2026-12', wage: 5_000_000 }],
    yields: [
      { year: 2024, rate: '0.06' },
      { year: 2025, rate: '0.06' },
      { year: 2026, rate: '0.06' },
    ],
  } as const;

  it('keeps the account year by year, says the crediting is a convention (C), and renders', () => {
    const r = jhtBalance(g6);
    expect(r.byYear.map((y) => y.closing)).toEqual([3_514_050, 7_238_943, 11_187_330]);
    expect(r.monthCount).toBe(36);
    expect(r.confidence).toBe('C');
    expect(r.basis.notices.map((n) => n.code)).toContain('jht.yield-convention');
    noRawCode(r);
  });

  it('names every year without a declared yield', () => {
    const e = thrown(() => jhtBalance({ ...g6, yields: [{ year: 2025, rate: '0.06' }] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('2024'),
      expect.stringContaining('2026'),
    ]);
    // A year of which no month has ended needs no yield.
    expect(jhtBalance({ ...g6, asOf: '2027-01-15', yields: g6.yields }).balance).toBe(11_187_330);
  });

  it('counts two employers in the same month twice, and months only once they are over', () => {
    const two = jhtBalance({
      asOf: '2026-02-28',
      contributions: [
        { from: '2026-01', to: '2026-02', amount: 100_000 },
        { from: '2026-02', to: '2026-02', amount: 50_000 },
      ],
      yields: [{ year: 2026, rate: '0' }],
    });
    expect(two.contributions).toBe(250_000);
    expect(two.monthCount).toBe(3);
    expect(
      issuesOf(() =>
        jhtBalance({
          asOf: '2026-02-27',
          contributions: [{ from: '2026-01', to: '2026-02', amount: 100_000 }],
          yields: [{ year: 2026, rate: '0' }],
        }),
      ),
    ).toEqual(['contributions.0.to']);
  });

  it('refuses bad input with every issue and its path', () => {
    expect(
      issuesOf(() =>
        jhtBalance({
          asOf: '2026-12-31',
          contributions: [
            { from: '2026-01', to: '2026-12', wage: 1, amount: 2 } as never,
            { from: '2026-05', to: '2026-01', amount: 1 },
          ],
          yields: [
            { year: 2026, rate: '6%' },
            { year: 2026, rate: '0.06' },
          ],
        }),
      ),
    ).toEqual(['contributions.0.wage', 'contributions.1.to', 'yields.0.rate', 'yields']);
    expect(issuesOf(() => jhtBalance({ asOf: '2026-12-31', contributions: [], yields: [] }))).toEqual([
      'contributions',
    ]);
    expect(
      issuesOf(() =>
        jhtBalance({
          asOf: '2026-12-31',
          contributions: [{ from: '2025-01', to: '2025-12', amount: 1 }],
          yields: [],
          openingBalance: { year: 2026, amount: 1 },
        }),
      ),
    ).toEqual(['contributions.0.from', 'yields']);
    expect(JhtBalanceInputSchema.safeParse(g6).success).toBe(true);
  });

  it('shares nothing with its input or another result', () => {
    const a = jhtBalance(g6);
    const b = jhtBalance(g6);
    expect(a.byYear).not.toBe(b.byYear);
    expect(a.byYear[0]).not.toBe(b.byYear[0]);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('is monotone in the contributions (property)', () => {
    const month = fc
      .integer({ min: 2016 * 12, max: 2026 * 12 + 10 })
      .map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` as YearMonth);
    const yields = Array.from({ length: 11 }, (_, i) => ({ year: 2016 + i, rate: '0.05' }));
    fc.assert(
      fc.property(month, month, fc.nat(2_000_000), fc.nat(2_000_000), (a, b, x, y) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const base = { asOf: '2026-11-30', yields } as const;
        const one = jhtBalance({ ...base, contributions: [{ from, to, amount: x }] });
        const more = jhtBalance({ ...base, contributions: [{ from, to, amount: x + y }] });
        const extra = jhtBalance({
          ...base,
          contributions: [
            { from, to, amount: x },
            { from: to, to, amount: y },
          ],
        });
        expect(more.balance).toBeGreaterThanOrEqual(one.balance);
        expect(extra.balance).toBeGreaterThanOrEqual(one.balance);
        expect(one.balance).toBe(one.contributions + one.yieldAmount);
        expect(one.balance).toBeGreaterThanOrEqual(one.contributions);
      }),
    );
  });
});

describe('jhtWithdrawal', () => {
  it('renders every event without a raw code', () => {
    const results: JamsostekResult[] = [
      jhtWithdrawal({ event: 'retirement', birthDate: '1970-02-14', asOf: '2026-03-01', balance: 1 }),
      jhtWithdrawal({ event: 'retirement', birthDate: '1980-02-14', asOf: '2026-03-01', balance: 1 }),
      jhtWithdrawal({
        event: 'retirement',
        birthDate: '1971-02-14',
        asOf: '2026-03-01',
        balance: 1,
        contractualPensionAge: 55,
      }),
      jhtWithdrawal({ event: 'resignation', eventDate: '2026-03-31', asOf: '2026-04-15', balance: 1 }),
      jhtWithdrawal({ event: 'contract-ended', eventDate: '2026-03-31', asOf: '2026-05-15', balance: 1 }),
      jhtWithdrawal({
        event: 'dismissal',
        eventDate: '2015-07-20',
        asOf: '2015-08-01',
        balance: 1,
        birthDate: '1980-04-02',
      }),
      jhtWithdrawal({ event: 'total-disability', eventDate: '2026-01-01', asOf: '2026-02-01', balance: 1 }),
      jhtWithdrawal({ event: 'death', eventDate: '2026-01-01', asOf: '2026-02-01', balance: 1 }),
      jhtWithdrawal({
        event: 'leaving-indonesia',
        eventDate: '2026-01-01',
        asOf: '2026-02-01',
        balance: 1,
        citizenship: 'WNA',
      }),
      jhtWithdrawal({
        event: 'leaving-indonesia',
        eventDate: '2026-01-01',
        asOf: '2026-02-01',
        balance: 1,
        citizenship: 'WNI',
      }),
      jhtWithdrawal({
        event: 'partial',
        purpose: 'other',
        membershipStart: '2020-01-01',
        asOf: '2026-02-01',
        balance: 1,
        partialTaken: true,
      }),
      jhtWithdrawal({
        event: 'partial',
        purpose: 'housing',
        membershipStart: '2010-01-01',
        asOf: '2026-02-01',
        balance: 1,
      }),
    ];
    for (const r of results) noRawCode(r);
  });

  it('gives the heirs the balance on death, and the member otherwise', () => {
    expect(
      jhtWithdrawal({ event: 'death', eventDate: '2026-01-01', asOf: '2026-02-01', balance: 9 }),
    ).toMatchObject({ status: 'payable', recipient: 'heirs', amount: 9, share: '1' });
    expect(
      jhtWithdrawal({ event: 'total-disability', eventDate: '2026-01-01', asOf: '2026-02-01', balance: 9 }),
    ).toMatchObject({ recipient: 'participant' });
  });

  it('asks for the birth date only when the 2015 rule needs it', () => {
    expect(
      issuesOf(() =>
        jhtWithdrawal({ event: 'dismissal', eventDate: '2015-07-20', asOf: '2015-08-01', balance: 1 }),
      ),
    ).toEqual(['birthDate']);
    expect(
      jhtWithdrawal({ event: 'dismissal', eventDate: '2015-07-20', asOf: '2015-08-20', balance: 1 }).status,
    ).toBe('payable');
  });

  it('refuses bad input with every issue and its path', () => {
    expect(
      issuesOf(() =>
        jhtWithdrawal({ event: 'partial', purpose: 'car', asOf: '2026-01-01', balance: -1 } as never),
      ),
    ).toEqual(['balance', 'purpose', 'membershipStart']);
    expect(
      issuesOf(() => jhtWithdrawal({ event: 'holiday', asOf: '2026-01-01', balance: 1 } as never)),
    ).toEqual(['event']);
    expect(
      JhtWithdrawalInputSchema.safeParse({
        event: 'death',
        eventDate: '2026-05-01',
        asOf: '2026-05-10',
        balance: 1,
      }).success,
    ).toBe(true);
  });
});

describe('jpBenefit', () => {
  const member = { birthDate: '1971-03-10', monthCount: 192, averageIndexedWage: 5_000_000 } as const;

  it('renders every outcome without a raw code', () => {
    const results: JamsostekResult[] = [
      jpBenefit({ ...member, kind: 'old-age', asOf: '2032-04-01' }),
      jpBenefit({ ...member, kind: 'old-age', asOf: '2031-04-01' }),
      jpBenefit({ ...member, kind: 'old-age', asOf: '2032-04-01', averageIndexedWage: 90_000_000 }),
      jpBenefit({
        kind: 'old-age',
        birthDate: '1968-05-20',
        asOf: '2027-06-01',
        contributions: [{ from: '2017-06', to: '2027-05', wage: 20_000_000 }],
        inflation: [],
        yields: Array.from({ length: 11 }, (_, i) => ({ year: 2017 + i, rate: '0.05' })),
      }),
      jpBenefit({
        kind: 'disability',
        birthDate: '1980-01-01',
        eventDate: '2026-06-15',
        membershipStart: '2020-06-01',
        contributions: [{ from: '2020-06', to: '2026-05', wage: 20_000_000 }],
        inflation: Array.from({ length: 6 }, (_, i) => ({ year: 2020 + i, rate: '0.02' })),
      }),
      jpBenefit({ ...member, kind: 'disability', eventDate: '2032-06-15', membershipStart: '2016-01-01' }),
      ...(['spouse', 'child', 'parent'] as const).flatMap((beneficiary) => [
        jpBenefit({
          ...member,
          kind: 'survivor',
          beneficiary,
          eventDate: '2032-01-15',
          membershipStart: '2016-01-01',
        }),
        jpBenefit({
          kind: 'survivor',
          beneficiary,
          birthDate: '1950-01-01',
          eventDate: '2026-01-15',
          pensionInPayment: 2_000_000,
        }),
      ]),
    ];
    for (const r of results) noRawCode(r);
  });

  it('counts 15 years for a survivor only after a year of membership with 80 % density, from the history', () => {
    const history = {
      kind: 'survivor',
      beneficiary: 'spouse',
      birthDate: '1980-01-01',
      inflation: Array.from({ length: 8 }, (_, i) => ({ year: 2018 + i, rate: '0' })),
    } as const;
    // Member since 2018-01-01, 96 months paid of 96, died 2026-01-20: counted 180 months.
    const full = jpBenefit({
      ...history,
      eventDate: '2026-01-20',
      membershipStart: '2018-01-01',
      contributions: [{ from: '2018-01', to: '2025-12', wage: 4_000_000 }] as const,
    });
    // 1 % × 180/12 × 4.000.000 = 600.000; 50 % = 300.000 → minimum 411.400.
    expect(full).toMatchObject({
      status: 'pension',
      countedMonthCount: 180,
      beforeLimits: 300_000,
      monthly: 411_400,
    });
    // Paid 48 of 96 months (50 %): no floor; 1 % × 4 × 4.000.000 = 160.000; 50 % = 80.000.
    const sparse = jpBenefit({
      ...history,
      eventDate: '2026-01-20',
      membershipStart: '2018-01-01',
      contributions: [{ from: '2022-01', to: '2025-12', wage: 4_000_000 }] as const,
    });
    expect(sparse).toMatchObject({ countedMonthCount: 48, beforeLimits: 80_000 });
  });

  it('applies no limits to survivors with the other reading of Pasal 18', () => {
    const noLimits = withRules(
      OFFICIAL_RULEBOOK,
      [
        {
          id: 'jp.survivor.limits-apply',
          versions: [
            {
              from: '2015-07-01',
              value: false,
              citations: [{ instrument: 'PP 45/2015', article: 'Pasal 18' }],
              confidence: 'C',
            },
          ],
        },
      ],
      'no survivor limits',
    );
    const r = jpBenefit({
      ...member,
      kind: 'survivor',
      beneficiary: 'parent',
      eventDate: '2032-01-15',
      membershipStart: '2016-01-01',
      rulebook: noLimits,
    });
    // 20 % × 800.000 = 160.000, not lifted.
    expect(r).toMatchObject({ status: 'pension', monthly: 160_000, limitApplied: 'none' });
    expect(r).not.toHaveProperty('limits');
  });

  it('refuses the disability pension at or after the pension age', () => {
    expect(
      jpBenefit({ ...member, kind: 'disability', eventDate: '2032-06-15', membershipStart: '2016-01-01' }),
    ).toMatchObject({
      status: 'not-eligible',
      reasons: ['at-or-above-pension-age'],
      pensionAgeDate: '2032-03-10',
    });
  });

  it('refuses bad input with every issue and its path', () => {
    expect(
      issuesOf(() =>
        jpBenefit({ kind: 'old-age', birthDate: '1971-03-10', asOf: '2032-04-01', monthCount: 192 } as never),
      ),
    ).toEqual(['averageIndexedWage']);
    expect(
      issuesOf(() =>
        jpBenefit({
          ...member,
          kind: 'old-age',
          asOf: '2032-04-01',
          contributions: [{ from: '2016-01', to: '2031-12', wage: 1 }],
        } as never),
      ),
    ).toEqual(['contributions', 'inflation']);
    expect(
      issuesOf(() =>
        jpBenefit({ ...member, kind: 'old-age', asOf: '2032-04-01', pensionInPayment: 1 } as never),
      ),
    ).toEqual(['contributions', 'pensionInPayment']);
    // More months than JP has existed.
    expect(
      issuesOf(() => jpBenefit({ ...member, kind: 'old-age', birthDate: '1967-03-10', asOf: '2027-01-01' })),
    ).toEqual(['monthCount']);
    // A lump sum needs the history; the inflation years are named.
    expect(
      issuesOf(() => jpBenefit({ ...member, monthCount: 100, kind: 'old-age', asOf: '2032-04-01' })),
    ).toEqual(['contributions']);
    const e = thrown(() =>
      jpBenefit({
        kind: 'old-age',
        birthDate: '1971-03-10',
        asOf: '2032-04-01',
        contributions: [{ from: '2016-01', to: '2031-12', wage: 5_000_000 }],
        inflation: [{ year: 2016, rate: '0.03' }],
      }),
    );
    expect(e.issues).toHaveLength(15);
    expect(e.issues[0]?.message).toContain('2017');
    // Overlapping periods, and months after the event.
    expect(
      issuesOf(() =>
        jpBenefit({
          kind: 'disability',
          birthDate: '1980-01-01',
          eventDate: '2026-06-15',
          membershipStart: '2020-06-01',
          contributions: [
            { from: '2020-06', to: '2026-07', wage: 1 },
            { from: '2021-01', to: '2021-02', wage: 1 },
          ],
          inflation: [],
        }),
      ),
    ).toEqual(['contributions.0.to', 'contributions.1']);
    expect(JpBenefitInputSchema.safeParse({ ...member, kind: 'old-age', asOf: '2032-04-01' }).success).toBe(
      true,
    );
  });

  it('keeps an eligible pension within the minimum and maximum (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 180, max: 200 }),
        fc.integer({ min: 0, max: 500_000_000 }),
        fc.constantFrom('old-age', 'disability') as fc.Arbitrary<'old-age' | 'disability'>,
        (monthCount, averageIndexedWage, kind) => {
          const r =
            kind === 'old-age'
              ? jpBenefit({
                  kind,
                  birthDate: '1971-03-10',
                  asOf: '2032-04-01',
                  monthCount,
                  averageIndexedWage,
                })
              : jpBenefit({
                  kind,
                  birthDate: '1980-01-01',
                  eventDate: '2032-06-15',
                  membershipStart: '2015-07-01',
                  monthCount,
                  averageIndexedWage,
                });
          if (r.status !== 'pension') throw new Error(`expected a pension, got ${r.status}`);
          expect(r.monthly).toBeGreaterThanOrEqual(411_400);
          expect(r.monthly).toBeLessThanOrEqual(4_932_300);
          expect(Number.isSafeInteger(r.monthly)).toBe(true);
        },
      ),
    );
  });
});
