/**
 * villageAllocation after issue 21 (a hand check of a plainly valid list of villages, the share of the
 * grant in integers, one basis step for all village lines rendered by `explain` on request) against
 * the implementation it replaced (`reference.ts`): the same result, field for field, once the one step
 * is expanded into the steps it stands for; the same explanation; the same errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/entries/explain.ts';
import { expandedBasis } from '../../src/explain/expand.ts';
import { FUNDING_SOURCES } from '../../src/funding/sources.ts';
import type { VillageAllocationResult } from '../../src/funding/types.ts';
import { shareOfGrantText, villageAllocation } from '../../src/funding/village.ts';
import { Dec } from '../../src/money/decimal.ts';
import { outcome, sharedMutable } from './helpers.ts';
import { referenceVillageAllocation } from './reference.ts';
import { referenceExplain } from './reference-explain.ts';

/** The result with its one step for the village lines expanded, as the old implementation recorded it. */
function expanded(r: VillageAllocationResult): VillageAllocationResult {
  return { ...r, basis: expandedBasis(r as never, r.basis) };
}

const count = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 10_000_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, Number.NaN, '100', null, 2 ** 53) },
);
const village = fc.oneof(
  {
    weight: 60,
    arbitrary: fc.record(
      {
        name: fc.oneof(fc.constantFrom('Sungai Duren', '', '__proto__'), fc.string({ maxLength: 5 })),
        grant: fc.integer({ min: 0, max: 10_000_000_000 }),
        workers: fc.integer({ min: 0, max: 500 }),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom(null, 3, [], { grant: 5, extra: 1 }, { name: 7 }, { workers: -1 }),
      count.map((grant) => ({ grant })),
    ),
  },
);
const input = fc
  .record(
    {
      villages: fc.oneof(
        { weight: 8, arbitrary: fc.array(village, { minLength: 0, maxLength: 40 }) },
        { weight: 1, arbitrary: fc.constantFrom(0, 3, 1_562, -2, 'x') },
      ),
      grantPerVillage: count,
      share: fc.oneof(
        fc.integer({ min: 0, max: 1_000_000 }).map((n) => String(n / 1_000_000)),
        fc.constantFrom('0', '1', '0.1', '1.5', '-0.1', 'abc', '1e-3', 0.1),
      ),
      workersPerVillage: fc.integer({ min: 0, max: 100 }),
      period: fc.constantFrom(
        { premium: 16_800, monthCount: 12 },
        { premium: 8_400, monthCount: 3 },
        { from: '2025-01', to: '2025-12' },
        { from: '2026-01', to: '2026-12' },
        { from: '2026-03' },
        { premium: 16_800 },
        {},
      ),
      fundingSource: fc.constantFrom(...FUNDING_SOURCES, 'bogus'),
    },
    { requiredKeys: ['villages', 'share', 'period'] },
  )
  .map(({ period, ...rest }) => ({ ...rest, ...period }));

describe('villageAllocation against the implementation it replaced', () => {
  it('gives the same result (the village lines step expanded) or the same error (property)', () => {
    fc.assert(
      fc.property(input, (x) => {
        const fast = outcome(() => expanded(villageAllocation(x as never)));
        expect(fast).toBe(outcome(() => referenceVillageAllocation(x as never)));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('explains with the same lines as before, one line per village, in both languages', () => {
    const x = {
      villages: Array.from({ length: 300 }, (_, i) => ({
        ...(i % 3 ? { name: `Desa ${i}` } : {}),
        grant: 80_000_000 + ((i * 7_919) % 40_000_000),
        ...(i % 5 ? {} : { workers: i % 70 }),
      })),
      share: '0.1',
      from: '2025-01',
      to: '2025-12',
      fundingSource: 'BKBK',
    } as const;
    const r = villageAllocation(x);
    const old = referenceVillageAllocation(x);
    for (const options of [{}, { lang: 'en' as const }]) {
      const lines = explain(r, options);
      expect(lines).toEqual(referenceExplain(old, options));
      expect(lines.filter((l) => l.includes('(× 1)'))).toHaveLength(300);
    }
    // The basis holds one step for the 300 village lines.
    expect(r.basis.steps.map((s) => s.code)).toEqual([
      'funding.per-worker',
      'funding.villages.lines',
      'funding.villages.total',
      'funding.villages.pooled',
    ]);
    expect(sharedMutable(r, x)).toEqual([]);
  });

  it('refuses to explain a result whose lines are not village lines', () => {
    const r = villageAllocation({
      villages: 2,
      grantPerVillage: 1,
      share: '0.1',
      premium: 1,
      monthCount: 1,
      fundingSource: 'APBD',
    });
    expect(outcome(() => explain({ ...r, lines: 'x' } as never))).toMatch(
      /^error INVALID_INPUT .*"path":\["lines"\]/,
    );
    expect(outcome(() => explain({ ...r, lines: [null] } as never))).toMatch(/"path":\["lines",0\]/);
  });
});

describe('the share of the grant in integers', () => {
  const decimal = (cost: number, grant: number) =>
    new Dec(cost).div(grant).toDecimalPlaces(6, Dec.ROUND_HALF_UP).toFixed();
  const safe = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

  it('is the text decimal.js gives, for any whole cost and grant (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(safe, fc.integer({ min: 0, max: 20_000_000 })),
        fc.oneof(
          fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          fc.integer({ min: 1, max: 200_000_000 }),
        ),
        (cost, grant) => {
          expect(shareOfGrantText(cost, grant)).toBe(decimal(cost, grant));
        },
      ),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it('rounds exact halves up and values just below a half down, near the top of the safe range too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4_000_000_000 }).map((g) => g * 2),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom(-1, 0, 1),
        (grant, k, nudge) => {
          // cost ÷ grant = (k + ½) ÷ 10⁶ when cost × 10⁶ = (k + ½) × grant, i.e. cost = (2k + 1) × grant ÷ (2 × 10⁶).
          const cost = Math.max(0, Math.floor(((2 * k + 1) * grant) / 2_000_000) + nudge);
          expect(shareOfGrantText(cost, grant)).toBe(decimal(cost, grant));
        },
      ),
      { numRuns: 20_000 },
    );
    for (const [cost, grant] of [
      [1, 2_000_000],
      [1, 2_000_001],
      [Number.MAX_SAFE_INTEGER, 1],
      [Number.MAX_SAFE_INTEGER, 3],
      [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER],
      [10_080_000, 100_000_000],
      [0, 5],
    ] as const)
      expect(shareOfGrantText(cost, grant)).toBe(decimal(cost, grant));
  });
});
