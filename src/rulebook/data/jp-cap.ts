/**
 * The JP wage cap (batas paling tinggi Upah) by year, the GDP growth figures that index it, and the JP
 * benefit limits (manfaat pensiun paling sedikit / paling banyak) by year.
 *
 * PP 45/2015 Pasal 29 ayat (2) sets Rp7.000.000 for 2015; ayat (3) has BPJS Ketenagakerjaan multiply
 * it every year by 1 + the previous year's GDP growth; ayat (4) has the new cap announced within one
 * month after the statistics agency publishes GDP (early February), so each cap applies from March.
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../../period/iso-date.ts';
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

const PASAL_18 = cite('PP 45/2015', 'Pasal 18 ayat (3)');

/** A year of JP benefit limits, from `from` to the next year's start. */
function limits(
  from: IsoDate,
  to: IsoDate | undefined,
  min: number,
  max: number,
  confidence: RuleVersion['confidence'],
  source: string | undefined,
  note: string,
): RuleVersion<{ readonly min: number; readonly max: number }> {
  const year = from.slice(0, 4);
  return {
    from,
    ...(to === undefined ? {} : { to }),
    value: { min, max },
    citations:
      source === undefined ? [PASAL_18] : [PASAL_18, cite(source, `batasan manfaat pensiun JP ${year}`)],
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
const FIRST_RELEASE =
  'BPS first-release figure (c-to-c), as reported by two or more outlets; the release itself was not retrieved. Later BPS revisions do not reproduce the caps, so BPJS uses the first release.';
const CIRCULAR_C =
  'The circular number is known from one cluster of secondary sources (confidence C for the number); the value also follows from the indexation rule.';
const INFLATION =
  "Pasal 18 ayat (3) indexes both limits every year by the previous year's general inflation (BPS, December on December). Published values are rounded up: to Rp50 until 2019, to Rp100 from 2023 at the latest (2016 unrounded); no instrument states the rounding.";
const DERIVED = `Not published in any source found: derived from the previous year's limits by the previous year's BPS inflation, rounded up to Rp50. ${INFLATION}`;
const MONTH_UNSURE =
  "Sources disagree on the first month of each year's limits (one gives March with the wage cap, the 2026 source 1 February); the library uses March until 2025 and 1 February from 2026.";

/** @internal */
export const jpCapRules: readonly AnyRuleSeries[] = [
  {
    id: 'pu.jp.wage-cap',
    title: { id: 'Batas upah tertinggi iuran JP', en: 'JP wage cap' },
    unit: 'rupiah',
    keyedBy: 'contribution-month',
    rhythm: {
      kind: 'reset',
      everyYears: 1,
      month: 3,
      publishedBy: {
        id: 'surat BPJS Ketenagakerjaan paling lama 1 bulan setelah BPS mengumumkan pertumbuhan PDB tahun sebelumnya (PP 45/2015 Pasal 29 ayat (4)); hitung dengan jpWageCapIndexation',
        en: "a BPJS Ketenagakerjaan circular within one month after BPS publishes the previous year's GDP growth (PP 45/2015 Pasal 29 ayat (4)); compute it with jpWageCapIndexation",
      },
    },
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
        'B',
        'Pengumuman BPJS Ketenagakerjaan 2022',
        'Named as the 2022 cap in BPJS Ketenagakerjaan letter B/77/022023 (as reported) and reproduced by the indexation formula: two sources.',
      ),
      cap(2023, 9_559_600, 'B', 'Surat BPJS Ketenagakerjaan B/77/022023', CIRCULAR_C),
      cap(2024, 10_042_300, 'B', 'Surat BPJS Ketenagakerjaan B/1387/022024', CIRCULAR_C),
      cap(2025, 10_547_400, 'B', 'Surat BPJS Ketenagakerjaan B/726/022025', CIRCULAR_C),
      {
        from: '2026-03-01',
        value: 11_086_300,
        citations: [
          PASAL_29_3,
          cite('Surat BPJS Ketenagakerjaan B/1226/022026 (25 Februari 2026)', 'batas upah tertinggi JP 2026'),
        ],
        confidence: 'B',
        note: `10.547.400 × (1 + 5,11 %, BPS GDP growth 2025) = 11.086.372, floored to Rp100; the same figure is reported with the circular by several sources. ${CIRCULAR_C} The 2027 cap is due from March 2027.`,
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
    rhythm: {
      kind: 'reset',
      everyYears: 1,
      month: 3,
      publishedBy: {
        id: 'Berita Resmi Statistik BPS tentang pertumbuhan ekonomi triwulan IV, awal Februari',
        en: "BPS's official statistics release on fourth-quarter economic growth, early February",
      },
    },
    versions: [
      growth(2015, '0.0479', 'B', `Reported with the 2016 cap by several sources. ${REPRODUCES}`),
      growth(2016, '0.0502', 'B', `Reported with the 2017 cap by several sources. ${REPRODUCES}`),
      growth(2017, '0.0507', 'B', `${FIRST_RELEASE} ${REPRODUCES}`),
      growth(2018, '0.0517', 'B', `${FIRST_RELEASE} ${REPRODUCES}`),
      growth(2019, '0.0502', 'B', `Reported with the 2020 cap. ${REPRODUCES}`),
      growth(2020, '-0.0207', 'B', `${FIRST_RELEASE} ${REPRODUCES}`),
      growth(2021, '0.0369', 'B', `${FIRST_RELEASE} ${REPRODUCES}`),
      growth(2022, '0.0531', 'B', `${FIRST_RELEASE} ${REPRODUCES}`),
      growth(2023, '0.0505', 'B', `Reported with the 2024 cap. ${REPRODUCES}`),
      growth(2024, '0.0503', 'B', `Reported with the 2025 cap. ${REPRODUCES}`),
      growth(
        2025,
        '0.0511',
        'B',
        `Announced by BPS on 5 February 2026 and reported by several outlets. ${REPRODUCES}`,
      ),
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
        note: 'Pasal 29 does not say how to round. Flooring to Rp100 reproduces every published cap from 2016 to 2026; no instrument states it.',
      },
    ],
  },
  {
    id: 'pu.jp.benefit-limits',
    title: {
      id: 'Manfaat pensiun JP paling sedikit dan paling banyak per bulan',
      en: 'JP monthly pension benefit: minimum and maximum',
    },
    unit: 'table',
    keyedBy: 'date',
    rhythm: {
      kind: 'reset',
      everyYears: 1,
      month: 2,
      publishedBy: {
        id: 'surat BPJS Ketenagakerjaan setelah BPS mengumumkan inflasi tahun sebelumnya (PP 45/2015 Pasal 18 ayat (3))',
        en: "a BPJS Ketenagakerjaan circular after BPS publishes the previous year's inflation (PP 45/2015 Pasal 18 ayat (3))",
      },
    },
    versions: [
      {
        from: '2015-07-01',
        to: '2016-03-01',
        value: { min: 300_000, max: 3_600_000 },
        citations: [cite('PP 45/2015', 'Pasal 18 ayat (1) dan (2)')],
        confidence: 'A',
        note: 'The limits "untuk pertama kali"; indexed every year by Pasal 18 ayat (3).',
      },
      limits(
        '2016-03-01',
        '2017-03-01',
        310_050,
        3_720_600,
        'C',
        'Pengumuman BPJS Ketenagakerjaan 2016',
        `One source (a payroll vendor's note quoting the announcement, from March 2016); equals the 2015 limits × 1,0335 (2015 inflation 3,35 %). ${INFLATION}`,
      ),
      limits(
        '2017-03-01',
        '2018-03-01',
        319_450,
        3_833_000,
        'U',
        undefined,
        `${DERIVED} 2016 inflation 3,02 %.`,
      ),
      limits(
        '2018-03-01',
        '2019-03-01',
        331_000,
        3_971_400,
        'U',
        undefined,
        `${DERIVED} 2017 inflation 3,61 %.`,
      ),
      limits(
        '2019-03-01',
        '2020-03-01',
        341_400,
        4_095_750,
        'C',
        'Surat Pemberitahuan BPJS Ketenagakerjaan 2019',
        `One source (quoting a BPJS notice numbered B/1397/02201x); equals the 2018 limits × 1,0313 (2018 inflation 3,13 %) rounded up to Rp50. ${INFLATION}`,
      ),
      limits(
        '2020-03-01',
        '2021-03-01',
        350_700,
        4_207_200,
        'U',
        undefined,
        `${DERIVED} 2019 inflation 2,72 %.`,
      ),
      limits(
        '2021-03-01',
        '2022-03-01',
        356_600,
        4_277_900,
        'U',
        undefined,
        `${DERIVED} 2020 inflation 1,68 %.`,
      ),
      limits(
        '2022-03-01',
        '2023-03-01',
        363_300,
        4_357_900,
        'U',
        undefined,
        `${DERIVED} 2021 inflation 1,87 %.`,
      ),
      limits(
        '2023-03-01',
        '2024-03-01',
        383_400,
        4_598_100,
        'B',
        'Surat BPJS Ketenagakerjaan B/77/022023',
        `Quoted as the previous limits in BPJS Ketenagakerjaan's 2024 statements (two outlets) and equal to the 2022 limits × 1,0551 (2022 inflation 5,51 %) rounded up to Rp100. ${MONTH_UNSURE}`,
      ),
      limits(
        '2024-03-01',
        '2025-03-01',
        393_500,
        4_718_200,
        'B',
        'Surat BPJS Ketenagakerjaan B/1387/022024',
        `Reported with the March 2024 cap by several sources; equals the 2023 limits × 1,0261 (2023 inflation 2,61 %) rounded up to Rp100. ${MONTH_UNSURE}`,
      ),
      limits(
        '2025-03-01',
        '2026-02-01',
        399_700,
        4_792_300,
        'C',
        'Surat BPJS Ketenagakerjaan B/726/022025',
        `One source; equals the 2024 limits × 1,0157 (2024 inflation 1,57 %) rounded up to Rp100. ${MONTH_UNSURE}`,
      ),
      limits(
        '2026-02-01',
        undefined,
        411_400,
        4_932_300,
        'C',
        'Surat BPJS Ketenagakerjaan B/1226/022026 (25 Februari 2026)',
        `One source, which dates the limits from 1 February 2026; equals the 2025 limits × 1,0292 (2025 inflation 2,92 %) rounded up to Rp100. ${MONTH_UNSURE} The 2027 limits are due in early 2027.`,
      ),
    ],
  },
];
