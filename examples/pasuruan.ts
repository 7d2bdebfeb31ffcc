/**
 * Pasuruan 2025: the regency paid the BPU premium (JKK + JKM) of 28.448 pekerja rentan from DBHCHT,
 * "Rp 2,8 miliar" in total, covered "hingga Desember 2025" (TribunJatim, 24 Sep 2025).
 *
 * Run: node --import tsx examples/pasuruan.ts [--lang en]
 */
import { budgetReconciliation, programBudget, programTranches } from 'jamsostek/funding';
import { compare, done, explainResult, heading, num, pct, rounded, rp, say, t, table } from './_report.ts';

const workers = 28_448;
const TRIBUN = 'TribunJatim, 24 Sep 2025';

// What July–December costs at Rp16.800 per worker-month (PP 44/2015 Pasal 20).
const budget = programBudget({
  fundingSource: 'DBHCHT',
  cohorts: [{ name: t('pekerja rentan', 'vulnerable workers'), workers, from: '2025-07', to: '2025-12' }],
});
heading(t('Pasuruan 2025: angka yang diterbitkan', 'Pasuruan 2025: the published figures'));
compare(t('Pekerja', 'Workers'), workers, budget.byCohort[0]?.workers ?? 0, TRIBUN, num);
compare(
  t('Anggaran, Juli–Desember 2025', 'Budget, July–December 2025'),
  rounded(2.8, 'miliar', true),
  budget.total,
  TRIBUN,
);
compare(
  t('  di antaranya DBHCHT', '  of which DBHCHT'),
  rounded(2.8, 'miliar', true),
  budget.byFundingSource.DBHCHT ?? 0,
  TRIBUN,
);

// Which coverage explains the reported figure?
const check = budgetReconciliation({
  budget: 2_800_000_000,
  workers,
  to: '2025-12',
  fundingSource: 'DBHCHT',
});
heading(t('Berapa bulan yang dibayar anggaran itu?', 'How many months does that budget pay?'));
table([
  [t('Anggaran per pekerja (tidak diterbitkan)', 'Budget per worker (not published)'), rp(check.perWorker)],
  [
    t(
      `Bulan yang dibayar pada iuran ${rp(16_800)} ("hingga Desember")`,
      `Months it pays at ${rp(16_800)} ("hingga Desember")`,
    ),
    num(Number(check.impliedMonthCount)),
  ],
]);
say(
  '',
  t(
    'Hipotesis terdekat (bulan yang berakhir Desember 2025):',
    'Closest hypotheses (months ending December 2025):',
  ),
);
table(
  check.hypotheses
    .slice(0, 3)
    .map((h) => [
      String(h.rank),
      t(`${h.monthCount} bulan sejak ${h.from}`, `${h.monthCount} months from ${h.from}`),
      rp(h.cost),
      rp(h.balance),
      pct(h.relativeBalance),
    ]),
  [
    '#',
    t('Masa', 'Months'),
    t('Biaya', 'Cost'),
    t('Anggaran − biaya', 'Budget − cost'),
    t('Selisih', 'Difference'),
  ],
  'llrrr',
);

// Paid in two tranches, as some regencies do (July–September, then October–December).
const tranches = programTranches({
  fundingSource: 'DBHCHT',
  cohorts: [{ workers, from: '2025-07', to: '2025-12' }],
  tranches: [
    { label: 'I', from: '2025-07', to: '2025-09' },
    { label: 'II', from: '2025-10', to: '2025-12' },
  ],
});
heading(t('Dibayar dalam dua tahap', 'Paid in two tranches'));
table(
  tranches.tranches.map((x) => [x.label, `${x.from} … ${x.to}`, rp(x.amount)]),
  [t('Tahap', 'Tranche'), t('Bulan', 'Months'), t('Jumlah', 'Amount')],
  'llr',
);

explainResult(budget);

// Another press release checked the same way: Kabupaten Penajam Paser Utara 2025, "Rp3.024.000.000" for
// 20.000 pekerja rentan (2025 press coverage): exactly 9 months at Rp16.800.
const penajam = budgetReconciliation({
  budget: 3_024_000_000,
  workers: 20_000,
  to: '2025-12',
  fundingSource: 'APBD',
});
const best = penajam.hypotheses[0];
heading(
  t(
    'Penajam Paser Utara 2025, diperiksa dengan cara yang sama',
    'Penajam Paser Utara 2025, checked the same way',
  ),
);
compare(
  t(
    `Anggaran untuk ${num(20_000)} pekerja, ${best?.monthCount} bulan`,
    `Budget for ${num(20_000)} workers, ${best?.monthCount} months`,
  ),
  3_024_000_000,
  best?.cost ?? 0,
  t('liputan pers 2025', '2025 press coverage'),
);
if (best?.monthCount !== 9 || best.balance !== 0) process.exitCode = 1;
if (budget.total !== 2_867_558_400) process.exitCode = 1;
done();
