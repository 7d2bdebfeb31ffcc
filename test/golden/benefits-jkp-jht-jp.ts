// Golden cases of the JKP, JHT and JP benefits. Expected values come from the regulation text, with the
// arithmetic written out by hand; never from the code under test. Each case names its source.
import type {
  JhtBalanceInput,
  JhtWithdrawalInput,
  JhtWithdrawalRefusal,
  JkpBenefitInput,
  JkpRefusal,
  JpBenefitInput,
} from 'jamsostek/benefits';

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

export interface JhtBalanceGolden {
  readonly name: string;
  readonly input: JhtBalanceInput;
  readonly expected: {
    readonly balance: number;
    readonly contributions: number;
    readonly yieldAmount: number;
  };
  readonly source: string;
}

const sixPercent = (years: readonly number[]) => years.map((year) => ({ year, rate: '0.06' }));

export const jhtBalanceGolden: readonly JhtBalanceGolden[] = [
  {
    name: 'G6: wage Rp5.000.000 for 36 months (2024–2026), a stated yield of 6 % a year',
    input: {
      asOf: '2026-12-31',
      contributions: [{ from: '2024-01', to: '2026-12', wage: 5_000_000 }],
      yields: sixPercent([2024, 2025, 2026]),
    },
    // 5,7 % × 5.000.000 = 285.000 a month (2 % 100.000 + 3,7 % 185.000); 12 a year = 3.420.000.
    // The contributions of a year earn 285.000 × 6 % × (11 + 10 + … + 0)/12 = 285.000 × 0,06 × 66/12 = 94.050.
    // 2024: 0 + 3.420.000 + 94.050 = 3.514.050.
    // 2025: 3.514.050 × 6 % = 210.843; + 94.050 = 304.893; 3.514.050 + 3.420.000 + 304.893 = 7.238.943.
    // 2026: 7.238.943 × 6 % = 434.336,58; + 94.050 = 528.386,58 → 528.387;
    //       7.238.943 + 3.420.000 + 528.387 = 11.187.330.
    // Contributions 36 × 285.000 = 10.260.000; yield 94.050 + 304.893 + 528.387 = 927.330.
    expected: { balance: 11_187_330, contributions: 10_260_000, yieldAmount: 927_330 },
    source:
      'PP 46/2015 Pasal 16 ayat (1) (5,7 %) and Pasal 22 ayat (2) (contributions + yield); yield crediting: library convention (C)',
  },
  {
    name: 'half a year of a BPU member paying Rp100.000 a month, 5 % declared',
    input: {
      asOf: '2025-06-30',
      contributions: [{ from: '2025-01', to: '2025-06', amount: 100_000 }],
      yields: [{ year: 2025, rate: '0.05' }],
    },
    // Six months elapsed; the contribution of month m earns 5 % × (6 − m)/12:
    // 100.000 × 0,05 × (5 + 4 + 3 + 2 + 1 + 0)/12 = 100.000 × 0,05 × 15/12 = 6.250.
    // Balance 600.000 + 6.250 = 606.250.
    expected: { balance: 606_250, contributions: 600_000, yieldAmount: 6_250 },
    source: 'PP 46/2015 Pasal 22 ayat (2); yield crediting: library convention (C)',
  },
  {
    name: 'an opening balance of Rp10.000.000 through 2020 at the reported 2020 yield of 5,63 %',
    input: {
      asOf: '2020-12-31',
      contributions: [],
      yields: [{ year: 2020, rate: '0.0563' }],
      openingBalance: { year: 2020, amount: 10_000_000 },
    },
    // 10.000.000 × 5,63 % = 563.000; balance 10.563.000.
    expected: { balance: 10_563_000, contributions: 0, yieldAmount: 563_000 },
    source: 'PP 46/2015 Pasal 22 ayat (2); 2020 yield 5,63 % as reported by a BPJS branch head (one source)',
  },
];

export interface JhtWithdrawalGolden {
  readonly name: string;
  readonly input: JhtWithdrawalInput;
  readonly expected:
    | { readonly status: 'payable' | 'waiting'; readonly amount: number; readonly payableFrom: string }
    | { readonly status: 'not-payable'; readonly reasons: readonly JhtWithdrawalRefusal[] };
  readonly source: string;
}

