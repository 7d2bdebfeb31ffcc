// Golden cases of the JKP, JHT and JP benefits. Expected values come from the regulation text, with the
// arithmetic written out by hand; never from the code under test. Each case names its source.
import type { JkpBenefitInput, JkpRefusal } from 'jamsostek/benefits';

export interface JkpGolden {
  readonly name: string;
  readonly input: JkpBenefitInput;
  readonly expected:
    | {
        readonly status: 'eligible';
        readonly total: number;
        readonly monthly?: readonly number[];
        readonly contributionMonthCount?: number;
      }
    | {
        readonly status: 'not-eligible';
        readonly reasons: readonly JkpRefusal[];
        readonly contributionMonthCount?: number;
      };
  readonly source: string;
}

const dismissal = { reason: 'dismissal', contract: 'open-ended' } as const;

export const jkpGolden: readonly JkpGolden[] = [
  {
    name: 'G1: wage Rp8.000.000, laid off 2025-06-10 (PP 6/2025)',
    input: {
      ...dismissal,
      eventDate: '2025-06-10',
      wage: 8_000_000,
      contributions: [{ from: '2023-01', to: '2025-05' }],
    },
    // Wage above the cap: base = Rp5.000.000. 60 % × 5.000.000 = 3.000.000 a month; × 6 = 18.000.000.
    expected: {
      status: 'eligible',
      total: 18_000_000,
      monthly: [3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000],
    },
    source:
      'PP 6/2025 Pasal I angka 5 (Pasal 21 ayat (1), (3), (4) PP 37/2021): 60 % of the wage capped at Rp5.000.000, 6 months',
  },
  {
    name: 'G2: the same worker laid off 2023-06-10 (PP 37/2021)',
    input: {
      ...dismissal,
      eventDate: '2023-06-10',
      wage: 8_000_000,
      contributions: [{ from: '2021-02', to: '2023-05' }],
    },
    // 45 % × 5.000.000 = 2.250.000 × 3 = 6.750.000; 25 % × 5.000.000 = 1.250.000 × 3 = 3.750.000;
    // total 10.500.000.
    expected: {
      status: 'eligible',
      total: 10_500_000,
      monthly: [2_250_000, 2_250_000, 2_250_000, 1_250_000, 1_250_000, 1_250_000],
    },
    source: 'PP 37/2021 Pasal 21 ayat (1) huruf a and b, ayat (3) and (4)',
  },
  {
    name: 'G3: wage Rp4.200.000 below the cap, laid off 2025-09-01',
    input: {
      ...dismissal,
      eventDate: '2025-09-01',
      wage: 4_200_000,
      contributions: [{ from: '2024-01', to: '2025-08' }],
    },
    // 60 % × 4.200.000 = 2.520.000 a month; × 6 = 15.120.000.
    expected: { status: 'eligible', total: 15_120_000 },
    source: 'PP 6/2025 Pasal I angka 5 (Pasal 21 ayat (1) and (2) PP 37/2021)',
  },
  {
    name: 'G4: laid off 2024-12-10, claimed 2024-12-20, first month paid before PP 6/2025 and five after',
    input: {
      ...dismissal,
      eventDate: '2024-12-10',
      claimDate: '2024-12-20',
      wage: 8_000_000,
      contributions: [{ from: '2022-01', to: '2024-11' }],
      paymentDates: ['2025-01-15', '2025-02-15', '2025-03-15', '2025-04-15', '2025-05-15', '2025-06-15'],
    },
    // Month 1 paid 2025-01-15, before 2025-02-07: 45 % × 5.000.000 = 2.250.000.
    // Months 2–6 paid from 2025-02-15: 60 % × 5.000.000 = 3.000.000 each, × 5 = 15.000.000.
    // Total 17.250.000 (10.500.000 had PP 37/2021 applied to every month).
    expected: {
      status: 'eligible',
      total: 17_250_000,
      monthly: [2_250_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000],
    },
    source:
      'PP 6/2025 Pasal II angka 2 and Penjelasan Umum (remaining benefit months paid under PP 6/2025); PP 37/2021 Pasal 21 ayat (1)',
  },
  {
    name: 'PP 6/2025 Penjelasan, simulation 2: PKWT at two firms, 6 + 8 = 14 contribution months',
    input: {
      ...dismissal,
      contract: 'fixed-term',
      eventDate: '2022-06-15',
      wage: 4_000_000,
      // PT B from 2021-02-03 to 2021-08-02 (contribution months February–July); PT C from 2021-10-01,
      // laid off in June 2022 before the end of the contract (contribution months October–May).
      contributions: [
        { from: '2021-02', to: '2021-07' },
        { from: '2021-10', to: '2022-05' },
      ],
    },
    // Under PP 37/2021 (claim 2022): 14 ≥ 12, and 8 consecutive months up to May ≥ 6.
    // 45 % × 4.000.000 = 1.800.000 × 3 = 5.400.000; 25 % × 4.000.000 = 1.000.000 × 3 = 3.000.000; 8.400.000.
    expected: { status: 'eligible', total: 8_400_000, contributionMonthCount: 14 },
    source:
      'PP 6/2025 Penjelasan Pasal I angka 3 (Pasal 19 ayat (3)), Simulasi 2: "total masa iur 14 (empat belas) bulan"',
  },
  {
    name: 'PP 6/2025 Penjelasan, simulation 3: four PKWT, laid off 2023-03-05; PP 37/2021 also asks 6 consecutive months',
    input: {
      ...dismissal,
      contract: 'fixed-term',
      eventDate: '2023-03-05',
      wage: 4_000_000,
      contributions: [
        { from: '2021-03', to: '2021-05' },
        { from: '2021-09', to: '2022-02' },
        { from: '2022-05', to: '2022-09' },
        { from: '2022-11', to: '2023-02' },
      ],
    },
    // Window 2021-03 … 2023-02: 3 + 6 + 5 + 4 = 18 months (the Penjelasan: more than 12). The run just
    // before the job loss (2022-11 … 2023-02) is 4 months < 6: refused under PP 37/2021 by the library's
    // reading of Pasal 19 ayat (3) (confidence C).
    expected: { status: 'not-eligible', reasons: ['consecutive-months-too-few'], contributionMonthCount: 18 },
    source: 'PP 6/2025 Penjelasan Pasal I angka 3, Simulasi 3; PP 37/2021 Pasal 19 ayat (3)',
  },
  {
    name: 'the same four contracts three years later (PP 6/2025): no consecutive condition',
    input: {
      ...dismissal,
      contract: 'fixed-term',
      eventDate: '2026-03-05',
      wage: 4_000_000,
      contributions: [
        { from: '2024-03', to: '2024-05' },
        { from: '2024-09', to: '2025-02' },
        { from: '2025-05', to: '2025-09' },
        { from: '2025-11', to: '2026-02' },
      ],
    },
    // 18 months ≥ 12. 60 % × 4.000.000 = 2.400.000 × 6 = 14.400.000.
    expected: { status: 'eligible', total: 14_400_000, contributionMonthCount: 18 },
    source: 'PP 6/2025 Pasal I angka 3 (Pasal 19 ayat (3)) and angka 5 (Pasal 21 ayat (1))',
  },
  {
    name: 'a resignation never gives JKP',
    input: {
      reason: 'resignation',
      contract: 'open-ended',
      eventDate: '2025-06-10',
      wage: 5_000_000,
      contributions: [{ from: '2020-01', to: '2025-05' }],
    },
    expected: { status: 'not-eligible', reasons: ['resignation'] },
    source: 'PP 37/2021 Pasal 20 ayat (1) huruf a (unchanged by PP 6/2025)',
  },
  {
    name: 'a fixed-term contract that reached its term',
    input: {
      reason: 'contract-ended',
      contract: 'fixed-term',
      eventDate: '2025-06-30',
      wage: 5_000_000,
      contributions: [{ from: '2024-01', to: '2025-05' }],
    },
    expected: { status: 'not-eligible', reasons: ['fixed-term-contract-ended'] },
    source: 'PP 37/2021 Pasal 20 ayat (2)',
  },
  {
    name: 'claimed 3 months after a 2023 job loss: lapsed under PP 37/2021',
    input: {
      ...dismissal,
      eventDate: '2023-06-10',
      claimDate: '2023-09-10',
      wage: 5_000_000,
      contributions: [{ from: '2021-02', to: '2023-05' }],
    },
    expected: { status: 'not-eligible', reasons: ['claim-deadline-passed'] },
    source: 'PP 37/2021 Pasal 40 huruf a (3 months)',
  },
  {
    name: 'claimed 5 months after a 2025 job loss: within the 6 months of PP 6/2025',
    input: {
      ...dismissal,
      eventDate: '2025-06-10',
      claimDate: '2025-11-10',
      wage: 5_000_000,
      contributions: [{ from: '2023-01', to: '2025-05' }],
    },
    // 60 % × 5.000.000 × 6 = 18.000.000.
    expected: { status: 'eligible', total: 18_000_000 },
    source: 'PP 6/2025 Pasal I angka 10 (Pasal 40 huruf a: 6 months)',
  },
];
