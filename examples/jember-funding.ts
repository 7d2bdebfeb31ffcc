/**
 * Jember 2025: the regency enrolled 82.093 pekerja rentan, funded by DBHCHT, the APBD and the
 * regional tax and levy revenue shared with villages (launch of the Lingkaran Cinta program, 22 Dec 2025);
 * 40.300 tobacco farm workers are funded by DBHCHT (TIMES Indonesia, 2025). The articles do not publish months or the split between
 * sources: the months and the SHARES BELOW ARE MADE UP to show the tools, they are not Jember's figures.
 *
 * Run: node --import tsx examples/jember-funding.ts [--lang en]
 */
import { fundingSplit, programBudget } from 'jamsostek/funding';
import { compare, done, explainResult, heading, num, rp, t, table } from './_report.ts';

const budget = programBudget({
  fundingSource: 'APBD',
  cohorts: [
    // ASSUMPTION (made up): both groups covered for all of 2025.
    {
      name: t('buruh tani tembakau', 'tobacco farm workers'),
      workers: 40_300,
      from: '2025-01',
      to: '2025-12',
      fundingSource: 'DBHCHT',
    },
    {
      name: t('pekerja rentan lain', 'other vulnerable workers'),
      workers: 41_793,
      from: '2025-01',
      to: '2025-12',
    },
  ],
});
const dbhcht = budget.byCohort.filter((c) => c.fundingSource === 'DBHCHT');

heading(
  t('Jember 2025: peserta yang dibiayai pemerintah kabupaten', 'Jember 2025: workers paid by the regency'),
);
compare(
  t('Pekerja', 'Workers'),
  82_093,
  budget.byCohort.reduce((n, c) => n + c.workers, 0),
  t('peluncuran Lingkaran Cinta, 22 Des 2025', 'Lingkaran Cinta launch, 22 Dec 2025'),
  num,
);
compare(
  t('Pekerja yang dibiayai DBHCHT', 'Workers funded by DBHCHT'),
  40_300,
  dbhcht.reduce((n, c) => n + c.workers, 0),
  'TIMES Indonesia, 2025',
  num,
);
table([
  [t('Iuran 12 bulan', 'Premiums for 12 months'), rp(budget.total), `${num(82_093)} × ${rp(201_600)}`],
  [
    t('  di antaranya DBHCHT', '  of which DBHCHT'),
    rp(budget.byFundingSource.DBHCHT ?? 0),
    `${num(40_300)} × ${rp(201_600)}`,
  ],
]);

// MADE-UP shares, for illustration only.
const split = fundingSplit({
  total: budget.total,
  parts: [
    { fundingSource: 'DBHCHT', share: '0.45' },
    // The tax and levy revenue shared with villages has no channel of its own here: 'other'.
    {
      fundingSource: 'other',
      label: t('bagi hasil pajak & retribusi desa (karangan)', 'village share of taxes and levies (made up)'),
      amount: 1_500_000_000,
    },
    { fundingSource: 'APBD', weight: 1 },
  ],
  remainderOrder: ['APBD'],
});
heading(
  t(
    'Pembagian antarsumber dana (CONTOH, PORSI KARANGAN)',
    'Split across sources (ILLUSTRATIVE, MADE-UP SHARES)',
  ),
);
explainResult(split);
done();
