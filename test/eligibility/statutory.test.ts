import { describe, expect, it } from 'vitest';
import { completedMonths } from '../../src/eligibility/check.ts';
import {
  type EligibilityWorker,
  type ProgramCriteria,
  type ProgramEligibilityInput,
  type ProgramEligibilityResult,
  pensionAge,
  programEligibility,
  segmentPrograms,
} from '../../src/entries/eligibility.ts';
import { explain } from '../../src/entries/explain.ts';
import { OFFICIAL_RULEBOOK } from '../../src/entries/rulebook.ts';
import { bpuDiscountStatus, isJamsostekError } from '../../src/index.ts';
import { issuesOf, thrown } from '../helpers.ts';

const codes = (r: ProgramEligibilityResult): string[] => (r.eligible ? [] : r.reasons.map((x) => x.code));
const pu: EligibilityWorker = { birthDate: '1990-06-15', segment: 'PU', enterpriseSize: 'large' };
// The funding source decides only the PP 50/2025 discount of a BPU; 'self' where that is not the point.
const all: ProgramCriteria = { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] };
const check = (
  worker: EligibilityWorker,
  criteria: ProgramCriteria,
  asOf: ProgramEligibilityInput['asOf'],
): ProgramEligibilityResult => programEligibility({ worker, criteria, asOf });

