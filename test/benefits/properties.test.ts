import fc from 'fast-check';
import type { IsoDate } from 'jamsostek';
import { jkkBenefit, jkmBenefit, scholarshipSchedule } from 'jamsostek/benefits';
import { describe, expect, it } from 'vitest';

const wage = fc.integer({ min: 1, max: 1_000_000_000 });
const date = fc
  .date({ min: new Date('2015-07-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);
const isMoney = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

describe('benefit properties', () => {
  it('JKK amounts are non-negative whole rupiah and total = sum of items', () => {
    fc.assert(
      fc.property(wage, date, fc.integer({ min: 0, max: 60 }), fc.boolean(), (w, d, stmb, death) => {
        const r = jkkBenefit({ eventDate: d, segment: 'PU', wage: w, stmbMonths: stmb, death });
        // No claim date and no arrears: always paid.
        if (r.status !== 'paid') throw new Error(`expected paid, got ${r.status}`);
        for (const i of r.items) expect(isMoney(i.amount)).toBe(true);
        expect(r.total).toBe(r.items.reduce((s, i) => s + i.amount, 0));
        expect(r.stmb.reduce((s, b) => s + b.amount, 0)).toBe(
          r.items.find((i) => i.item === 'jkk.stmb')?.amount ?? 0,
        );
      }),
    );
  });

  it('JKK is monotone in the wage', () => {
    fc.assert(
      fc.property(wage, wage, date, fc.integer({ min: 0, max: 30 }), (a, b, d, stmb) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const input = { eventDate: d, segment: 'PU', stmbMonths: stmb, totalDisability: true } as const;
        expect(jkkBenefit({ ...input, wage: lo }).total).toBeLessThanOrEqual(
          jkkBenefit({ ...input, wage: hi }).total,
        );
      }),
    );
  });

  it('JKM now + deferred = total, and never more than the full benefit', () => {
    fc.assert(
      fc.property(
        date.filter((d) => d >= '2016-01-01'),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 200 }),
        (d, arrears, months) => {
          const r = jkmBenefit({
            eventDate: d,
            segment: 'BPU',
            membershipStart: '2015-07-01',
            contributionMonths: months,
            arrearsMonths: arrears,
          });
          const deferredTotal = r.status === 'deferred' ? r.deferredTotal : 0;
          expect(r.payableNow + deferredTotal).toBe(r.total);
          expect(r.total).toBeLessThanOrEqual(42_000_000);
          expect(isMoney(r.total)).toBe(true);
        },
      ),
    );
  });

  it('scholarship totals are the sum of the years, within 87.000.000 per child, and every paid year is before 23', () => {
    const child = fc.record({
      birthDate: fc
        .date({
          min: new Date('1995-01-01T00:00:00Z'),
          max: new Date('2025-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((x) => x.toISOString().slice(0, 10) as IsoDate),
      level: fc.constantFrom('TK-SD', 'SMP', 'SMA', 'university' as const),
    });
    fc.assert(
      fc.property(fc.array(child, { maxLength: 2 }), (children) => {
        const r = scholarshipSchedule({ eventDate: '2025-06-01', cause: 'work-accident-death', children });
        // A work-accident death needs no minimum contribution period.
        if (r.status !== 'eligible') throw new Error(`expected eligible, got ${r.status}`);
        let sum = 0;
        for (const c of r.children) {
          const years = c.years.reduce((s, y) => s + y.amount, 0);
          expect(c.total).toBe(years);
          expect(c.total).toBeLessThanOrEqual(87_000_000);
          for (const y of c.years) expect(y.age).toBeLessThan(23);
          sum += c.total;
        }
        expect(r.total).toBe(sum);
      }),
    );
  });
});
