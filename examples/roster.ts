/**
 * A regency's roster, read from a CSV export and priced in one streamed pass: totals per month, per
 * funding source and per village, with every bad row reported by its row number.
 *
 * THE ROSTER IS MADE UP: names say "SINTETIS" and the NIKs are invented. Jember-like criteria
 * (BPU in DTSEN deciles 1–4, aged 18–65) and funding sources (DBHCHT, APBD) are illustrations.
 *
 * Run: node --import tsx examples/roster.ts
 */
import { formatCount, formatRupiah } from 'jamsostek';
import { readCsvRows } from 'jamsostek/csv';
import { processRoster } from 'jamsostek/roster';
import { figure, heading } from './_report.ts';

const csv = [
  'NIK;Nama;Penghasilan;Wilayah;Sumber_Dana;Desa;Mulai;tanggal_lahir;desil',
  '3509010101800001;SINTETIS Satu;1.000.000;35.09;DBHCHT;Sukorambi;2025-07;1980-01-01;2',
  '3509010505750002;SINTETIS Dua;1.000.000;35.09;DBHCHT;Sukorambi;2025-07;1975-05-05;1',
  '3509010909900003;SINTETIS Tiga;1.000.000;35.09;APBD;Ajung;2025-10;1990-09-09;3',
  '3509010303880004;SINTETIS Empat;1.000.000;35.09;APBD;Ajung;2025-07;1988-03-03;7',
  '35090101018;SINTETIS Lima;abc;35.09;APBD;Ajung;2025-13;1990-01-01;2',
  '3509010202500006;SINTETIS Enam;1.000.000;35.09;DBHCHT;Sukorambi;2025-07;1950-02-02;1',
].join('\n');

heading('Jember-like roster, July–December 2025 (synthetic)');
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
figure('rows read', formatCount(summary.rows));
figure(
  'workers priced',
  `${formatCount(summary.workers)} (${formatCount(summary.workerMonths)} worker-months)`,
);
figure('total premium', `${formatRupiah(summary.total)} (hand check: (6 + 6 + 3) × Rp16.800 = Rp252.000)`);
for (const [month, m] of Object.entries(summary.byMonth))
  figure(`  ${month}`, `${m.workers} workers, ${formatRupiah(m.amount)}`);
for (const [source, g] of Object.entries(summary.byFundingSource))
  figure(`  source ${source}`, formatRupiah(g.amount));
for (const [village, g] of Object.entries(summary.byCohort))
  figure(`  village ${village}`, formatRupiah(g.amount));
heading('Rejected rows');
for (const r of summary.rejected) {
  const why =
    r.kind === 'invalid'
      ? r.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')
      : r.kind === 'ineligible'
        ? r.reasons.join(', ')
        : `NIK already priced on row ${r.winner.row}`;
  figure(`  row ${r.row} (${r.kind})`, why);
}
if (summary.unknownColumns.length) figure('unknown columns', summary.unknownColumns.join(', '));
if (summary.total !== 252_000 || summary.rejected.length !== 3 || summary.flagged.length !== 0) {
  console.error('unexpected roster result');
  process.exitCode = 1;
}
