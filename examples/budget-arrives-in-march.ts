/**
 * Budget arrives in March: who is exposed and what to pay by when.
 *
 * Pasuruan paid the BPU premium (JKK + JKM) of 28.448 pekerja rentan from DBHCHT, "Rp 2,8 miliar",
 * "hingga Desember 2025" (TribunJatim, 24 Sep 2025). ASSUMPTION (not published): the regency keeps the
 * same 28.448 workers covered through 2026 from its APBD, billed monthly, and the 2026 budget is only
 * disbursed in March. The months, the payment dates and the funding source of 2026 are made up to show
 * the tools; the head count and the premium are the published ones.
 *
 * Run: node --import tsx examples/budget-arrives-in-march.ts
 */
import { formatCount, formatRupiah } from 'jamsostek';
import { jkmBenefit } from 'jamsostek/benefits';
import {
  contributionDueDateSchedule,
  owedFromBudget,
  programStanding,
  reconcilePayments,
} from 'jamsostek/calendar';
import { explain } from 'jamsostek/explain';
import { programBudget } from 'jamsostek/funding';
import { compare, done, figure, heading } from './_report.ts';

const workers = 28_448;

heading('The published figures (2025)');
const y2025 = programBudget({
  fundingSource: 'DBHCHT',
  cohorts: [{ workers, from: '2025-07', to: '2025-12' }],
});
compare(
  'Pasuruan 2025, July–December (28.448 × Rp16.800 × 6)',
  'Rp 2,8 miliar',
  y2025.total,
  'TribunJatim, 24 Sep 2025',
);
figure('Workers (published 28.448)', formatCount(y2025.byMonth[0]?.workers ?? 0));
figure('One month of premiums (28.448 × Rp16.800)', formatRupiah(y2025.byMonth[0]?.amount ?? 0));

heading('2026: what is owed, and when each month is due');
const budget = programBudget({
  fundingSource: 'APBD',
  cohorts: [{ workers, from: '2026-01', to: '2026-12' }],
});
const owed = owedFromBudget(budget);
figure('Owed for 2026 (APBD pays the full premium: PP 50/2025 Pasal 3 ayat (5))', formatRupiah(budget.total));
const due = contributionDueDateSchedule({ segment: 'BPU', from: '2026-01', to: '2026-06' });
for (const m of due.byMonth)
  figure(
    `  ${m.month} due`,
    `${m.dueDate}${m.byReading.holiday !== m.dueDate ? ` (${m.byReading.holiday} if joint leave is a day off)` : ''}`,
  );

heading('1 March 2026: nothing paid yet');
const march = programStanding({ owed, payments: [], asOf: '2026-03-01' });
figure('Months in arrears', march.arrearsMonths.join(', '));
figure('Workers in arrears', formatCount(march.workersInArrears ?? 0));
figure('Overdue (pay now for full cover)', formatRupiah(march.overdue));
figure(
  'JKM for a death today',
  `${march.jkm.status} (funeral cost now, the rest after the arrears are paid)`,
);
figure('JKM refused from, if nothing is paid', march.jkm.refusedFrom ?? '-');
for (const d of march.deadlines.slice(0, 3))
  figure(
    `  ${d.month}: ${formatRupiah(d.outstanding)}`,
    `due ${d.dueDate}, at the latest ${d.lapseDeadline}`,
  );

heading('20 March 2026: January to March paid at once');
const paid = [
  {
    from: '2026-01',
    to: '2026-03',
    amount: 3 * 28_448 * 16_800,
    fundingSource: 'APBD',
    paidOn: '2026-03-20',
  },
] as const;
const after = programStanding({ owed, payments: paid, asOf: '2026-03-31' });
figure(
  'Status of January–March',
  after.byMonth
    .slice(0, 3)
    .map((r) => `${r.month} ${r.status}`)
    .join(', '),
);
figure('Months in arrears on 31 March', String(after.arrearsMonthCount));
figure('JKM on 31 March', after.jkm.status);
const check = reconcilePayments({ owed: owed.slice(0, 3), paid: [...paid] });
compare('Paid against January–March (difference)', 0, check.balance, 'reconcilePayments');

heading('If the money only comes on 20 April');
const late = programStanding({ owed, payments: [], asOf: '2026-04-20' });
figure('Months in arrears', `${late.arrearsMonthCount} (${late.arrearsMonths.join(', ')})`);
figure('Workers without a JKM benefit', formatCount(late.workersRefused ?? 0));
figure('JKM refused since', late.jkm.refusedFrom ?? '-');
const death = jkmBenefit({
  eventDate: '2026-04-18',
  segment: 'BPU',
  membershipStart: '2025-07-01',
  contributionMonths: 6,
  arrearsMonths: 4,
});
figure('A death on 18 April, heirs receive', formatRupiah(death.total));

console.log(`\n${explain(march, { lang: 'en' }).slice(0, 8).join('\n')}`);
// The figures the recipe states (docs/recipes/budget-arrives-in-march.md).
if (
  y2025.total !== 2_867_558_400 ||
  march.overdue !== 955_852_800 ||
  march.jkm.refusedFrom !== '2026-04-16' ||
  after.arrearsMonthCount !== 0 ||
  late.workersRefused !== workers ||
  death.total !== 0
)
  process.exitCode = 1;
done();
