import fc from 'fast-check';
import type { IsoDate, YearMonth } from 'jamsostek';
import { JkpBenefitInputSchema, jkpBenefit } from 'jamsostek/benefits';
import { explain } from 'jamsostek/explain';
import { OFFICIAL_RULEBOOK, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { issuesOf, thrown } from '../helpers.ts';

const base = {
  eventDate: '2025-06-10',
  reason: 'dismissal',
  contract: 'open-ended',
  wage: 8_000_000,
  contributions: [{ from: '2023-01', to: '2025-05' }],
} as const;

const noRawCode = (r: Parameters<typeof explain>[0]) => {
  for (const lang of ['id', 'en'] as const)
    for (const line of explain(r, { lang })) {
      expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
      expect(line).not.toMatch(/\{\w+(:\w+)?\}/);
    }
};

describe('jkpBenefit', () => {
  it('names the non-cash benefits without an amount and who pays', () => {
    const r = jkpBenefit(base);
    if (r.status !== 'eligible') throw new Error('expected eligible');
    expect(r.nonCash).toEqual(['job-market-information', 'job-training']);
    expect(r.paidBy).toBe('bpjs');
    expect(r.regime).toBe('PP 6/2025');
    expect(r.claimDate).toBe('2025-06-10');
    expect(r.byMonth.map((m) => m.paymentDate)).toEqual([
      '2025-06-10',
      '2025-07-10',
      '2025-08-10',
      '2025-09-10',
      '2025-10-10',
      '2025-11-10',
    ]);
    expect(r.confidence).toBe('A');
    noRawCode(r);
  });

  it('counts only the months of the 24 calendar months before the month of the job loss', () => {
    // 2023-06 … 2025-05 is the window; months of June 2025 and later, and before 2023-06, do not count.
    const r = jkpBenefit({ ...base, contributions: [{ from: '2020-01', to: '2025-12' }] });
    expect(r.contributionMonthCount).toBe(24);
    const short = jkpBenefit({ ...base, contributions: [{ from: '2024-06', to: '2025-04' }] });
    expect(short.contributionMonthCount).toBe(11);
    expect(short).toMatchObject({ status: 'not-eligible', reasons: ['contribution-months-too-few'] });
    // Overlapping ranges count each month once.
    const overlap = jkpBenefit({
      ...base,
      contributions: [
        { from: '2024-06', to: '2025-04' },
        { from: '2025-01', to: '2025-05' },
      ],
    });
    expect(overlap.contributionMonthCount).toBe(12);
    expect(overlap.status).toBe('eligible');
  });

  it('under PP 37/2021 the 6 consecutive months end in the month before the job loss (switchable)', () => {
    // 8 months at firm A ending 9 months before the job loss, a gap, 4 months at firm B up to it.
    const history = [
      { from: '2022-02', to: '2022-09' },
      { from: '2023-02', to: '2023-05' },
    ] as const;
    const input = { ...base, eventDate: '2023-06-10', contributions: history } as const;
    const r = jkpBenefit(input);
    expect(r).toMatchObject({ status: 'not-eligible', reasons: ['consecutive-months-too-few'] });
    expect(r.confidence).toBe('C');
    const anyRun = withRules(
      OFFICIAL_RULEBOOK,
      [
        {
          id: 'jkp.benefit.consecutive-months',
          versions: [
            {
              from: '2021-02-02',
              to: '2025-02-07',
              value: { months: 6, endingAtJobLoss: false },
              citations: [{ instrument: 'PP 37/2021', article: 'Pasal 19 ayat (3)' }],
              confidence: 'C',
            },
          ],
        },
      ],
      'any run',
    );
    expect(jkpBenefit({ ...input, rulebook: anyRun }).status).toBe('eligible');
    // Under PP 6/2025 the same history (shifted) is enough.
    expect(
      jkpBenefit({
        ...base,
        contributions: [
          { from: '2024-02', to: '2024-09' },
          { from: '2025-02', to: '2025-05' },
        ],
      }).status,
    ).toBe('eligible');
  });

  it('lists every reason at once', () => {
    const r = jkpBenefit({
      ...base,
      reason: 'retirement',
      claimDate: '2026-01-01',
      willingToWork: false,
      contributions: [],
      previousBenefits: { count: 3, contributionMonthCount: 100 },
      membership: { enterpriseSize: 'large', programs: ['JKK', 'JKM', 'JHT'], jkn: false },
    });
    expect(r).toMatchObject({
      status: 'not-eligible',
      total: 0,
      byMonth: [],
      reasons: [
        'retirement',
        'not-willing-to-work',
        'contribution-months-too-few',
        'claim-deadline-passed',
        'claim-limit-reached',
        'companion-programs-missing',
      ],
    });
    const text = explain(r, { lang: 'en' }).join('\n');
    expect(text).toContain('JP, JKN');
    expect(text).toContain('last day 2025-12-09');
    noRawCode(r);
  });

  it('applies the limit of three claims and five years of contributions between them (Pasal 35)', () => {
    expect(jkpBenefit({ ...base, previousBenefits: { count: 1, contributionMonthCount: 59 } })).toMatchObject(
      {
        reasons: ['too-soon-after-previous-benefit'],
      },
    );
    expect(jkpBenefit({ ...base, previousBenefits: { count: 2, contributionMonthCount: 60 } }).status).toBe(
      'eligible',
    );
    expect(jkpBenefit({ ...base, previousBenefits: { count: 0, contributionMonthCount: 0 } }).status).toBe(
      'eligible',
    );
  });

  it('checks the companion programs by enterprise size (Pasal 4 ayat (3))', () => {
    const small = { enterpriseSize: 'small', programs: ['JKK', 'JKM', 'JHT'], jkn: true } as const;
    expect(jkpBenefit({ ...base, membership: small }).status).toBe('eligible');
    expect(jkpBenefit({ ...base, membership: { ...small, enterpriseSize: 'medium' } })).toMatchObject({
      reasons: ['companion-programs-missing'],
    });
    const checked = jkpBenefit({ ...base, membership: small });
    expect(checked.basis.notices.map((n) => n.code)).not.toContain('jkp.membership-not-checked');
    expect(jkpBenefit(base).basis.notices.map((n) => n.code)).toContain('jkp.membership-not-checked');
  });

  it('says who pays first when the employer is in arrears (Pasal 39, 39A)', () => {
    const upTo3 = jkpBenefit({ ...base, employer: { arrearsMonthCount: 3 } });
    expect(upTo3).toMatchObject({ status: 'eligible', paidBy: 'bpjs', total: 18_000_000 });
    expect(jkpBenefit({ ...base, employer: { arrearsMonthCount: 4 } })).toMatchObject({
      paidBy: 'employer-first',
    });
    expect(jkpBenefit({ ...base, employer: { arrearsMonthCount: 6, insolvency: 'bankrupt' } })).toMatchObject(
      {
        paidBy: 'bpjs',
      },
    );
    expect(jkpBenefit({ ...base, employer: { arrearsMonthCount: 7, insolvency: 'closed' } })).toMatchObject({
      paidBy: 'employer-first',
    });
    // Pasal 39A came with PP 6/2025: a bankruptcy in 2023 with 5 months of arrears is the general rule.
    const y2023 = {
      ...base,
      eventDate: '2023-06-10',
      contributions: [{ from: '2021-02', to: '2023-05' }],
    } as const;
    expect(
      jkpBenefit({ ...y2023, employer: { arrearsMonthCount: 5, insolvency: 'bankrupt' } }),
    ).toMatchObject({
      paidBy: 'employer-first',
    });
    for (const r of [
      upTo3,
      jkpBenefit({ ...base, employer: { arrearsMonthCount: 7, insolvency: 'closed' } }),
    ])
      noRawCode(r);
  });

  it('flags a claim straddling 2025-02-07 when the payment dates are assumed, and a PP 37/2021 job loss claimed after it', () => {
    const r = jkpBenefit({
      ...base,
      eventDate: '2024-12-10',
      claimDate: '2024-12-20',
      contributions: [{ from: '2022-01', to: '2024-11' }],
    });
    // Monthly from 2024-12-20: months 1–2 before 2025-02-07 at 45 %, months 3–6 at 60 %.
    // 2 × 2.250.000 + 4 × 3.000.000 = 16.500.000.
    expect(r.total).toBe(16_500_000);
    expect(r.basis.notices.map((n) => n.code)).toContain('jkp.payment-dates-assumed');
    noRawCode(r);
    const late = jkpBenefit({
      ...base,
      eventDate: '2025-01-20',
      claimDate: '2025-03-01',
      contributions: [{ from: '2023-01', to: '2024-12' }],
    });
    expect(late.basis.notices.map((n) => n.code)).toContain('jkp.transition-unverified');
    expect(late.regime).toBe('PP 6/2025');
    // Partial payment dates: the rest follow monthly after the last given date.
    const partial = jkpBenefit({ ...base, paymentDates: ['2025-07-01', '2025-08-15'] });
    if (partial.status !== 'eligible') throw new Error('expected eligible');
    expect(partial.byMonth.map((m) => m.paymentDate)).toEqual([
      '2025-07-01',
      '2025-08-15',
      '2025-09-15',
      '2025-10-15',
      '2025-11-15',
      '2025-12-15',
    ]);
  });

  it('refuses bad input with every issue and its path', () => {
    expect(
      issuesOf(() =>
        jkpBenefit({
          ...base,
          claimDate: '2025-06-01',
          reason: 'contract-ended',
          wage: -1,
          contributions: [{ from: '2025-05', to: '2025-01' }],
          paymentDates: ['2025-07-01', '2025-06-01'],
          extra: 1,
        } as never),
      ),
    ).toEqual(['wage', 'contributions.0.to', 'extra', 'claimDate', 'reason', 'paymentDates']);
    expect(issuesOf(() => jkpBenefit({ ...base, paymentDates: Array(7).fill('2025-07-01') }))).toEqual([
      'paymentDates',
    ]);
    expect(issuesOf(() => jkpBenefit({ ...base, reason: 'quit' as never }))).toEqual(['reason']);
    expect(thrown(() => jkpBenefit({ ...base, eventDate: '2020-06-10' })).code).toBe('RULE_NOT_IN_FORCE');
    expect(JkpBenefitInputSchema.safeParse(base).success).toBe(true);
  });

  it('shares nothing with its input or with another result', () => {
    const input = { ...base, contributions: [{ from: '2023-01', to: '2025-05' }] as const };
    const a = jkpBenefit(input);
    const b = jkpBenefit(input);
    if (a.status !== 'eligible' || b.status !== 'eligible') throw new Error('expected eligible');
    expect(a.byMonth).not.toBe(b.byMonth);
    expect(a.nonCash).not.toBe(b.nonCash);
    expect(a.basis.rules).not.toBe(b.basis.rules);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

const month = fc
  .integer({ min: 2019 * 12, max: 2028 * 12 + 11 })
  .map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}` as YearMonth);
const date = fc
  .date({ min: new Date('2021-02-02T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);

describe('JKP properties', () => {
  it('never more than 60 % × Rp5.000.000 × 6, six months at most, whole rupiah', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.array(fc.tuple(month, month), { maxLength: 5 }),
        (eventDate, wage, ranges) => {
          const contributions = ranges.map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
          const r = jkpBenefit({
            eventDate,
            reason: 'dismissal',
            contract: 'open-ended',
            wage,
            contributions,
          });
          expect(r.total).toBeLessThanOrEqual(0.6 * 5_000_000 * 6);
          expect(r.byMonth.length).toBeLessThanOrEqual(6);
          expect(Number.isSafeInteger(r.total)).toBe(true);
          expect(r.total).toBe(r.byMonth.reduce((s, m) => s + m.amount, 0));
          expect(r.contributionMonthCount).toBeLessThanOrEqual(24);
        },
      ),
    );
  });

  it('is monotone in the wage', () => {
    fc.assert(
      fc.property(date, fc.nat(20_000_000), fc.nat(20_000_000), (eventDate, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const input = {
          eventDate,
          reason: 'dismissal',
          contract: 'open-ended',
          contributions: [{ from: '2019-01', to: '2030-12' }],
        } as const;
        expect(jkpBenefit({ ...input, wage: lo }).total).toBeLessThanOrEqual(
          jkpBenefit({ ...input, wage: hi }).total,
        );
      }),
    );
  });
});