export const jhtWithdrawalGolden: readonly JhtWithdrawalGolden[] = [
  {
    name: 'resigned 2026-03-31, claimed 2026-04-15: payable one month after the resignation',
    input: { event: 'resignation', eventDate: '2026-03-31', asOf: '2026-04-15', balance: 40_000_000 },
    expected: { status: 'waiting', amount: 40_000_000, payableFrom: '2026-04-30' },
    source:
      'Permenaker 4/2022 (one-month waiting period, several reports); PP 60/2015 Pasal I (Pasal 26 ayat (5))',
  },
  {
    name: 'laid off 2026-01-10, claimed 2026-03-01: payable',
    input: { event: 'dismissal', eventDate: '2026-01-10', asOf: '2026-03-01', balance: 40_000_000 },
    expected: { status: 'payable', amount: 40_000_000, payableFrom: '2026-02-10' },
    source: 'Permenaker 4/2022 (one month after the termination)',
  },
  {
    name: 'stopped working 2015-07-20 and claimed 2015-08-01: paid only at 56 under PP 46/2015 as first enacted',
    input: {
      event: 'dismissal',
      eventDate: '2015-07-20',
      asOf: '2015-08-01',
      balance: 5_000_000,
      birthDate: '1980-04-02',
    },
    // 1980-04-02 + 56 years = 2036-04-02.
    expected: { status: 'waiting', amount: 5_000_000, payableFrom: '2036-04-02' },
    source: 'PP 46/2015 Pasal 26 ayat (3) before PP 60/2015 (in force 2015-07-01 to 2015-08-11)',
  },
  {
    name: 'partial withdrawal for housing after 14 years: 30 % of Rp40.000.000',
    input: {
      event: 'partial',
      purpose: 'housing',
      membershipStart: '2012-01-02',
      asOf: '2026-06-01',
      balance: 40_000_000,
    },
    // 30 % × 40.000.000 = 12.000.000.
    expected: { status: 'payable', amount: 12_000_000, payableFrom: '2026-06-01' },
    source: 'PP 46/2015 Pasal 22 ayat (4) and (5)',
  },
  {
    name: 'partial withdrawal for other needs: 10 % of Rp40.000.001, rounded down',
    input: {
      event: 'partial',
      purpose: 'other',
      membershipStart: '2012-01-02',
      asOf: '2026-06-01',
      balance: 40_000_001,
    },
    // 10 % × 40.000.001 = 4.000.000,1 → at most 4.000.000.
    expected: { status: 'payable', amount: 4_000_000, payableFrom: '2026-06-01' },
    source: 'PP 46/2015 Pasal 22 ayat (5) ("paling banyak 10 %")',
  },
  {
    name: 'partial withdrawal after 9 years, already taken once',
    input: {
      event: 'partial',
      purpose: 'other',
      membershipStart: '2017-07-01',
      asOf: '2026-06-01',
      balance: 40_000_000,
      partialTaken: true,
    },
    expected: { status: 'not-payable', reasons: ['membership-too-short', 'partial-already-taken'] },
    source: 'PP 46/2015 Pasal 22 ayat (4) (10 years) and ayat (6) (once)',
  },
  {
    name: 'an Indonesian citizen leaving Indonesia in 2026',
    input: {
      event: 'leaving-indonesia',
      eventDate: '2026-05-01',
      asOf: '2026-04-01',
      balance: 10_000_000,
      citizenship: 'WNI',
    },
    expected: { status: 'not-payable', reasons: ['citizen-leaving-indonesia'] },
    source: 'Permenaker 4/2022 Pasal 12 (foreigners only; several reports)',
  },
  {
    name: 'an Indonesian citizen leaving Indonesia in July 2015',
    input: {
      event: 'leaving-indonesia',
      eventDate: '2015-07-20',
      asOf: '2015-07-15',
      balance: 10_000_000,
      citizenship: 'WNI',
    },
    expected: { status: 'payable', amount: 10_000_000, payableFrom: '2015-07-15' },
    source: 'PP 46/2015 Pasal 26 ayat (1) huruf d and ayat (6) before PP 60/2015',
  },
  {
    name: 'retirement: 56 on 2026-02-14',
    input: { event: 'retirement', birthDate: '1970-02-14', asOf: '2026-03-01', balance: 90_000_000 },
    expected: { status: 'payable', amount: 90_000_000, payableFrom: '2026-02-14' },
    source: 'PP 46/2015 Pasal 22 ayat (1)',
  },
  {
    name: 'retirement at 55 by the company rules (Permenaker 4/2022)',
    input: {
      event: 'retirement',
      birthDate: '1971-02-14',
      asOf: '2026-03-01',
      balance: 90_000_000,
      contractualPensionAge: 55,
    },
    expected: { status: 'payable', amount: 90_000_000, payableFrom: '2026-02-14' },
    source: 'Permenaker 4/2022 Pasal 6 ayat (1) (several reports)',
  },
  {
    name: 'death: paid to the heirs',
    input: { event: 'death', eventDate: '2026-05-01', asOf: '2026-05-10', balance: 25_000_000 },
    expected: { status: 'payable', amount: 25_000_000, payableFrom: '2026-05-01' },
    source: 'PP 60/2015 Pasal I (Pasal 26 ayat (1) huruf c and ayat (4)); PP 46/2015 Pasal 23',
  },
];

