/**
 * Golden cases of the law as checked through 2026-12-01 (issue "the law in force today"). Every expected
 * value comes from the regulation, a published figure (named in `source`) or hand arithmetic written out.
 */
import type { IsoDate, YearMonth } from 'jamsostek';

/** JP wage cap applied to a wage of Rp15.000.000 (the JP base is the cap). */
export const jpCapMonths: readonly {
  readonly month: YearMonth;
  readonly base: number;
  readonly confidence: 'A' | 'B' | 'C' | 'U';
  readonly source: string;
}[] = [
  {
    month: '2026-01',
    base: 10_547_400,
    confidence: 'B',
    source: 'the 2025 cap (circular B/726/022025) stays until February 2026 (PP 45/2015 Pasal 29 ayat (4))',
  },
  { month: '2026-02', base: 10_547_400, confidence: 'B', source: 'the 2025 cap, last month' },
  {
    month: '2026-03',
    base: 11_086_300,
    confidence: 'B',
    source:
      'circular B/1226/022026 of 25 February 2026; 10.547.400 × 1,0511 = 11.086.372,14 floored to Rp100',
  },
  { month: '2026-11', base: 11_086_300, confidence: 'B', source: 'circular B/1226/022026' },
  {
    month: '2027-02',
    base: 11_086_300,
    confidence: 'B',
    source: 'the 2026 cap holds until the 2027 cap is due in March 2027',
  },
  {
    month: '2027-03',
    base: 11_086_300,
    confidence: 'U',
    source: 'the 2027 cap is due (PP 45/2015 Pasal 29 ayat (4)) and not published: stale',
  },
];

/** JP benefit limits (PP 45/2015 Pasal 18) on a date. */
export const jpBenefitLimits: readonly {
  readonly date: IsoDate;
  readonly min: number;
  readonly max: number;
  readonly confidence: 'A' | 'B' | 'C' | 'U';
  readonly source: string;
}[] = [
  {
    date: '2015-07-01',
    min: 300_000,
    max: 3_600_000,
    confidence: 'A',
    source: 'PP 45/2015 Pasal 18 ayat (1), (2)',
  },
  {
    date: '2023-06-01',
    min: 383_400,
    max: 4_598_100,
    confidence: 'B',
    source: 'the "previous" limits in BPJS Bojonegoro statement of 29 April 2024 (two outlets)',
  },
  {
    date: '2024-06-01',
    min: 393_500,
    max: 4_718_200,
    confidence: 'B',
    source: 'BPJS Bojonegoro statement of 29 April 2024; payroll vendor note',
  },
  {
    date: '2026-01-31',
    min: 399_700,
    max: 4_792_300,
    confidence: 'C',
    source: 'circular B/726/022025 (one source)',
  },
  {
    date: '2026-02-01',
    min: 411_400,
    max: 4_932_300,
    confidence: 'C',
    source: 'circular B/1226/022026, from 1 February 2026 (one source)',
  },
];

/**
 * BPS December-on-December inflation by year, which indexes the JP benefit limits of the next year
 * (PP 45/2015 Pasal 18 ayat (3)); with the published limits it fixes the rounding (up to Rp50 until 2019,
 * up to Rp100 from 2023, 2016 unrounded).
 */
export const inflation: readonly (readonly [number, string])[] = [
  [2015, '0.0335'],
  [2016, '0.0302'],
  [2017, '0.0361'],
  [2018, '0.0313'],
  [2019, '0.0272'],
  [2020, '0.0168'],
  [2021, '0.0187'],
  [2022, '0.0551'],
  [2023, '0.0261'],
  [2024, '0.0157'],
  [2025, '0.0292'],
];

/** BPU JKK by declared income (PP 44/2015 Pasal 20, Lampiran II), contribution month 2025-09 (no relief). */
export const bpuLevels: readonly {
  readonly declaredIncome: number;
  readonly incomeLevel: number;
  readonly jkk: number;
  readonly confidence: 'A' | 'B' | 'C' | 'U';
  readonly source: string;
}[] = [
  {
    declaredIncome: 500_000,
    incomeLevel: 1_000_000,
    jkk: 10_000,
    confidence: 'B',
    source: 'lowest level, Rp16.800 premium',
  },
  { declaredIncome: 1_000_000, incomeLevel: 1_000_000, jkk: 10_000, confidence: 'B', source: 'lowest level' },
  {
    declaredIncome: 5_000_000,
    incomeLevel: 5_000_000,
    jkk: 50_000,
    confidence: 'U',
    source: '1 % of the declared income between the known levels (Lampiran II not obtained)',
  },
  {
    declaredIncome: 20_700_000,
    incomeLevel: 20_700_000,
    jkk: 207_000,
    confidence: 'B',
    source: 'highest JKK Rp207.000: Tribun Pontianak 2019-09-23 (BPJS Pontianak), Radar Mukomuko 666514',
  },
  {
    declaredIncome: 30_000_000,
    incomeLevel: 20_700_000,
    jkk: 207_000,
    confidence: 'B',
    source: 'above the highest level: charged at it (was 1 % × 30.000.000 = 300.000)',
  },
];

/** JKK death for a work-accident death (PP 44/2015 Pasal 25 as amended; BPJS: at least the JKM lump sum). */
export const jkkDeaths: readonly {
  readonly eventDate: IsoDate;
  readonly wage: number;
  readonly lumpSum: number;
  readonly total: number;
  readonly floorApplies: boolean;
  readonly confidence: 'A' | 'B' | 'C' | 'U';
  readonly source: string;
}[] = [
  {
    eventDate: '2026-03-10',
    wage: 300_000,
    // 60 % × 80 × 300.000 = 14.400.000 < 20.000.000; + funeral 10.000.000 + periodic 12.000.000
    lumpSum: 20_000_000,
    total: 42_000_000,
    floorApplies: true,
    confidence: 'B',
    source:
      'detik d-5759152 quoting bpjsketenagakerjaan.go.id: "paling sedikit sebesar santunan kematian JKM"',
  },
  {
    eventDate: '2026-03-10',
    wage: 500_000,
    // 48 × 500.000 = 24.000.000 ≥ 20.000.000: no floor; + 10.000.000 + 12.000.000
    lumpSum: 24_000_000,
    total: 46_000_000,
    floorApplies: false,
    confidence: 'B',
    source: 'PP 82/2019 Pasal 25; the floor does not bind',
  },
  {
    eventDate: '2018-01-01',
    wage: 300_000,
    // 14.400.000 < 16.200.000 (JKM lump sum of PP 44/2015); + funeral 3.000.000 + periodic 4.800.000
    lumpSum: 16_200_000,
    total: 24_000_000,
    floorApplies: true,
    confidence: 'U',
    source: 'PP 44/2015 Pasal 34 (JKM Rp16.200.000); the floor before PP 82/2019 is unverified',
  },
];
