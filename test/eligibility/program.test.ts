import { describe, expect, it } from 'vitest';
import {
  type EligibilityWorker,
  type ProgramCriteria,
  ProgramCriteriaSchema,
  ProgramEligibilityInputSchema,
  programEligibility,
  RosterScreeningInputSchema,
  rosterScreening,
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
  fundingSource: 'APBD',
  segments: ['BPU'],
  bpuCategories: ['self-employed'],
  maxDtsenDecile: 4,
  age: { min: 18, max: 65 },
  sectors: ['other', 'transport'],
  regions: ['35.09'],
  notActiveParticipant: true,
  notFundedByOtherProgram: true,
};
/** Criteria that check nothing but the law; the worker pays their own premium. */
const none: ProgramCriteria = { fundingSource: 'self' };

describe('programEligibility', () => {
  it('accepts a worker meeting every criterion, with an explanation', () => {
    const r = programEligibility({ worker: bpu, criteria: jember, asOf });
    expect(r.kind).toBe('program-eligibility');
    expect(r.eligible).toBe(true);
    expect(r.age).toBe(46);
    expect(r.programs).toEqual(['JKK', 'JKM']);
    expect(r.fundingSource).toBe('APBD');
    expect(r.payer).toBe('APBD');
    // APBD pays: PP 50/2025 Pasal 3 ayat (5) refuses the discount.
    expect(r.discount).toMatchObject({ status: 'refused', reason: 'payer-excluded' });
    const lines = explain(r, { lang: 'en' });
    expect(lines[0]).toBe('Eligibility check as of 2026-05-01:');
    expect(lines.join('\n')).toContain('Meets every criterion.');
    expect(lines.join('\n')).toContain(
      'funded by APBD (regional budget) and paid through APBD (regional budget) (Pasal 3 ayat (5))',
    );
  });

  it('returns every failed criterion at once, law first, with values compared', () => {
    const r = programEligibility({
      worker: {
        birthDate: '1955-01-01', // 71
        segment: 'BPU',
        bpuCategory: 'other',
        dtsenDecile: 9,
        sector: 'other',
        region: '35.10',
        activeParticipant: true,
        fundedBy: ['dbhcht-2025', 'jember-2026'],
      },
      criteria: { ...jember, programs: ['JKK', 'JKM', 'JP'], sectors: ['transport'] },
      asOf,
    });
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
    const r = programEligibility({
      worker: { birthDate: '2010-01-01', segment: 'PU', enterpriseSize: 'micro' },
      criteria: jember,
      asOf,
    });
    expect(r.eligible ? [] : r.reasons.map((x) => x.code)).toEqual([
      'program.segment',
      'program.not-in-dtsen',
      'program.age-below',
      'program.region',
    ]);
  });

  it('does not count the program itself as another funder: fundedBy holds program ids', () => {
    expect(
      programEligibility({ worker: { ...bpu, fundedBy: ['jember-2026'] }, criteria: jember, asOf }).eligible,
    ).toBe(true);
    // A funding source's name is not the program's id: it counts as another program.
    const r = programEligibility({ worker: { ...bpu, fundedBy: ['APBD'] }, criteria: jember, asOf });
    expect(r.eligible ? [] : r.reasons.map((x) => x.code)).toEqual(['program.funded-by-other-program']);
  });

  it('derives the PP 50/2025 payer from the funding source (DBHCHT is spent through the APBD)', () => {
    // PP 50/2025 window for sector "other": 2026-04 … 2026-12 (Pasal 7); Pasal 3 ayat (5) excludes APBD.
    const dbhcht = programEligibility({ worker: bpu, criteria: { fundingSource: 'DBHCHT' }, asOf });
    expect([dbhcht.fundingSource, dbhcht.payer]).toEqual(['DBHCHT', 'APBD']);
    expect(dbhcht.discount).toMatchObject({
      relief: 'PP 50/2025',
      status: 'refused',
      reason: 'payer-excluded',
    });
    const csr = programEligibility({ worker: bpu, criteria: { fundingSource: 'CSR' }, asOf });
    expect([csr.fundingSource, csr.payer]).toEqual(['CSR', 'CSR']);
    expect(csr.discount).toEqual({
      relief: 'PP 50/2025',
      status: 'applied',
      discountRate: '0.5',
      programs: ['JKK', 'JKM'],
      rules: ['bpu.pp50.other', 'bpu.pp50.categories', 'bpu.pp50.excluded-payers'],
    });
    expect(explain(csr, { lang: 'en' }).join('\n')).toContain(
      '(funding source: company CSR; payer: company CSR)',
    );
  });

  it('has no discount outside the PP 50/2025 window (2026-03 for sector "other")', () => {
    const r = programEligibility({ worker: bpu, criteria: none, asOf: '2026-03-31' });
    expect(r.discount).toBeUndefined();
    expect(r.basis.steps.map((s) => s.code)).toContain('eligibility.pp50.not-in-force');
  });

  it('shares nothing with its input or with another result', () => {
    const criteria: ProgramCriteria = { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT'] };
    const a = programEligibility({ worker: bpu, criteria, asOf });
    const b = programEligibility({ worker: bpu, criteria, asOf });
    expect(a.programs).toEqual(criteria.programs);
    expect(a.programs).not.toBe(criteria.programs);
    expect(a.programs).not.toBe(b.programs);
    expect(a.discount?.programs).not.toBe(b.discount?.programs);
    expect(a.basis.steps).not.toBe(b.basis.steps);
  });

  it.each(eligibilityGolden)('golden: $name', ({ input, expected }) => {
    const r = programEligibility(input);
    expect(r.eligible ? [] : r.reasons.map((x) => x.code)).toEqual(expected);
  });
});

describe('INVALID_INPUT', () => {
  it('birth date after the as-of date, with its path from the input', () => {
    expect(
      issuesOf(() =>
        programEligibility({ worker: { ...bpu, birthDate: '2026-05-02' }, criteria: none, asOf }),
      ),
    ).toEqual(['worker.birthDate']);
  });
  it('decile 11 and an unknown sector, in the worker and in the criteria', () => {
    expect(
      issuesOf(() =>
        programEligibility({
          worker: { ...bpu, dtsenDecile: 11, sector: 'mining' as never },
          criteria: none,
          asOf,
        }),
      ),
    ).toEqual(['worker.sector', 'worker.dtsenDecile']);
    expect(
      issuesOf(() =>
        programEligibility({
          worker: bpu,
          criteria: { fundingSource: 'self', maxDtsenDecile: 11, sectors: ['mining' as never] },
          asOf,
        }),
      ),
    ).toEqual(['criteria.maxDtsenDecile', 'criteria.sectors.0']);
  });
  it('a foreigner without a start date, a start after as-of, a PU without size, a PU with a BPU category', () => {
    expect(
      issuesOf(() => programEligibility({ worker: { ...bpu, citizenship: 'WNA' }, criteria: none, asOf })),
    ).toEqual(['worker.workStartInIndonesia']);
    expect(
      issuesOf(() =>
        programEligibility({
          worker: { ...bpu, citizenship: 'WNA', workStartInIndonesia: '2026-06-01' },
          criteria: none,
          asOf,
        }),
      ),
    ).toEqual(['worker.workStartInIndonesia']);
    expect(
      issuesOf(() =>
        programEligibility({
          worker: { birthDate: '1990-01-01', segment: 'PU', bpuCategory: 'other' },
          criteria: none,
          asOf,
        }),
      ),
    ).toEqual(['worker.enterpriseSize', 'worker.bpuCategory']);
  });
  it('criteria and the date', () => {
    const check = (criteria: ProgramCriteria, date: string = asOf): string[] =>
      issuesOf(() => programEligibility({ worker: bpu, criteria, asOf: date as never }));
    expect(check({ ...none, programs: ['JKK'] })).toEqual(['criteria.programs']);
    expect(check({ ...none, programs: ['JKK', 'JKM', 'JKK'] })).toEqual(['criteria.programs']);
    expect(check({ ...none, age: { min: 30, max: 20 } })).toEqual(['criteria.age.max']);
    expect(check({ ...none, age: { min: 1.5 } })).toEqual(['criteria.age.min']);
    expect(check({ ...none, maxDtsenDecile: 2.5 })).toEqual(['criteria.maxDtsenDecile']);
    expect(check(none, '2026-02-30')).toEqual(['asOf']);
    expect(check({ ...none, extra: 1 } as never)).toEqual(['criteria.extra']);
  });
  it('requires the funding source, and takes no payer', () => {
    expect(issuesOf(() => programEligibility({ worker: bpu, criteria: {} as never, asOf }))).toEqual([
      'criteria.fundingSource',
    ]);
    expect(
      issuesOf(() => programEligibility({ worker: bpu, criteria: { payer: 'APBD' } as never, asOf })),
    ).toEqual(['criteria.fundingSource', 'criteria.payer']);
    expect(
      issuesOf(() => programEligibility({ worker: bpu, criteria: { fundingSource: 'bank' as never }, asOf })),
    ).toEqual(['criteria.fundingSource']);
  });
  it('lists every issue at once, the late birth date included, and refuses a hand-made rulebook', () => {
    expect(
      issuesOf(() =>
        programEligibility({
          worker: { ...bpu, birthDate: '2027-01-01', dtsenDecile: 0 },
          criteria: { fundingSource: 'self', maxDtsenDecile: 0 },
          asOf,
          extra: true,
        } as never),
      ),
    ).toEqual(['worker.dtsenDecile', 'criteria.maxDtsenDecile', 'extra', 'worker.birthDate']);
    expect(
      issuesOf(() => programEligibility({ worker: bpu, criteria: none, asOf, rulebook: {} as never })),
    ).toEqual(['rulebook']);
    expect(issuesOf(() => programEligibility(null as never))).toEqual(['']);
  });
  it('the exported schema gives the same issues as the calculator', () => {
    const bad = { worker: { ...bpu, birthDate: '2026-06-01' }, criteria: { fundingSource: 'x' }, asOf };
    const r = ProgramEligibilityInputSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => i.path.join('.'))).toEqual(issuesOf(() => programEligibility(bad as never)));
    expect(ProgramEligibilityInputSchema.safeParse({ worker: bpu, criteria: jember, asOf }).success).toBe(
      true,
    );
    expect(ProgramCriteriaSchema.safeParse(jember).success).toBe(true);
    expect(ProgramCriteriaSchema['~standard'].validate({}).issues?.[0]?.path).toEqual(['fundingSource']);
  });
});

