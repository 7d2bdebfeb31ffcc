/**
 * Golden cases for BPU contributions. Each expected value comes from the regulation or from a
 * published figure named in `source`, with the arithmetic written out.
 */
import type { BpuContributionInput } from 'jamsostek';

export interface BpuGolden {
  readonly name: string;
  readonly input: BpuContributionInput;
  readonly expected: {
    readonly JKK?: number;
    readonly JKM?: number;
    readonly JHT?: number;
    readonly total: number;
  };
  readonly source: string;
}

export const bpuGolden: readonly BpuGolden[] = [
  {
    name: 'pekerja rentan package, September 2025',
    input: { month: '2025-09', declaredIncome: 1_000_000 },
    expected: { JKK: 10_000, JKM: 6_800, total: 16_800 },
    source:
      'PP 44/2015 Pasal 20 ayat (3) (JKM Rp6.800) and Lampiran II lowest level (JKK Rp10.000); Muaro Jambi seed article: "Rp16.800 per bulan"',
  },
  {
    name: 'with optional JHT: 10.000 + 6.800 + 2 % × 1.000.000 = 36.800',
    input: { month: '2025-09', declaredIncome: 1_000_000, programs: ['JKK', 'JKM', 'JHT'] },
    expected: { JKK: 10_000, JKM: 6_800, JHT: 20_000, total: 36_800 },
    source: 'PP 46/2015 Pasal 18 (JHT for BPU, 2 % of declared income as published)',
  },
  {
    name: 'self-paying informal worker, November 2026: 50 % of 10.000 and 6.800',
    input: { month: '2026-11', declaredIncome: 1_000_000 },
    expected: { JKK: 5_000, JKM: 3_400, total: 8_400 },
    source: 'PP 50/2025 Pasal 4 ayat (1) and Pasal 7 huruf b (other sectors, April–December 2026)',
  },
  {
    name: 'same worker paid by the regency budget: no discount',
    input: { month: '2026-11', declaredIncome: 1_000_000, fundingSource: 'APBD' },
    expected: { JKK: 10_000, JKM: 6_800, total: 16_800 },
    source: 'PP 50/2025 Pasal 3 ayat (5) (APBN/APBD-funded BPU excluded)',
  },
  {
    name: 'transport sector, February 2027: still discounted',
    input: { month: '2027-02', declaredIncome: 1_000_000, sector: 'transport' },
    expected: { JKK: 5_000, JKM: 3_400, total: 8_400 },
    source: 'PP 50/2025 Pasal 7 huruf a (transport: January 2026 – March 2027)',
  },
  {
    name: 'other sector, February 2027: discount over',
    input: { month: '2027-02', declaredIncome: 1_000_000 },
    expected: { JKK: 10_000, JKM: 6_800, total: 16_800 },
    source: 'PP 50/2025 Pasal 7 huruf b (other sectors end with December 2026)',
  },
  {
    name: 'COVID-19 relief, October 2020: 1 % of 10.000 and of 6.800',
    input: { month: '2020-10', declaredIncome: 1_000_000 },
    expected: { JKK: 100, JKM: 68, total: 168 },
    source: 'PP 49/2020 (contribution months August 2020 – January 2021 pay 1 % of JKK and JKM)',
  },
  {
    name: 'JHT is not discounted by PP 50/2025: 5.000 + 3.400 + 20.000',
    input: { month: '2026-05', declaredIncome: 1_000_000, programs: ['JKK', 'JKM', 'JHT'] },
    expected: { JKK: 5_000, JKM: 3_400, JHT: 20_000, total: 28_400 },
    source: 'PP 50/2025 Pasal 4 (only JKK and JKM are adjusted)',
  },
  {
    name: 'an employer registered as BPU is not covered by PP 50/2025',
    input: { month: '2026-05', declaredIncome: 1_000_000, category: 'employer' },
    expected: { JKK: 10_000, JKM: 6_800, total: 16_800 },
    source: 'PP 50/2025 Pasal 3 ayat (4) (only workers outside an employment relation / self-employed)',
  },
  {
    name: 'first month of the programme, July 2015',
    input: { month: '2015-07', declaredIncome: 1_000_000 },
    expected: { JKK: 10_000, JKM: 6_800, total: 16_800 },
    source: 'PP 44/2015 in force 1 July 2015 (Pasal 63)',
  },
];
