/** Golden cases for wage-earner, migrant and construction contributions, each with its source. */

import type { YearMonth } from 'jamsostek';
import type {
  ConstructionContributionInput,
  MigrantWorkerContributionInput,
  PuContributionInput,
} from 'jamsostek/payroll';

export interface PuGolden {
  readonly name: string;
  readonly input: PuContributionInput;
  /** Expected per program: [employer, worker, government, deferred]. */
  readonly expected: Readonly<Record<string, readonly [number, number, number, number]>>;
  readonly source: string;
}

export const puGolden: readonly PuGolden[] = [
  {
    name: 'wage 10.000.000, class 1, 2024-06',
    input: { month: '2024-06', wage: 10_000_000, riskClass: 1 },
    expected: {
      JKK: [24_000, 0, 0, 0],
      JKM: [30_000, 0, 0, 0],
      JHT: [370_000, 200_000, 0, 0],
      JP: [200_000, 100_000, 0, 0],
    },
    source:
      'PP 44/2015 Pasal 16, 18; PP 46/2015 Pasal 16; PP 45/2015 Pasal 28 (cap 10.042.300 not reached); hand arithmetic',
  },
  {
    name: 'wage 10.000.000, class 3, 2024-06',
    input: { month: '2024-06', wage: 10_000_000, riskClass: 3 },
    expected: { JKK: [89_000, 0, 0, 0] },
    source: 'PP 44/2015 Pasal 16 ayat (1) huruf c: 0,89 % × 10.000.000',
  },
  {
    name: 'wage 12.000.000, 2025-06: JP capped at 10.547.400, JHT uncapped',
    input: { month: '2025-06', wage: 12_000_000, riskClass: 1 },
    expected: { JP: [210_948, 105_474, 0, 0], JHT: [444_000, 240_000, 0, 0] },
    source: 'PP 45/2015 Pasal 28–29; JP cap 2025 (BPJS announcement); 2 % and 1 % × 10.547.400',
  },
  {
    name: 'wage 20.000.000, 2021-06: JP cap 8.754.600',
    input: { month: '2021-06', wage: 20_000_000, riskClass: 1 },
    expected: { JP: [175_092, 87_546, 0, 0] },
    source: 'JP cap 2021 (SE BPJS Ketenagakerjaan B/0246/022021); 2 % and 1 % × 8.754.600',
  },
  {
    name: 'wage 8.000.000, 2018-02: JP on the 2017 cap 7.703.500',
    input: { month: '2018-02', wage: 8_000_000, riskClass: 1 },
    expected: { JP: [154_070, 77_035, 0, 0] },
    source: 'JP cap 2017 in force until February 2018; 2 % and 1 % × 7.703.500',
  },
  {
    name: 'wage 8.000.000, 2018-03: JP on the whole wage (cap 8.094.000)',
    input: { month: '2018-03', wage: 8_000_000, riskClass: 1 },
    expected: { JP: [160_000, 80_000, 0, 0] },
    source: 'JP cap 2018 from March 2018; 2 % and 1 % × 8.000.000',
  },
  {
    name: 'JKP member, wage 5.000.000, class 1, 2026-01',
    input: { month: '2026-01', wage: 5_000_000, riskClass: 1, jkpMember: true },
    expected: { JKK: [5_000, 0, 0, 0], JKM: [15_000, 0, 0, 0], JKP: [7_000, 0, 11_000, 0] },
    source: 'PP 6/2025 Pasal 11 ayat (4), (5), (7): government 0,22 %, JKK 0,14 % recomposed, cap 5.000.000',
  },
  {
    name: '2020-10, wage 5.000.000, class 2: PP 49/2020',
    input: { month: '2020-10', wage: 5_000_000, riskClass: 2 },
    expected: { JKK: [270, 0, 0, 0], JKM: [150, 0, 0, 0], JP: [1_000, 500, 0, 148_500] },
    source: 'PP 49/2020: JKK and JKM at 1 % (27.000 → 270, 15.000 → 150), 99 % of JP (150.000) deferred',
  },
];

export const constructionGolden: readonly {
  readonly name: string;
  readonly input: ConstructionContributionInput;
  readonly expected: { readonly jkk: number; readonly jkm: number };
  readonly source: string;
}[] = [
  {
    name: 'contract 180.000.000',
    input: { month: '2025-06', contractValue: 180_000_000 },
    expected: { jkk: 346_000, jkm: 46_000 },
    source: 'PP 44/2015 Pasal 54–55 and their Penjelasan: 210.000 + 136.000 and 30.000 + 16.000',
  },
] as const;

export const migrantGolden: readonly {
  readonly name: string;
  readonly input: MigrantWorkerContributionInput;
  readonly expected: number;
  readonly source: string;
}[] = [
  {
    name: 'pre-placement only',
    input: { asOf: '2024-01-01' },
    expected: 37_500,
    source: 'Permenaker 4/2023 Pasal 18 ayat (1) huruf a',
  },
  {
    name: '6 months',
    input: { asOf: '2024-01-01', contractMonths: 6, prePlacement: false },
    expected: 108_000,
    source: 'Permenaker 4/2023 Pasal 18',
  },
  {
    name: '12 months',
    input: { asOf: '2024-01-01', contractMonths: 12, prePlacement: false },
    expected: 189_000,
    source: 'Permenaker 4/2023 Pasal 18',
  },
  {
    name: '24 months',
    input: { asOf: '2024-01-01', contractMonths: 24, prePlacement: false },
    expected: 332_500,
    source: 'Permenaker 4/2023 Pasal 18',
  },
  {
    name: '26 months + pre-placement',
    input: { asOf: '2024-01-01', contractMonths: 26 },
    expected: 37_500 + 332_500 + 2 * 13_500,
    source: 'Permenaker 4/2023 Pasal 18 ayat (3)',
  },
] as const;

/** Published JP caps (the rulebook cites the announcements). */
export const jpCaps: readonly (readonly [YearMonth, number])[] = [
  ['2015-07', 7_000_000],
  ['2016-03', 7_335_300],
  ['2017-03', 7_703_500],
  ['2018-03', 8_094_000],
  ['2019-03', 8_512_400],
  ['2020-03', 8_939_700],
  ['2021-03', 8_754_600],
  ['2022-03', 9_077_600],
  ['2023-03', 9_559_600],
  ['2024-03', 10_042_300],
  ['2025-03', 10_547_400],
  // BPJS Ketenagakerjaan circular B/1226/022026 of 25 February 2026, as reported; by PP 45/2015 Pasal 29
  // ayat (3): 10.547.400 × (1 + 5,11 %, BPS GDP growth 2025) = 11.086.372,14, floored to Rp100.
  ['2026-03', 11_086_300],
];
