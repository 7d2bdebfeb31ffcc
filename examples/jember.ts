/**
 * Kabupaten Jember, launch of Program Lingkaran Cinta with BPJS Ketenagakerjaan (22 December 2025):
 * every published figure next to the figure the library computes, with how it was computed.
 *
 * Run: node --import tsx examples/jember.ts [--lang en]
 */
import { claimsMetrics, coveragePath, coverageReport, formatPercent, formatPoints } from 'jamsostek/coverage';
import { explainResult, heading, lang, num, rp, say, t, table } from './_report.ts';

const WORKING = 1_480_981; // penduduk bekerja, Kabupaten Jember
const COVERED = 323_739; // active participants, November 2025
const PROGRAM = 82_093; // workers enrolled and paid by the regency in 2025

const percent = (r: Parameters<typeof formatPercent>[0], o: { decimals?: number; mode?: 'down' } = {}) =>
  formatPercent(r, { ...o, lang });
const points = (r: Parameters<typeof formatPoints>[0]) => formatPoints(r, { lang });

/** One figure: the article's, or hand arithmetic for a derived one, beside the computed one. */
interface Row {
  readonly label: string;
  readonly expected: string;
  readonly computed: string;
  readonly how: string;
  readonly derived: boolean;
}
const rows: Row[] = [];

say(
  t(
    'Kabupaten Jember (Kemendagri 35.09): cakupan dan dampak Program Lingkaran Cinta',
    'Kabupaten Jember (Kemendagri 35.09): coverage and impact of Program Lingkaran Cinta',
  ),
);

// The regional card in one call: coverage, the program's share and uplift, and the gap to the RPJMN
// target for 2029, with one explanation for all of it.
const RPJMN_2029 = { document: 'rpjmn-2025-2029', year: 2029 } as const;
const report = coverageReport({
  region: '35.09',
  covered: COVERED,
  workingPopulation: WORKING,
  programParticipants: PROGRAM,
  target: RPJMN_2029,
  year: 2025,
});
const program = report.program;
const gap = report.gap;
if (!program || !gap) throw new Error('the report has a program and a target');

const decimals = (id: string): string => (lang === 'id' ? id : id.replace(',', '.'));
rows.push(
  {
    label: t('Cakupan', 'Coverage'),
    expected: t('21,86 %', '21.86%'),
    computed: percent(report.coverage),
    how: t(
      `${num(COVERED)} ÷ ${num(WORKING)}, dibulatkan setengah ke atas ke 2 desimal`,
      `${num(COVERED)} ÷ ${num(WORKING)}, half-up to 2 decimals`,
    ),
    derived: false,
  },
  {
    label: t(
      'Porsi program kabupaten dalam cakupan ("sekitar 25,3 persen")',
      'Share of the regency program in coverage ("about 25.3 percent")',
    ),
    expected: t('25,3 %', '25.3%'),
    computed: percent(program.share, { decimals: 1, mode: 'down' }),
    how: t(
      `${num(PROGRAM)} ÷ ${num(COVERED)} = ${percent(program.share)}, dipotong ke 1 desimal (setengah ke atas memberi ${percent(program.share, { decimals: 1 })})`,
      `${num(PROGRAM)} ÷ ${num(COVERED)} = ${percent(program.share)}, truncated to 1 decimal (half-up would give ${percent(program.share, { decimals: 1 })})`,
    ),
    derived: false,
  },
  {
    label: t('Cakupan tanpa program', 'Coverage without the program'),
    expected: t('16,32 %', '16.32%'),
    computed: percent(program.before),
    how: `(${num(COVERED)} − ${num(PROGRAM)}) ÷ ${num(WORKING)} = ${num(program.coveredBefore)} ÷ ${num(WORKING)}`,
    derived: true,
  },
  {
    label: t('Kenaikan cakupan karena program', 'Uplift from the program'),
    expected: t('5,54 poin', '5.54 pp'),
    computed: points(program.uplift),
    how: t(
      `${num(PROGRAM)} ÷ ${num(WORKING)}, tepat sesudah − sebelum`,
      `${num(PROGRAM)} ÷ ${num(WORKING)}, exactly after − before`,
    ),
    derived: true,
  },
  {
    label: t(
      'Pekerja yang masih diperlukan untuk sasaran RPJMN 2029 (43,92 %)',
      'Workers still needed for the RPJMN 2029 target (43.92%)',
    ),
    expected: num(326_708),
    computed: num(gap.workersNeeded),
    how: t(
      `${num(WORKING)} × 0,4392 = ${decimals('650.446,86')}, dibulatkan ke atas ke ${num(gap.requiredCovered)}, dikurangi ${num(COVERED)}; kurang ${points(gap.gap)}`,
      `${num(WORKING)} × 0.4392 = 650,446.86, rounded up to ${num(gap.requiredCovered)}, minus ${num(COVERED)}; ${points(gap.gap)} short`,
    ),
    derived: true,
  },
);

