/**
 * Pasuruan 2025: the regency paid the BPU premium (JKK + JKM) of 28.448 pekerja rentan from DBHCHT,
 * "Rp 2,8 miliar" in total, covered "hingga Desember 2025" (TribunJatim, 24 Sep 2025).
 *
 * Run: node --import tsx examples/pasuruan.ts
 */
import { formatCount, formatRupiah } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import { budgetReconciliation, programBudget, programTranches } from 'jamsostek/funding';

const workers = 28_448;
const show = (what: string, published: string, computed: string): void =>
  console.log(`${what.padEnd(44)} published: ${published.padEnd(18)} computed: ${computed}`);

// What July–December costs at Rp16.800 per worker-month (PP 44/2015 Pasal 20).
const budget = programBudget({
  fundingSource: 'DBHCHT',
  cohorts: [{ name: 'pekerja rentan', workers, from: '2025-07', to: '2025-12' }],
});
show('Workers', '28.448', formatCount(budget.byCohort[0]?.workers ?? 0));
show('Budget, July–December 2025', 'Rp 2,8 miliar', formatRupiah(budget.total));
show('  of which DBHCHT', 'Rp 2,8 miliar', formatRupiah(budget.byFundingSource.DBHCHT ?? 0));

// Which coverage explains the reported figure?
const check = budgetReconciliation({
  budget: 2_800_000_000,
  workers,
  to: '2025-12',
  fundingSource: 'DBHCHT',
});
show('Budget per worker', '(not published)', formatRupiah(check.perWorker));
show('Months it pays at Rp16.800', '"hingga Desember"', check.impliedMonthCount.replace('.', ','));
console.log('\nClosest hypotheses (months ending December 2025):');
for (const h of check.hypotheses.slice(0, 3)) {
  console.log(
    `  ${h.rank}. ${h.monthCount} months from ${h.from}: ${formatRupiah(h.cost)} (budget − cost ${formatRupiah(h.balance)}, ${(Number(h.relativeBalance) * 100).toFixed(2)} %)`,
  );
}

// Paid in two tranches, as some regencies do (July–September, then October–December).
const tranches = programTranches({
  fundingSource: 'DBHCHT',
  cohorts: [{ workers, from: '2025-07', to: '2025-12' }],
  tranches: [
    { label: 'I', from: '2025-07', to: '2025-09' },
    { label: 'II', from: '2025-10', to: '2025-12' },
  ],
});
console.log('\nTranches:');
for (const t of tranches.tranches) console.log(`  ${t.label} ${t.from} … ${t.to}: ${formatRupiah(t.amount)}`);

console.log(`\n${explain(budget).join('\n')}`);

// Another press release checked the same way: Kabupaten Penajam Paser Utara 2025, "Rp3.024.000.000" for
// 20.000 pekerja rentan (2025 press coverage): exactly 9 months at Rp16.800.
const penajam = budgetReconciliation({
  budget: 3_024_000_000,
  workers: 20_000,
  to: '2025-12',
  fundingSource: 'APBD',
});
const best = penajam.hypotheses[0];
show(
  'Penajam 2025: months the budget pays',
  'Rp3.024.000.000',
  `${best?.monthCount} months, ${formatRupiah(best?.cost ?? 0)} (budget − cost ${formatRupiah(best?.balance ?? 0)})`,
);
if (best?.monthCount !== 9 || best.balance !== 0) process.exitCode = 1;
if (budget.total !== 2_867_558_400) process.exitCode = 1;
