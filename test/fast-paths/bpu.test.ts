/**
 * The fast path of bpuContribution (a hand check of plainly valid input, rules read once per rulebook
 * and month, a lighter basis builder) against the straightforward path it replaced: the zod schema and
 * the step-by-step calculation of `reference.ts`. Same results key for key, same errors, for random
 * input of every kind, valid or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpuContribution } from '../../src/contributions/bpu/contribution.ts';
import { bpuContributionInput } from '../../src/contributions/bpu/schema.ts';
import { BPU_CATEGORIES, BPU_PROGRAMS, BPU_SECTORS } from '../../src/contributions/bpu/types.ts';
import { BasisBuilder } from '../../src/explain/basis.ts';
import type { StepCode } from '../../src/explain/codes.ts';
import { FUNDING_SOURCES } from '../../src/funding/sources.ts';
import { eachMonth } from '../../src/period/year-month.ts';
import { lookupRule } from '../../src/rulebook/lookup.ts';
import { OFFICIAL_RULEBOOK } from '../../src/rulebook/official/index.ts';
import { withRules } from '../../src/rulebook/overlay.ts';
import type { RuleRef } from '../../src/rulebook/types.ts';
import { parseInput } from '../../src/schemas/validate.ts';
import { outcome, sharedMutable } from './helpers.ts';
import { ReferenceBasisBuilder, referenceBpuContribution } from './reference.ts';

const scenario = 'PP 49/2020 moved to 2026, a second table level, JKK fallback corroborated';
/** A what-if rulebook in which both reliefs meet (PP 49/2020 moved into 2026) and the fallback is not unverified. */
const whatIf = withRules(
  OFFICIAL_RULEBOOK,
  [
    {
      id: 'relief.pp49-2020.jkk-jkm',
      mode: 'replace',
      versions: [
        {
          from: '2026-05-01',
          to: '2026-08-01',
          value: '0.99',
          confidence: 'U',
          citations: [{ instrument: 'scenario', article: scenario }],
        },
      ],
    },
    {
      id: 'bpu.jkk.table',
      mode: 'replace',
      versions: [
        {
          from: '2015-07-01',
          value: [
            { income: 1_000_000, amount: 10_000 },
            { income: 1_500_000, amount: 14_000 },
          ],
          confidence: 'C',
          citations: [{ instrument: 'scenario', article: scenario }],
        },
      ],
    },
    {
      id: 'bpu.jkk.fallback-rate',
      mode: 'replace',
      versions: [
        {
          from: '2015-07-01',
          value: '0.0105',
          confidence: 'B',
          citations: [{ instrument: 'scenario', article: scenario }],
        },
      ],
    },
  ],
  'what-if',
);

const months = eachMonth({ from: '2015-07', to: '2027-12' });
const month = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...months) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2015-06', '1900-01', '2100-12', '2025-13', '2025-9', '2025-09-01'),
  },
  { weight: 1, arbitrary: fc.constantFrom(202509, undefined, null, '', ' 2025-09') },
);
const income = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(1, 999_999, 1_000_000, 1_000_001, 1_500_000, 20_700_000, 20_700_001),
  },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 2_000_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 60) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      0,
      -1,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '1000000',
      null,
      undefined,
      -0,
    ),
  },
);
const choice = <T>(values: readonly T[], wrong: readonly unknown[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...values) },
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...wrong) },
  );
const programs = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 6,
    arbitrary: fc.shuffledSubarray([...BPU_PROGRAMS], { minLength: 0, maxLength: 3 }),
  },
  { weight: 1, arbitrary: fc.constantFrom(['JKK', 'JKK', 'JKM'], ['JKK', 'jkm'], 'JKK', [undefined], null) },
);
const rulebook = fc.constantFrom(undefined, undefined, OFFICIAL_RULEBOOK, whatIf, { name: 'official' }, null);

/** An input object: the known keys with random values, sometimes an unknown key, sometimes no object at all. */
const input = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .record(
        {
          month,
          declaredIncome: income,
          programs,
          fundingSource: choice(FUNDING_SOURCES, ['apbd', 'BOS', 3]),
          sector: choice(BPU_SECTORS, ['Transport', 'agriculture']),
          category: choice(BPU_CATEGORIES, ['worker', 1]),
          rulebook,
          extra: fc.constantFrom(1, 'x'),
        },
        { requiredKeys: ['month', 'declaredIncome'] },
      )
      .chain((r) => fc.constantFrom(r, { ...r, extra: undefined }, withoutExtra(r))),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'month', [], 42) },
  {
    weight: 1,
    arbitrary: fc.tuple(month, income).map(([m, i]) => {
      // Not an object literal: the schema decides (and accepts) these.
      const o = Object.create(null) as Record<string, unknown>;
      o['month'] = m;
      o['declaredIncome'] = i;
      return o;
    }),
  },
);

function withoutExtra(r: Record<string, unknown>): Record<string, unknown> {
  const { extra: _extra, ...rest } = r;
  return rest;
}

/** The straightforward path: the zod schema, then the step-by-step calculation. */
function reference(x: unknown): unknown {
  return referenceBpuContribution(parseInput(bpuContributionInput, x, 'BPU contribution input'));
}

