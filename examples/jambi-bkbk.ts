/**
 * Jambi province: 10 % of the Rp100 juta BKBK grant of each of 1.562 desa/kelurahan pays the BPU premium
 * of pekerja rentan; "78 ribu" workers (CNBC Indonesia, 6 Jan 2023; Pergub Jambi 16/2022 and Kepgub
 * 853/KEP.GUB/DP3AP2-4.2/2022). The 10 % is a program parameter, so it is an input here.
 *
 * Run: node --import tsx examples/jambi-bkbk.ts [--lang en]
 */
import { claimsMetrics } from 'jamsostek/coverage';
import { budgetCapacity, programBudget, villageAllocation } from 'jamsostek/funding';
import { compare, done, explainResult, heading, num, pct, rounded, rp, t, table } from './_report.ts';

const CNBC = 'CNBC Indonesia, 6 Jan 2023';
const year = villageAllocation({
  villages: 1_562,
  grantPerVillage: 100_000_000,
  share: '0.1',
  from: '2022-01',
  to: '2022-12',
  fundingSource: 'BKBK',
});
const capacity = budgetCapacity({
  budget: year.envelope,
  from: '2022-01',
  to: '2022-12',
  fundingSource: 'BKBK',
});
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

heading(t('Jambi 2022: 10 % dana BKBK setiap desa', 'Jambi 2022: 10% of each village’s BKBK grant'));
table([
  [
    t(
      `Dana, ${num(1_562)} desa × ${rp(100_000_000)} × 10 %`,
      `Envelope, ${num(1_562)} villages × ${rp(100_000_000)} × 10%`,
    ),
    rp(year.envelope),
  ],
  [
    t('Pekerja per desa, bila setiap desa membiayai sendiri', 'Workers per village, each village on its own'),
    num(year.lines[0]?.fundable ?? 0),
  ],
  [t('Sisa anggaran bila dana digabung', 'Left over when the envelopes are pooled'), rp(capacity.remainder)],
  [
    t('Bagian dana desa yang diperlukan untuk 50 pekerja', 'Share of the grant that 50 workers need'),
    pct(fifty.lines[0]?.shareOfGrant ?? '0'),
  ],
  [
    t(
      'Kekurangan dana 10 % untuk 50 pekerja per desa',
      'Shortfall of the 10% envelopes for 50 workers a village',
    ),
    rp(-fifty.balance),
  ],
]);

heading(t('Angka yang diterbitkan', 'The published figures'));
compare(
  t('Pekerja selama 12 bulan, dana digabung', 'Workers for 12 months, envelopes pooled'),
  rounded(78, 'ribu'),
  year.pooledWorkers,
  CNBC,
  num,
);
compare(
  t('Pekerja selama 12 bulan, per desa', 'Workers for 12 months, each village on its own'),
  rounded(78, 'ribu'),
  year.workers,
  CNBC,
  num,
);
compare(
  t('Sama, sebagai kapasitas anggaran', 'Same, as a budget capacity'),
  rounded(78, 'ribu'),
  capacity.workers,
  CNBC,
  num,
);
compare(t('50 pekerja per desa', '50 workers per village'), 78_100, fifty.workers, CNBC, num);

// 2023 realisation and 2024 target.
const y2023 = programBudget({
  fundingSource: 'BKBK',
  cohorts: [{ workers: 112_538, from: '2023-01', to: '2023-12' }],
});
compare(
  t(`2023: ${num(112_538)} pekerja selama setahun`, `2023: ${num(112_538)} workers for a year`),
  rounded(22.68, 'miliar', true),
  y2023.total,
  t('realisasi 2023', '2023 realisation'),
);
const y2024 = programBudget({
  fundingSource: 'BKBK',
  cohorts: [{ workers: 118_875, from: '2024-01', to: '2024-12' }],
});
compare(
  t(
    `Sasaran 2024: ${num(118_875)} pekerja selama setahun`,
    `2024 target: ${num(118_875)} workers for a year`,
  ),
  rounded(23.96, 'miliar', true),
  y2024.total,
  t('sasaran 2024', '2024 target'),
);

// Benefits paid in the province in 2022 (same article): "Rp 304 miliar" over "26 ribu kasus"; both
// figures are rounded in the article, so the average is only as exact as they are.
const benefits2022 = claimsMetrics({ total: 304_000_000_000, beneficiaries: 26_000, programs: [] });
compare(
  t(
    `2022: manfaat per kasus, ${rounded(304, 'miliar', true)} ÷ ${rounded(26, 'ribu')}`,
    `2022: benefits per case, ${rounded(304, 'miliar', true)} ÷ ${rounded(26, 'ribu')}`,
  ),
  `≈ ${rounded(11.7, 'juta', true)}`,
  benefits2022.averagePerBeneficiaryRounded,
  CNBC,
);

explainResult(fifty);
if (capacity.workers !== 77_480 || year.pooledWorkers !== 77_480 || fifty.workers !== 78_100)
  process.exitCode = 1;
done();