// Benefits 2023–2025: "1.573 penerima manfaat senilai Rp51,57 miliar, termasuk Rp49,44 miliar JKM dan
// Rp1,04 miliar JKK, dan juga beasiswa pendidikan bagi 253 anak peserta".
// The JKM lump sum Rp42.000.000 is PP 82/2019 Pasal 34 (death benefit Rp20 juta lump sum, Rp12 juta
// periodic, Rp10 juta funeral); it is passed in here rather than read from a benefits rule.
const JKM_LUMP_SUM = 42_000_000;
const claims = claimsMetrics({
  total: 51_570_000_000,
  beneficiaries: 1573,
  programs: [
    { program: 'JKM', amount: 49_440_000_000, unitAmount: JKM_LUMP_SUM },
    { program: 'JKK', amount: 1_040_000_000 },
  ],
});
const jkm = claims.programs[0]?.decomposition;
rows.push(
  {
    label: t(`Klaim JKM penuh dalam ${rp(49_440_000_000)}`, `Full JKM claims in ${rp(49_440_000_000)}`),
    expected: num(1_177),
    computed: num(jkm?.fullClaims ?? 0),
    how: t(
      `${rp(49_440_000_000)} ÷ ${rp(JKM_LUMP_SUM)} (PP 82/2019 Pasal 34) = ${num(1_177)} klaim utuh, sisa ${rp(jkm?.remainder ?? 0)}`,
      `${rp(49_440_000_000)} ÷ ${rp(JKM_LUMP_SUM)} (PP 82/2019 Pasal 34) = ${num(1_177)} whole claims, remainder ${rp(jkm?.remainder ?? 0)}`,
    ),
    derived: true,
  },
  {
    label: t('Sisa di luar JKM dan JKK', 'Residual beside JKM and JKK'),
    expected: rp(1_090_000_000),
    computed: rp(claims.residual),
    how: t(
      `${rp(51_570_000_000)} − ${rp(49_440_000_000)} − ${rp(1_040_000_000)}; untuk beasiswa 253 anak dan manfaat lain`,
      `${rp(51_570_000_000)} − ${rp(49_440_000_000)} − ${rp(1_040_000_000)}; set against the scholarships of 253 children and other benefits`,
    ),
    derived: true,
  },
  {
    label: t('Rata-rata manfaat per penerima', 'Average benefit per beneficiary'),
    expected: rp(32_784_488),
    computed: rp(claims.averagePerBeneficiaryRounded),
    how: t(
      `${rp(51_570_000_000)} ÷ ${num(1_573)}, dibulatkan setengah ke atas ke rupiah`,
      `${rp(51_570_000_000)} ÷ ${num(1_573)}, half-up to a rupiah`,
    ),
    derived: true,
  },
);

heading(
  t(
    'Angka yang diterbitkan dan yang diturunkan darinya',
    'The published figures and those derived from them',
  ),
);
table(
  rows.map((r) => [
    r.label,
    `${r.expected}${r.derived ? '*' : ''}`,
    r.computed,
    r.expected === r.computed ? '✓' : '≠',
  ]),
  [t('Angka', 'Figure'), t('Diterbitkan', 'Published'), t('Dihitung', 'Computed'), ''],
);
say(t('* dihitung dengan tangan dari angka yang diterbitkan', '* by hand from the published figures'), '');
table(
  rows.map((r) => [r.label, r.how]),
  [t('Angka', 'Figure'), t('Cara menghitung', 'How')],
  'll',
);

heading(
  t(
    'Lintasan tahunan menuju sasaran RPJMN 2029 (penduduk bekerja tetap)',
    'A yearly path to the RPJMN 2029 target (working population held constant)',
  ),
);
const path = coveragePath({
  covered: COVERED,
  workingPopulation: WORKING,
  fromYear: 2025,
  target: RPJMN_2029,
});
table(
  path.years.map((y) => [String(y.year), `+${num(y.added)}`, num(y.covered), percent(y.coverage)]),
  [t('Tahun', 'Year'), t('Tambahan', 'Added'), t('Peserta', 'Participants'), t('Cakupan', 'Coverage')],
);

heading(t('Penjelasan laporan cakupan', 'Explanation of the coverage report'));
explainResult(report);

const mismatches = rows.filter((r) => r.expected !== r.computed).length;
if (mismatches) {
  console.error(
    t(
      `\n${mismatches} angka berbeda dari yang diterbitkan`,
      `\n${mismatches} figure(s) differ from the published ones`,
    ),
  );
  process.exit(1);
}
