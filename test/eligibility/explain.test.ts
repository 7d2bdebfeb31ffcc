import { describe, expect, it } from 'vitest';
import {
  ENTERPRISE_SIZES,
  pensionAge,
  programEligibility,
  rosterScreening,
  segmentPrograms,
} from '../../src/entries/eligibility.ts';
import { explain, type JamsostekResult } from '../../src/entries/explain.ts';

describe('explain renders every eligibility result without a raw code or a placeholder', () => {
  const bpu = { birthDate: '1990-01-01', segment: 'BPU' } as const;
  const results: JamsostekResult[] = [
    programEligibility({ worker: bpu, criteria: { fundingSource: 'self' }, asOf: '2026-05-01' }), // applied
    programEligibility({ worker: bpu, criteria: { fundingSource: 'BKBK' }, asOf: '2026-05-01' }), // payer refused
    programEligibility({
      worker: { ...bpu, bpuCategory: 'other' },
      criteria: { fundingSource: 'self' },
      asOf: '2026-05-01',
    }), // category refused
    programEligibility({ worker: bpu, criteria: { fundingSource: 'self' }, asOf: '2025-05-01' }), // no window
    programEligibility({
      worker: {
        birthDate: '1960-01-01',
        segment: 'PU',
        enterpriseSize: 'small',
        citizenship: 'WNA',
        workStartInIndonesia: '2026-01-01',
      },
      criteria: {
        fundingSource: 'APBD',
        programs: ['JKK', 'JKM', 'JP', 'JKP'],
        segments: ['BPU'],
        maxDtsenDecile: 3,
        age: { min: 70 },
        regions: ['x'],
      },
      asOf: '2026-05-01',
    }), // every kind of statutory reason of a PU, and program reasons
    pensionAge({ asOf: '2015-07-01' }),
    pensionAge({ asOf: '2043-01-01' }),
    segmentPrograms({ segment: 'BPU', asOf: '2016-01-01' }),
    ...ENTERPRISE_SIZES.map((enterpriseSize) =>
      segmentPrograms({ segment: 'PU', enterpriseSize, asOf: '2026-01-01' }),
    ),
    rosterScreening({
      rows: [bpu, { ...bpu, dtsenDecile: 9 }, {}],
      criteria: { fundingSource: 'DBH sawit', maxDtsenDecile: 4 },
      asOf: '2026-05-01',
    }),
  ];
  it.each(results.map((r, i) => [i, r.kind, r] as const))('#%i %s', (_i, _kind, result) => {
    for (const lang of ['id', 'en'] as const)
      for (const line of explain(result, { lang })) {
        expect(line).not.toMatch(/^(- )?[\w.-]+ \{/);
        expect(line).not.toMatch(/\{\w+(:\w+)?\}/);
      }
  });
});
