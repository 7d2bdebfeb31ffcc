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

/** A regional coverage card: the published figures of a region and what the report must show. */
export interface CoverageReportGolden {
  readonly name: string;
  readonly input: {
    readonly region: string;
    readonly covered: number;
    readonly workingPopulation: number;
    readonly programParticipants: number;
  };
  readonly expected: {
    /** Coverage, 2 decimals half-up, Indonesian style. */
    readonly coverage: string;
    readonly uncovered: number;
    /** The program's share of coverage, 2 decimals half-up. */
    readonly share: string;
    readonly coveredBefore: number;
    /** Coverage without the program. */
    readonly before: string;
    /** The uplift in percentage points. */
    readonly uplift: string;
    /** Against the RPJMN 2025–2029 target for 2029 (43,92 %). */
    readonly requiredCovered: number;
    readonly workersNeeded: number;
    readonly gap: string;
  };
  readonly source: string;
}

export const coverageReportGoldens: readonly CoverageReportGolden[] = [
  {
    name: 'Kabupaten Jember (35.09), November 2025, against the RPJMN 2029 target',
    input: { region: '35.09', covered: 323739, workingPopulation: 1480981, programParticipants: 82093 },
    expected: {
      // Published: "323.739 … setara 21,86 persen" (bracket in coverageGoldens above).
      coverage: '21,86 %',
      // 1.480.981 − 323.739 = 1.157.242
      uncovered: 1157242,
      // Published: "sekitar 25,3 persen" (truncated). 323.739 × 0,25355 = 82.084,0 ≤ 82.093 <
      // 82.100,2 = 323.739 × 0,2536, so half-up to 2 decimals it is 25,36 %.
      share: '25,36 %',
      // 323.739 − 82.093 = 241.646
      coveredBefore: 241646,
      // 1.480.981 × 0,16315 = 241.622,0 ≤ 241.646 < 241.696,1 = 1.480.981 × 0,1632
      before: '16,32 %',
      // 1.480.981 × 0,05535 = 81.972,3 ≤ 82.093 < 82.120,4 = 1.480.981 × 0,05545
      uplift: '5,54 poin',
      // 1.480.981 × 0,4392 = 650.446,8552, rounded up to a whole worker: 650.447
      requiredCovered: 650447,
      // 650.447 − 323.739 = 326.708
      workersNeeded: 326708,
      // 1.480.981 × 0,21855 = 323.668,4 < 323.739 < 323.742,4 = 1.480.981 × 0,2186, so coverage lies
      // strictly between 21,855 % and 21,86 %, and 43,92 % − coverage strictly between 22,06 and 22,065
      // points: 22,06 half-up.
      gap: '22,06 poin',
    },
    source:
      'Launch of Program Lingkaran Cinta, Pemkab Jember with BPJS Ketenagakerjaan Jember, 22 Dec 2025 (seed article 000); RPJMN 2025–2029 target 43,92 % for 2029 (rule coverage.target.rpjmn-2025-2029, confidence C)',
  },
];
