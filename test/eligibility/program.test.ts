import { describe, expect, it } from 'vitest';
import {
  checkProgramEligibility,
  type EligibilityWorker,
  type ProgramCriteria,
  screenRoster,
} from '../../src/entries/eligibility.ts';
import { explain } from '../../src/entries/explain.ts';
import { eligibilityGolden } from '../golden/eligibility.ts';
import { issuesOf } from '../helpers.ts';

const asOf = '2026-05-01';
const bpu: EligibilityWorker = {
  birthDate: '1980-03-15', // 46 on 2026-05-01
  segment: 'BPU',
  dtsenDecile: 2,
  region: '35.09',
  sector: 'other',
};
const jember: ProgramCriteria = {
  id: 'jember-2026',
  segments: ['BPU'],
  bpuCategories: ['self-employed'],
  maxDtsenDecile: 4,
  age: { min: 18, max: 65 },
  sectors: ['other', 'transport'],
  regions: ['35.09'],
  notActiveParticipant: true,
  notFundedByOtherProgram: true,
  payer: 'APBD',
};

describe('checkProgramEligibility', () => {
  it('accepts a worker meeting every criterion, with an explanation', () => {
    const r = checkProgramEligibility(bpu, jember, { asOf });
    expect(r.eligible).toBe(true);
    expect(r.age).toBe(46);
    expect(r.programs).toEqual(['JKK', 'JKM']);
    // APBD pays: PP 50/2025 Pasal 3 ayat (5) refuses the discount.
    expect(r.discount).toMatchObject({ status: 'refused', reason: 'payer-excluded' });
    const lines = explain(r, { lang: 'en' });
    expect(lines[0]).toBe('Eligibility check as of 2026-05-01:');
    expect(lines.join('\n')).toContain('Meets every criterion.');
  });

  it('returns every failed criterion at once, law first, with values compared', () => {
    const r = checkProgramEligibility(
      {
        birthDate: '1955-01-01', // 71
        segment: 'BPU',
        bpuCategory: 'other',
        dtsenDecile: 9,
        sector: 'other',
        region: '35.10',
        activeParticipant: true,
        fundedBy: ['dbhcht-2025', 'jember-2026'],
      },
      { ...jember, programs: ['JKK', 'JKM', 'JP'], sectors: ['transport'] },
      { asOf },
    );
    expect(r.eligible).toBe(false);
    if (r.eligible) return;
    expect(r.reasons.map((x) => [x.code, x.source, x.actual, x.expected])).toEqual([
      ['law.program-not-available', 'law', 'BPU', 'PU'],
      ['program.bpu-category', 'program', 'other', 'self-employed'],
      ['program.dtsen-decile', 'program', 9, '<= 4'],
      ['program.age-above', 'program', 71, '<= 65'],
      ['program.sector', 'program', 'other', 'transport'],
      ['program.region', 'program', '35.10', '35.09'],
      ['program.active-participant', 'program', true, false],
      ['program.funded-by-other-program', 'program', 'dbhcht-2025', '-'],
    ]);
    for (const reason of r.reasons) {
      expect(reason.message.id).not.toMatch(/\{\w+\}/);
      expect(reason.message.en).not.toMatch(/\{\w+\}/);
    }
    expect(explain(r).join('\n')).toContain('Tidak memenuhi 8 syarat.');
  });

  it('reports missing DTSEN, missing region, an age below the band and a wrong segment', () => {
    const r = checkProgramEligibility(
      { birthDate: '2010-01-01', segment: 'PU', enterpriseSize: 'micro' },
      jember,
      { asOf },
    );
    expect(r.eligible ? [] : r.reasons.map((x) => x.code)).toEqual([
      'program.segment',
      'program.not-in-dtsen',
      'program.age-below',
      'program.region',
    ]);
  });

  it('does not count the program itself as another funder', () => {
    expect(checkProgramEligibility({ ...bpu, fundedBy: ['jember-2026'] }, jember, { asOf }).eligible).toBe(
      true,
    );
  });

  it.each(eligibilityGolden)('golden: $name', ({ input, expected }) => {
    const r = checkProgramEligibility(input.worker, input.criteria, input.options);
    expect(r.eligible ? [] : r.reasons.map((x) => x.code)).toEqual(expected);
  });
});