describe('JP pension age (PP 45/2015 Pasal 15)', () => {
  it.each([
    ['2015-07-01', 56], // ayat (1): 56 at first
    ['2018-12-31', 56],
    ['2019-01-01', 57], // ayat (2): 57 from 1 January 2019
    ['2021-12-31', 57],
    ['2022-01-01', 58], // ayat (3): +1 every 3 years
    ['2023-05-01', 58],
    ['2025-01-01', 59],
    ['2027-12-31', 59],
    ['2028-01-01', 60],
    ['2040-01-01', 64],
    ['2042-12-31', 64],
    ['2043-01-01', 65], // … until 65
    ['2099-01-01', 65],
  ] as const)('on %s the pension age is %i', (date, age) => {
    expect(pensionAge({ asOf: date }).age).toBe(age);
  });

  it('is a result citing PP 45/2015 Pasal 15, with the confidence of the version in force', () => {
    const r = pensionAge({ asOf: '2025-01-01' });
    expect(r).toMatchObject({ kind: 'pension-age', asOf: '2025-01-01', age: 59, confidence: 'B' });
    expect(r.basis.rules.map((x) => [x.id, x.from, x.citations])).toEqual([
      ['jp.pension-age', '2025-01-01', [{ instrument: 'PP 45/2015', article: 'Pasal 15 ayat (2) dan (3)' }]],
    ]);
    // 56 is read in ayat (1) and 57 from 2019 in ayat (2): confidence A.
    expect(pensionAge({ asOf: '2015-07-01' }).basis.rules[0]?.citations).toEqual([
      { instrument: 'PP 45/2015', article: 'Pasal 15 ayat (1)' },
    ]);
    expect(pensionAge({ asOf: '2019-01-01' }).confidence).toBe('A');
    expect(explain(r, { lang: 'en' }).slice(0, 2)).toEqual([
      'Pension age (JP) as of 2025-01-01:',
      '- Pension age in force on 2025-01-01: 59 years (PP 45/2015 Pasal 15 ayat (2) dan (3) [B])',
    ]);
    expect(explain(r)[1]).toBe(
      '- Usia pensiun yang berlaku pada 2025-01-01: 59 tahun (PP 45/2015 Pasal 15 ayat (2) dan (3) [B])',
    );
  });

  it('has no value before the program started (no silent answer)', () => {
    expect(thrown(() => pensionAge({ asOf: '2015-06-30' })).code).toBe('RULE_NOT_IN_FORCE');
  });

  it('rejects a non-date, a non-rulebook, a bare date and an unknown key', () => {
    expect(issuesOf(() => pensionAge({ asOf: '2025-02-30' as never }))).toEqual(['asOf']);
    expect(issuesOf(() => pensionAge({ asOf: '2025-01-01', rulebook: {} as never }))).toEqual(['rulebook']);
    expect(issuesOf(() => pensionAge('2025-01-01' as never))).toEqual(['']);
    expect(issuesOf(() => pensionAge({ asOf: '2025-01-01', date: '2025-01-01' } as never))).toEqual(['date']);
    expect(pensionAge({ asOf: '2025-01-01', rulebook: OFFICIAL_RULEBOOK }).age).toBe(59);
  });

  it('a wage earner at the pension age gets a JP reason (unverified rule, flagged U)', () => {
    // Born 1966-01-01: 59 on 2025-01-01, the pension age in force then (59).
    const r = check(
      { ...pu, birthDate: '1966-01-01' },
      { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JP'] },
      '2025-01-01',
    );
    expect(codes(r)).toEqual(['law.jp-pension-age']);
    if (!r.eligible) expect(r.reasons[0].confidence).toBe('U');
    // One day younger than 59: still below.
    const ok = check(
      { ...pu, birthDate: '1966-01-02' },
      { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JP'] },
      '2025-01-01',
    );
    expect(ok.eligible).toBe(true);
  });
});

describe('JKP (PP 37/2021 Pasal 4 ayat (2), as amended by PP 6/2025)', () => {
  it('a 54-year-old cannot register; a 53-year-old can (huruf b: below 54 at registration)', () => {
    const at54 = check({ ...pu, birthDate: '1971-05-01' }, all, '2025-05-01');
    expect(codes(at54)).toEqual(['law.jkp-registration-age']);
    if (!at54.eligible) {
      expect(at54.reasons[0]).toMatchObject({ source: 'law', program: 'JKP', actual: 54, expected: '< 54' });
      expect(at54.reasons[0].message.en).toContain('below 54');
    }
    const at53 = check({ ...pu, birthDate: '1971-05-02' }, all, '2025-05-01');
    expect(at53.eligible).toBe(true);
  });

  it('a foreigner never joins JKP (huruf a)', () => {
    const r = check({ ...pu, citizenship: 'WNA', workStartInIndonesia: '2020-01-01' }, all, '2025-05-01');
    expect(codes(r)).toEqual(['law.jkp-citizens-only']);
  });

  it('a BPU has no employment relation (huruf c)', () => {
    const r = check(
      { birthDate: '1990-01-01', segment: 'BPU' },
      { fundingSource: 'self', programs: ['JKK', 'JKM', 'JKP'] },
      '2025-05-01',
    );
    expect(codes(r)).toEqual(['law.jkp-employment-relation']);
  });

  it('needs JHT and, in a medium or large enterprise, JP too (ayat (3))', () => {
    const r = check(pu, { fundingSource: 'self', programs: ['JKK', 'JKM', 'JKP'] }, '2025-05-01');
    expect(codes(r)).toEqual(['law.jkp-prerequisite-programs']);
    if (!r.eligible) expect(r.reasons[0].expected).toBe('JKK, JKM, JHT, JP');
    const micro = check(
      { ...pu, enterpriseSize: 'micro' },
      { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JKP'] },
      '2025-05-01',
    );
    expect(micro.eligible).toBe(true);
  });

  it('did not exist before PP 37/2021 (2 February 2021)', () => {
    const r = check(pu, all, '2021-02-01');
    expect(codes(r)).toEqual(['law.program-not-available']);
    expect(check(pu, all, '2021-02-02').eligible).toBe(true);
  });
});

describe('foreigners (PP 44/2015 Pasal 1 angka 4, Pasal 5 ayat (2) huruf c)', () => {
  const foreigner: EligibilityWorker = {
    birthDate: '1985-01-01',
    segment: 'PU',
    enterpriseSize: 'large',
    citizenship: 'WNA',
    workStartInIndonesia: '2025-01-15',
  };
  const criteria: ProgramCriteria = { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JP'] };

  it('after 5 months is not a participant', () => {
    const r = check(foreigner, criteria, '2025-07-14');
    expect(codes(r)).toEqual(['law.foreigner-min-work']);
    if (!r.eligible) expect(r.reasons[0]).toMatchObject({ actual: 5, expected: '>= 6', source: 'law' });
  });

  it('after 6 months is', () => {
    expect(check(foreigner, criteria, '2025-07-15').eligible).toBe(true);
  });

  it('counts whole months, a missing day counting as the end of the month', () => {
    expect(completedMonths('2025-01-15', '2025-07-14')).toBe(5);
    expect(completedMonths('2025-01-15', '2025-07-15')).toBe(6);
    expect(completedMonths('2024-08-31', '2025-02-28')).toBe(6);
    expect(completedMonths('2025-01-31', '2025-07-30')).toBe(5);
  });
});

describe('programs by segment (PP 44/2015 Pasal 4–5, PP 45/2015 Pasal 2, PP 37/2021 Pasal 4)', () => {
  it('a BPU asking for JP gets a reason, not an exception', () => {
    const r = check(
      { birthDate: '1990-01-01', segment: 'BPU' },
      { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JP'] },
      '2026-01-10',
    );
    expect(r.eligible).toBe(false);
    if (!r.eligible) {
      expect(r.reasons).toHaveLength(1);
      expect(r.reasons[0]).toMatchObject({
        code: 'law.program-not-available',
        source: 'law',
        program: 'JP',
        actual: 'BPU',
        expected: 'PU',
        rules: ['participant.programs-by-segment'],
      });
      expect(r.reasons[0].message.id).toContain('JP');
    }
  });

  it('lists mandatory, optional and unavailable programs', () => {
    const b = segmentPrograms({ segment: 'BPU', asOf: '2026-01-01' });
    expect(b).toMatchObject({
      kind: 'segment-programs',
      segment: 'BPU',
      asOf: '2026-01-01',
      mandatory: ['JKK', 'JKM'],
      optional: ['JHT'],
      unavailable: ['JP', 'JKP'],
    });
    expect('enterpriseSize' in b).toBe(false);
    // participant.mandatory-programs is of confidence C (Perpres 109/2013 read from a summary).
    const micro = segmentPrograms({ segment: 'PU', enterpriseSize: 'micro', asOf: '2026-01-01' });
    expect(micro).toMatchObject({
      segment: 'PU',
      enterpriseSize: 'micro',
      mandatory: ['JKK', 'JKM'],
      optional: ['JHT', 'JP', 'JKP'],
      unavailable: [],
      confidence: 'C',
    });
    expect(micro.basis.rules.map((r) => r.id)).toEqual([
      'participant.programs-by-segment',
      'participant.mandatory-programs',
    ]);
    const before = segmentPrograms({ segment: 'PU', asOf: '2020-01-01' });
    expect(before.unavailable).toEqual(['JKP']);
    expect(before.segment === 'PU' && before.enterpriseSize).toBe('large');
  });

  it('explains itself from its basis', () => {
    expect(
      explain(segmentPrograms({ segment: 'BPU', asOf: '2026-01-01' }), { lang: 'en' }).slice(0, 4),
    ).toEqual([
      'BPJS Ketenagakerjaan programs for participants of segment BPU (non-wage workers) as of 2026-01-01:',
      '- Mandatory: JKK, JKM (PP 44/2015 Pasal 4 ayat (1) dan (2); Perpres 109/2013 Pasal 6 [C])',
      expect.stringMatching(/^- May be joined besides: JHT \(PP 44\/2015 Pasal 5/),
      expect.stringMatching(/^- Cannot be joined: JP, JKP \(PP 44\/2015 Pasal 5/),
    ]);
    const id = explain(segmentPrograms({ segment: 'PU', enterpriseSize: 'medium', asOf: '2026-01-01' }));
    expect(id[0]).toBe('Program BPJS Ketenagakerjaan bagi peserta segmen PU (penerima upah) per 2026-01-01:');
    expect(id[1]).toBe('- Pemberi kerja: usaha menengah');
    expect(id[2]).toMatch(/^- Wajib diikuti: JKK, JKM, JHT, JP \(/);
    expect(id.join('\n')).not.toContain('Tidak dapat diikuti');
  });

  it('rejects an unknown segment, an enterprise size for a BPU and the old date key', () => {
    expect(issuesOf(() => segmentPrograms({ segment: 'XX' as never, asOf: '2026-01-01' }))).toEqual([
      'segment',
    ]);
    expect(
      thrown(() => segmentPrograms({ segment: 'XX' as never, asOf: '2026-01-01' })).issues[0]?.message,
    ).toBe("must be 'PU' or 'BPU'");
    expect(
      issuesOf(() =>
        segmentPrograms({ segment: 'BPU', enterpriseSize: 'micro' as never, asOf: '2026-01-01' }),
      ),
    ).toEqual(['enterpriseSize']);
    expect(issuesOf(() => segmentPrograms({ segment: 'PU', date: '2026-01-01' } as never))).toEqual([
      'asOf',
      'date',
    ]);
  });
});

describe('PP 50/2025 discount: the same decision as bpuDiscountStatus', () => {
  const cases = [
    { month: '2026-05', sector: 'other', fundingSource: 'self', category: 'self-employed' },
    { month: '2026-05', sector: 'other', fundingSource: 'APBD', category: 'self-employed' },
    { month: '2026-05', sector: 'other', fundingSource: 'DBHCHT', category: 'self-employed' },
    { month: '2026-05', sector: 'other', fundingSource: 'APBDes', category: 'self-employed' },
    { month: '2026-05', sector: 'other', fundingSource: 'Dana Desa', category: 'self-employed' },
    { month: '2026-05', sector: 'other', fundingSource: 'self', category: 'other' },
    { month: '2026-02', sector: 'transport', fundingSource: 'CSR', category: 'self-employed' },
    { month: '2026-02', sector: 'other', fundingSource: 'self', category: 'self-employed' },
    { month: '2025-09', sector: 'other', fundingSource: 'self', category: 'employer' },
  ] as const;
  it.each(cases)('%o', (c) => {
    const r = check(
      { birthDate: '1990-01-01', segment: 'BPU', sector: c.sector, bpuCategory: c.category },
      { fundingSource: c.fundingSource },
      `${c.month}-10`,
    );
    const d = bpuDiscountStatus(c);
    expect([r.fundingSource, r.payer]).toEqual([d.fundingSource, d.payer]);
    expect(r.discount?.status ?? 'not-in-force').toBe(d.status);
    expect(r.discount?.status === 'refused' ? r.discount.reason : undefined).toBe(
      d.status === 'refused' ? d.reason : undefined,
    );
  });

  it('is absent for a wage earner', () => {
    expect(check(pu, { fundingSource: 'self' }, '2026-05-01').discount).toBeUndefined();
  });
});

describe('errors', () => {
  it('invalid worker input throws INVALID_INPUT with every issue', () => {
    expect(
      issuesOf(() =>
        check(
          { birthDate: '2030-01-01', segment: 'BPU', dtsenDecile: 11, sector: 'mining' as never },
          { fundingSource: 'self' },
          '2026-01-01',
        ),
      ),
    ).toEqual(['worker.sector', 'worker.dtsenDecile', 'worker.birthDate']);
    // The statutory rules start with PP 44/2015 on 2015-07-01: no silent answer before.
    const early = thrown(() =>
      check({ ...pu, birthDate: '1950-01-01' }, { fundingSource: 'self' }, '2010-01-01'),
    );
    expect(isJamsostekError(early, 'RULE_NOT_IN_FORCE')).toBe(true);
  });
});
