/**
 * Every example of issue #15, one test each (in the issue's words, with today's names: `splitFunding` is
 * `fundingSplit`, `disabilityRows(date)` is `disabilityTable({ asOf })`, the migrant input takes
 * `asOf`). Each failed before the fix: a TypeError, RangeError or DecimalError, a wrong value, or a
 * call that ran for minutes. Roster examples (processRoster(null), readCsvRows(123),
 * syntheticRoster({ count: Infinity }), merged summaries) are the roster branch's.
 */
import fc from 'fast-check';
import {
  allocate,
  applyRate,
  bpuContributionSchedule,
  formatCount,
  formatRate,
  isJamsostekError,
  JamsostekError,
  parseRupiah,
  roundRupiah,
} from 'jamsostek';
import { disabilityTable } from 'jamsostek/benefits';
import { owedFromBudget, owedFromRoster } from 'jamsostek/calendar';
import { CoverageGapInputSchema, coverageRatio } from 'jamsostek/coverage';
import { explain, type JamsostekResult } from 'jamsostek/explain';
import {
  budgetCapacity,
  FundingSplitInputSchema,
  fundingSplit,
  programBudget,
  villageAllocation,
} from 'jamsostek/funding';
import { jpWageCapIndexation, migrantWorkerContribution, puWageBase } from 'jamsostek/payroll';
import { addDays, addMonths, ageOn, monthCount, monthFromIndex } from 'jamsostek/period';
import { processRosterSync, type RosterWorkerResult } from 'jamsostek/roster';
import { createRulebook, OFFICIAL_RULEBOOK, ruleAt, withRules } from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { DECIMAL_LIMITS, Dec, isDecimalText, parseDecimalText } from '../../src/money/decimal.ts';
import { CACHE_LIMIT, cacheSizes, complementRate } from '../../src/money/rounding.ts';
import { errorCode, issuesOf, thrown } from '../helpers.ts';

/** The error code, checking that nothing but a JamsostekError was thrown. */
const code = (fn: () => unknown): string | undefined => {
  const c = errorCode(fn);
  if (c === 'other') thrown(fn); // rethrows the foreign error, so the test shows it
  return c;
};

