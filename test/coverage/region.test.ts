import fc from 'fast-check';
import { isJamsostekError } from 'jamsostek';
import {
  aggregateCoverage,
  type CoverageSummary,
  coverageSummary,
  EMPTY_COVERAGE_SUMMARY,
  formatPercent,
  mergeCoverageSummaries,
  NATION,
  type RegionCoverageRow,
  regionAt,
  regionLevel,
  regionParent,
  summaryCoverage,
} from 'jamsostek/coverage';
import { describe, expect, it } from 'vitest';

function thrown(f: () => unknown): { code: string; paths: unknown[] } {
  try {
    f();
  } catch (e) {
    if (isJamsostekError(e)) return { code: e.code, paths: e.issues.map((i) => i.path) };
    throw e;
  }
  throw new Error('expected a JamsostekError');
}

// Kemendagri codes: 35 Jawa Timur, 35.08 Kabupaten Lumajang, 35.09 Kabupaten Jember.
const JEMBER: RegionCoverageRow = {
  region: '35.09',
  covered: 323739,
  workingPopulation: 1480981,
  programParticipants: 82093,
};
const LUMAJANG: RegionCoverageRow = { region: '35.08', covered: 89266, workingPopulation: 555154 };

describe('region codes', () => {
  it('know their level and parent', () => {
    expect(regionLevel('35.09')).toBe('regency');
    expect(regionLevel('35.09.01')).toBe('district');
    expect(regionLevel('35.09.01.2001')).toBe('village');
    expect(regionLevel('ID')).toBe('nation');
    expect(regionLevel('3509')).toBeUndefined();
    expect(regionParent('35.09.01')).toBe('35.09');
    expect(regionParent('35.09')).toBe('35');
    expect(regionParent('35')).toBe('ID');
    expect(regionParent('ID')).toBeUndefined();
    expect(regionAt('35.09.01.2001', 'regency')).toBe('35.09');
    expect(regionAt('35.09', 'regency')).toBe('35.09');
  });

  it('reject malformed codes and levels finer than the code', () => {
    expect(thrown(() => regionParent('35-09')).code).toBe('INVALID_INPUT');
    expect(thrown(() => regionAt('35', 'regency')).paths).toEqual([['code']]);
    expect(thrown(() => regionAt('ID', 'province')).paths).toEqual([['code']]);
    // Every problem at once; an unknown level used to give '' instead of an error.
    expect(thrown(() => regionAt('35-09', 'county' as never)).paths).toEqual([['code'], ['level']]);
    expect(thrown(() => regionAt('35.09', 'county' as never)).paths).toEqual([['level']]);
    expect(thrown(() => regionParent(3509 as never)).paths).toEqual([['code']]);
    expect(regionLevel(3509 as never)).toBeUndefined();
  });

  it('NATION is the parent of every province and the only key at the nation level', () => {
    expect(NATION).toBe('ID');
    expect(regionParent('11')).toBe(NATION);
    expect(regionAt('35.09.01.2001', 'nation')).toBe(NATION);
    expect(regionAt('ID', 'nation')).toBe(NATION);
  });
});

