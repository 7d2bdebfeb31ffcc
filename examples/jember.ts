/**
 * Kabupaten Jember, launch of Program Lingkaran Cinta with BPJS Ketenagakerjaan (22 December 2025):
 * every published figure next to the figure the library computes, with how it was computed.
 *
 * Run: node --import tsx examples/jember.ts
 */
import { formatCount, formatRupiah } from 'jamsostek';
import { claimsMetrics, coveragePath, coverageReport, formatPercent, formatPoints } from 'jamsostek/coverage';
import { explain } from 'jamsostek/explain';

const WORKING = 1_480_981; // penduduk bekerja, Kabupaten Jember
const COVERED = 323_739; // active participants, November 2025
const PROGRAM = 82_093; // workers enrolled and paid by the regency in 2025

let mismatches = 0;
/** Prints a figure: `expected` is the article's figure, or hand arithmetic when the label says derived. */
function line(label: string, expected: string, computed: string, how: string): void {
  const ok = expected === computed;
  if (!ok) mismatches++;
  console.log(`${ok ? '✓' : '≠'} ${label}`);
  console.log(`    ${label.includes('derived') ? 'by hand:  ' : 'published:'} ${expected}`);
  console.log(`    computed:  ${computed}`);
  console.log(`    how:       ${how}`);
}

console.log('Kabupaten Jember (Kemendagri 35.09): coverage and impact of Program Lingkaran Cinta\n');

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

line(
  'Coverage',
  '21,86 %',
  formatPercent(report.coverage),
  `${formatCount(COVERED)} ÷ ${formatCount(WORKING)}, half-up to 2 decimals`,
);
line(
  'Share of the regency program in coverage ("sekitar 25,3 persen")',
  '25,3 %',
  formatPercent(program.share, { decimals: 1, mode: 'down' }),
  `${formatCount(PROGRAM)} ÷ ${formatCount(COVERED)} = ${formatPercent(program.share)}, truncated to 1 decimal ` +
    `(half-up would give ${formatPercent(program.share, { decimals: 1 })})`,
);
line(
  'Coverage without the program (derived)',
  '16,32 %',
  formatPercent(program.before),
  `(${formatCount(COVERED)} − ${formatCount(PROGRAM)}) ÷ ${formatCount(WORKING)} = ${formatCount(program.coveredBefore)} ÷ ${formatCount(WORKING)}`,
);
line(
  'Uplift from the program (derived)',
  '5,54 poin',
  formatPoints(program.uplift),
  `${formatCount(PROGRAM)} ÷ ${formatCount(WORKING)}, exactly after − before`,
);
line(
  'Workers still needed for the RPJMN 2029 target of 43,92 % (derived)',
  '326.708',
  formatCount(gap.workersNeeded),
  `${formatCount(WORKING)} × 0,4392 = 650.446,86, rounded up to ${formatCount(gap.requiredCovered)}, ` +
    `minus ${formatCount(COVERED)}; ${formatPoints(gap.gap)} short`,
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
line(
  'Full JKM claims implied by Rp49,44 miliar (derived)',
  '1.177',
  formatCount(jkm?.fullClaims ?? 0),
  `${formatRupiah(49_440_000_000)} ÷ ${formatRupiah(JKM_LUMP_SUM)} (PP 82/2019 Pasal 34) = 1.177 whole claims, ` +
    `remainder ${formatRupiah(jkm?.remainder ?? 0)}`,
);
line(
  'Residual beside JKM and JKK (derived)',
  'Rp1.090.000.000',
  formatRupiah(claims.residual),
  `${formatRupiah(51_570_000_000)} − ${formatRupiah(49_440_000_000)} − ${formatRupiah(1_040_000_000)}; ` +
    'set against the scholarships of 253 children and other benefits',
);
line(
  'Average benefit per beneficiary (derived)',
  formatRupiah(32_784_488),
  formatRupiah(claims.averagePerBeneficiaryRounded),
  `${formatRupiah(51_570_000_000)} ÷ 1.573, half-up to a rupiah`,
);

console.log('\nA yearly path to the RPJMN 2029 target (working population held constant):');
const path = coveragePath({
  covered: COVERED,
  workingPopulation: WORKING,
  fromYear: 2025,
  target: RPJMN_2029,
});
for (const y of path.years)
  console.log(
    `  ${y.year}: +${formatCount(y.added)} → ${formatCount(y.covered)} (${formatPercent(y.coverage)})`,
  );

console.log('\nExplanation of the coverage report, in Indonesian:');
for (const l of explain(report)) console.log(`  ${l}`);

if (mismatches) {
  console.error(`\n${mismatches} figure(s) differ from the published ones`);
  process.exit(1);
}
