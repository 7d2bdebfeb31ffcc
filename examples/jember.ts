/**
 * Kabupaten Jember, launch of Program Lingkaran Cinta with BPJS Ketenagakerjaan (22 December 2025):
 * every published figure next to the figure the library computes, with how it was computed.
 *
 * Run: node --import tsx examples/jember.ts
 */
import { formatCount, formatRupiah } from 'jamsostek';
import {
  claimsMetrics,
  coverageImpact,
  coveragePath,
  coverageRatio,
  formatPercent,
  formatPoints,
  gapToTarget,
  programShare,
} from 'jamsostek/coverage';
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

const coverage = coverageRatio({ covered: COVERED, workingPopulation: WORKING });
line(
  'Coverage',
  '21,86 %',
  formatPercent(coverage.coverage),
  `${formatCount(COVERED)} ÷ ${formatCount(WORKING)}, half-up to 2 decimals`,
);

const share = programShare({ programParticipants: PROGRAM, covered: COVERED });
line(
  'Share of the regency program in coverage ("sekitar 25,3 persen")',
  '25,3 %',
  formatPercent(share.share, { decimals: 1, mode: 'down' }),
  `${formatCount(PROGRAM)} ÷ ${formatCount(COVERED)} = ${formatPercent(share.share)}, truncated to 1 decimal ` +
    `(half-up would give ${formatPercent(share.share, { decimals: 1 })})`,
);

const impact = coverageImpact({ after: COVERED, programParticipants: PROGRAM, workingPopulation: WORKING });
line(
  'Coverage without the program (derived)',
  '16,32 %',
  formatPercent(impact.before),
  `(${formatCount(COVERED)} − ${formatCount(PROGRAM)}) ÷ ${formatCount(WORKING)} = ${formatCount(impact.coveredBefore)} ÷ ${formatCount(WORKING)}`,
);
line(
  'Uplift from the program (derived)',
  '5,54 poin',
  formatPoints(impact.uplift),
  `${formatCount(PROGRAM)} ÷ ${formatCount(WORKING)}, exactly after − before`,
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

console.log('\nWhat the national targets would ask of Jember (working population held constant):');
const gap = gapToTarget({
  covered: COVERED,
  workingPopulation: WORKING,
  target: { document: 'rpjmn-2025-2029', year: 2029 },
});
console.log(
  `  RPJMN 2025–2029 target for 2029 (43,92 %): ${formatCount(gap.workersNeeded)} more workers, ` +
    `${formatPoints(gap.gap)} short`,
);
const path = coveragePath({
  covered: COVERED,
  workingPopulation: WORKING,
  fromYear: 2025,
  target: { document: 'rpjmn-2025-2029', year: 2029 },
});
for (const y of path.years)
  console.log(
    `  ${y.year}: +${formatCount(y.added)} → ${formatCount(y.covered)} (${formatPercent(y.coverage)})`,
  );

console.log('\nExplanation of the impact, in Indonesian:');
for (const l of explain(impact)) console.log(`  ${l}`);

if (mismatches) {
  console.error(`\n${mismatches} figure(s) differ from the published ones`);
  process.exit(1);
}