describe('coverage summaries', () => {
  it('aggregate Jember and Lumajang to East Java and the nation exactly', () => {
    // 323.739 + 89.266 = 413.005; 1.480.981 + 555.154 = 2.036.135
    const byProvince = aggregateCoverage([JEMBER, LUMAJANG], 'province');
    expect(Object.keys(byProvince)).toEqual(['35']);
    expect(byProvince['35']).toEqual({
      regions: ['35.08', '35.09'],
      covered: 413005,
      workingPopulation: 2036135,
      programParticipants: 82093,
    });
    const nation = aggregateCoverage(
      [JEMBER, LUMAJANG, { region: '11.01', covered: 1, workingPopulation: 2 }],
      'nation',
    );
    expect(Object.keys(nation)).toEqual(['ID']);
    expect(nation['ID']?.covered).toBe(413006);
    expect(formatPercent(summaryCoverage(coverageSummary([LUMAJANG])))).toBe('16,08 %');
  });

  it('report every bad row by index', () => {
    const e = thrown(() =>
      coverageSummary([
        JEMBER,
        { region: '3509', covered: 1, workingPopulation: 1 },
        { region: '35.10', covered: 5, workingPopulation: 4 },
        { region: '35.11', covered: 1, workingPopulation: 0 },
        { region: '35.12', covered: 1.5, workingPopulation: 4, programParticipants: 2 },
        { region: '35.13', covered: 1, workingPopulation: 4, programParticipants: 2 },
        { region: '35.14', covered: 1, workingPopulation: 4, extra: true } as RegionCoverageRow,
        null as unknown as RegionCoverageRow,
      ]),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.paths).toEqual([
      [1, 'region'],
      [2, 'covered'],
      [3, 'workingPopulation'],
      [4, 'covered'],
      [5, 'programParticipants'],
      [6, 'extra'],
      [7],
    ]);
  });

  it('refuse to double count a region, or a region and one inside it', () => {
    expect(thrown(() => coverageSummary([JEMBER, JEMBER])).code).toBe('INVALID_INPUT');
    expect(
      thrown(() =>
        mergeCoverageSummaries(coverageSummary([JEMBER]), coverageSummary([{ ...LUMAJANG, region: '35' }])),
      ).code,
    ).toBe('INVALID_INPUT');
    expect(thrown(() => aggregateCoverage([JEMBER], 'district')).paths).toEqual([[0, 'region']]);
    expect(thrown(() => aggregateCoverage([JEMBER], 'county' as never)).paths).toEqual([['level']]);
    expect(thrown(() => aggregateCoverage([{ ...JEMBER, covered: -1 }], 'nation')).code).toBe(
      'INVALID_INPUT',
    );
    expect(thrown(() => summaryCoverage(EMPTY_COVERAGE_SUMMARY)).code).toBe('INVALID_INPUT');
  });

  it('check the summaries they merge, by argument index', () => {
    const good = coverageSummary([JEMBER]);
    const e = thrown(() =>
      mergeCoverageSummaries(
        good,
        { regions: ['35.08'], covered: 5, workingPopulation: 4, programParticipants: 0 },
        { regions: 'x', covered: -1, workingPopulation: 4, programParticipants: 0 } as never,
        null as never,
      ),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.paths).toEqual([[1, 'covered'], [2, 'regions'], [2, 'covered'], [3]]);
    expect(thrown(() => summaryCoverage({ ...good, covered: 1.5 })).paths).toEqual([['summary', 'covered']]);
    expect(thrown(() => summaryCoverage(EMPTY_COVERAGE_SUMMARY)).paths).toEqual([
      ['summary', 'workingPopulation'],
    ]);
    expect(thrown(() => coverageSummary(42 as never)).paths).toEqual([['rows']]);
    expect(thrown(() => aggregateCoverage(null as never, 'nation')).paths).toEqual([['rows']]);
  });

  it('return new objects: never the empty summary, nor an input', () => {
    const merged = mergeCoverageSummaries(EMPTY_COVERAGE_SUMMARY);
    expect(merged).toEqual(EMPTY_COVERAGE_SUMMARY);
    expect(merged).not.toBe(EMPTY_COVERAGE_SUMMARY);
    expect(merged.regions).not.toBe(EMPTY_COVERAGE_SUMMARY.regions);
    expect(Object.isFrozen(EMPTY_COVERAGE_SUMMARY)).toBe(true);
    expect(mergeCoverageSummaries()).toEqual(EMPTY_COVERAGE_SUMMARY);
    const a = coverageSummary([JEMBER]);
    expect(mergeCoverageSummaries(a)).not.toBe(a);
    expect(mergeCoverageSummaries(a).regions).not.toBe(a.regions);
  });

  it('refuse sums beyond safe integers', () => {
    const big: CoverageSummary = {
      regions: ['11'],
      covered: 0,
      workingPopulation: Number.MAX_SAFE_INTEGER,
      programParticipants: 0,
    };
    expect(thrown(() => mergeCoverageSummaries(big, { ...big, regions: ['12'] })).code).toBe('INVALID_INPUT');
  });

  const rowsArb = fc
    .uniqueArray(
      fc.record({
        province: fc.integer({ min: 11, max: 94 }),
        regency: fc.integer({ min: 1, max: 79 }),
        population: fc.integer({ min: 1, max: 5_000_000 }),
        coveredPart: fc.double({ min: 0, max: 1, noNaN: true }),
        programPart: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { selector: (r) => `${r.province}.${r.regency}`, maxLength: 40 },
    )
    .map((rs) =>
      rs.map((r): RegionCoverageRow => {
        const covered = Math.floor(r.population * r.coveredPart);
        return {
          region: `${r.province}.${String(r.regency).padStart(2, '0')}`,
          covered,
          workingPopulation: r.population,
          programParticipants: Math.floor(covered * r.programPart),
        };
      }),
    );

  it('property: merging the summaries of any partition equals the summary of the union', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.nat(3)), (rows, buckets) => {
        const parts: RegionCoverageRow[][] = [[], [], [], []];
        rows.forEach((r, i) => {
          parts[(buckets[i] ?? 0) % 4]?.push(r);
        });
        const merged = mergeCoverageSummaries(...parts.map((p) => coverageSummary(p)));
        expect(merged).toEqual(coverageSummary(rows));
      }),
    );
  });

  it('property: merging is associative and commutative, with the empty summary as identity', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const third = Math.floor(rows.length / 3);
        const a = coverageSummary(rows.slice(0, third));
        const b = coverageSummary(rows.slice(third, 2 * third));
        const c = coverageSummary(rows.slice(2 * third));
        const left = mergeCoverageSummaries(mergeCoverageSummaries(a, b), c);
        expect(mergeCoverageSummaries(a, mergeCoverageSummaries(b, c))).toEqual(left);
        expect(mergeCoverageSummaries(c, b, a)).toEqual(left);
        expect(mergeCoverageSummaries(a, EMPTY_COVERAGE_SUMMARY)).toEqual(a);
      }),
    );
  });

  it('property: provinces merged to the nation equal the nation computed from the rows', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const provinces = Object.values(aggregateCoverage(rows, 'province'));
        const nation = aggregateCoverage(rows, 'nation')['ID'] ?? EMPTY_COVERAGE_SUMMARY;
        expect(mergeCoverageSummaries(...provinces)).toEqual(nation);
      }),
    );
  });
});
