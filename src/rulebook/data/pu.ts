/**
 * Rules for contributions of wage earners (Penerima Upah, PU) working for employers other than the
 * state: JKK by risk class, JKM, JHT, JP rates, the wage base, and the temporary reliefs that touch
 * them (PP 49/2020 JP deferral, PP 7/2025 and PP 36/2025 labour-intensive JKK relief).
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries } from '../types.ts';
import { cite } from './cite.ts';
import { constructionRules } from './construction.ts';
import { jkpRules } from './jkp.ts';
import { jpCapRules } from './jp-cap.ts';
import { migrantRules } from './migrant.ts';

const PP44_START = '2015-07-01';

/** @internal The core PU series: rates, wage bases (without the JP cap, JKP, migrant and construction series). */
export const puCoreRules: readonly AnyRuleSeries[] = [
  {
    id: 'pu.jkk.rate',
    title: { id: 'Iuran JKK penerima upah menurut tingkat risiko', en: 'PU JKK rate by risk class' },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: { '1': '0.0024', '2': '0.0054', '3': '0.0089', '4': '0.0127', '5': '0.0174' },
        citations: [cite('PP 44/2015', 'Pasal 16 ayat (1) huruf a–e')],
        confidence: 'A',
        note: 'Classes 1–5 are very low, low, medium, high and very high risk; the employer pays all of it. The classification of sectors (Lampiran I, replaced by PP 82/2019) is not modelled.',
      },
    ],
  },
  {
    id: 'pu.jkm.rate',
    title: { id: 'Iuran JKM penerima upah', en: 'PU JKM rate' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: '0.003',
        citations: [cite('PP 44/2015', 'Pasal 18 ayat (1)')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'pu.jht.employer-rate',
    title: { id: 'Iuran JHT bagian pemberi kerja', en: 'JHT rate, employer share' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: '0.037',
        citations: [cite('PP 46/2015', 'Pasal 16 ayat (1) huruf b')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'pu.jht.worker-rate',
    title: { id: 'Iuran JHT bagian pekerja', en: 'JHT rate, worker share' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: '0.02',
        citations: [cite('PP 46/2015', 'Pasal 16 ayat (1) huruf a')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'pu.jp.employer-rate',
    title: { id: 'Iuran JP bagian pemberi kerja', en: 'JP rate, employer share' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: '0.02',
        citations: [cite('PP 45/2015', 'Pasal 28 ayat (3) huruf a')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'pu.jp.worker-rate',
    title: { id: 'Iuran JP bagian pekerja', en: 'JP rate, worker share' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: '0.01',
        citations: [cite('PP 45/2015', 'Pasal 28 ayat (3) huruf b')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'pu.wage-base.daily-multiplier',
    title: {
      id: 'Pengali upah harian menjadi upah sebulan',
      en: 'Daily wage multiplier for the monthly wage',
    },
    unit: 'count',
    keyedBy: 'contribution-month',
    versions: [
      { from: PP44_START, value: 25, citations: [cite('PP 44/2015', 'Pasal 19 ayat (3)')], confidence: 'A' },
    ],
  },
  {
    id: 'pu.wage-base.piece-rate-months',
    title: { id: 'Bulan rata-rata upah borongan', en: 'Months averaged for piece-rate wages' },
    unit: 'months',
    keyedBy: 'contribution-month',
    versions: [
      { from: PP44_START, value: 3, citations: [cite('PP 44/2015', 'Pasal 19 ayat (4)')], confidence: 'A' },
    ],
  },
  {
    id: 'pu.wage-base.weather-piece-rate-months',
    title: {
      id: 'Bulan rata-rata upah borongan yang bergantung cuaca',
      en: 'Months averaged for weather-bound piece-rate wages',
    },
    unit: 'months',
    keyedBy: 'contribution-month',
    versions: [
      { from: PP44_START, value: 12, citations: [cite('PP 44/2015', 'Pasal 19 ayat (5)')], confidence: 'A' },
    ],
  },
  {
    id: 'relief.pp49-2020.jp-deferral',
    title: { id: 'Penundaan iuran JP masa pandemi (99 %)', en: 'COVID-19 JP deferral (99%)' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2020-08-01',
        to: '2021-02-01',
        value: '0.99',
        citations: [
          cite('PP 49/2020', 'Pasal 17 ayat (2) huruf a dan b'),
          cite('PP 49/2020', 'Pasal 18, Pasal 20 dan Pasal 21 (pemberi kerja yang berhak)'),
        ],
        confidence: 'A',
        note: 'Contribution months August 2020 to January 2021: 1 % of the JP contribution is paid by the Pasal 4 deadline (Pasal 17 ayat (2) huruf a), 99 % is deferred (huruf b). Pasal 17 was read in its article text. Who may defer (Pasal 18, 20, 21: medium and large employers on conditions, micro and small by notification) is not modelled; the calculator applies the deferral to every month of the window.',
      },
    ],
  },
  {
    id: 'relief.pp49-2020.jp-repayment',
    title: { id: 'Jangka pelunasan iuran JP yang ditunda', en: 'Repayment window of the deferred JP' },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2020-08-01',
        to: '2021-02-01',
        value: { start: '2021-05-15', end: '2022-04-15' },
        citations: [cite('PP 49/2020', 'Pasal 17 ayat (2) huruf b')],
        confidence: 'A',
        note: 'Repayment of the deferred 99 %, at once or in instalments, starts no later than 15 May 2021 and ends no later than 15 April 2022; read in the article text (earlier releases cited Pasal 19).',
      },
    ],
  },
  {
    id: 'relief.pp7-2025.jkk',
    title: {
      id: 'Keringanan iuran JKK industri padat karya tertentu (50 %)',
      en: 'Labour-intensive industry JKK relief (50%)',
    },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2025-02-01',
        to: '2025-08-01',
        value: { '1': '0.0012', '2': '0.0027', '3': '0.00445', '4': '0.00635', '5': '0.0087' },
        citations: [cite('PP 7/2025', 'Pasal 3, Pasal 4 ayat (1)'), cite('PP 7/2025', 'Pasal 10')],
        confidence: 'A',
        note: 'Relieved JKK rate by risk class, for labour-intensive employers of Pasal 3 (at least 50 active workers in food, textile, leather, footwear, toy or furniture industries).',
      },
      {
        from: '2025-08-01',
        to: '2026-02-01',
        value: { '1': '0.0012', '2': '0.0027', '3': '0.00445', '4': '0.00635', '5': '0.0087' },
        citations: [cite('PP 7/2025', 'Pasal 4 ayat (1)'), cite('PP 36/2025', 'Pasal I (Pasal 10A)')],
        confidence: 'A',
        note: 'Extended up to the JKK contribution of January 2026.',
      },
    ],
  },
  {
    id: 'relief.pp7-2025.jkp-recomposition',
    title: {
      id: 'Rekomposisi JKK untuk JKP selama keringanan padat karya',
      en: 'JKK recomposed to JKP during the labour-intensive relief',
    },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2025-02-01',
        to: '2025-08-01',
        value: { '1': '0.0012', '2': '0.0014', '3': '0.0014', '4': '0.0014', '5': '0.0014' },
        citations: [cite('PP 7/2025', 'Pasal 9 ayat (1)'), cite('PP 7/2025', 'Pasal 10')],
        confidence: 'A',
      },
      {
        from: '2025-08-01',
        to: '2026-02-01',
        value: { '1': '0.0012', '2': '0.0014', '3': '0.0014', '4': '0.0014', '5': '0.0014' },
        citations: [cite('PP 7/2025', 'Pasal 9 ayat (1)'), cite('PP 36/2025', 'Pasal I (Pasal 10A)')],
        confidence: 'A',
      },
    ],
  },
];

/** @internal Every wage-earner, migrant-worker and construction rule. */
export const puRules: readonly AnyRuleSeries[] = [
  ...puCoreRules,
  ...jpCapRules,
  ...jkpRules,
  ...migrantRules,
  ...constructionRules,
];