describe('bpuContribution fast path', () => {
  it('gives what the schema and the step-by-step calculation give, result or error (property)', () => {
    fc.assert(
      fc.property(input, (x) => {
        expect(outcome(() => bpuContribution(x as never))).toBe(outcome(() => reference(x)));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('the sweep of every month, level and funding source agrees with the step-by-step calculation', () => {
    for (const m of months)
      for (const declaredIncome of [500_000, 1_000_000, 2_345_678, 30_000_000])
        for (const fundingSource of FUNDING_SOURCES)
          for (const rb of [OFFICIAL_RULEBOOK, whatIf]) {
            const x = {
              month: m,
              declaredIncome,
              fundingSource,
              programs: ['JKM', 'JHT', 'JKK'],
              rulebook: rb,
            };
            expect(outcome(() => bpuContribution(x as never))).toBe(outcome(() => reference(x)));
          }
  }, 60_000);

  it('shares nothing that can change between two results, nor with the input (property)', () => {
    fc.assert(
      fc.property(input, (x) => {
        let a: unknown;
        let b: unknown;
        try {
          a = bpuContribution(x as never);
          b = bpuContribution(x as never);
        } catch {
          return;
        }
        expect(sharedMutable(a, b)).toEqual([]);
        expect(sharedMutable(a, x)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('reads each value of the input once, so a getter cannot change it half-way', () => {
    let reads = 0;
    const x = {
      get month() {
        reads++;
        return reads === 1 ? '2025-09' : '2025-13';
      },
      declaredIncome: 1_000_000,
    };
    expect(bpuContribution(x as never).month).toBe('2025-09');
    expect(reads).toBe(1);
  });
});

describe('BasisBuilder against the builder it replaced', () => {
  const official = OFFICIAL_RULEBOOK;
  const found: (RuleRef<unknown> | undefined)[] = [
    lookupRule(official, 'bpu.jkk.lowest-level', '2025-09'),
    lookupRule(official, 'bpu.jkk.fallback-rate', '2025-09'), // U
    lookupRule(official, 'bpu.jkm.amount', '2025-09'),
    lookupRule(official, 'bpu.pp50.village-budget-excluded', '2026-05'), // C
    lookupRule(official, 'pu.jp.wage-cap', '2025-03'),
    lookupRule(official, 'pu.jp.wage-cap', '2031-03'), // stale
    lookupRule(official, 'pu.jp.wage-cap', '2024-03'),
    ...eachMonth({ from: '2016-03', to: '2026-03' })
      .filter((m) => m.endsWith('-03'))
      .map((m) => lookupRule(official, 'pu.jp.wage-cap', m)),
  ];
  const refs = found.filter((r) => r !== undefined) as RuleRef[];
  // Copies: equal rules that are not the same objects (as a result read back from JSON holds).
  const pool = [...refs, ...refs.map((r) => JSON.parse(JSON.stringify(r)) as RuleRef)];
  const op = fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: pool.length - 1 }).map((i) => ({ kind: 'use' as const, i })) },
    {
      weight: 4,
      arbitrary: fc
        .record({ amount: fc.option(fc.integer(), { nil: undefined }), n: fc.nat(3) })
        .map((s) => ({ kind: 'step' as const, ...s })),
    },
    { weight: 1, arbitrary: fc.nat(3).map((n) => ({ kind: 'notice' as const, n })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'build' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'confidence' as const }) },
  );

  it('records the same rules, steps, notices and confidence for any sequence of calls (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.boolean(), (ops, restarted) => {
        const fast = restarted ? new BasisBuilder(official).restart(official) : new BasisBuilder(official);
        const slow = new ReferenceBasisBuilder(official);
        const built: [unknown, string][] = [];
        for (const o of ops) {
          if (o.kind === 'use') {
            const r = pool[o.i] as RuleRef;
            expect(fast.use(r)).toBe(slow.use(r));
          } else if (o.kind === 'step') {
            const code: StepCode = 'total';
            fast.step(code, { n: o.n }, ['bpu.jkm.amount'], o.amount);
            slow.step(code, { n: o.n }, ['bpu.jkm.amount'], o.amount);
          } else if (o.kind === 'notice') {
            fast.notice('pp50.payer-excluded', 'info', { n: o.n }, []);
            slow.notice('pp50.payer-excluded', 'info', { n: o.n }, []);
          } else if (o.kind === 'build') {
            const basis = fast.build({ n: 1 });
            const text = JSON.stringify(basis);
            expect(text).toBe(JSON.stringify(slow.build({ n: 1 })));
            built.push([basis, text]);
          } else {
            expect(fast.confidence()).toBe(slow.confidence());
          }
        }
        expect(JSON.stringify(fast.build())).toBe(JSON.stringify(slow.build()));
        expect(fast.confidence()).toBe(slow.confidence());
        // What was built before keeps what it had: later calls change copies. (The old builder handed
        // its steps array to every build, so a step after a build reached into the earlier basis.)
        for (const [basis, text] of built) expect(JSON.stringify(basis)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('two builds hand out arrays of their own', () => {
    const b = new BasisBuilder(official);
    b.use(refs[0] as RuleRef);
    b.step('total', {}, [], 1);
    const first = b.build();
    const second = b.build();
    expect(first.rules).not.toBe(second.rules);
    expect(first.steps).not.toBe(second.steps);
    expect(first.notices).not.toBe(second.notices);
  });
});
