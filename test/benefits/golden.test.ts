import { jkkBenefit, jkmBenefit, scholarshipSchedule } from 'jamsostek/benefits';
import { describe, expect, it } from 'vitest';
import { jkkGolden, jkmGolden, scholarshipGolden } from '../golden/benefits.ts';

describe('golden JKM cases', () => {
  for (const g of jkmGolden) {
    it(`${g.name} (${g.source})`, () => {
      const r = jkmBenefit(g.input);
      expect(r.total).toBe(g.expected.total);
      if (g.expected.payableNow !== undefined) expect(r.payableNow).toBe(g.expected.payableNow);
      if (g.expected.deferredTotal !== undefined)
        expect(r).toMatchObject({ status: 'deferred', deferredTotal: g.expected.deferredTotal });
    });
  }
});

describe('golden JKK cases', () => {
  for (const g of jkkGolden) {
    it(`${g.name} (${g.source})`, () => {
      expect(jkkBenefit(g.input).total).toBe(g.expected.total);
    });
  }
});

describe('golden scholarship cases', () => {
  for (const g of scholarshipGolden) {
    it(`${g.name} (${g.source})`, () => {
      expect(scholarshipSchedule(g.input).total).toBe(g.expected.total);
    });
  }
});
