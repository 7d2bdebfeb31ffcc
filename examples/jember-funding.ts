/**
 * Jember 2025: the regency enrolled 82.093 pekerja rentan, funded by DBHCHT, the APBD and the
 * regional tax and levy revenue shared with villages (launch of the Lingkaran Cinta program, 22 Dec 2025);
 * 40.300 tobacco farm workers are funded by DBHCHT (TIMES Indonesia, 2025). The articles do not publish months or the split between
 * sources: the months and the SHARES BELOW ARE MADE UP to show the tools, they are not Jember's figures.
 *
 * Run: node --import tsx examples/jember-funding.ts
 */
import { formatCount, formatRupiah } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import { fundingSplit, programBudget } from 'jamsostek/funding';

const budget = programBudget({
  fundingSource: 'APBD',
  cohorts: [
    // ASSUMPTION (made up): both groups covered for all of 2025.
    {
      name: 'buruh tani tembakau',
      workers: 40_300,
      from: '2025-01',
      to: '2025-12',
      fundingSource: 'DBHCHT',
    },
    { name: 'pekerja rentan lain', workers: 41_793, from: '2025-01', to: '2025-12' },
  ],
});
console.log(
  `Workers: published 82.093, computed ${formatCount(budget.byCohort.reduce((n, c) => n + c.workers, 0))}`,
);
console.log(`Premiums for 12 months: ${formatRupiah(budget.total)} (82.093 × Rp201.600)`);
const dbhcht = budget.byCohort.filter((c) => c.fundingSource === 'DBHCHT');
console.log(
  `DBHCHT: published 40.300 workers, computed ${formatCount(dbhcht.reduce((n, c) => n + c.workers, 0))}; their premiums ${formatRupiah(budget.byFundingSource.DBHCHT ?? 0)} (40.300 × Rp201.600)`,
);

// MADE-UP shares, for illustration only.
const split = fundingSplit({
  total: budget.total,
  parts: [
    { fundingSource: 'DBHCHT', share: '0.45' },
    // The tax and levy revenue shared with villages has no channel of its own here: 'other'.
    { fundingSource: 'other', label: 'bagi hasil pajak & retribusi desa (made up)', amount: 1_500_000_000 },
    { fundingSource: 'APBD', weight: 1 },
  ],
  remainderOrder: ['APBD'],
});
console.log('\nSplit across sources (ILLUSTRATIVE, MADE-UP SHARES):');
for (const p of split.parts)
  console.log(`  ${p.label.padEnd(44)} ${formatRupiah(p.amount).padStart(18)}  (pays as ${p.payer})`);
console.log(
  `  ${'sum'.padEnd(44)} ${formatRupiah(split.parts.reduce((s, p) => s + p.amount, 0)).padStart(18)}`,
);

console.log(`\n${explain(split, { lang: 'en' }).join('\n')}`);