describe('issue #15: decimal strings are bounded', () => {
  it('allocate(1e6, ["1e-400000000", 1]) is INVALID_INPUT at once, not three minutes and a RangeError', () => {
    const started = performance.now();
    expect(issuesOf(() => allocate(1_000_000, ['1e-400000000', 1]))).toEqual(['weights.0']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("fundingSplit with a weight '1e-9000000000000000' is INVALID_INPUT, not a RangeError", () => {
    const input = {
      total: 1_000_000,
      parts: [
        { fundingSource: 'APBD' as const, weight: '1e-9000000000000000' },
        { fundingSource: 'APBN' as const, weight: 1 },
      ],
    };
    expect(issuesOf(() => fundingSplit(input))).toEqual(['parts.0.weight']);
    expect(FundingSplitInputSchema.safeParse(input).success).toBe(false);
  });

  it('the bounds: 30 significant digits, 30 decimal places, below 10^31, plain text of 64 characters', () => {
    expect(DECIMAL_LIMITS).toEqual({
      maxLength: 64,
      maxSignificantDigits: 30,
      maxDecimalPlaces: 30,
      maxExponent: 30,
    });
    // Every legitimate use: rates, shares, whole-rupiah weights, a negative GDP growth.
    for (const ok of ['0.0024', '0.45', '2867558400', '-0.0207', `0.${'0'.repeat(29)}1`, '9'.repeat(30)])
      expect(parseDecimalText(ok)?.toFixed()).toBe(ok);
    expect(parseDecimalText(Number.MAX_SAFE_INTEGER)?.toNumber()).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [
      '1e-400000000',
      '1e-9000000000000000',
      '2.4e-3', // exponent notation: rates are plain decimal strings
      `0.${'0'.repeat(30)}1`, // a 31st decimal place
      '1'.repeat(31), // 10^31 and more
      '9'.repeat(400),
      ' 1',
      '.5',
      'NaN',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
      5e-324,
      10n,
      null,
    ])
      expect(parseDecimalText(bad)).toBeUndefined();
    expect(Object.is(parseDecimalText('-0')?.toNumber(), 0)).toBe(true);
  });

  it('the text check (without decimal.js, for the rulebook) measures digits as decimal.js does', () => {
    const digits = (min: number, max: number) =>
      fc
        .array(fc.constantFrom('0', '0', '0', '1', '5', '9'), { minLength: min, maxLength: max })
        .map((d) => d.join(''));
    fc.assert(
      fc.property(
        fc.boolean(),
        digits(1, 34),
        fc.option(digits(1, 34), { nil: undefined }),
        (neg, int, frac) => {
          const text = `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`;
          const d = new Dec(text);
          const within = d.isZero() || (d.sd() <= 30 && d.decimalPlaces() <= 30 && d.e <= 30);
          expect(isDecimalText(text)).toBe(text.length <= 64 && within);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('applyRate, formatRate, roundRupiah and jpWageCapIndexation use the same bounds', () => {
    expect(code(() => applyRate(100, `0.${'0'.repeat(40)}1`))).toBe('INVALID_INPUT');
    expect(code(() => formatRate('9'.repeat(400)))).toBe('INVALID_INPUT');
    expect(code(() => roundRupiah('1e-400000000'))).toBe('INVALID_INPUT');
    expect(
      issuesOf(() =>
        jpWageCapIndexation({ month: '2025-03', previousCap: 10_042_300, gdpGrowth: '1e-400000000' }),
      ),
    ).toEqual(['gdpGrowth']);
  });

  it('jpWageCapIndexation computes the product exactly, also with a 30-digit growth', () => {
    // 10.042.300 × (1 + 0.0503) = 10.547.427,69 → floored to Rp100: 10.547.400 (PP 45/2015 Pasal 29)
    expect(jpWageCapIndexation({ month: '2025-03', previousCap: 10_042_300, gdpGrowth: '0.0503' }).cap).toBe(
      10_547_400,
    );
    // 10.042.300 × (1 + 0.050300000000000000000000000001) is just above 10.547.427,69: still 10.547.400
    expect(
      jpWageCapIndexation({
        month: '2025-03',
        previousCap: 10_042_300,
        gdpGrowth: `0.0503${'0'.repeat(23)}1`,
      }).cap,
    ).toBe(10_547_400);
  });
});

describe('issue #15: OUT_OF_RANGE rather than an unsafe integer', () => {
  it("puWageBase({ payBasis: 'daily', month: '2025-06', dailyWage: 4e14 }) is OUT_OF_RANGE, not wage 1e16", () => {
    // 4e14 × 25 days = 1e16 > Number.MAX_SAFE_INTEGER (9.007.199.254.740.991)
    expect(code(() => puWageBase({ payBasis: 'daily', month: '2025-06', dailyWage: 4e14 }))).toBe(
      'OUT_OF_RANGE',
    );
    expect(
      code(() =>
        puWageBase({ payBasis: 'monthly', month: '2025-06', basicWage: 9e15, fixedAllowances: 9e15 }),
      ),
    ).toBe('OUT_OF_RANGE');
    expect(
      code(() => puWageBase({ payBasis: 'piece-rate', month: '2025-06', lastMonths: [9e15, 9e15, 9e15] })),
    ).toBe('OUT_OF_RANGE');
  });

  it("migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 1e15 }) is OUT_OF_RANGE", () => {
    expect(code(() => migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 1e15 }))).toBe(
      'OUT_OF_RANGE',
    );
  });
});

describe('issue #15: one error contract', () => {
  it("disabilityTable({ asOf: '2000-01-01' }) (was disabilityRows) throws RULE_NOT_IN_FORCE, not []", () => {
    expect(code(() => disabilityTable({ asOf: '2000-01-01' }))).toBe('RULE_NOT_IN_FORCE');
  });

  it('with onWorker, changing one worker’s byProgram leaves the next worker’s alone', () => {
    const seen: RosterWorkerResult[] = [];
    processRosterSync([{ nik: '3509010101900001' }, { nik: '3509010101900002' }], {
      from: '2025-07',
      to: '2025-12',
      fundingSource: 'DBHCHT',
      declaredIncome: 1_000_000,
      onWorker: (w) => {
        seen.push(w);
        if (seen.length === 1) (w.byProgram as Record<string, number>)['JKK'] = -1;
      },
    });
    // 6 months × Rp10.000 JKK for the second worker, whatever the callback did to the first one's
    expect(seen[1]?.byProgram.JKK).toBe(60_000);
  });

  it("allocate(100, 'abc') is INVALID_INPUT, not a TypeError", () => {
    expect(issuesOf(() => allocate(100, 'abc' as never))).toEqual(['weights']);
  });

  it("applyRate(1.5, '0.1') is INVALID_INPUT, not a RangeError", () => {
    expect(issuesOf(() => applyRate(1.5, '0.1'))).toEqual(['amount']);
  });

  it("applyRate(100, '0.1', { mode: 'half-up', unit: 0 }) is INVALID_INPUT, not a RangeError", () => {
    expect(issuesOf(() => applyRate(100, '0.1', { mode: 'half-up', unit: 0 }))).toEqual(['rounding.unit']);
  });

  it("roundRupiah('abc') is INVALID_INPUT, not a DecimalError", () => {
    expect(issuesOf(() => roundRupiah('abc'))).toEqual(['value']);
  });

  it('addDays(d, 0.5) is INVALID_INPUT, and a bad date and a bad count are both listed', () => {
    expect(issuesOf(() => addDays('2025-01-01', 0.5))).toEqual(['days']);
    expect(issuesOf(() => addDays('2025-02-30' as never, 0.5))).toEqual(['date', 'days']);
    expect(issuesOf(() => addMonths('2025-13' as never, Number.NaN))).toEqual(['month', 'n']);
    expect(issuesOf(() => ageOn('x' as never, 'y' as never))).toEqual(['birthDate', 'date']);
    expect(issuesOf(() => monthCount({ from: 'x', to: 'y' } as never))).toEqual(['from', 'to']);
  });

  it("ruleAt(OFFICIAL_RULEBOOK, 'toString', …) is RULE_NOT_IN_FORCE, not a TypeError", () => {
    expect(code(() => ruleAt(OFFICIAL_RULEBOOK, 'toString' as never, '2025-01'))).toBe('RULE_NOT_IN_FORCE');
  });

  it('a value that cannot become text (an object without prototype) is INVALID_INPUT, not a TypeError', () => {
    const bare = Object.create(null) as never;
    expect(code(() => addMonths(bare, 1))).toBe('INVALID_INPUT');
    expect(code(() => createRulebook(bare, []))).toBe('INVALID_RULEBOOK');
    expect(code(() => withRules(OFFICIAL_RULEBOOK, bare, bare))).toBe('INVALID_RULEBOOK');
  });

  it('explain of a roster summary with a broken field, or of a malformed object, is INVALID_INPUT', () => {
    const summary = processRosterSync([{ nik: '3509010101900001' }], {
      from: '2025-07',
      to: '2025-12',
      fundingSource: 'DBHCHT',
      declaredIncome: 1_000_000,
    });
    const broken = { ...summary, rules: [undefined, ...summary.rules], byMonth: { x: null } };
    expect(issuesOf(() => explain(broken as unknown as JamsostekResult))).toEqual(['byMonth.x', 'rules.0']);
    const r = coverageRatio({ covered: 1, workingPopulation: 2 });
    const params = { ...r, basis: { ...r.basis, titleParams: { covered: 10n } } };
    expect(issuesOf(() => explain(params as unknown as JamsostekResult))).toEqual([
      'basis.titleParams.covered',
    ]);
    const rounding = {
      ...r,
      basis: {
        ...r.basis,
        steps: [{ code: 'total', params: {}, rules: [], rounding: { mode: 'x', unit: 1 } }],
      },
    };
    expect(issuesOf(() => explain(rounding as unknown as JamsostekResult))).toEqual([
      'basis.steps.0.rounding',
    ]);
  });
});

describe('issue #15: no garbage accepted or returned', () => {
  it("monthFromIndex(NaN) is INVALID_INPUT, not '0NaN-NaN'", () => {
    expect(code(() => monthFromIndex(Number.NaN))).toBe('INVALID_INPUT');
  });

  it("formatCount(NaN) is INVALID_INPUT, not 'NaN'; tiny numbers are written out, not '1e-7'", () => {
    expect(code(() => formatCount(Number.NaN))).toBe('INVALID_INPUT');
    expect(formatCount(1e-7, 'en')).toBe('0.0000001');
  });

  it('an unknown rounding mode is INVALID_INPUT in applyRate and roundRupiah alike (it rounded down in one, up in the other)', () => {
    const odd = { mode: 'sideways', unit: 1 } as never;
    expect(issuesOf(() => applyRate(3125, '0.0024', odd))).toEqual(['rounding.mode']);
    expect(issuesOf(() => roundRupiah('7.5', odd))).toEqual(['rounding.mode']);
  });

  it('the four modes round alike in applyRate and roundRupiah (3125 × 0.0024 = 7,5 and 3125 × 0.0008 = 2,5)', () => {
    const expected = { 'half-up': [8, 3], 'half-even': [8, 2], down: [7, 2], up: [8, 3] } as const;
    for (const [mode, [a, b]] of Object.entries(expected)) {
      const r = { mode: mode as keyof typeof expected, unit: 1 };
      expect([applyRate(3125, '0.0024', r), applyRate(3125, '0.0008', r)]).toEqual([a, b]);
      expect([roundRupiah('7.5', r), roundRupiah('2.5', r)]).toEqual([a, b]);
      expect([roundRupiah('-7.5', r), roundRupiah('-2.5', r)]).toEqual([-a, -b]);
    }
  });

  it('-0 does not leak out of allocate, budgetCapacity, parseRupiah or applyRate', () => {
    for (const x of allocate(-1, [0, 1, 1])) expect(Object.is(x, -0)).toBe(false);
    expect(Object.is(allocate(-1, [1, 0])[1], 0)).toBe(true);
    const cap = budgetCapacity({ budget: -0, from: '2025-01', to: '2025-12', fundingSource: 'APBD' });
    expect(Object.is(cap.budget, 0) && Object.is(cap.remainder, 0)).toBe(true);
    expect(Object.is(parseRupiah('-0'), 0)).toBe(true);
    expect(Object.is(applyRate(-0, '0.1'), 0)).toBe(true);
  });

  it("createRulebook and withRules leave the caller's objects unfrozen and reject an overlay with id __proto__", () => {
    const citations = [{ instrument: 'scenario', article: 'x' }];
    const version = { from: '2026-01-01' as const, value: 7000, confidence: 'U' as const, citations };
    const overlay = { id: 'bpu.jkm.amount' as const, versions: [version] };
    withRules(OFFICIAL_RULEBOOK, [overlay]);
    const series = { ...(OFFICIAL_RULEBOOK.series['bpu.jkm.amount'] as object), versions: [version] };
    createRulebook('mine', [series as never]);
    expect([overlay, version, citations, series].some((o) => Object.isFrozen(o))).toBe(false);
    const proto = JSON.parse('{"id": "__proto__", "versions": []}') as never;
    expect(code(() => withRules(OFFICIAL_RULEBOOK, [proto]))).toBe('INVALID_RULEBOOK');
  });

  it('jpWageCapIndexation rejects unknown keys', () => {
    expect(
      issuesOf(() =>
        jpWageCapIndexation({
          month: '2025-03',
          previousCap: 10_042_300,
          gdpGrowth: '0.0503',
          growth: '1',
        } as never),
      ),
    ).toEqual(['growth']);
  });
});

describe('issue #15: failures the harness found beyond the examples', () => {
  it('owedFromBudget / owedFromRoster with a null month are INVALID_INPUT, not a TypeError', () => {
    const budget = programBudget({
      fundingSource: 'APBD',
      cohorts: [{ workers: 10, from: '2026-01', to: '2026-02' }],
    });
    expect(issuesOf(() => owedFromBudget({ ...budget, byMonth: [null as never] }))).toEqual(['byMonth.0']);
    const summary = processRosterSync([{ nik: '3509010101900001' }], {
      from: '2026-01',
      to: '2026-01',
      fundingSource: 'APBD',
      declaredIncome: 1_000_000,
    });
    expect(code(() => owedFromRoster({ ...summary, byMonth: { '2026-01': null as never } }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      code(() => owedFromRoster({ ...summary, byMonth: { '2026-01': { workers: Number.NaN, amount: 1 } } })),
    ).toBe('INVALID_INPUT');
  });

  it('CoverageGapInputSchema.parse returns a copy: its target is not the caller’s object', () => {
    const input = {
      covered: 1,
      workingPopulation: 2,
      target: { document: 'rpjmn-2025-2029' as const, year: 2029 },
    };
    const parsed = CoverageGapInputSchema.parse(input);
    expect(parsed).toEqual(input);
    expect(parsed.target).not.toBe(input.target);
  });

  it('a -0 given as input comes back as 0 (coverageRatio, puWageBase steps)', () => {
    const r = coverageRatio({ covered: -0, workingPopulation: 5 });
    expect(Object.is(r.covered, 0)).toBe(true);
    const w = puWageBase({ payBasis: 'monthly', month: '2025-06', basicWage: -0 });
    expect(Object.is(w.basis.steps[0]?.params['basic'], 0)).toBe(true);
  });

  it('new JamsostekError copies and freezes the issues it is given, leaving the caller’s own alone', () => {
    const issue = { path: ['a'], message: 'x' };
    const e = new JamsostekError('INVALID_INPUT', 'x', { issues: [issue] });
    expect(e.issues[0]).toEqual(issue);
    expect(e.issues[0]).not.toBe(issue);
    expect(Object.isFrozen(issue)).toBe(false);
    expect(Object.isFrozen(e.issues[0])).toBe(true);
  });
});

describe('issue #15: INVALID_INPUT lists every problem', () => {
  it('villageAllocation with two bad fields names both', () => {
    expect(
      issuesOf(() =>
        villageAllocation({
          villages: 0,
          grantPerVillage: 100_000_000,
          share: '2',
          premium: 16_800,
          monthCount: 12,
          fundingSource: 'BKBK',
        }),
      ),
    ).toEqual(['villages', 'share']);
  });

  it('allocate, applyRate and roundRupiah name every bad argument at once', () => {
    expect(issuesOf(() => allocate(1.5, ['x', -1], { priority: [7] }))).toEqual([
      'total',
      'weights.0',
      'weights.1',
      'priority.0',
    ]);
    expect(issuesOf(() => applyRate(Number.NaN, 'x', { mode: 'x' as never, unit: 0.5 }))).toEqual([
      'amount',
      'rate',
      'rounding.mode',
      'rounding.unit',
    ]);
    expect(issuesOf(() => roundRupiah('x', null as never))).toEqual(['value', 'rounding']);
  });
});

describe('issue #15: bounded work', () => {
  it('a month range to 9999-12 is refused at once, and the whole supported span takes well under a second', () => {
    const started = performance.now();
    expect(
      code(() =>
        bpuContributionSchedule({ from: '2025-01', to: '9999-12' as never, declaredIncome: 1_000_000 }),
      ),
    ).toBe('INVALID_INPUT');
    // 1900-01 … 2100-12 is 201 × 12 = 2.412 months; before 2015-07 no BPU rule is in force.
    expect(
      code(() => bpuContributionSchedule({ from: '1900-01', to: '2100-12', declaredIncome: 1_000_000 })),
    ).toBe('RULE_NOT_IN_FORCE');
    const s = bpuContributionSchedule({ from: '2015-07', to: '2100-12', declaredIncome: 1_000_000 });
    expect(s.byMonth.length).toBe(12 * (2100 - 2015) + 6);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it(`the rate caches hold at most ${CACHE_LIMIT} entries after 20.000 distinct rates (they grew without bound)`, () => {
    for (let i = 0; i < 20_000; i++) {
      const rate = `0.${String(i).padStart(6, '0')}1`;
      applyRate(1_000_000, rate);
      complementRate(rate);
    }
    const { rates, complements } = cacheSizes();
    expect(rates).toBeLessThanOrEqual(CACHE_LIMIT);
    expect(complements).toBeLessThanOrEqual(CACHE_LIMIT);
    expect(rates).toBeGreaterThan(0);
    // The official rates still come out right after the cache was emptied.
    expect(applyRate(3125, '0.0024')).toBe(8);
  });
});

it('isJamsostekError is what every thrown error above satisfied', () => {
  expect(isJamsostekError(thrown(() => roundRupiah('abc')))).toBe(true);
});
