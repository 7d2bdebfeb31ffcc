import { describe, expectTypeOf, it } from 'vitest';
import {
  type EligibilityReason,
  type EligibilityReasonCode,
  type EligibleResult,
  type EnterpriseSize,
  type IneligibleResult,
  type PensionAgeResult,
  type ProgramEligibilityResult,
  pensionAge,
  programEligibility,
  type RosterScreeningResult,
  rosterScreening,
  type ScreeningIneligibleRow,
  type ScreeningInvalidRow,
  type SegmentProgramsResult,
  segmentPrograms,
} from '../../src/entries/eligibility.ts';
import type { JamsostekResult } from '../../src/entries/explain.ts';
import type { FundingSource, InputIssue, Payer } from '../../src/index.ts';

describe('ProgramEligibilityResult', () => {
  it('narrows on eligible', () => {
    const r = programEligibility({
      worker: { birthDate: '1990-01-01', segment: 'BPU' },
      criteria: { fundingSource: 'self' },
      asOf: '2026-01-01',
    });
    expectTypeOf(r).toEqualTypeOf<ProgramEligibilityResult>();
    expectTypeOf(r.kind).toEqualTypeOf<'program-eligibility'>();
    expectTypeOf(r.fundingSource).toEqualTypeOf<FundingSource>();
    expectTypeOf(r.payer).toEqualTypeOf<Payer>();
    if (r.eligible) {
      expectTypeOf(r).toEqualTypeOf<EligibleResult>();
      expectTypeOf(r).not.toHaveProperty('reasons');
    } else {
      expectTypeOf(r).toEqualTypeOf<IneligibleResult>();
      expectTypeOf(r.reasons).toEqualTypeOf<readonly [EligibilityReason, ...EligibilityReason[]]>();
      expectTypeOf(r.reasons[0].code).toEqualTypeOf<EligibilityReasonCode>();
      expectTypeOf(r.reasons[0].source).toEqualTypeOf<'law' | 'program'>();
    }
  });

  it('requires the funding source and takes one object', () => {
    programEligibility({
      worker: { birthDate: '1990-01-01', segment: 'BPU' },
      // @ts-expect-error: program criteria name their funding source
      criteria: {},
      asOf: '2026-01-01',
    });
    programEligibility({
      worker: { birthDate: '1990-01-01', segment: 'BPU' },
      // @ts-expect-error: `payer` is an output; the input is `fundingSource`
      criteria: { fundingSource: 'APBD', payer: 'APBD' },
      asOf: '2026-01-01',
    });
    programEligibility({
      // @ts-expect-error: not a date
      worker: { birthDate: '1990-01', segment: 'BPU' },
      criteria: { fundingSource: 'self' },
      asOf: '2026-01-01',
    });
  });
});

describe('RosterScreeningResult', () => {
  it('discriminates rejected rows on kind', () => {
    const s = rosterScreening({ rows: [], criteria: { fundingSource: 'APBD' }, asOf: '2026-01-01' });
    expectTypeOf(s).toEqualTypeOf<RosterScreeningResult>();
    const row = s.rejected[0];
    if (row?.kind === 'invalid') {
      expectTypeOf(row).toEqualTypeOf<ScreeningInvalidRow>();
      expectTypeOf(row.issues).toEqualTypeOf<readonly [InputIssue, ...InputIssue[]]>();
      expectTypeOf(row).not.toHaveProperty('reasons');
      expectTypeOf(row).not.toHaveProperty('worker');
    } else if (row?.kind === 'ineligible') {
      expectTypeOf(row).toEqualTypeOf<ScreeningIneligibleRow>();
      expectTypeOf(row).not.toHaveProperty('issues');
    }
    expectTypeOf(s.rejectedByReason['program.dtsen-decile']).toEqualTypeOf<number | undefined>();
  });
});

describe('pensionAge and segmentPrograms', () => {
  it('return results explain accepts', () => {
    const p = pensionAge({ asOf: '2025-01-01' });
    expectTypeOf(p).toEqualTypeOf<PensionAgeResult>();
    expectTypeOf(p.age).toEqualTypeOf<number>();
    expectTypeOf(p).toExtend<JamsostekResult>();
    const s = segmentPrograms({ segment: 'PU', asOf: '2025-01-01' });
    expectTypeOf(s).toEqualTypeOf<SegmentProgramsResult>();
    expectTypeOf(s).toExtend<JamsostekResult>();
    if (s.segment === 'PU') expectTypeOf(s.enterpriseSize).toEqualTypeOf<EnterpriseSize>();
    else expectTypeOf(s).not.toHaveProperty('enterpriseSize');
    // @ts-expect-error: a BPU has no enterprise size
    segmentPrograms({ segment: 'BPU', enterpriseSize: 'micro', asOf: '2025-01-01' });
    // @ts-expect-error: one object, not a bare date
    pensionAge('2025-01-01');
  });
});
