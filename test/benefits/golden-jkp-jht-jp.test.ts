import { jkpBenefit } from 'jamsostek/benefits';
import { describe, expect, it } from 'vitest';
import { jkpGolden } from '../golden/benefits-jkp-jht-jp.ts';

describe('golden JKP cases', () => {
  for (const g of jkpGolden) {
    it(`${g.name} (${g.source})`, () => {
      const r = jkpBenefit(g.input);
      expect(r.status).toBe(g.expected.status);
      if (g.expected.contributionMonthCount !== undefined)
        expect(r.contributionMonthCount).toBe(g.expected.contributionMonthCount);
      if (g.expected.status === 'eligible') {
        expect(r.total).toBe(g.expected.total);
        if (g.expected.monthly) expect(r.byMonth.map((m) => m.amount)).toEqual(g.expected.monthly);
      } else if (r.status === 'not-eligible') {
        expect(r.reasons).toEqual(g.expected.reasons);
        expect(r.total).toBe(0);
      }
    });
  }
});
