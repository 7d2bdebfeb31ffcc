/**
 * Jambi province: 10 % of the Rp100 juta BKBK grant of each of 1.562 desa/kelurahan pays the BPU premium
 * of pekerja rentan; "78 ribu" workers (CNBC Indonesia, 6 Jan 2023; Pergub Jambi 16/2022 and Kepgub
 * 853/KEP.GUB/DP3AP2-4.2/2022). The 10 % is a program parameter, so it is an input here.
 *
 * Run: node --import tsx examples/jambi-bkbk.ts
 */
import { formatCount, formatRupiah } from 'jamsostek';
import { claimsMetrics } from 'jamsostek/coverage';
import { explain } from 'jamsostek/explain';
import { budgetCapacity, programBudget, villageAllocation } from 'jamsostek/funding';

const show = (what: string, published: string, computed: string): void =>
  console.log(`${what.padEnd(48)} published: ${published.padEnd(16)} computed: ${computed}`);

const year = villageAllocation({
  villages: 1_562,
  grantPerVillage: 100_000_000,
  share: '0.1',
  from: '2022-01',
  to: '2022-12',
  fundingSource: 'BKBK',
});
show('Envelope, 1.562 × Rp100 juta × 10 %', '(10 % of BKBK)', formatRupiah(year.envelope));
show('Workers for 12 months, envelopes pooled', '78 ribu', formatCount(year.pooledWorkers));
show(
  'Workers for 12 months, each village on its own',
  '78 ribu',
  `${formatCount(year.workers)} (${year.lines[0]?.fundable} per village)`,
);

const capacity = budgetCapacity({
  budget: year.envelope,
  from: '2022-01',
  to: '2022-12',
  fundingSource: 'BKBK',
});
show(
  'Same, as a capacity',
  '78 ribu',
  `${formatCount(capacity.workers)}, left ${formatRupiah(capacity.remainder)}`,
);

// "78.100" = 50 workers in every village.
const fifty = villageAllocation({
  villages: 1_562,
  grantPerVillage: 100_000_000,
  share: '0.1',
  workersPerVillage: 50,
  from: '2022-01',
  to: '2022-12',
  fundingSource: 'BKBK',
});
show('50 workers per village', '78.100', formatCount(fifty.workers));
show(
  'Share of the grant that needs',
  '10 %',
  `${(Number(fifty.lines[0]?.shareOfGrant) * 100).toFixed(2).replace('.', ',')} %`,
);
show('Above the 10 % envelopes by', '-', formatRupiah(-fifty.balance));

// 2023 realisation and 2024 target.
const y2023 = programBudget({
  fundingSource: 'BKBK',
  cohorts: [{ workers: 112_538, from: '2023-01', to: '2023-12' }],
});
show('2023: 112.538 workers for a year', 'Rp22,68 miliar', formatRupiah(y2023.total));
const y2024 = programBudget({
  fundingSource: 'BKBK',
  cohorts: [{ workers: 118_875, from: '2024-01', to: '2024-12' }],
});
show('2024 target: 118.875 workers for a year', 'Rp23,96 miliar', formatRupiah(y2024.total));

// Benefits paid in the province in 2022 (same article): "Rp 304 miliar" over "26 ribu kasus"; both
// figures are rounded in the article, so the average is only as exact as they are.
const benefits2022 = claimsMetrics({ total: 304_000_000_000, beneficiaries: 26_000, programs: [] });
show(
  '2022: benefits per case, Rp304 miliar ÷ 26 ribu',
  '≈ Rp11,7 juta',
  formatRupiah(benefits2022.averagePerBeneficiaryRounded),
);

console.log(`\n${explain(fifty, { lang: 'en' }).join('\n')}`);
if (capacity.workers !== 77_480 || year.pooledWorkers !== 77_480 || fifty.workers !== 78_100)
  process.exitCode = 1;
