/**
 * The fast path of puContribution (a hand check of plainly valid input, rules read once per rulebook
 * and month, shared frozen rule-id lists) against the straightforward path it replaced: the zod schema
 * and the step-by-step calculation of `reference.ts`. Same results key for key, same errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePuContribution, puContribution } from '../../src/contributions/pu/contribution.ts';
import { payrollMonth } from '../../src/contributions/pu/payroll-month.ts';
import { puContributionInput } from '../../src/contributions/pu/schema.ts';
import { PU_PROGRAMS, type RiskClass } from '../../src/contributions/pu/types.ts';
import { eachMonth } from '../../src/period/year-month.ts';
import { OFFICIAL_RULEBOOK } from '../../src/rulebook/official/index.ts';
import { withRules } from '../../src/rulebook/overlay.ts';
import { parseInput } from '../../src/schemas/validate.ts';
import { outcome, sharedMutable } from './helpers.ts';
import { referencePuContribution } from './reference.ts';

/** A what-if rulebook: the JP cap unverified from 2024-03 (the cap-unverified warning). */
const whatIf = withRules(
  OFFICIAL_RULEBOOK,
  [
    {
      id: 'pu.jp.wage-cap',
      versions: [
        {
          from: '2024-03-01',
          to: '2025-03-01',
          value: 10_000_000,
          confidence: 'U',
          citations: [{ instrument: 'scenario', article: 'cap not yet read' }],
        },
      ],
    },
  ],
  'what-if',
);

const months = eachMonth({ from: '2015-07', to: '2031-12' });
const opt = <T>(a: fc.Arbitrary<T>, wrong: readonly unknown[]) =>
  fc.oneof(
    { weight: 5, arbitrary: a },
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...wrong) },
  );
const input = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.record(
      {
        month: fc.oneof(
          { weight: 12, arbitrary: fc.constantFrom(...months) },
          { weight: 1, arbitrary: fc.constantFrom('2015-06', '2025-13', 202509, undefined) },
        ),
        wage: fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 1, max: 200_000_000 }) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(5_000_000, 10_547_400, 10_547_401, Number.MAX_SAFE_INTEGER),
          },
          { weight: 1, arbitrary: fc.constantFrom(0, -1, 2.5, Number.NaN, '5000000', 2 ** 60, undefined) },
        ),
        riskClass: fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom<RiskClass>(1, 2, 3, 4, 5) },
          { weight: 1, arbitrary: fc.constantFrom(0, 6, '1', 1.5, undefined) },
        ),
        jkpMember: opt(fc.boolean(), [1, 'true', null]),
        laborIntensiveRelief: opt(fc.boolean(), [0, 'yes']),
        programs: opt(
          fc
            .shuffledSubarray([...PU_PROGRAMS], { minLength: 0, maxLength: 4 })
            .chain((p) => fc.constantFrom(p, [...p, 'JKK'])),
          ['JKK', ['JKK', 'JKM', 'JKP'], [null]],
        ),
        rulebook: fc.constantFrom(undefined, undefined, OFFICIAL_RULEBOOK, whatIf, {}),
        extra: fc.constant(1),
      },
      { requiredKeys: ['month', 'wage', 'riskClass'] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, [], 'x') },
);

function reference(x: unknown): unknown {
  return referencePuContribution(parseInput(puContributionInput, x, 'PU contribution input'));
}

describe('puContribution fast path', () => {
  it('gives what the schema and the step-by-step calculation give, result or error (property)', () => {
    fc.assert(
      fc.property(input, (x) => {
        expect(outcome(() => puContribution(x as never))).toBe(outcome(() => reference(x)));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('every month, risk class, relief and JKP membership agrees with the step-by-step calculation', () => {
    for (const month of eachMonth({ from: '2015-07', to: '2031-12' }))
      for (const riskClass of [1, 5] as const)
        for (const wage of [3_000_000, 12_000_000])
          for (const flag of [false, true]) {
            const x = { month, wage, riskClass, jkpMember: flag, laborIntensiveRelief: !flag };
            expect(outcome(() => puContribution(x))).toBe(outcome(() => reference(x)));
          }
  }, 60_000);

  it('shares nothing that can change between two results, nor with the input (property)', () => {
    fc.assert(
      fc.property(input, (x) => {
        let a: unknown;
        let b: unknown;
        try {
          a = puContribution(x as never);
          b = puContribution(x as never);
        } catch {
          return;
        }
        expect(sharedMutable(a, b)).toEqual([]);
        expect(sharedMutable(a, x)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('a payroll month of many employees gets results of their own from the one reused builder', () => {
    const m = payrollMonth({
      month: '2025-06',
      riskClass: 1,
      employees: [{ wage: 5_000_000 }, { wage: 12_000_000, jkpMember: true }, { wage: 7_000_000 }],
    });
    const [a, b, c] = m.employees.map((e) => e.result);
    expect(sharedMutable(a, b)).toEqual([]);
    expect(sharedMutable(b, c)).toEqual([]);
    expect(b?.basis.steps).not.toBe(c?.basis.steps);
    expect(JSON.stringify(a)).toBe(
      JSON.stringify(computePuContribution({ month: '2025-06', wage: 5_000_000, riskClass: 1 })),
    );
  });
});
