import { jhtBalance, jhtWithdrawal, jkpBenefit, jpBenefit } from 'jamsostek/benefits';
import { describe, expect, it } from 'vitest';
import { jhtBalanceGolden, jhtWithdrawalGolden, jkpGolden, jpGolden } from '../golden/benefits-jkp-jht-jp.ts';

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

describe('golden JHT balances', () => {
  for (const g of jhtBalanceGolden) {
    it(`${g.name} (${g.source})`, () => {
      const r = jhtBalance(g.input);
      expect({ balance: r.balance, contributions: r.contributions, yieldAmount: r.yieldAmount }).toEqual(
        g.expected,
      );
    });
  }
});

describe('golden JHT withdrawals', () => {
  for (const g of jhtWithdrawalGolden) {
    it(`${g.name} (${g.source})`, () => {
      const r = jhtWithdrawal(g.input);
      expect(r.status).toBe(g.expected.status);
      if (g.expected.status === 'not-payable') {
        expect(r).toMatchObject({ reasons: g.expected.reasons, amount: 0 });
      } else {
        expect(r).toMatchObject({ amount: g.expected.amount, payableFrom: g.expected.payableFrom });
      }
    });
  }
});

describe('golden JP benefits', () => {
  for (const g of jpGolden) {
    it(`${g.name} (${g.source})`, () => {
      const r = jpBenefit(g.input);
      expect(r.status).toBe(g.expected.status);
      const { status: _, ...rest } = g.expected;
      expect(r).toMatchObject(rest);
    });
  }
});
