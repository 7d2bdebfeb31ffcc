/**
 * Statutory eligibility rules: who may join which program, foreigners, the JKP conditions and the
 * JP pension age.
 *
 * @internal
 * @module
 */
import type { ProgramsBySize } from '../catalog.ts';
import type { AnyRuleSeries, RuleVersion } from '../types.ts';
import { cite } from './cite.ts';

const PP44_START = '2015-07-01';
/** PP 37/2021 was promulgated on 2 February 2021 and took effect that day. */
const JKP_START = '2021-02-02';
/** PP 6/2025 (amending PP 37/2021 Pasal 4) was promulgated on 7 February 2025. */
const PP6_START = '2025-02-07';

const PENSION_STEP = [cite('PP 45/2015', 'Pasal 15 ayat (2) dan (3)')];

function pensionAgeVersions(): RuleVersion<number>[] {
  const out: RuleVersion<number>[] = [
    {
      from: PP44_START,
      to: '2019-01-01',
      value: 56,
      citations: [cite('PP 45/2015', 'Pasal 15 ayat (1)')],
      confidence: 'A',
    },
  ];
  for (let age = 57, year = 2019; age <= 65; age += 1, year += 3) {
    out.push({
      from: `${year}-01-01`,
      ...(age < 65 ? { to: `${year + 3}-01-01` } : {}),
      value: age,
      citations: PENSION_STEP,
      confidence: age === 57 ? 'A' : 'B',
      ...(age === 57
        ? {}
        : {
            note: 'Ayat (3) adds one year for every three years after 2019; the library reads each step as taking effect on 1 January. Published figures agree (58 in 2022, 59 in 2025, 65 from 2043).',
          }),
    });
  }
  return out;
}

const JKP_PREREQUISITES: ProgramsBySize = {
  micro: ['JKK', 'JKM', 'JHT'],
  small: ['JKK', 'JKM', 'JHT'],
  medium: ['JKK', 'JKM', 'JHT', 'JP'],
  large: ['JKK', 'JKM', 'JHT', 'JP'],
};

