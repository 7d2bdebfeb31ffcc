import { bpuContribution } from 'jamsostek';
import {
  type AnyRuleSeries,
  createRulebook,
  findRule,
  isRulebook,
  OFFICIAL_RULEBOOK,
  type Rulebook,
  type RuleSeries,
  ruleAt,
  weakestConfidence,
  withRules,
} from 'jamsostek/rulebook';
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers.ts';

const cite = [{ instrument: 'PP 1/2020', article: 'Pasal 1' }];
// A series of the catalogue used as a specimen: the JHT rate of BPU participants.
const series = (versions: RuleSeries<'bpu.jht.rate'>['versions']): RuleSeries<'bpu.jht.rate'> => ({
  id: 'bpu.jht.rate',
  title: { id: 'Tarif contoh', en: 'Demo rate' },
  unit: 'rate',
  keyedBy: 'date',
  versions,
});

describe('createRulebook checks', () => {
  it('accepts a cited, sorted, gap-free series and freezes it deeply', () => {
    const rb = createRulebook('demo', [
      series([
        { from: '2020-01-01', to: '2021-01-01', value: '0.01', citations: cite, confidence: 'A' },
        { from: '2021-01-01', value: '0.02', citations: cite, confidence: 'B' },
      ]),
    ]);
    expect(Object.isFrozen(rb)).toBe(true);
    expect(Object.isFrozen(rb.series['bpu.jht.rate']?.versions[0]?.citations)).toBe(true);
    expect(ruleAt(rb, 'bpu.jht.rate', '2020-12-31').value).toBe('0.01');
    expect(ruleAt(rb, 'bpu.jht.rate', '2021-01').value).toBe('0.02');
    expect(rb.version).toBe('custom');
    expect(rb.verifiedThrough).toBeNull();
  });

  it("copies the caller's series instead of freezing them", () => {
    const mine = series([{ from: '2020-01-01', value: '0.01', citations: cite, confidence: 'A' }]);
    createRulebook('demo', [mine]);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.versions[0])).toBe(false);
  });

  it('rejects a rule id that is not in the catalogue, and a value of the wrong shape', () => {
    const e = thrown(() =>
      createRulebook('demo', [
        {
          ...series([{ from: '2020-01-01', value: '0.01', citations: cite, confidence: 'A' }]),
          id: 'demo.rate',
        },
        {
          id: 'bpu.jkk.table',
          title: { id: 't', en: 't' },
          unit: 'table',
          keyedBy: 'date',
          versions: [{ from: '2020-01-01', value: [{ income: 1 }], citations: cite, confidence: 'A' }],
        },
      ] as unknown as AnyRuleSeries[]),
    );
    expect(e.code).toBe('INVALID_RULEBOOK');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual([
      'series.0.id',
      'series.1.versions.0.value.0.amount',
    ]);
  });

  it('rejects an uncited version', () => {
    const e = thrown(() =>
      createRulebook('demo', [
        series([{ from: '2020-01-01', value: '0.01', citations: [], confidence: 'A' }]),
      ]),
    );
    expect(e.code).toBe('INVALID_RULEBOOK');
    expect(e.issues[0]?.path).toEqual(['series', 0, 'versions', 0, 'citations']);
  });

  it('rejects an overlap', () => {
    const e = thrown(() =>
      createRulebook('demo', [
        series([
          { from: '2020-01-01', to: '2021-06-01', value: '0.01', citations: cite, confidence: 'A' },
          { from: '2021-01-01', value: '0.02', citations: cite, confidence: 'A' },
        ]),
      ]),
    );
    expect(e.issues.map((i) => i.message).join()).toContain('overlaps');
  });

  it('rejects an open-ended version followed by another (also an overlap)', () => {
    const e = thrown(() =>
      createRulebook('demo', [
        series([
          { from: '2020-01-01', value: '0.01', citations: cite, confidence: 'A' },
          { from: '2021-01-01', value: '0.02', citations: cite, confidence: 'A' },
        ]),
      ]),
    );
    expect(e.issues.map((i) => i.message).join()).toContain('overlaps');
  });

  it('rejects an unsorted series', () => {
    const e = thrown(() =>
      createRulebook('demo', [
        series([
          { from: '2021-01-01', to: '2022-01-01', value: '0.02', citations: cite, confidence: 'A' },
          { from: '2020-01-01', to: '2021-01-01', value: '0.01', citations: cite, confidence: 'A' },
        ]),
      ]),
    );
    expect(e.issues.map((i) => i.message).join()).toContain('sorted');
  });

  it('rejects a gap inside a series', () => {
    const e = thrown(() =>
      createRulebook('demo', [
        series([
          { from: '2020-01-01', to: '2020-06-01', value: '0.01', citations: cite, confidence: 'A' },
          { from: '2021-01-01', value: '0.02', citations: cite, confidence: 'A' },
        ]),
      ]),
    );
    expect(e.issues.map((i) => i.message).join()).toContain('gap');
  });

  it('lists every problem: bad dates, float rate, unknown confidence, duplicate id, empty series', () => {
    const bad = {
      ...series([
        {
          from: '2020-13-01' as never,
          value: 0.01 as unknown as string,
          citations: [{ instrument: '', article: '' }],
          confidence: 'Z' as 'A',
        },
        { from: '2021-01-01', to: '2020-01-01', value: '0.02', citations: cite, confidence: 'A' },
      ]),
    };
    const e = thrown(() =>
      createRulebook('demo', [
        bad,
        { ...bad, versions: [] },
        {
          id: 'bpu.jkm.amount',
          title: { id: 'x', en: 'x' },
          unit: 'rupiah',
          keyedBy: 'date',
          versions: [{ from: '2020-01-01', value: 1.5, citations: cite, confidence: 'A' }],
        },
      ] as unknown as AnyRuleSeries[]),
    );
    const messages = e.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('versions.0.from'),
        expect.stringContaining('versions.0.value: a rate must be a decimal string'),
        expect.stringContaining('versions.0.confidence'),
        expect.stringContaining('versions.0.citations.0'),
        expect.stringContaining('versions.1.to: must be after from'),
        expect.stringContaining('duplicate series id'),
        expect.stringContaining('needs at least one version'),
        expect.stringContaining('series.2.versions.0.value: an amount must be whole rupiah'),
      ]),
    );
  });
});