describe('rosterScreening', () => {
  const rows: unknown[] = [
    bpu,
    { ...bpu, dtsenDecile: 7 },
    { ...bpu, dtsenDecile: 11 },
    { ...bpu, activeParticipant: true, dtsenDecile: 5 },
    { ...bpu, birthDate: '1999-12-31' },
  ];

  it('gives eligible rows, rejected rows with 1-based numbers and reasons, and counts', () => {
    const s = rosterScreening({ rows, criteria: jember, asOf });
    expect(s.kind).toBe('roster-screening');
    expect(s.rows).toBe(5);
    expect(s.eligible.map((e) => e.row)).toEqual([1, 5]);
    expect(
      s.rejected.map((r) =>
        r.kind === 'invalid'
          ? [r.row, r.kind, r.issues.map((i) => i.path.join('.'))]
          : [r.row, r.kind, r.reasons.map((x) => x.code)],
      ),
    ).toEqual([
      [2, 'ineligible', ['program.dtsen-decile']],
      [3, 'invalid', ['dtsenDecile']],
      [4, 'ineligible', ['program.dtsen-decile', 'program.active-participant']],
    ]);
    // Row 4 has two reasons and counts under both: 3 rejected rows, 4 counts.
    expect(s.rejectedByReason).toEqual({
      'program.dtsen-decile': 2,
      INVALID_INPUT: 1,
      'program.active-participant': 1,
    });
    const invalid = s.rejected[1];
    expect(invalid?.kind).toBe('invalid');
    expect(invalid && 'worker' in invalid).toBe(false);
    expect(invalid && 'reasons' in invalid).toBe(false);
    const ineligible = s.rejected[0];
    expect(ineligible && 'issues' in ineligible).toBe(false);
    if (ineligible?.kind === 'ineligible') expect(ineligible.worker).toEqual(rows[1]);
  });

  it('carries the confidence and the rules of the rows it checked', () => {
    const s = rosterScreening({ rows, criteria: jember, asOf });
    // Rules read: participant.programs-by-segment and bpu.pp50.other, .categories, .excluded-payers
    // (the APBD is excluded before the village-budget rule would be read): all of confidence A in the
    // rulebook's data.
    expect(s.confidence).toBe('A');
    expect(s.basis.steps).toEqual([]);
    expect(s.basis.rules.map((r) => r.id)).toContain('participant.programs-by-segment');
    expect(s.basis.rules.map((r) => r.id)).toContain('bpu.pp50.excluded-payers');
    // The same version is listed once, however many rows used it.
    const keys = s.basis.rules.map((r) => `${r.id}@${r.from}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('explains the counts by reason with readable labels, in Indonesian and English', () => {
    const s = rosterScreening({ rows, criteria: jember, asOf });
    const en = explain(s, { lang: 'en' });
    expect(en.slice(0, 6)).toEqual([
      'Roster screening as of 2026-05-01:',
      '- 5 rows: 2 eligible, 3 rejected',
      'Rejected rows by reason (a row with several reasons counts under each):',
      '- DTSEN decile above the program limit: 2',
      '- Invalid row data: 1',
      '- Already an active participant: 1',
    ]);
    const id = explain(s);
    expect(id.slice(0, 6)).toEqual([
      'Penyaringan daftar peserta per 2026-05-01:',
      '- 5 baris: 2 memenuhi syarat, 3 ditolak',
      'Baris ditolak menurut alasan (baris dengan beberapa alasan dihitung pada setiap alasannya):',
      '- Desil DTSEN di atas batas program: 2',
      '- Data baris tidak sah: 1',
      '- Sudah menjadi peserta aktif: 1',
    ]);
    for (const line of [...en, ...id]) {
      expect(line).not.toMatch(/\{\w+(:\w+)?\}/); // no placeholder left
      expect(line).not.toMatch(/\b(program|law)\.[a-z-]+|INVALID_INPUT|\[object|\{"/); // no code, no dump
    }
    expect(en.join('\n')).toContain('Legal basis:');
    expect(en.join('\n')).toContain('Weakest confidence: A');
  });

  it('shows an unverified rule used by any row, once', () => {
    // A wage earner asking for JP reads jp.registration-below-pension-age, recorded as unverified (U).
    const pu = { birthDate: '1980-01-01', segment: 'PU', enterpriseSize: 'large' };
    const s = rosterScreening({
      rows: [pu, pu, bpu],
      criteria: { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JP'] },
      asOf,
    });
    expect(s.confidence).toBe('U');
    expect(s.basis.notices).toEqual([
      {
        code: 'rule.unverified',
        level: 'warning',
        params: { rule: 'jp.registration-below-pension-age' },
        rules: ['jp.registration-below-pension-age'],
      },
    ]);
    expect(explain(s, { lang: 'en' }).join('\n')).toContain(
      'the value of rule “JP registration only below the pension age” (jp.registration-below-pension-age) is unverified (U)',
    );
  });

  it('has a label for every reason code', () => {
    const everyReason = rosterScreening({
      rows: [
        {
          birthDate: '1960-01-01',
          segment: 'PU',
          enterpriseSize: 'large',
          citizenship: 'WNA',
          workStartInIndonesia: '2026-04-01',
        },
        {
          birthDate: '2015-01-01',
          segment: 'BPU',
          bpuCategory: 'other',
          sector: 'transport',
          activeParticipant: true,
          fundedBy: ['x'],
        },
        { birthDate: '1960-01-01', segment: 'BPU', dtsenDecile: 9, region: '35.10' },
        { birthDate: '1990-01-01', segment: 'BPU' },
        'not a worker',
      ],
      criteria: {
        fundingSource: 'APBD',
        programs: ['JKK', 'JKM', 'JP', 'JKP'],
        segments: ['BPU'],
        bpuCategories: ['self-employed'],
        maxDtsenDecile: 4,
        age: { min: 18, max: 60 },
        sectors: ['other'],
        regions: ['35.09'],
        notActiveParticipant: true,
        notFundedByOtherProgram: true,
      },
      asOf,
    });
    // Row 1, a foreign wage earner of 66, one month in Indonesia, asking for JP and JKP without JHT:
    // the 6 months, JKP citizenship, JKP age, the JKP prerequisites of a large enterprise (JHT and JP,
    // PP 37/2021 Pasal 4 ayat (3)), the JP pension age (59 in 2026); then segment, DTSEN, age, region.
    // Row 2, a BPU of 11: JP closed, JKP without employment relation; category, DTSEN, age, sector,
    // region, active, funded elsewhere. Row 3 adds the decile above 4. Row 5 is invalid.
    expect(Object.keys(everyReason.rejectedByReason).sort()).toEqual([
      'INVALID_INPUT',
      'law.foreigner-min-work',
      'law.jkp-citizens-only',
      'law.jkp-employment-relation',
      'law.jkp-prerequisite-programs',
      'law.jkp-registration-age',
      'law.jp-pension-age',
      'law.program-not-available',
      'program.active-participant',
      'program.age-above',
      'program.age-below',
      'program.bpu-category',
      'program.dtsen-decile',
      'program.funded-by-other-program',
      'program.not-in-dtsen',
      'program.region',
      'program.sector',
      'program.segment',
    ]);
    for (const lang of ['id', 'en'] as const)
      for (const line of explain(everyReason, { lang })) {
        expect(line).not.toMatch(/\{\w+(:\w+)?\}/);
        expect(line).not.toMatch(/\b(program|law)\.[a-z-]+|INVALID_INPUT|screening\.reason/);
      }
  });

  it('throws only for invalid criteria, date or rows that are not an array', () => {
    expect(
      issuesOf(() => rosterScreening({ rows, criteria: { fundingSource: 'self', maxDtsenDecile: 0 }, asOf })),
    ).toEqual(['criteria.maxDtsenDecile']);
    expect(issuesOf(() => rosterScreening({ rows: 'rows' as never, criteria: none, asOf }))).toEqual([
      'rows',
    ]);
    expect(issuesOf(() => rosterScreening({ rows, criteria: none, asOf: '2026-13-01' as never }))).toEqual([
      'asOf',
    ]);
    expect(RosterScreeningInputSchema.safeParse({ rows: [1, 2], criteria: none, asOf }).success).toBe(true);
    const empty = rosterScreening({ rows: [], criteria: none, asOf });
    expect(empty).toMatchObject({
      rows: 0,
      eligible: [],
      rejected: [],
      rejectedByReason: {},
      confidence: 'A',
    });
    expect(explain(empty, { lang: 'en' })[1]).toBe('- 0 rows: 0 eligible, 0 rejected');
  });

  it('explain refuses a screening that is not one, listing every problem', () => {
    const s = rosterScreening({ rows, criteria: jember, asOf });
    expect(
      issuesOf(() => explain({ ...s, eligible: 1, rejectedByReason: null, basis: null } as never)),
    ).toEqual(['basis', 'eligible', 'rejectedByReason']);
  });
});