/** @internal */
export const eligibilityRules: readonly AnyRuleSeries[] = [
  {
    id: 'jp.pension-age',
    title: { id: 'Usia pensiun Jaminan Pensiun', en: 'Pension age (JP)' },
    unit: 'years',
    keyedBy: 'date',
    versions: pensionAgeVersions(),
  },
  {
    id: 'jp.registration-below-pension-age',
    title: {
      id: 'Pendaftaran JP hanya sebelum usia pensiun',
      en: 'JP registration only below the pension age',
    },
    unit: 'flag',
    keyedBy: 'date',
    versions: [
      {
        from: PP44_START,
        value: true,
        citations: [cite('PP 45/2015', 'Pasal 15')],
        confidence: 'U',
        note: 'Not written in the regulation: a worker at or above the pension age is, in practice, not registered for JP (one implementation note). Treat as unverified.',
      },
    ],
  },
  {
    id: 'participant.programs-by-segment',
    title: {
      id: 'Program yang dapat diikuti menurut segmen peserta',
      en: 'Programs open to each participant segment',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: PP44_START,
        to: JKP_START,
        value: { PU: ['JKK', 'JKM', 'JHT', 'JP'], BPU: ['JKK', 'JKM', 'JHT'] },
        citations: [
          cite('PP 44/2015', 'Pasal 5 (diubah PP 49/2023)'),
          cite('PP 46/2015', 'Pasal 4'),
          cite('PP 45/2015', 'Pasal 2 ayat (1)'),
        ],
        confidence: 'A',
        note: 'JP participants are workers of an employer (PP 45/2015 Pasal 2), so non-wage (BPU) participants cannot join JP.',
      },
      {
        from: JKP_START,
        value: { PU: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'], BPU: ['JKK', 'JKM', 'JHT'] },
        citations: [
          cite('PP 44/2015', 'Pasal 5 (diubah PP 49/2023)'),
          cite('PP 46/2015', 'Pasal 4'),
          cite('PP 45/2015', 'Pasal 2 ayat (1)'),
          cite('PP 37/2021', 'Pasal 4 ayat (2) huruf c'),
        ],
        confidence: 'A',
        note: 'JKP needs an employment relation with an employer (PP 37/2021 Pasal 4 ayat (2) huruf c), so BPU participants cannot join it.',
      },
    ],
  },
  {
    id: 'participant.mandatory-programs',
    title: {
      id: 'Program wajib menurut segmen dan skala usaha',
      en: 'Mandatory programs by segment and enterprise size',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: PP44_START,
        value: {
          BPU: ['JKK', 'JKM'],
          micro: ['JKK', 'JKM'],
          small: ['JKK', 'JKM', 'JHT'],
          medium: ['JKK', 'JKM', 'JHT', 'JP'],
          large: ['JKK', 'JKM', 'JHT', 'JP'],
        },
        citations: [cite('PP 44/2015', 'Pasal 4 ayat (1) dan (2)'), cite('Perpres 109/2013', 'Pasal 6')],
        confidence: 'C',
        note: 'JKK and JKM for everyone who works is read in PP 44/2015 Pasal 4; the further phasing of wage earners by enterprise size (small + JHT, medium and large + JP) is known only from a secondary summary of the Perpres.',
      },
    ],
  },
  {
    id: 'participant.foreigner-min-months',
    title: {
      id: 'Masa kerja minimum orang asing di Indonesia untuk menjadi peserta',
      en: 'Minimum months of work in Indonesia for a foreigner to be a participant',
    },
    unit: 'months',
    keyedBy: 'date',
    versions: [
      {
        from: PP44_START,
        value: 6,
        citations: [
          cite('PP 44/2015', 'Pasal 1 angka 4'),
          cite('PP 44/2015', 'Pasal 5 ayat (2) huruf c (diubah PP 49/2023)'),
          cite('PP 46/2015', 'Pasal 1 angka 3'),
          cite('UU 24/2011', 'Pasal 14'),
        ],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'jkp.citizens-only',
    title: { id: 'JKP hanya untuk warga negara Indonesia', en: 'JKP is for Indonesian citizens only' },
    unit: 'flag',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_START,
        to: PP6_START,
        value: true,
        citations: [cite('PP 37/2021', 'Pasal 4 ayat (2) huruf a')],
        confidence: 'A',
      },
      {
        from: PP6_START,
        value: true,
        citations: [cite('PP 37/2021', 'Pasal 4 ayat (2) huruf a (diubah PP 6/2025)')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'jkp.registration-age-below',
    title: {
      id: 'Usia saat mendaftar JKP harus di bawah',
      en: 'Age at JKP registration must be below',
    },
    unit: 'years',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_START,
        to: PP6_START,
        value: 54,
        citations: [cite('PP 37/2021', 'Pasal 4 ayat (2) huruf b')],
        confidence: 'A',
      },
      {
        from: PP6_START,
        value: 54,
        citations: [cite('PP 37/2021', 'Pasal 4 ayat (2) huruf b (diubah PP 6/2025)')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'jkp.prerequisite-programs',
    title: {
      id: 'Program yang harus diikuti untuk JKP menurut skala usaha',
      en: 'Programs a JKP participant must also be in, by enterprise size',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_START,
        to: PP6_START,
        value: JKP_PREREQUISITES,
        citations: [cite('PP 37/2021', 'Pasal 4 ayat (3)')],
        confidence: 'A',
        note: 'Besides JKN (not a BPJS Ketenagakerjaan program).',
      },
      {
        from: PP6_START,
        value: JKP_PREREQUISITES,
        citations: [cite('PP 37/2021', 'Pasal 4 ayat (3) (diubah PP 6/2025)')],
        confidence: 'A',
        note: 'Besides registration in JKN (not a BPJS Ketenagakerjaan program).',
      },
    ],
  },
];
