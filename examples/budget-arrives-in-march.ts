/**
 * Budget arrives in March: who is exposed and what to pay by when.
 *
 * Pasuruan paid the BPU premium (JKK + JKM) of 28.448 pekerja rentan from DBHCHT, "Rp 2,8 miliar",
 * "hingga Desember 2025" (TribunJatim, 24 Sep 2025). ASSUMPTION (not published): the regency keeps the
 * same 28.448 workers covered through 2026 from its APBD, billed monthly, and the 2026 budget is only
 * disbursed in March. The months, the payment dates and the funding source of 2026 are made up to show
 * the tools; the head count and the premium are the published ones.
 *
 * Run: node --import tsx examples/budget-arrives-in-march.ts [--lang en]
 */
import { jkmBenefit } from 'jamsostek/benefits';
import {
  contributionDueDateSchedule,
  owedFromBudget,
  programStanding,
  reconcilePayments,
} from 'jamsostek/calendar';
import { programBudget } from 'jamsostek/funding';
import { compare, done, explainResult, heading, num, rounded, rp, t, table } from './_report.ts';

const workers = 28_448;

heading(t('Angka yang diterbitkan (2025)', 'The published figures (2025)'));
const y2025 = programBudget({
  fundingSource: 'DBHCHT',
  cohorts: [{ workers, from: '2025-07', to: '2025-12' }],
});
const TRIBUN = 'TribunJatim, 24 Sep 2025';
compare(t('Pekerja', 'Workers'), workers, y2025.byMonth[0]?.workers ?? 0, TRIBUN, num);
compare(
  t(
    `Pasuruan 2025, Juli–Desember (${num(workers)} × ${rp(16_800)} × 6)`,
    `Pasuruan 2025, July–December (${num(workers)} × ${rp(16_800)} × 6)`,
  ),
  rounded(2.8, 'miliar', true),
  y2025.total,
  TRIBUN,
);
table([
  [
    t(
      `Iuran satu bulan (${num(workers)} × ${rp(16_800)})`,
      `One month of premiums (${num(workers)} × ${rp(16_800)})`,
    ),
    rp(y2025.byMonth[0]?.amount ?? 0),
  ],
]);

heading(
  t('2026: yang terutang, dan batas waktu setiap bulan', '2026: what is owed, and when each month is due'),
);
const budget = programBudget({
  fundingSource: 'APBD',
  cohorts: [{ workers, from: '2026-01', to: '2026-12' }],
});
const owed = owedFromBudget(budget);
table([
  [
    t(
      'Terutang untuk 2026 (APBD membayar iuran penuh: PP 50/2025 Pasal 3 ayat (5))',
      'Owed for 2026 (the APBD pays the full premium: PP 50/2025 Pasal 3 ayat (5))',
    ),
    rp(budget.total),
  ],
]);
const due = contributionDueDateSchedule({ segment: 'BPU', from: '2026-01', to: '2026-06' });
table(
  due.byMonth.map((m) => [
    m.month,
    m.dueDate,
    m.byReading.holiday !== m.dueDate
      ? t(
          `${m.byReading.holiday} bila cuti bersama hari libur`,
          `${m.byReading.holiday} if joint leave is a day off`,
        )
      : '',
  ]),
  [t('Bulan', 'Month'), t('Batas waktu', 'Due'), t('Bacaan lain', 'Other reading')],
  'lll',
);

heading(t('1 Maret 2026: belum ada yang dibayar', '1 March 2026: nothing paid yet'));
const march = programStanding({ owed, payments: [], asOf: '2026-03-01' });
table([
  [t('Bulan tertunggak', 'Months in arrears'), march.arrearsMonths.join(', ')],
  [t('Pekerja tertunggak', 'Workers in arrears'), num(march.workersInArrears ?? 0)],
  [
    t('Lewat jatuh tempo (bayar sekarang untuk perlindungan penuh)', 'Overdue (pay now for full cover)'),
    rp(march.overdue),
  ],
  [
    t('JKM bila ada yang meninggal hari ini', 'JKM for a death today'),
    march.jkm.status === 'deferred'
      ? t(
          'ditunda (biaya pemakaman sekarang, sisanya setelah tunggakan dilunasi)',
          'deferred (funeral cost now, the rest after the arrears are paid)',
        )
      : march.jkm.status,
  ],
  [
    t('JKM hilang mulai, bila tidak ada pembayaran', 'JKM refused from, if nothing is paid'),
    march.jkm.refusedFrom ?? '',
  ],
]);
table(
  march.deadlines.slice(0, 3).map((d) => [d.month, rp(d.outstanding), d.dueDate, d.lapseDeadline]),
  [
    t('Bulan', 'Month'),
    t('Terutang', 'Outstanding'),
    t('Batas waktu', 'Due'),
    t('Paling lambat', 'At the latest'),
  ],
  'lrll',
);

heading(
  t('20 Maret 2026: Januari sampai Maret dibayar sekaligus', '20 March 2026: January to March paid at once'),
);
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
const STATUS: Readonly<Record<string, string>> = {
  late: t('terlambat', 'late'),
  'on-time': t('tepat waktu', 'on time'),
  ambiguous: t('meragukan', 'ambiguous'),
  covered: t('dibayar penuh', 'paid in full'),
};
table([
  ...after.byMonth.slice(0, 3).map((r) => [r.month, STATUS[r.status] ?? r.status]),
  [t('Bulan tertunggak pada 31 Maret', 'Months in arrears on 31 March'), num(after.arrearsMonthCount)],
  [t('JKM pada 31 Maret', 'JKM on 31 March'), STATUS[after.jkm.status] ?? after.jkm.status],
]);
const check = reconcilePayments({ owed: owed.slice(0, 3), paid: [...paid] });
compare(
  t('Dibayar dibanding terutang, Januari–Maret (selisih)', 'Paid against owed, January–March (difference)'),
  0,
  check.balance,
  'reconcilePayments',
);

heading(t('Bila uang baru datang 20 April', 'If the money only comes on 20 April'));
const late = programStanding({ owed, payments: [], asOf: '2026-04-20' });
const death = jkmBenefit({
  eventDate: '2026-04-18',
  segment: 'BPU',
  membershipStart: '2025-07-01',
  contributionMonths: 6,
  arrearsMonths: 4,
});
table([
  [
    t('Bulan tertunggak', 'Months in arrears'),
    `${num(late.arrearsMonthCount)} (${late.arrearsMonths.join(', ')})`,
  ],
  [t('Pekerja tanpa manfaat JKM', 'Workers without a JKM benefit'), num(late.workersRefused ?? 0)],
  [t('JKM hilang sejak', 'JKM refused since'), late.jkm.refusedFrom ?? ''],
  [t('Kematian pada 18 April, ahli waris menerima', 'A death on 18 April, heirs receive'), rp(death.total)],
]);

heading(t('Penjelasan status per 1 Maret', 'The standing on 1 March, explained'));
explainResult(march, { sources: false });
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