describe('lookup', () => {
  it('throws RULE_NOT_IN_FORCE before the first version and after an end without successor', () => {
    expect(thrown(() => ruleAt(OFFICIAL_RULEBOOK, 'bpu.jkm.amount', '2015-06-30')).code).toBe(
      'RULE_NOT_IN_FORCE',
    );
    expect(
      thrown(() => ruleAt(OFFICIAL_RULEBOOK, 'relief.pp49-2020.jkk-jkm', '2021-02')).details,
    ).toMatchObject({
      rule: 'relief.pp49-2020.jkk-jkm',
      at: '2021-02',
    });
    expect(findRule(OFFICIAL_RULEBOOK, 'relief.pp49-2020.jkk-jkm', '2021-01-31')?.value).toBe('0.99');
    expect(findRule(OFFICIAL_RULEBOOK, 'relief.pp49-2020.jkk-jkm', '2021-02-01')).toBeUndefined();
  });

  it('throws for an unknown rule, a bad date, and a rulebook the library did not make', () => {
    expect(thrown(() => ruleAt(OFFICIAL_RULEBOOK, 'no.such.rule' as 'bpu.jkm.amount', '2025-01')).code).toBe(
      'RULE_NOT_IN_FORCE',
    );
    expect(thrown(() => ruleAt(OFFICIAL_RULEBOOK, 'toString' as 'bpu.jkm.amount', '2025-01')).code).toBe(
      'RULE_NOT_IN_FORCE',
    );
    expect(thrown(() => ruleAt(OFFICIAL_RULEBOOK, 'bpu.jkm.amount', '2025' as '2025-01')).code).toBe(
      'INVALID_INPUT',
    );
    const forged = {
      name: 'official',
      version: 'x',
      verifiedThrough: null,
      series: OFFICIAL_RULEBOOK.series,
    };
    expect(isRulebook(forged)).toBe(false);
    expect(
      thrown(() => ruleAt(forged as unknown as Rulebook, 'bpu.jkm.amount', '2025-01')).issues[0]?.path,
    ).toEqual(['rulebook']);
  });

  it('a hand-built rulebook is refused by every calculator, so nothing is priced from uncited values', () => {
    const forged = {
      name: 'official',
      series: { 'bpu.jkm.amount': { versions: [{ from: '2015-07-01', value: 1 }] } },
    } as unknown as Rulebook;
    const e = thrown(() =>
      bpuContribution({ month: '2025-09', declaredIncome: 1_000_000, rulebook: forged }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['rulebook']);
  });

  it('the official data, checked as createRulebook checks any rulebook, is valid', () => {
    const copy = createRulebook('copy', Object.values(OFFICIAL_RULEBOOK.series) as AnyRuleSeries[]);
    expect(Object.keys(copy.series)).toEqual(Object.keys(OFFICIAL_RULEBOOK.series));
  });

  it('every version of the official rulebook is cited and has a confidence', () => {
    for (const s of Object.values(OFFICIAL_RULEBOOK.series)) {
      for (const v of s.versions) {
        expect(v.citations.length).toBeGreaterThan(0);
        expect(['A', 'B', 'C', 'U']).toContain(v.confidence);
      }
    }
  });
});

describe('withRules overlays', () => {
  it('changes results while the official rulebook stays as it was', () => {
    const before = JSON.stringify(OFFICIAL_RULEBOOK);
    const scenario = withRules(
      OFFICIAL_RULEBOOK,
      [
        {
          id: 'bpu.pp50.excluded-payers',
          versions: [
            {
              from: '2025-12-22',
              value: [],
              confidence: 'U',
              citations: [{ instrument: 'scenario', article: 'no payer excluded' }],
            },
          ],
        },
      ],
      'pp50-for-all',
    );
    const official = bpuContribution({ month: '2026-11', declaredIncome: 1_000_000, fundingSource: 'APBD' });
    const what = bpuContribution({
      month: '2026-11',
      declaredIncome: 1_000_000,
      fundingSource: 'APBD',
      rulebook: scenario,
    });
    expect(official.total).toBe(16_800);
    expect(what.total).toBe(8_400);
    expect(what.basis.rulebook.name).toBe('pp50-for-all');
    expect(JSON.stringify(OFFICIAL_RULEBOOK)).toBe(before);
    expect(Object.isFrozen(OFFICIAL_RULEBOOK.series)).toBe(true);
  });

  it('splices a temporary window: the discount for other sectors extended through June 2027', () => {
    const scenario = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'bpu.pp50.other',
        versions: [
          {
            from: '2026-04-01',
            to: '2027-07-01',
            value: '0.5',
            confidence: 'U',
            citations: [{ instrument: 'scenario', article: 'extension' }],
          },
        ],
      },
    ]);
    expect(bpuContribution({ month: '2027-06', declaredIncome: 1_000_000, rulebook: scenario }).total).toBe(
      8_400,
    );
    expect(bpuContribution({ month: '2027-07', declaredIncome: 1_000_000, rulebook: scenario }).total).toBe(
      16_800,
    );
    expect(bpuContribution({ month: '2027-06', declaredIncome: 1_000_000 }).total).toBe(16_800);
  });

  it('splices a value from a date on and keeps what came before', () => {
    const scenario = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'bpu.jkm.amount',
        versions: [
          {
            from: '2027-01-01',
            value: 8_000,
            confidence: 'U',
            citations: [{ instrument: 'scenario', article: 'new JKM' }],
          },
        ],
      },
    ]);
    expect(
      bpuContribution({
        month: '2026-12',
        declaredIncome: 1_000_000,
        fundingSource: 'APBD',
        rulebook: scenario,
      }).total,
    ).toBe(16_800);
    expect(bpuContribution({ month: '2027-01', declaredIncome: 1_000_000, rulebook: scenario }).total).toBe(
      18_000,
    );
  });

  it('splices a window in the middle of a series and resumes the base after it', () => {
    const rb = createRulebook('demo', [
      series([
        { from: '2020-01-01', to: '2022-01-01', value: '0.01', citations: cite, confidence: 'A' },
        { from: '2022-01-01', value: '0.02', citations: cite, confidence: 'A' },
      ]),
    ]);
    const s = withRules(rb, [
      {
        id: 'bpu.jht.rate',
        versions: [{ from: '2021-01-01', to: '2023-01-01', value: '0.5', citations: cite, confidence: 'U' }],
      },
    ]);
    expect(s.series['bpu.jht.rate']?.versions.map((v) => [v.from, v.to, v.value])).toEqual([
      ['2020-01-01', '2021-01-01', '0.01'],
      ['2021-01-01', '2023-01-01', '0.5'],
      ['2023-01-01', undefined, '0.02'],
    ]);
  });

  it('replaces a series, and rejects an unknown id, a wrong value, a missing citation or __proto__', () => {
    const rb = withRules(OFFICIAL_RULEBOOK, [
      {
        id: 'bpu.jkm.amount',
        mode: 'replace',
        versions: [{ from: '2015-07-01', value: 1, confidence: 'U', citations: cite }],
      },
    ]);
    expect(ruleAt(rb, 'bpu.jkm.amount', '2025-01').value).toBe(1);
    expect(rb.name).toBe('official+overlay');
    expect(rb.version).toBe(OFFICIAL_RULEBOOK.version);
    const paths = (overlays: unknown): string[] =>
      thrown(() => withRules(OFFICIAL_RULEBOOK, overlays as never)).issues.map((i) => i.path.join('.'));
    expect(paths([{ id: 'nameless', versions: [] }])).toEqual(['overlays.0.id']);
    expect(paths([{ id: '__proto__', versions: [{ from: '2020-01-01' }] }])).toEqual(['overlays.0.id']);
    expect(
      paths([
        {
          id: 'bpu.jkm.amount',
          versions: [{ from: '2020-01-01', value: 'x', confidence: 'U', citations: cite }],
        },
      ]),
    ).toEqual([`series.${Object.keys(OFFICIAL_RULEBOOK.series).indexOf('bpu.jkm.amount')}.versions.1.value`]);
    expect(
      thrown(() =>
        withRules(OFFICIAL_RULEBOOK, [
          {
            id: 'bpu.jkm.amount',
            versions: [{ from: '2020-01-01', value: 1, confidence: 'U', citations: [] }],
          },
        ]),
      ).code,
    ).toBe('INVALID_RULEBOOK');
    expect(thrown(() => withRules({} as Rulebook, [])).code).toBe('INVALID_INPUT');
  });
});

describe('weakestConfidence', () => {
  it('returns the least certain level, A when there is none', () => {
    expect(weakestConfidence(['A', 'C', 'B'])).toBe('C');
    expect(weakestConfidence(['B', 'U', 'A'])).toBe('U');
    expect(weakestConfidence([])).toBe('A');
    expect(thrown(() => weakestConfidence(['A', 'toString' as 'A'])).code).toBe('INVALID_INPUT');
    expect(thrown(() => weakestConfidence(null as never)).code).toBe('INVALID_INPUT');
  });
});
