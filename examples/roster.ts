/**
 * A regency's roster, read from a CSV export and priced in one streamed pass: totals per month, per
 * funding source and per village, with every bad row reported by its row number.
 *
 * THE ROSTER IS MADE UP: names say "SINTETIS" and the NIKs are invented. Jember-like criteria
 * (BPU in DTSEN deciles 1–4, aged 18–65) and funding sources (DBHCHT, APBD) are illustrations.
 *
 * Run: node --import tsx examples/roster.ts [--lang en]
 */
import { readCsvRows } from 'jamsostek/csv';
import { processRoster } from 'jamsostek/roster';
import { compare, done, explainResult, heading, num, rp, t, table } from './_report.ts';
import { rejectedRows } from './_roster-words.ts';

const csv = [
  'NIK;Nama;Penghasilan;Wilayah;Sumber_Dana;Desa;Mulai;tanggal_lahir;desil',
  '3509010101800001;SINTETIS Satu;1.000.000;35.09;DBHCHT;Sukorambi;2025-07;1980-01-01;2',
  '3509010505750002;SINTETIS Dua;1.000.000;35.09;DBHCHT;Sukorambi;2025-07;1975-05-05;1',
  '3509010909900003;SINTETIS Tiga;1.000.000;35.09;APBD;Ajung;2025-10;1990-09-09;3',
  '3509010303880004;SINTETIS Empat;1.000.000;35.09;APBD;Ajung;2025-07;1988-03-03;7',
  '35090101018;SINTETIS Lima;abc;35.09;APBD;Ajung;2025-13;1990-01-01;2',
  '3509010202500006;SINTETIS Enam;1.000.000;35.09;DBHCHT;Sukorambi;2025-07;1950-02-02;1',
].join('\n');

const summary = await processRoster(
  // readCsvRows knows the usual Indonesian headers (NIK, Nama, Penghasilan, Sumber_Dana, Desa,
  // Mulai, tanggal_lahir, desil …): see ROSTER_COLUMNS in jamsostek/roster.
  readCsvRows(csv),
  {
    from: '2025-07',
    to: '2025-12',
    // Every row names its funding source (Sumber_Dana); a row naming none, or one outside the
    // vocabulary, would be rejected rather than priced with a guessed payer.
    eligibility: {
      asOf: '2025-07-01',
      criteria: { maxDtsenDecile: 4, age: { min: 18, max: 65 }, fundingSource: 'APBD' },
    },
  },
);
heading(
  t(
    'Daftar mirip Jember, Juli–Desember 2025 (sintetis)',
    'Jember-like roster, July–December 2025 (synthetic)',
  ),
);
table([
  [t('Baris dibaca', 'Rows read'), num(summary.rows)],
  [t('Pekerja dihitung', 'Workers priced'), num(summary.workers)],
  [t('Pekerja-bulan', 'Worker-months'), num(summary.workerMonths)],
]);
table(
  Object.entries(summary.byMonth).map(([month, m]) => [month, num(m.workers), rp(m.amount)]),
  [t('Bulan', 'Month'), t('Pekerja', 'Workers'), t('Iuran', 'Premium')],
);
table(
  Object.entries(summary.byCohort).map(([village, g]) => [village, rp(g.amount)]),
  [t('Desa', 'Village'), t('Iuran', 'Premium')],
);
compare(
  t(`Jumlah iuran, (6 + 6 + 3) × ${rp(16_800)}`, `Total premium, (6 + 6 + 3) × ${rp(16_800)}`),
  252_000,
  summary.total,
  t('hitungan tangan', 'hand arithmetic'),
);

heading(t('Baris yang ditolak', 'Rejected rows'));
table(rejectedRows(summary.rejected), [t('Baris', 'Row'), t('Alasan', 'Reason')], 'rl');

heading(t('Ringkasan, seperti dijelaskan jamsostek', 'The summary, as jamsostek explains it'));
explainResult(summary, { sources: false });
if (summary.total !== 252_000 || summary.rejected.length !== 3 || summary.flagged.length !== 0) {
  console.error(t('hasil daftar tidak seperti yang diharapkan', 'unexpected roster result'));
  process.exitCode = 1;
}
done();