describe('INVALID_INPUT', () => {
  it('birth date after the as-of date', () => {
    expect(
      issuesOf(() => checkProgramEligibility({ ...bpu, birthDate: '2026-05-02' }, {}, { asOf })),
    ).toEqual(['birthDate']);
  });
  it('decile 11 and an unknown sector, in the worker and in the criteria', () => {
    expect(
      issuesOf(() =>
        checkProgramEligibility({ ...bpu, dtsenDecile: 11, sector: 'mining' as never }, {}, { asOf }),
      ),
    ).toEqual(['sector', 'dtsenDecile']);
    expect(
      issuesOf(() =>
        checkProgramEligibility(bpu, { maxDtsenDecile: 11, sectors: ['mining' as never] }, { asOf }),
      ),
    ).toEqual(['maxDtsenDecile', 'sectors.0']);
  });
  it('a foreigner without a start date, a start after as-of, a PU without size, a PU with a BPU category', () => {
    expect(issuesOf(() => checkProgramEligibility({ ...bpu, citizenship: 'WNA' }, {}, { asOf }))).toEqual([
      'workStartInIndonesia',
    ]);
    expect(
      issuesOf(() =>
        checkProgramEligibility(
          { ...bpu, citizenship: 'WNA', workStartInIndonesia: '2026-06-01' },
          {},
          { asOf },
        ),
      ),
    ).toEqual(['workStartInIndonesia']);
    expect(
      issuesOf(() =>
        checkProgramEligibility(
          { birthDate: '1990-01-01', segment: 'PU', bpuCategory: 'other' },
          {},
          { asOf },
        ),
      ),
    ).toEqual(['enterpriseSize', 'bpuCategory']);
  });
  it('criteria and options', () => {
    expect(issuesOf(() => checkProgramEligibility(bpu, { programs: ['JKK'] }, { asOf }))).toEqual([
      'programs',
    ]);
    expect(
      issuesOf(() => checkProgramEligibility(bpu, { programs: ['JKK', 'JKM', 'JKK'] }, { asOf })),
    ).toEqual(['programs']);
    expect(issuesOf(() => checkProgramEligibility(bpu, { age: { min: 30, max: 20 } }, { asOf }))).toEqual([
      'age.max',
    ]);
    expect(issuesOf(() => checkProgramEligibility(bpu, { age: { min: 1.5 } }, { asOf }))).toEqual([
      'age.min',
    ]);
    expect(issuesOf(() => checkProgramEligibility(bpu, { maxDtsenDecile: 2.5 }, { asOf }))).toEqual([
      'maxDtsenDecile',
    ]);
    expect(issuesOf(() => checkProgramEligibility(bpu, {}, { asOf: '2026-02-30' }))).toEqual(['asOf']);
    expect(issuesOf(() => checkProgramEligibility(bpu, { extra: 1 } as never, { asOf }))).toEqual(['extra']);
  });
});

describe('screenRoster', () => {
  const roster: unknown[] = [
    bpu,
    { ...bpu, dtsenDecile: 7 },
    { ...bpu, dtsenDecile: 11 },
    { ...bpu, activeParticipant: true, dtsenDecile: 5 },
    { ...bpu, birthDate: '1999-12-31' },
  ];

  it('gives eligible rows, rejected rows with 1-based numbers and reasons, and counts', () => {
    const s = screenRoster(roster, jember, { asOf });
    expect(s.kind).toBe('roster-screening');
    expect(s.rows).toBe(5);
    expect(s.eligible.map((e) => e.row)).toEqual([1, 5]);
    expect(
      s.rejected.map((r) => [r.row, r.reasons.map((x) => x.code), r.issues.map((i) => i.path.join('.'))]),
    ).toEqual([
      [2, ['program.dtsen-decile'], []],
      [3, [], ['dtsenDecile']],
      [4, ['program.dtsen-decile', 'program.active-participant'], []],
    ]);
    expect(s.countsByReason).toEqual({
      'program.dtsen-decile': 2,
      INVALID_INPUT: 1,
      'program.active-participant': 1,
    });
    expect(s.rejected[1]?.worker).toBeUndefined();
  });

  it('throws only for invalid criteria, options or a non-array roster', () => {
    expect(issuesOf(() => screenRoster(roster, { maxDtsenDecile: 0 }, { asOf }))).toEqual(['maxDtsenDecile']);
    expect(issuesOf(() => screenRoster('rows' as never, {}, { asOf }))).toEqual(['']);
    expect(screenRoster([], {}, { asOf })).toMatchObject({
      rows: 0,
      eligible: [],
      rejected: [],
      countsByReason: {},
    });
  });
});
