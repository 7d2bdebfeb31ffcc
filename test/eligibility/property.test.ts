import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EligibilityWorker,
  ENTERPRISE_SIZES,
  type ProgramCriteria,
  programEligibility,
  rosterScreening,
} from '../../src/entries/eligibility.ts';
import type { IsoDate } from '../../src/index.ts';
import { BPU_CATEGORIES, BPU_SECTORS, FUNDING_SOURCES } from '../../src/index.ts';

const asOf = '2026-05-01';
const date = (min: number, max: number) =>
  fc
    .record({
      y: fc.integer({ min, max }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const worker: fc.Arbitrary<EligibilityWorker> = fc
  .record({
    birthDate: date(1940, 2010),
    foreign: fc.boolean(),
    workStart: date(2015, 2026),
    segment: fc.constantFrom('PU' as const, 'BPU' as const),
    bpuCategory: opt(fc.constantFrom(...BPU_CATEGORIES)),
    enterpriseSize: fc.constantFrom(...ENTERPRISE_SIZES),
    sector: opt(fc.constantFrom(...BPU_SECTORS)),
    dtsenDecile: opt(fc.integer({ min: 1, max: 10 })),
    region: opt(fc.constantFrom('35.09', '35.10')),
    activeParticipant: opt(fc.boolean()),
    fundedBy: opt(fc.subarray(['a', 'b'])),
  })
  .map(({ foreign, workStart, segment, bpuCategory, enterpriseSize, ...rest }) => ({
    ...rest,
    segment,
    ...(foreign
      ? {
          citizenship: 'WNA' as const,
          workStartInIndonesia: (workStart < asOf ? workStart : asOf) as IsoDate,
        }
      : {}),
    ...(segment === 'PU' ? { enterpriseSize } : { bpuCategory }),
  }));

const criteria: fc.Arbitrary<ProgramCriteria> = fc.record(
  {
    id: fc.constantFrom('a', 'b'),
    fundingSource: fc.constantFrom(...FUNDING_SOURCES),
    programs: fc
      .subarray(['JHT', 'JP', 'JKP'] as const)
      .map((extra) => ['JKK' as const, 'JKM' as const, ...extra]),
    segments: fc.subarray(['PU', 'BPU'] as const),
    bpuCategories: fc.subarray([...BPU_CATEGORIES]),
    maxDtsenDecile: fc.integer({ min: 1, max: 10 }),
    age: fc.record({ min: opt(fc.integer({ min: 0, max: 40 })), max: opt(fc.integer({ min: 40, max: 90 })) }),
    sectors: fc.subarray([...BPU_SECTORS]),
    regions: fc.subarray(['35.09', '35.10']),
    notActiveParticipant: fc.boolean(),
    notFundedByOtherProgram: fc.boolean(),
  },
  { requiredKeys: ['fundingSource'] },
);

const keys = [
  'programs',
  'segments',
  'bpuCategories',
  'maxDtsenDecile',
  'age',
  'sectors',
  'regions',
  'notActiveParticipant',
  'notFundedByOtherProgram',
] as const;

describe('properties', () => {
  it('adding a criterion never makes more workers eligible', () => {
    fc.assert(
      fc.property(worker, criteria, fc.constantFrom(...keys), (w, c, key) => {
        const without: ProgramCriteria = { ...c, [key]: undefined };
        const loose = programEligibility({ worker: w, criteria: without, asOf });
        const strict = programEligibility({ worker: w, criteria: c, asOf });
        if (strict.eligible) expect(loose.eligible).toBe(true);
        // Reasons of the looser criteria stay reasons under the stricter ones.
        if (!loose.eligible && !strict.eligible && key !== 'programs') {
          const strictCodes = new Set(strict.reasons.map((r) => r.code));
          for (const r of loose.reasons) expect(strictCodes.has(r.code)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('screening a roster equals checking its workers one by one', () => {
    fc.assert(
      fc.property(fc.array(worker, { maxLength: 12 }), criteria, (ws, c) => {
        const s = rosterScreening({ rows: ws, criteria: c, asOf });
        const one = ws.map((w) => programEligibility({ worker: w, criteria: c, asOf }));
        expect(s.eligible.map((e) => [e.row, e.result])).toEqual(
          one.flatMap((r, i) => (r.eligible ? [[i + 1, r]] : [])),
        );
        expect(s.rejected.map((r) => [r.row, r.kind === 'ineligible' ? r.reasons : r.issues])).toEqual(
          one.flatMap((r, i) => (r.eligible ? [] : [[i + 1, r.reasons]])),
        );
        expect(s.eligible.length + s.rejected.length).toBe(ws.length);
        // Each not-eligible row counts once under each of its distinct reasons.
        const counts: Record<string, number> = {};
        for (const r of one)
          if (!r.eligible)
            for (const code of new Set(r.reasons.map((x) => x.code))) counts[code] = (counts[code] ?? 0) + 1;
        expect(s.rejectedByReason).toEqual(counts);
      }),
      { numRuns: 100 },
    );
  });
});
