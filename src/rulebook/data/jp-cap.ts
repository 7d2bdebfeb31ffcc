/**
 * The JP wage cap (batas paling tinggi Upah) by year, and the GDP growth figures that index it.
 *
 * PP 45/2015 Pasal 29 ayat (2) sets Rp7.000.000 for 2015; ayat (3) has BPJS Ketenagakerjaan multiply
 * it every year by 1 + the previous year's GDP growth; ayat (4) has the new cap announced within one
 * month after the statistics agency publishes GDP (early February), so each cap applies from March.
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries, RuleVersion } from '../types.ts';
import { cite } from './cite.ts';

const PASAL_29_3 = cite('PP 45/2015', 'Pasal 29 ayat (3) dan (4)');

function cap(
  year: number,
  value: number,
  confidence: RuleVersion['confidence'],
  source: string,
  note?: string,
): RuleVersion<number> {
  return {
    from: `${year}-03-01`,
    to: `${year + 1}-03-01`,
    value,
    citations: [PASAL_29_3, cite(source, `batas upah tertinggi JP ${year}`)],
    confidence,
    note,
  };
}

function growth(
  year: number,
  value: string,
  confidence: RuleVersion['confidence'],
  note: string,
): RuleVersion<{ readonly year: number; readonly growth: string }> {
  return {
    from: `${year + 1}-03-01`,
    to: `${year + 2}-03-01`,
    value: { year, growth: value },
    citations: [
      cite(
        `BPS, Berita Resmi Statistik Februari ${year + 1}`,
        `Pertumbuhan Ekonomi Indonesia Triwulan IV-${year}, c-to-c`,
      ),
    ],
    confidence,
    note,
  };
}

const REPRODUCES = 'Reproduces the published cap under PP 45/2015 Pasal 29 ayat (3) with flooring to Rp100.';
const NOT_RETRIEVED = `BPS first-release figure as widely reported; the release itself was not retrieved. ${REPRODUCES}`;

/** @internal */
export const jpCapRules: readonly AnyRuleSeries[] = [
  {
    id: 'pu.jp.wage-cap',
    title: { id: 'Batas upah tertinggi iuran JP', en: 'JP wage cap' },
    unit: 'rupiah',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2015-07-01',
        to: '2016-03-01',
        value: 7_000_000,
        citations: [cite('PP 45/2015', 'Pasal 29 ayat (2)')],
        confidence: 'A',
      },
      cap(2016, 7_335_300, 'B', 'Pengumuman BPJS Ketenagakerjaan 2016'),
      cap(2017, 7_703_500, 'B', 'Pengumuman BPJS Ketenagakerjaan 2017'),
      cap(2018, 8_094_000, 'B', 'Pengumuman BPJS Ketenagakerjaan 2018'),
      cap(2019, 8_512_400, 'B', 'Pengumuman BPJS Ketenagakerjaan 2019'),
      cap(2020, 8_939_700, 'B', 'Pengumuman BPJS Ketenagakerjaan 2020'),
      cap(
        2021,
        8_754_600,
        'B',
        'Surat Edaran BPJS Ketenagakerjaan B/0246/022021',
        'The cap fell because 2020 GDP growth was negative. Some reports date it from February 2021; the library applies it from March like every other year.',
      ),
      cap(
        2022,
        9_077_600,
        'C',
        'Pengumuman BPJS Ketenagakerjaan 2022',
        'One published source, corroborated by the indexation formula.',
      ),
      cap(2023, 9_559_600, 'B', 'Pengumuman BPJS Ketenagakerjaan 2023'),
      cap(2024, 10_042_300, 'B', 'Pengumuman BPJS Ketenagakerjaan 2024'),
      cap(2025, 10_547_400, 'B', 'Pengumuman BPJS Ketenagakerjaan 2025'),
      {
        from: '2026-03-01',
        value: 10_547_400,
        citations: [PASAL_29_3],
        confidence: 'U',
        note: 'No 2026 cap has been verified. The 2025 cap is kept until the official figure is known; set it with withRules (splice a version from 2026-03-01).',
      },
    ],
  },
  {
    id: 'pu.jp.gdp-growth',
    title: {
      id: 'Pertumbuhan PDB tahun sebelumnya untuk penyesuaian batas upah JP',
      en: "Previous year's GDP growth used to index the JP wage cap",
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      growth(2015, '0.0479', 'B', `Reported with the 2016 cap by several sources. ${REPRODUCES}`),
      growth(2016, '0.0502', 'B', `Reported with the 2017 cap by several sources. ${REPRODUCES}`),
      growth(2017, '0.0507', 'C', NOT_RETRIEVED),
      growth(2018, '0.0517', 'C', NOT_RETRIEVED),
      growth(2019, '0.0502', 'B', `Reported with the 2020 cap. ${REPRODUCES}`),
      growth(2020, '-0.0207', 'C', NOT_RETRIEVED),
      growth(2021, '0.0369', 'C', NOT_RETRIEVED),
      growth(2022, '0.0531', 'C', NOT_RETRIEVED),
      growth(2023, '0.0505', 'B', `Reported with the 2024 cap. ${REPRODUCES}`),
      growth(2024, '0.0503', 'B', `Reported with the 2025 cap. ${REPRODUCES}`),
    ],
  },
  {
    id: 'pu.jp.wage-cap.rounding',
    title: { id: 'Pembulatan batas upah JP', en: 'Rounding of the JP wage cap' },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: '2016-03-01',
        value: { mode: 'down', unit: 100 },
        citations: [PASAL_29_3],
        confidence: 'C',
        note: 'Pasal 29 does not say how to round. Flooring to Rp100 reproduces every published cap from 2016 to 2025; no instrument states it.',
      },
    ],
  },
];
