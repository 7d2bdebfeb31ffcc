import type { ProgramEligibilityInput } from '../../src/entries/eligibility.ts';

/**
 * Golden eligibility cases: input, expected reason codes (empty = eligible), and the source of the
 * expectation. `fundingSource: 'self'` where the case is not about funding (it decides only the
 * PP 50/2025 discount of a BPU).
 */
export const eligibilityGolden: readonly {
  readonly name: string;
  readonly input: ProgramEligibilityInput;
  readonly expected: readonly string[];
  readonly source: string;
}[] = [
  {
    name: 'pension age 58 reached in 2023 blocks JP registration',
    input: {
      worker: { birthDate: '1965-04-30', segment: 'PU', enterpriseSize: 'medium' },
      criteria: { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JP'] },
      asOf: '2023-05-01',
    },
    expected: ['law.jp-pension-age'],
    source: 'PP 45/2015 Pasal 15 ayat (3): 57 from 2019 + 1 in 2022 = 58; 2023-05-01 − 1965-04-30 = 58 years',
  },
  {
    name: 'JKP at 54 refused',
    input: {
      worker: { birthDate: '1971-01-01', segment: 'PU', enterpriseSize: 'small' },
      criteria: { fundingSource: 'self', programs: ['JKK', 'JKM', 'JHT', 'JKP'] },
      asOf: '2025-06-01',
    },
    expected: ['law.jkp-registration-age'],
    source:
      'PP 37/2021 Pasal 4 ayat (2) huruf b: below 54 at registration; 2025-06-01 − 1971-01-01 = 54 years',
  },
  {
    name: 'foreigner after exactly 6 months is a participant',
    input: {
      worker: {
        birthDate: '1980-01-01',
        segment: 'PU',
        enterpriseSize: 'large',
        citizenship: 'WNA',
        workStartInIndonesia: '2025-03-01',
      },
      criteria: { fundingSource: 'self' },
      asOf: '2025-09-01',
    },
    expected: [],
    source: 'PP 44/2015 Pasal 1 angka 4: at least 6 months; March 1 → September 1 = 6 months',
  },
  {
    name: 'Jember-like criteria: BPU, decile ≤ 4, not yet covered; a covered decile-5 driver fails twice',
    input: {
      worker: {
        birthDate: '1988-02-02',
        segment: 'BPU',
        sector: 'transport',
        dtsenDecile: 5,
        activeParticipant: true,
      },
      criteria: {
        fundingSource: 'APBD',
        segments: ['BPU'],
        maxDtsenDecile: 4,
        notActiveParticipant: true,
      },
      asOf: '2025-10-01',
    },
    expected: ['program.dtsen-decile', 'program.active-participant'],
    source: 'Program criteria as declared (hand check)',
  },
];
