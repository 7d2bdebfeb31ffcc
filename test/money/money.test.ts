import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import {
  allocate,
  applyRate,
  formatCount,
  formatRate,
  formatRupiah,
  isJamsostekError,
  isRupiah,
  parseRupiah,
  roundRupiah,
} from 'jamsostek';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../helpers.ts';

describe('applyRate', () => {
  it('is exact where floats are not: 3125 × 0.24 % = 7,5 → 8 half-up (Math.round gives 7)', () => {
    expect(Math.round(3125 * 0.0024)).toBe(7);
    expect(applyRate(3125, '0.0024')).toBe(8);
    expect(applyRate(3125, '0.0024', { mode: 'down', unit: 1 })).toBe(7);
    expect(applyRate(3125, '0.0024', { mode: 'half-even', unit: 1 })).toBe(8);
    expect(applyRate(3135, '0.0024', { mode: 'half-even', unit: 1 })).toBe(8); // 7,524 → 8
    expect(applyRate(3125, '0.0024', { mode: 'up', unit: 1 })).toBe(8);
    expect(applyRate(1_041_667, '0.0024', { mode: 'half-even', unit: 1 })).toBe(2_500); // 2500,0008 → 2500
  });

  it('handles half-even ties both ways: 2,5 → 2 and 3,5 → 4', () => {
    expect(applyRate(5, '0.5', { mode: 'half-even', unit: 1 })).toBe(2);
    expect(applyRate(7, '0.5', { mode: 'half-even', unit: 1 })).toBe(4);
  });

  it('rounds to larger units: 7.349.734,9 down to Rp100 = 7.349.700', () => {
    expect(applyRate(73_497_349, '0.1', { mode: 'down', unit: 100 })).toBe(7_349_700);
  });

  it('uses exact big-integer arithmetic when the product is not a safe integer', () => {
    // 9.007.199.254.740.991 × 5 is beyond 2^53; × 0,5 = 4.503.599.627.370.495,5, rounded down.
    expect(applyRate(Number.MAX_SAFE_INTEGER, '0.5', { mode: 'down', unit: 1 })).toBe(4_503_599_627_370_495);
  });

  it('rejects a rate that is not a decimal string', () => {
    expect(errorCode(() => applyRate(100, '1e-3'))).toBe('INVALID_INPUT');
  });

  it('agrees with decimal.js on random amounts and rates (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom('half-up', 'half-even', 'down', 'up' as const),
        (amount, bp, mode) => {
          const rate = new Decimal(bp).div(10_000).toFixed();
          const dm = {
            'half-up': Decimal.ROUND_HALF_UP,
            'half-even': Decimal.ROUND_HALF_EVEN,
            down: Decimal.ROUND_DOWN,
            up: Decimal.ROUND_UP,
          }[mode];
          const expected = new Decimal(amount).mul(rate).toDecimalPlaces(0, dm).toNumber();
          expect(applyRate(amount, rate, { mode, unit: 1 })).toBe(expected);
        },
      ),
    );
  });
});

describe('roundRupiah', () => {
  it('names its mode and unit', () => {
    expect(roundRupiah('7.5')).toBe(8);
    expect(roundRupiah('-7.5')).toBe(-8);
    expect(roundRupiah('7.5', { mode: 'half-even', unit: 1 })).toBe(8);
    expect(roundRupiah('6.5', { mode: 'half-even', unit: 1 })).toBe(6);
    expect(roundRupiah('7.1', { mode: 'up', unit: 1 })).toBe(8);
    expect(roundRupiah('7349734.9', { mode: 'down', unit: 100 })).toBe(7_349_700);
  });

  it('throws OUT_OF_RANGE beyond safe integers and INVALID_INPUT for non-finite values or exponent text', () => {
    expect(errorCode(() => roundRupiah('100000000000000000000'))).toBe('OUT_OF_RANGE');
    expect(errorCode(() => roundRupiah('1e20'))).toBe('INVALID_INPUT');
    expect(errorCode(() => roundRupiah(Number.POSITIVE_INFINITY))).toBe('INVALID_INPUT');
  });

  it('ignores a host application calling Decimal.set on the global constructor', () => {
    const saved = Decimal.precision;
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN });
    try {
      expect(roundRupiah('2867558.5')).toBe(2_867_559);
      expect(allocate(100, ['0.333', '0.667'])).toEqual([33, 67]);
    } finally {
      Decimal.set({ precision: saved, rounding: Decimal.ROUND_HALF_UP });
    }
  });
});