export interface JpGolden {
  readonly name: string;
  readonly input: JpBenefitInput;
  readonly expected:
    | {
        readonly status: 'pension';
        readonly monthly: number;
        readonly beforeLimits: number;
        readonly startsOn?: string;
      }
    | {
        readonly status: 'lump-sum';
        readonly amount: number;
        readonly contributions: number;
        readonly payableFrom?: string;
      }
    | { readonly status: 'not-eligible'; readonly pensionAgeDate: string };
  readonly source: string;
}

/** BPS inflation of 3 % in every year from 2016 to 2031 (an assumed figure for the hand arithmetic). */
const threePercent = Array.from({ length: 16 }, (_, i) => ({ year: 2016 + i, rate: '0.03' }));

export const jpGolden: readonly JpGolden[] = [
  {
    name: 'G7a: old-age pension after 16 contribution years at an average weighted wage of Rp5.000.000',
    input: {
      kind: 'old-age',
      birthDate: '1971-03-10',
      asOf: '2032-04-01',
      monthCount: 192,
      averageIndexedWage: 5_000_000,
    },
    // Pension age in 2032: 61 (57 from 2019, +1 every 3 years: 2031–2033). Born 1971-03-10: 61 on 2032-03-10.
    // 1 % × 192/12 × 5.000.000 = 0,01 × 16 × 5.000.000 = 800.000; within [411.400; 4.932.300].
    // The right starts on the 1st of the next month: 2032-04-01.
    expected: { status: 'pension', monthly: 800_000, beforeLimits: 800_000, startsOn: '2032-04-01' },
    source: 'PP 45/2015 Pasal 15, 17 ayat (2), 18, 19 ayat (1) and (3)',
  },
  {
    name: 'G7b: the same 16 years from the wage history, 2016–2031 at Rp5.000.000, inflation 3 % a year',
    input: {
      kind: 'old-age',
      birthDate: '1971-03-10',
      asOf: '2032-04-01',
      contributions: [{ from: '2016-01', to: '2031-12', wage: 5_000_000 }],
      inflation: threePercent,
    },
    // Each year's wage × 1,03^(2032 − year): 2031 once, 2016 sixteen times. Average index over the
    // 16 equal years = 1,03 × (1,03^16 − 1)/(0,03 × 16) = 1,03 × 0,604706/0,48 = 1,297599.
    // Average weighted monthly wage = 5.000.000 × 1,297599 = 6.487.996 (rounded).
    // 1 % × 16 × 6.487.996 = 1.038.079,36 → 1.038.079. The wage stays below the JP cap every year.
    expected: { status: 'pension', monthly: 1_038_079, beforeLimits: 1_038_079 },
    source:
      'PP 45/2015 Pasal 17 ayat (2), (3), (5) and Penjelasan; indexation steps after a BPJS worked example (C)',
  },
  {
    name: 'G8a: lump sum after 10 years (120 months), no yield',
    input: {
      kind: 'old-age',
      birthDate: '1968-05-20',
      asOf: '2027-06-01',
      contributions: [{ from: '2017-06', to: '2027-05', wage: 5_000_000 }],
      inflation: [],
      yields: Array.from({ length: 11 }, (_, i) => ({ year: 2017 + i, rate: '0' })),
    },
    // Pension age 59 in 2025–2027: reached 2027-05-20. 3 % × 5.000.000 = 150.000 a month
    // (2 % employer 100.000 + 1 % worker 50.000); 120 × 150.000 = 18.000.000.
    expected: {
      status: 'lump-sum',
      amount: 18_000_000,
      contributions: 18_000_000,
      payableFrom: '2027-06-01',
    },
    source: 'PP 45/2015 Pasal 19 ayat (1) and Pasal 24 (below 180 months); Pasal 28 (3 %)',
  },
  {
    name: 'G8b: the same lump sum with a yield of 6 % a year (0,5 % a month)',
    input: {
      kind: 'old-age',
      birthDate: '1968-05-20',
      asOf: '2027-06-01',
      contributions: [{ from: '2017-06', to: '2027-05', wage: 5_000_000 }],
      inflation: [],
      yields: Array.from({ length: 11 }, (_, i) => ({ year: 2017 + i, rate: '0.06' })),
    },
    // 150.000 credited at each month end, 0,5 % a month: 150.000 × ((1,005^120 − 1)/0,005)
    // = 150.000 × 163,879347 = 24.581.902,02 → 24.581.902.
    expected: { status: 'lump-sum', amount: 24_581_902, contributions: 18_000_000 },
    source: 'PP 45/2015 Pasal 24 ayat (3) (monthly yield); crediting convention of the library (C)',
  },
  {
    name: 'G10: disability after 6 years with 90 % density: counted as 15 years',
    input: {
      kind: 'disability',
      birthDate: '1980-01-01',
      eventDate: '2026-06-15',
      membershipStart: '2020-06-01',
      density: '0.9',
      monthCount: 72,
      averageIndexedWage: 4_000_000,
    },
    // 1 % × 180/12 × 4.000.000 = 0,01 × 15 × 4.000.000 = 600.000.
    expected: { status: 'pension', monthly: 600_000, beforeLimits: 600_000, startsOn: '2026-07-01' },
    source: 'PP 45/2015 Pasal 20 ayat (2) to (4)',
  },
  {
    name: 'G10: the same disability with 70 % density: 6 years, lifted to the 2026 minimum',
    input: {
      kind: 'disability',
      birthDate: '1980-01-01',
      eventDate: '2026-06-15',
      membershipStart: '2020-06-01',
      density: '0.7',
      monthCount: 72,
      averageIndexedWage: 4_000_000,
    },
    // 1 % × 72/12 × 4.000.000 = 240.000 < 411.400 (minimum from 2026-02-01) → 411.400.
    expected: { status: 'pension', monthly: 411_400, beforeLimits: 240_000 },
    source: 'PP 45/2015 Pasal 18 and 20 ayat (3); 2026 minimum Rp411.400 (BPJS circular, one source)',
  },
  {
    name: 'G9: widow of the G7a member who died at 60 before the pension',
    input: {
      kind: 'survivor',
      beneficiary: 'spouse',
      birthDate: '1971-03-10',
      eventDate: '2032-01-15',
      membershipStart: '2016-01-01',
      monthCount: 192,
      averageIndexedWage: 5_000_000,
    },
    // 50 % × (1 % × 16 × 5.000.000) = 50 % × 800.000 = 400.000 < 411.400 → 411.400 when the minimum
    // bounds survivor pensions (the library's reading of Pasal 1 angka 3 and 18, confidence C).
    expected: { status: 'pension', monthly: 411_400, beforeLimits: 400_000, startsOn: '2032-02-01' },
    source: 'PP 45/2015 Pasal 21 ayat (2) huruf a and (4); Pasal 18',
  },
  {
    name: "children's pension: 50 % of a pension in payment of Rp900.000",
    input: {
      kind: 'survivor',
      beneficiary: 'child',
      birthDate: '1955-01-01',
      eventDate: '2026-06-15',
      pensionInPayment: 900_000,
    },
    // 50 % × 900.000 = 450.000.
    expected: { status: 'pension', monthly: 450_000, beforeLimits: 450_000 },
    source: 'PP 45/2015 Pasal 22 ayat (2) huruf b',
  },
  {
    name: "parent's pension: 20 % of a pension in payment of Rp3.000.000",
    input: {
      kind: 'survivor',
      beneficiary: 'parent',
      birthDate: '1955-01-01',
      eventDate: '2026-06-15',
      pensionInPayment: 3_000_000,
    },
    // 20 % × 3.000.000 = 600.000.
    expected: { status: 'pension', monthly: 600_000, beforeLimits: 600_000 },
    source: 'PP 45/2015 Pasal 23 ayat (2) huruf b',
  },
  {
    name: 'the maximum: 16 years at an average weighted wage of Rp50.000.000',
    input: {
      kind: 'old-age',
      birthDate: '1971-03-10',
      asOf: '2032-04-01',
      monthCount: 192,
      averageIndexedWage: 50_000_000,
    },
    // 1 % × 16 × 50.000.000 = 8.000.000 > 4.932.300 → 4.932.300.
    expected: { status: 'pension', monthly: 4_932_300, beforeLimits: 8_000_000 },
    source: 'PP 45/2015 Pasal 18; 2026 maximum Rp4.932.300 (BPJS circular, one source)',
  },
  {
    name: 'born 1967-03-10: 58 in March 2025 but the pension age is 59 from 2025, reached on 2026-03-10',
    input: {
      kind: 'old-age',
      birthDate: '1967-03-10',
      asOf: '2026-03-09',
      contributions: [{ from: '2015-07', to: '2026-02', wage: 5_000_000 }],
      inflation: [],
    },
    expected: { status: 'not-eligible', pensionAgeDate: '2026-03-10' },
    source: 'PP 45/2015 Pasal 15 ayat (2) and (3) (59 from 2025-01-01)',
  },
];
