import { describe, expect, it } from 'vitest';
import { completedMonths } from '../../src/eligibility/check.ts';
import {
  checkProgramEligibility,
  type EligibilityResult,
  type EligibilityWorker,
  type ProgramCriteria,
  pensionAge,
  segmentPrograms,
} from '../../src/entries/eligibility.ts';
import { OFFICIAL_RULEBOOK } from '../../src/entries/rulebook.ts';
import { bpuDiscountStatus, isJamsostekError } from '../../src/index.ts';

const codes = (r: EligibilityResult): string[] => (r.eligible ? [] : r.reasons.map((x) => x.code));
const pu: EligibilityWorker = { birthDate: '1990-06-15', segment: 'PU', enterpriseSize: 'large' };
const all: ProgramCriteria = { programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] };

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
    expect(pensionAge(date)).toBe(age);
  });

  it('has no value before the program started (no silent answer)', () => {
    expect(() => pensionAge('2015-06-30')).toThrow(expect.objectContaining({ code: 'RULE_NOT_IN_FORCE' }));
  });

  it('rejects a non-date and a non-rulebook', () => {
    expect(() => pensionAge('2025-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => pensionAge('2025-01-01', {} as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(pensionAge('2025-01-01', OFFICIAL_RULEBOOK)).toBe(59);
  });

  it('a wage earner at the pension age gets a JP reason (unverified rule, flagged U)', () => {
    // Born 1966-01-01: 59 on 2025-01-01, the pension age in force then (59).
    const r = checkProgramEligibility(
      { ...pu, birthDate: '1966-01-01' },
      { programs: ['JKK', 'JKM', 'JHT', 'JP'] },
      { asOf: '2025-01-01' },
    );
    expect(codes(r)).toEqual(['law.jp-pension-age']);
    if (!r.eligible) expect(r.reasons[0].confidence).toBe('U');
    // One day younger than 59: still below.
    const ok = checkProgramEligibility(
      { ...pu, birthDate: '1966-01-02' },
      { programs: ['JKK', 'JKM', 'JHT', 'JP'] },
      { asOf: '2025-01-01' },
    );
    expect(ok.eligible).toBe(true);
  });
});

