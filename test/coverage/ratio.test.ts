import fc from 'fast-check';
import { isJamsostekError } from 'jamsostek';
import {
  compareRatios,
  formatPercent,
  formatPoints,
  ratio,
  ratioDifference,
  ratioFromDecimal,
  ratioPercent,
  ratioToDecimal,
  reduceRatio,
} from 'jamsostek/coverage';
import { describe, expect, it } from 'vitest';
import { errorCode, issuesOf } from '../helpers.ts';

describe('ratio display', () => {
  // Article 000 (Jember, Dec 2025): the regency's 82.093 workers "menyumbang sekitar 25,3 persen" of 323.739.
  // Hand arithmetic: 323.739 × 0,2535 = 82.067,8 < 82.093 < 82.100,2 = 323.739 × 0,2536, and
  // 323.739 × 0,25355 = 82.084,0 < 82.093, so the exact share lies in [25,355 %; 25,36 %).
  const share = ratio(82093, 323739);

  it('truncates or rounds half-up as asked (25,3 % vs 25,4 % at one decimal)', () => {
    expect(formatPercent(share, { decimals: 1, mode: 'down' })).toBe('25,3 %');
    expect(formatPercent(share, { decimals: 1, mode: 'half-up' })).toBe('25,4 %');
    expect(formatPercent(share, { decimals: 2, mode: 'down' })).toBe('25,35 %');
    expect(formatPercent(share)).toBe('25,36 %');
  });

  it('uses Indonesian or English style', () => {
    const coverage = ratio(323739, 1480981);
    expect(formatPercent(coverage)).toBe('21,86 %');
    expect(formatPercent(coverage, { lang: 'en' })).toBe('21.86%');
    expect(formatPercent(coverage, { decimals: 0 })).toBe('22 %');
    expect(formatPoints(ratio(82093, 1480981), { lang: 'en' })).toBe('5.54 pp');
    expect(formatPoints(ratio(82093, 1480981))).toBe('5,54 poin');
  });

  it('supports every rounding mode on exact halves', () => {
    const half = ratio(1, 8); // 12,5 %
    expect(ratioPercent(half, { decimals: 0, mode: 'half-up' })).toBe('13');
    expect(ratioPercent(half, { decimals: 0, mode: 'half-even' })).toBe('12');
    expect(ratioPercent(ratio(3, 8), { decimals: 0, mode: 'half-even' })).toBe('38');
    expect(ratioPercent(half, { decimals: 0, mode: 'down' })).toBe('12');
    expect(ratioPercent(half, { decimals: 0, mode: 'up' })).toBe('13');
    expect(ratioPercent(ratio(1, 3), { decimals: 3, mode: 'up' })).toBe('33.334');
    expect(ratioToDecimal(ratio(1, 3))).toBe('0.3333');
  });

  it('keeps the sign of differences, rounding towards zero when truncating', () => {
    const d = ratioDifference(ratio(3215, 10000), ratio(4392, 10000));
    expect(d).toEqual({ numerator: -1177, denominator: 10000 });
    expect(formatPoints(d)).toBe('-11,77 poin');
    expect(ratioPercent(ratio(-1, 3), { decimals: 1, mode: 'down' })).toBe('-33.3');
    expect(ratioPercent(ratio(-2, 3), { decimals: 1 })).toBe('-66.7');
  });

  it('does not drift where floats do', () => {
    // 0,145 is 0.14499999999999999 as a double; exactly it is a half, rounding up to 0,15.
    expect(ratioToDecimal(ratio(145, 1000), { decimals: 2 })).toBe('0.15');
    expect((0.145).toFixed(2)).toBe('0.14');
  });

  it('reduces, compares and parses exactly', () => {
    expect(reduceRatio(ratio(4392, 10000))).toEqual({ numerator: 549, denominator: 1250 });
    expect(compareRatios(ratio(1, 3), ratio(2, 6))).toBe(0);
    expect(compareRatios(ratio(1, 3), ratio(1, 2))).toBe(-1);
    expect(compareRatios(ratio(1, 2), ratio(1, 3))).toBe(1);
    expect(ratioFromDecimal('0.995')).toEqual({ numerator: 995, denominator: 1000 });
    expect(ratioFromDecimal('1')).toEqual({ numerator: 1, denominator: 1 });
  });

  it('rejects bad terms and options with INVALID_INPUT', () => {
    expect(errorCode(() => ratio(1, 0))).toBe('INVALID_INPUT');
    expect(errorCode(() => ratio(0.5, 2))).toBe('INVALID_INPUT');
    expect(errorCode(() => ratio(1, -2))).toBe('INVALID_INPUT');
    expect(errorCode(() => formatPercent(ratio(1, 2), { decimals: 1.5 }))).toBe('INVALID_INPUT');
    expect(errorCode(() => formatPercent(ratio(1, 2), { decimals: -1 }))).toBe('INVALID_INPUT');
    expect(errorCode(() => ratioFromDecimal('43,92'))).toBe('INVALID_INPUT');
    expect(errorCode(() => ratioFromDecimal('0.12345678901234567'))).toBe('INVALID_INPUT');
    expect(errorCode(() => reduceRatio({ numerator: 1, denominator: 0 }))).toBe('INVALID_INPUT');
    expect(errorCode(() => formatPercent({ numerator: 1, denominator: 0 }))).toBe('INVALID_INPUT');
    expect(errorCode(() => compareRatios({ numerator: 1.5, denominator: 2 }, ratio(1, 2)))).toBe(
      'INVALID_INPUT',
    );
  });

  it('names every problem of every argument, with its path', () => {
    expect(issuesOf(() => ratio(0.5, 0))).toEqual(['numerator', 'denominator']);
    expect(
      issuesOf(() =>
        formatPercent({ numerator: 1.5, denominator: 0 }, {
          decimals: -1,
          mode: 'sideways',
          lang: 'fr',
        } as never),
      ),
    ).toEqual(['ratio.numerator', 'ratio.denominator', 'options.decimals', 'options.mode', 'options.lang']);
    expect(issuesOf(() => formatPoints(ratio(1, 2), null as never))).toEqual(['options']);
    expect(issuesOf(() => ratioPercent(ratio(1, 2), { digits: 2 } as never))).toEqual(['options.digits']);
    // ratioToDecimal is a machine format: it takes no language.
    expect(issuesOf(() => ratioToDecimal(ratio(1, 2), { lang: 'id' } as never))).toEqual(['options.lang']);
    expect(issuesOf(() => compareRatios(null as never, { numerator: 1, denominator: -1 }))).toEqual([
      'a',
      'b.denominator',
    ]);
    expect(issuesOf(() => ratioDifference(ratio(1, 2), 'half' as never))).toEqual(['b']);
    expect(issuesOf(() => reduceRatio({ numerator: Number.NaN, denominator: 1 }))).toEqual([
      'ratio.numerator',
    ]);
    expect(issuesOf(() => ratioFromDecimal(123 as never))).toEqual(['value']);
  });

  it('property: any argument either gives a string or throws a JamsostekError, never another error', () => {
    const fns = [formatPercent, formatPoints, ratioPercent, ratioToDecimal] as const;
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.nat(3), (r, options, k) => {
        const f = fns[k] as (r: unknown, o: unknown) => string;
        try {
          expect(typeof f(r, options)).toBe('string');
        } catch (e) {
          expect(isJamsostekError(e)).toBe(true);
        }
        try {
          compareRatios(r as never, options as never);
        } catch (e) {
          expect(isJamsostekError(e)).toBe(true);
        }
      }),
    );
  });

  it('takes the output language: a decimal comma in Indonesian, a point in English', () => {
    const coverage = ratio(323739, 1480981);
    expect(formatPercent(coverage, { lang: 'en' })).toBe('21.86%');
    expect(formatPercent(coverage, { lang: 'id' })).toBe('21,86 %');
    expect(ratioPercent(coverage, { lang: 'id' })).toBe('21,86');
    expect(ratioPercent(coverage, { lang: 'en' })).toBe('21.86');
    // Without a language ratioPercent stays a plain machine-readable decimal.
    expect(ratioPercent(coverage)).toBe('21.86');
    expect(formatPoints(ratioDifference(ratio(4392, 10000), coverage), { lang: 'en', decimals: 1 })).toBe(
      '22.1 pp',
    );
  });

  it('never returns -0', () => {
    expect(Object.is(ratio(-0, 5).numerator, 0)).toBe(true);
    // −1 / 1.000.000 = −0,0001 %: rounds to zero at 2 decimals in every mode but up (away from zero).
    const tiny = ratio(-1, 1_000_000);
    expect(ratioPercent(tiny)).toBe('0.00');
    expect(ratioPercent(tiny, { mode: 'down' })).toBe('0.00');
    expect(ratioPercent(tiny, { mode: 'half-even' })).toBe('0.00');
    expect(ratioPercent(tiny, { mode: 'up' })).toBe('-0.01');
    expect(formatPercent(tiny)).toBe('0,00 %');
    expect(formatPoints(tiny, { lang: 'en' })).toBe('0.00 pp');
    expect(ratioToDecimal(tiny, { decimals: 0 })).toBe('0');
    expect(formatPoints(ratioDifference(ratio(1, 3), ratio(2, 6)))).toBe('0,00 poin');
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 0 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.nat(3),
        (n, d, places) => {
          for (const s of [
            ratioPercent(ratio(n, d), { decimals: places }),
            formatPoints(ratio(n, d), { decimals: places }),
          ])
            expect(s).not.toMatch(/^-0([.,]0*)?( |$)/);
        },
      ),
    );
  });

  it('throws OUT_OF_RANGE when an exact difference cannot be held in safe integers', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(errorCode(() => ratioDifference(ratio(1, big), ratio(1, big - 1)))).toBe('OUT_OF_RANGE');
  });

  it('property: truncation ≤ half-up ≤ up, differing by at most one last digit', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 1, max: 10_000_000 }), fc.nat(6), (n, d, places) => {
        const r = ratio(n, d);
        // Same number of decimals, so the digits without the dot compare as integers of last-digit units.
        const units = (s: string): bigint => BigInt(s.replace('.', ''));
        const down = units(ratioPercent(r, { decimals: places, mode: 'down' }));
        const halfUp = units(ratioPercent(r, { decimals: places }));
        const up = units(ratioPercent(r, { decimals: places, mode: 'up' }));
        expect(down <= halfUp && halfUp <= up).toBe(true);
        expect(up - down <= 1n).toBe(true);
      }),
    );
  });

  it('property: a − b + b compares equal to a', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 1_000_000 }),
        (an, ad, bn, bd) => {
          const a = ratio(an, ad);
          const b = ratio(bn, bd);
          const d = ratioDifference(a, b);
          expect(compareRatios(ratioDifference(a, d), b)).toBe(0);
          expect(Math.sign(d.numerator)).toBe(compareRatios(a, b));
        },
      ),
    );
  });
});