describe('allocate', () => {
  it('splits by largest remainder with the earlier part winning ties', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(100, [1, 1, 1], { priority: [2] })).toEqual([33, 33, 34]);
    expect(allocate(10, [0, 1])).toEqual([0, 10]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('splits Pasuruan’s 2.867.558.400 60/40 exactly (1.720.535.040 + 1.147.023.360)', () => {
    expect(allocate(2_867_558_400, ['0.6', '0.4'])).toEqual([1_720_535_040, 1_147_023_360]);
  });

  it('rejects bad totals, weights and priorities, listing every problem', () => {
    try {
      allocate(1.5, [-1, Number.NaN, 'x'], { priority: [9] });
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.code).toBe('INVALID_INPUT');
      const paths = isJamsostekError(e) ? e.issues.map((i) => i.path.join('.')) : [];
      expect(paths).toEqual(['total', 'weights.0', 'weights.1', 'weights.2', 'priority.0']);
    }
    expect(errorCode(() => allocate(10, []))).toBe('INVALID_INPUT');
    expect(errorCode(() => allocate(10, [0, 0]))).toBe('INVALID_INPUT');
  });

  it('conserves the total for random totals and weights, each part within 1 of its exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc
          .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.length).toBe(weights.length);
          expect(parts.reduce((a, b) => BigInt(a) + BigInt(b), 0n)).toBe(BigInt(total));
          const sum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            expect(Number.isSafeInteger(p)).toBe(true);
            const exact = new Decimal(total).mul(weights[i] as number).div(sum);
            expect(new Decimal(p).minus(exact).abs().lt(1)).toBe(true);
          });
        },
      ),
    );
  });

  it('conserves with decimal-string weights too (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(
          fc.integer({ min: 1, max: 9999 }).map((n) => (n / 100).toFixed(2)),
          { minLength: 1, maxLength: 8 },
        ),
        (total, weights) => {
          expect(allocate(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
        },
      ),
    );
  });
});

describe('formatting and parsing', () => {
  it('formats rupiah with the grouping of the language', () => {
    expect(formatRupiah(16_800)).toBe('Rp16.800');
    expect(formatRupiah(2_867_558_400)).toBe('Rp2.867.558.400');
    expect(formatRupiah(2_867_558_400, 'en')).toBe('Rp2,867,558,400');
    expect(formatRupiah(0)).toBe('Rp0');
    expect(formatRupiah(-2_500)).toBe('-Rp2.500');
    expect(errorCode(() => formatRupiah(0.5))).toBe('INVALID_INPUT');
    expect(errorCode(() => formatRupiah(1, 'fr' as 'en'))).toBe('INVALID_INPUT');
  });

  it('formats rates and counts in both languages', () => {
    expect(formatRate('0.0024')).toBe('0,24 %');
    expect(formatRate('0.037', 'en')).toBe('3.7%');
    expect(formatCount(1_480_981)).toBe('1.480.981');
    expect(formatCount(1_480_981, 'en')).toBe('1,480,981');
    expect(formatCount(-12.5)).toBe('-12,5');
  });

  it('parses amounts as written in Indonesian documents', () => {
    expect(parseRupiah('Rp16.800')).toBe(16_800);
    expect(parseRupiah('16.800')).toBe(16_800);
    expect(parseRupiah('Rp16.800,00')).toBe(16_800);
    expect(parseRupiah('Rp 2,8 miliar')).toBe(2_800_000_000);
    expect(parseRupiah('Rp2.867.558.400')).toBe(2_867_558_400);
    expect(parseRupiah('100 juta')).toBe(100_000_000);
    expect(parseRupiah('Rp10 ribu')).toBe(10_000);
    expect(parseRupiah('Rp51,57 M')).toBe(51_570_000_000);
    expect(parseRupiah('-Rp2.500')).toBe(-2_500);
  });

  it('rejects text that is not a whole-rupiah amount', () => {
    for (const bad of ['abc', 'Rp1,2,3', 'Rp16.80', '2,8 zillion', 'Rp0,5']) {
      expect(errorCode(() => parseRupiah(bad))).toBe('INVALID_INPUT');
    }
  });

  it('round-trips formatted amounts (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(parseRupiah(formatRupiah(n))).toBe(n);
      }),
    );
  });

  it('recognises whole-rupiah numbers', () => {
    expect(isRupiah(16_800)).toBe(true);
    expect(isRupiah(0.5)).toBe(false);
    expect(isRupiah('16800')).toBe(false);
  });
});