describe('JKP (PP 37/2021 Pasal 4 ayat (2), as amended by PP 6/2025)', () => {
  it('a 54-year-old cannot register; a 53-year-old can (huruf b: below 54 at registration)', () => {
    const at54 = checkProgramEligibility({ ...pu, birthDate: '1971-05-01' }, all, { asOf: '2025-05-01' });
    expect(codes(at54)).toEqual(['law.jkp-registration-age']);
    if (!at54.eligible) {
      expect(at54.reasons[0]).toMatchObject({ source: 'law', program: 'JKP', actual: 54, expected: '< 54' });
      expect(at54.reasons[0].message.en).toContain('below 54');
    }
    const at53 = checkProgramEligibility({ ...pu, birthDate: '1971-05-02' }, all, { asOf: '2025-05-01' });
    expect(at53.eligible).toBe(true);
  });

  it('a foreigner never joins JKP (huruf a)', () => {
    const r = checkProgramEligibility(
      { ...pu, citizenship: 'WNA', workStartInIndonesia: '2020-01-01' },
      all,
      { asOf: '2025-05-01' },
    );
    expect(codes(r)).toEqual(['law.jkp-citizens-only']);
  });

  it('a BPU has no employment relation (huruf c)', () => {
    const r = checkProgramEligibility(
      { birthDate: '1990-01-01', segment: 'BPU' },
      { programs: ['JKK', 'JKM', 'JKP'] },
      { asOf: '2025-05-01' },
    );
    expect(codes(r)).toEqual(['law.jkp-employment-relation']);
  });

  it('needs JHT and, in a medium or large enterprise, JP too (ayat (3))', () => {
    const r = checkProgramEligibility(pu, { programs: ['JKK', 'JKM', 'JKP'] }, { asOf: '2025-05-01' });
    expect(codes(r)).toEqual(['law.jkp-prerequisite-programs']);
    if (!r.eligible) expect(r.reasons[0].expected).toBe('JKK, JKM, JHT, JP');
    const micro = checkProgramEligibility(
      { ...pu, enterpriseSize: 'micro' },
      { programs: ['JKK', 'JKM', 'JHT', 'JKP'] },
      { asOf: '2025-05-01' },
    );
    expect(micro.eligible).toBe(true);
  });

  it('did not exist before PP 37/2021 (2 February 2021)', () => {
    const r = checkProgramEligibility(pu, all, { asOf: '2021-02-01' });
    expect(codes(r)).toEqual(['law.program-not-available']);
    expect(checkProgramEligibility(pu, all, { asOf: '2021-02-02' }).eligible).toBe(true);
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
  const criteria: ProgramCriteria = { programs: ['JKK', 'JKM', 'JHT', 'JP'] };

  it('after 5 months is not a participant', () => {
    const r = checkProgramEligibility(foreigner, criteria, { asOf: '2025-07-14' });
    expect(codes(r)).toEqual(['law.foreigner-min-work']);
    if (!r.eligible) expect(r.reasons[0]).toMatchObject({ actual: 5, expected: '>= 6', source: 'law' });
  });

  it('after 6 months is', () => {
    expect(checkProgramEligibility(foreigner, criteria, { asOf: '2025-07-15' }).eligible).toBe(true);
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
    const r = checkProgramEligibility(
      { birthDate: '1990-01-01', segment: 'BPU' },
      { programs: ['JKK', 'JKM', 'JHT', 'JP'] },
      { asOf: '2026-01-10' },
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
    expect(segmentPrograms({ segment: 'BPU', date: '2026-01-01' })).toMatchObject({
      mandatory: ['JKK', 'JKM'],
      optional: ['JHT'],
      unavailable: ['JP', 'JKP'],
    });
    expect(segmentPrograms({ segment: 'PU', enterpriseSize: 'micro', date: '2026-01-01' })).toMatchObject({
      mandatory: ['JKK', 'JKM'],
      optional: ['JHT', 'JP', 'JKP'],
      unavailable: [],
      confidence: 'C',
    });
    expect(segmentPrograms({ segment: 'PU', date: '2020-01-01' }).unavailable).toEqual(['JKP']);
    expect(() => segmentPrograms({ segment: 'XX' as never, date: '2026-01-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('PP 50/2025 discount: the same decision as bpuDiscountStatus', () => {
  const cases = [
    { month: '2026-05', sector: 'other', payer: 'self', category: 'self-employed' },
    { month: '2026-05', sector: 'other', payer: 'APBD', category: 'self-employed' },
    { month: '2026-05', sector: 'other', payer: 'APBDes', category: 'self-employed' },
    { month: '2026-05', sector: 'other', payer: 'self', category: 'other' },
    { month: '2026-02', sector: 'transport', payer: 'CSR', category: 'self-employed' },
    { month: '2026-02', sector: 'other', payer: 'self', category: 'self-employed' },
    { month: '2025-09', sector: 'other', payer: 'self', category: 'employer' },
  ] as const;
  it.each(cases)('%o', (c) => {
    const r = checkProgramEligibility(
      { birthDate: '1990-01-01', segment: 'BPU', sector: c.sector, bpuCategory: c.category },
      { payer: c.payer },
      { asOf: `${c.month}-10` },
    );
    const { payer, ...rest } = c;
    const d = bpuDiscountStatus({ ...rest, fundingSource: payer });
    expect(r.discount?.status ?? 'not-in-force').toBe(d.status);
    expect(r.discount?.status === 'refused' ? r.discount.reason : undefined).toBe(
      d.status === 'refused' ? d.reason : undefined,
    );
  });

  it('is absent for a wage earner', () => {
    expect(checkProgramEligibility(pu, {}, { asOf: '2026-05-01' }).discount).toBeUndefined();
  });
});

describe('errors', () => {
  it('invalid worker input throws INVALID_INPUT with every issue', () => {
    try {
      checkProgramEligibility(
        { birthDate: '2030-01-01', segment: 'BPU', dtsenDecile: 11, sector: 'mining' as never },
        {},
        { asOf: '2026-01-01' },
      );
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e) && e.code).toBe('INVALID_INPUT');
    }
  });
});
