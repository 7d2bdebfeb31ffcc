/**
 * Golden coverage ratios from published figures. Each expected value is the figure as published; the
 * hand arithmetic bracketing it is written next to it.
 */
export interface CoverageGolden {
  readonly name: string;
  readonly input: { readonly covered: number; readonly workingPopulation: number };
  /** Coverage shown with two decimals, half-up, Indonesian style. */
  readonly expected: string;
  readonly source: string;
}

export const coverageGoldens: readonly CoverageGolden[] = [
  {
    name: 'Kabupaten Jember, November 2025',
    // 1.480.981 × 0,21855 = 323.668,4 ≤ 323.739 < 323.742,4 = 1.480.981 × 0,2186
    input: { covered: 323739, workingPopulation: 1480981 },
    expected: '21,86 %',
    source:
      'Launch of Program Lingkaran Cinta, Pemkab Jember with BPJS Ketenagakerjaan Jember, 22 Dec 2025 (seed article 000): "323.739 … setara 21,86 persen"',
  },
  {
    name: 'Provinsi Jawa Timur, 2023',
    // 14.531.668 × 0,29845 = 4.336.976,3 > 4.336.959 ≥ 4.336.249,7 = 14.531.668 × 0,2984
    input: { covered: 4336959, workingPopulation: 14531668 },
    expected: '29,84 %',
    source:
      'Paritrana Award 2024 coverage of East Java (pustakajc.co, "Pemprov Jatim raih Paritrana Award 2024", page 5): 4.336.959 of 14.531.668 = 29,84 %',
  },
  {
    name: 'Kabupaten Lumajang, 2026',
    // 555.154 × 0,16075 = 89.241,0 ≤ 89.266 < 89.268,8 = 555.154 × 0,1608
    input: { covered: 89266, workingPopulation: 555154 },
    expected: '16,08 %',
    source:
      'onenewsjatim.com, "465 ribu pekerja Lumajang belum …", March 2026: 89.266 covered of 555.154 working = 16,08 %',
  },
];
