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
 * Run: node --import tsx examples/agencies.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCount, formatRupiah } from 'jamsostek';
import { combineRosters, processRoster } from 'jamsostek/roster';
import { readXlsxRows, writeRosterReport } from 'jamsostek/xlsx';
import { figure, heading } from './_report.ts';

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

heading('Two agencies, one program: January–June 2026 (synthetic rosters)');
figure('rows read', `${formatCount(summary.rows)} (30 Dinas Sosial + 20 Disnaker)`);
figure('workers priced, each NIK once', formatCount(summary.workers));
figure('rows of a NIK priced on the other list', formatCount(summary.duplicates));
figure('invalid rows', formatCount(summary.invalid));
for (const [list, t] of Object.entries(summary.byList))
  figure(`  list ${list}`, `${t.workers} workers, ${formatRupiah(t.amount)}`);
for (const [source, t] of Object.entries(summary.byFundingSource))
  figure(`  funding source ${source}`, `${t?.workers} workers, ${formatRupiah(t?.amount ?? 0)}`);
figure('total premium', formatRupiah(summary.total));

heading('Rows not priced, and rows to check');
for (const r of summary.rejected) {
  const why =
    r.kind === 'duplicate'
      ? `NIK ${r.nik} priced at row ${r.winner.row} of ${r.winner.list}`
      : r.kind === 'invalid'
        ? r.issues.map((i) => i.code ?? `${i.path.join('.')} ${i.message}`).join('; ')
        : r.reasons.join(', ');
  figure(`  ${r.list} row ${r.row} (${r.kind})`, why);
}
for (const f of summary.flagged)
  figure(`  ${f.list} row ${f.row} (check)`, f.issues.map((i) => `${i.code}: ${i.message}`).join('; '));
if (summary.unknownColumns.length)
  figure('columns not known, kept as they are', summary.unknownColumns.join(', '));

const file = join(tmpdir(), 'laporan-program-pekerja-rentan.xlsx');
await writeFile(file, await writeRosterReport(summary));
heading('Report workbook');
figure('written', file);

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
figure('hand check', `(24 × 6 + 19 × 4) worker-months × Rp16.800 = ${formatRupiah(expected.total)}`);
if (JSON.stringify(got) !== JSON.stringify(expected)) {
  console.error('unexpected result', got);
  process.exitCode = 1;
}
