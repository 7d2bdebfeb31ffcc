/**
 * One program, two agencies' spreadsheets: a regency's welfare office (Dinas Sosial) and labour office
 * (Disnaker) each send an .xlsx roster of vulnerable workers; some people are on both lists. The lists
 * are read as they come, each NIK is priced once (the labour office's row wins where both name a
 * person: its data is the newer), every duplicate and bad row is reported, and the program report
 * workbook is written for the finance office.
 *
 * THE ROSTERS ARE MADE UP: names say "SINTETIS", NIKs are invented (examples/data/make-rosters.ts made
 * them). On purpose, the Disnaker list has a NIK typed as a number and a sex that its NIK contradicts.
 *
 * Run: node --import tsx examples/agencies.ts [--lang en]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { combineRosters, processRoster } from 'jamsostek/roster';
import { readXlsxRows, writeRosterReport } from 'jamsostek/xlsx';
import { compare, done, explainResult, figure, heading, num, rp, t, table } from './_report.ts';
import { flaggedRows, rejectedRows } from './_roster-words.ts';

const data = new URL('./data/', import.meta.url);
const summary = await processRoster(
  combineRosters([
    { name: 'Dinas Sosial', rows: readXlsxRows(await readFile(new URL('dinsos.xlsx', data))) },
    {
      name: 'Disnaker',
      rows: readXlsxRows(await readFile(new URL('disnaker.xlsx', data)), { sheet: 'Daftar' }),
    },
  ]),
  // Each row names its funding source (column "Sumber Dana") and first month ("Mulai").
  { from: '2026-01', to: '2026-06', dedupe: { precedence: ['Disnaker'] } },
);

heading(
  t(
    'Dua instansi, satu program: Januari–Juni 2026 (daftar sintetis)',
    'Two agencies, one program: January–June 2026 (synthetic rosters)',
  ),
);
table([
  [
    t('Baris dibaca (30 Dinas Sosial + 20 Disnaker)', 'Rows read (30 Dinas Sosial + 20 Disnaker)'),
    num(summary.rows),
  ],
  [t('Pekerja dihitung, setiap NIK sekali', 'Workers priced, each NIK once'), num(summary.workers)],
  [
    t('Baris dengan NIK yang dihitung di daftar lain', 'Rows of a NIK priced on the other list'),
    num(summary.duplicates),
  ],
  [t('Baris tidak sah', 'Invalid rows'), num(summary.invalid)],
]);
table(
  Object.entries(summary.byList).map(([list, x]) => [list, num(x.workers), rp(x.amount)]),
  [t('Daftar', 'List'), t('Pekerja', 'Workers'), t('Iuran', 'Premium')],
);

heading(t('Baris yang tidak dihitung, dan baris yang perlu diperiksa', 'Rows not priced, and rows to check'));
table(rejectedRows(summary.rejected), [t('Baris', 'Row'), t('Alasan', 'Reason')], 'll');
table(flaggedRows(summary.flagged), [t('Baris', 'Row'), t('Periksa', 'To check')], 'll');

const file = join(tmpdir(), 'laporan-program-pekerja-rentan.xlsx');
await writeFile(file, await writeRosterReport(summary));
heading(t('Buku kerja laporan', 'Report workbook'));
figure(t('ditulis', 'written'), file);

heading(t('Ringkasan, seperti dijelaskan jamsostek', 'The summary, as jamsostek explains it'));
explainResult(summary, { sources: false });

// 6 people are on both lists: Disnaker wins each of them, so 6 Dinas Sosial rows are duplicates; the
// NIK typed as a number is rejected; 50 − 6 − 1 = 43 workers. Dinas Sosial (DBHCHT) rows are priced
// January–June, Disnaker (APBD) rows March–June, all at Rp16.800 a month (JKK 10.000 + JKM 6.800; in
// 2026 an APBD-funded premium gets no PP 50/2025 discount).
const expected = { workers: 43, duplicates: 6, invalid: 1, flagged: 1, total: (24 * 6 + 19 * 4) * 16_800 };
const got = {
  workers: summary.workers,
  duplicates: summary.duplicates,
  invalid: summary.invalid,
  flagged: summary.flagged.length,
  total: summary.total,
};
compare(
  t(
    `Jumlah iuran, (24 × 6 + 19 × 4) pekerja-bulan × ${rp(16_800)}`,
    `Total premium, (24 × 6 + 19 × 4) worker-months × ${rp(16_800)}`,
  ),
  expected.total,
  got.total,
  t('hitungan tangan', 'hand arithmetic'),
);
if (JSON.stringify(got) !== JSON.stringify(expected)) {
  console.error(t('hasil tidak seperti yang diharapkan', 'unexpected result'));
  process.exitCode = 1;
}
done();
