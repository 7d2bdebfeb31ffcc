/**
 * Golden cases of program budgets: published figures and the arithmetic behind them.
 */
import type { ProgramBudgetInput } from '../../src/entries/funding.ts';

export interface FundingGoldenCase {
  readonly name: string;
  readonly input: ProgramBudgetInput;
  readonly expected: {
    readonly total: number;
    readonly workerMonths: number;
    /** The budget per funding source; every case states it, summing to `total`. */
    readonly byFundingSource: Readonly<Record<string, number>>;
  };
  readonly source: string;
}

export const fundingGolden: readonly FundingGoldenCase[] = [
  {
    name: 'Pasuruan 2025, DBHCHT, July–December',
    input: { fundingSource: 'DBHCHT', cohorts: [{ workers: 28_448, from: '2025-07', to: '2025-12' }] },
    // 28.448 × 16.800 × 6
    expected: { total: 2_867_558_400, workerMonths: 170_688, byFundingSource: { DBHCHT: 2_867_558_400 } },
    source:
      'TribunJatim, 24 Sep 2025: Pasuruan DBHCHT 2025, "Rp 2,8 miliar", 28.448 workers "hingga Desember 2025"; premium PP 44/2015 Pasal 20',
  },
  {
    name: 'Penajam Paser Utara 2025, APBD, 9 months',
    input: { fundingSource: 'APBD', cohorts: [{ workers: 20_000, from: '2025-04', to: '2025-12' }] },
    // 20.000 × 9 × 16.800
    expected: { total: 3_024_000_000, workerMonths: 180_000, byFundingSource: { APBD: 3_024_000_000 } },
    source:
      'Penajam Paser Utara 2025 press coverage: Rp3.024.000.000 for 20.000 workers; PP 44/2015 Pasal 20',
  },
  {
    name: 'Jambi BKBK 2023, a year',
    input: { fundingSource: 'BKBK', cohorts: [{ workers: 112_538, from: '2023-01', to: '2023-12' }] },
    // 112.538 × 201.600
    expected: { total: 22_687_660_800, workerMonths: 1_350_456, byFundingSource: { BKBK: 22_687_660_800 } },
    source:
      'Jambi BKBK 2023 realisation (Pergub Jambi 16/2022): 112.538 workers, "Rp22,68 miliar"; PP 44/2015 Pasal 20',
  },
  {
    name: 'Jambi BKBK 2024 target, a year',
    input: { fundingSource: 'BKBK', cohorts: [{ workers: 118_875, from: '2024-01', to: '2024-12' }] },
    // 118.875 × 201.600
    expected: { total: 23_965_200_000, workerMonths: 1_426_500, byFundingSource: { BKBK: 23_965_200_000 } },
    source: 'Jambi BKBK 2024 target: 118.875 workers, "Rp23,96 miliar"; PP 44/2015 Pasal 20',
  },
  {
    name: 'Muaro Jambi, APBD + DBH sawit, 2.500 + 829 workers for 12 months of 2026 (full premium)',
    input: {
      fundingSource: 'APBD',
      cohorts: [
        { name: 'pekerja rentan', workers: 2_500, from: '2026-01', to: '2026-12' },
        { name: 'sawit', workers: 829, from: '2026-01', to: '2026-12', fundingSource: 'DBH sawit' },
      ],
    },
    // 3.329 × 201.600; APBD payers keep the full 16.800 (PP 50/2025 Pasal 3 ayat (5)), and DBH sawit
    // is spent through the APBD. APBD 2.500 × 201.600 = 504.000.000; DBH sawit 829 × 201.600 = 167.126.400.
    expected: {
      total: 671_126_400,
      workerMonths: 39_948,
      byFundingSource: { APBD: 504_000_000, 'DBH sawit': 167_126_400 },
    },
    source:
      'Muaro Jambi launch article (Sengeti, 19 Dec 2025): 2.500 + 829 workers, APBD and DBH sawit, Rp16.800 a month; PP 50/2025 Pasal 3 ayat (5)',
  },
];
