/**
 * Messages of roster summaries, which `explain` renders from their fields.
 *
 * @internal
 * @module
 */
import type { RosterRenderCode } from '../codes.ts';
import type { Message } from './types.ts';

/** @internal */
export const rosterMessages: Readonly<Record<RosterRenderCode, Message>> = {
  'title.roster-summary': {
    id: 'Ringkasan daftar peserta, bulan {from} sampai {to}:',
    en: 'Roster summary, months {from} to {to}:',
  },
  'roster.rows': {
    id: '{rows:n} baris dibaca: {workers:n} pekerja dihitung, {invalid:n} baris tidak sah, {ineligible:n} tidak memenuhi syarat',
    en: '{rows:n} rows read: {workers:n} workers priced, {invalid:n} invalid rows, {ineligible:n} not eligible',
  },
  'roster.duplicates': {
    id: 'NIK ganda: {duplicates:n} baris tidak dihitung lagi (setiap NIK dihitung sekali)',
    en: 'Duplicate NIKs: {duplicates:n} rows not priced again (each NIK is priced once)',
  },
  'roster.month': {
    id: 'Bulan {month}: {workers:n} pekerja, {amount:rp}',
    en: 'Month {month}: {workers:n} workers, {amount:rp}',
  },
  'roster.program': {
    id: 'Program {program}: {amount:rp}',
    en: 'Program {program}: {amount:rp}',
  },
  'roster.funding-source': {
    id: 'Sumber dana {fundingSource:source}[, pembayar {payer:payer}]: {workers:n} pekerja, {workerMonths:n} pekerja-bulan, {amount:rp}',
    en: 'Funding source {fundingSource:source}[, payer {payer:payer}]: {workers:n} workers, {workerMonths:n} worker-months, {amount:rp}',
  },
  'roster.list': {
    id: 'Daftar {list}: {workers:n} pekerja, {workerMonths:n} pekerja-bulan, {amount:rp}',
    en: 'List {list}: {workers:n} workers, {workerMonths:n} worker-months, {amount:rp}',
  },
  'roster.total': {
    id: 'Jumlah {workerMonths:n} pekerja-bulan: {amount:rp}',
    en: 'Total of {workerMonths:n} worker-months: {amount:rp}',
  },
  'roster.rejected': {
    id: 'Baris yang ditolak, menurut alasan (satu baris dapat ditolak karena beberapa alasan):',
    en: 'Rejected rows by reason (a row may be rejected for several reasons):',
  },
  'roster.rejected.invalid': {
    id: '{field} tidak sah atau tidak ada: {rows:n} baris',
    en: '{field} invalid or missing: {rows:n} rows',
  },
  'roster.rejected.not-a-row': {
    id: 'Bukan data pekerja: {rows:n} baris',
    en: 'Not a worker record: {rows:n} rows',
  },
  'roster.rejected.payer': {
    id: 'Kolom pembayar, yang tidak dibaca lagi (isi sumber dana sebagai gantinya): {rows:n} baris',
    en: 'A payer field, which is no longer read (give the funding source instead): {rows:n} rows',
  },
  'roster.rejected.ineligible': {
    id: 'Tidak memenuhi syarat, {reason}: {rows:n} baris',
    en: 'Not eligible, {reason}: {rows:n} rows',
  },
  'roster.rejected.coded': {
    id: '{issue}: {rows:n} baris',
    en: '{issue}: {rows:n} rows',
  },
  'roster.rejected.duplicate': {
    id: 'NIK yang sudah dihitung pada baris lain: {rows:n} baris',
    en: 'NIK already priced on another row: {rows:n} rows',
  },
  'roster.flagged': {
    id: 'Baris yang perlu diperiksa (tetap diproses):',
    en: 'Rows to check (processed all the same):',
  },
  'roster.flagged.line': { id: '{issue}: {rows:n} baris', en: '{issue}: {rows:n} rows' },
  'roster.unknown-columns': {
    id: 'Kolom yang tidak dikenal (dibaca dengan namanya sendiri): {columns}',
    en: 'Columns not known (read under their own name): {columns}',
  },
  'roster.duplicate-columns': {
    id: 'Kolom yang muncul dua kali di judul: {columns}',
    en: 'Columns named twice in the header: {columns}',
  },
  'roster.issue.UNCLOSED_QUOTE': {
    id: 'Tanda kutip yang tidak ditutup',
    en: 'A quote that never closes',
  },
  'roster.issue.SHORT_ROW': {
    id: 'Baris dengan kolom lebih sedikit dari judul',
    en: 'Fewer fields than the header',
  },
  'roster.issue.EXTRA_FIELDS': {
    id: 'Isi di luar kolom judul',
    en: 'A value beyond the header',
  },
  'roster.issue.CONFLICTING_COLUMNS': {
    id: 'Kolom ganda dengan isi berbeda',
    en: 'A repeated column with two different values',
  },
  'roster.issue.NIK_AS_NUMBER': {
    id: 'NIK tersimpan sebagai angka (digit ke-16 hilang)',
    en: 'NIK stored as a number (its 16th digit is lost)',
  },
  'roster.issue.NIK_REGION': {
    id: 'NIK dengan kode wilayah yang tidak mungkin',
    en: 'NIK with an impossible region code',
  },
  'roster.issue.NIK_BIRTH_DATE': {
    id: 'NIK dengan tanggal lahir yang tidak mungkin',
    en: 'NIK with an impossible birth date',
  },
  'roster.issue.NIK_SERIAL': {
    id: 'NIK dengan nomor urut 0000',
    en: 'NIK with serial 0000',
  },
  'roster.issue.STRAY_QUOTE': {
    id: 'Tanda kutip di tengah isi kolom (dibaca apa adanya)',
    en: 'A quote inside a field (read as it is)',
  },
  'roster.issue.NIK_BIRTH_DATE_MISMATCH': {
    id: 'Tanggal lahir berbeda dengan yang tersandi di NIK',
    en: 'Birth date differs from the one the NIK encodes',
  },
  'roster.issue.NIK_SEX_MISMATCH': {
    id: 'Jenis kelamin berbeda dengan yang tersandi di NIK',
    en: 'Sex differs from the one the NIK encodes',
  },
  'roster.issue.BIRTH_DATE_UNREADABLE': {
    id: 'Tanggal lahir tidak terbaca (NIK tidak dicocokkan)',
    en: 'Birth date unreadable (NIK not checked against it)',
  },
  'roster.issue.SEX_UNREADABLE': {
    id: 'Jenis kelamin tidak terbaca (NIK tidak dicocokkan)',
    en: 'Sex unreadable (NIK not checked against it)',
  },
  'title.roster-diff': {
    id: 'Perubahan daftar peserta, menurut NIK:',
    en: 'Changes between two rosters, by NIK:',
  },
  'roster-diff.counts': {
    id: '{joined:n} masuk, {left:n} keluar, {changed:n} berubah, {unchanged:n} tetap',
    en: '{joined:n} joined, {left:n} left, {changed:n} changed, {unchanged:n} unchanged',
  },
  'roster-diff.field': {
    id: '{field} berubah: {count:n} pekerja',
    en: '{field} changed: {count:n} workers',
  },
  'roster-diff.skipped': {
    id: 'Baris yang tidak dapat dibandingkan (NIK tidak sah atau ganda): {count:n}',
    en: 'Rows that could not be compared (invalid or repeated NIK): {count:n}',
  },
  'roster.field.nik': { id: 'NIK', en: 'NIK' },
  'roster.field.name': { id: 'Nama', en: 'Name' },
  'roster.field.sex': { id: 'Jenis kelamin', en: 'Sex' },
  'roster.field.declaredIncome': { id: 'Penghasilan', en: 'Declared income' },
  'roster.field.from': { id: 'Bulan mulai', en: 'First month' },
  'roster.field.to': { id: 'Bulan akhir', en: 'Last month' },
  'roster.field.region': { id: 'Wilayah', en: 'Region' },
  'roster.field.fundingSource': { id: 'Sumber dana', en: 'Funding source' },
  'roster.field.cohort': { id: 'Kelompok', en: 'Cohort' },
  'roster.field.sector': { id: 'Sektor', en: 'Sector' },
  'roster.field.category': { id: 'Kategori BPU', en: 'BPU category' },
  'roster.field.birthDate': { id: 'Tanggal lahir', en: 'Birth date' },
  'roster.field.citizenship': { id: 'Kewarganegaraan', en: 'Citizenship' },
  'roster.field.workStartInIndonesia': {
    id: 'Tanggal mulai bekerja di Indonesia',
    en: 'Start of work in Indonesia',
  },
  'roster.field.segment': { id: 'Segmen', en: 'Segment' },
  'roster.field.bpuCategory': { id: 'Kategori BPU', en: 'BPU category' },
  'roster.field.enterpriseSize': { id: 'Skala usaha', en: 'Enterprise size' },
  'roster.field.dtsenDecile': { id: 'Desil DTSEN', en: 'DTSEN decile' },
  'roster.field.activeParticipant': { id: 'Status peserta aktif', en: 'Active participation' },
  'roster.field.fundedBy': { id: 'Program pembayar lain', en: 'Other funding programs' },
  'roster.reason.law.program-not-available': {
    id: 'program tidak terbuka bagi segmennya',
    en: 'the program is not open to the segment',
  },
  'roster.reason.law.foreigner-min-work': {
    id: 'orang asing yang belum cukup lama bekerja di Indonesia',
    en: 'a foreigner not yet at work in Indonesia long enough',
  },
  'roster.reason.law.jkp-citizens-only': { id: 'JKP hanya untuk WNI', en: 'JKP is for citizens only' },
  'roster.reason.law.jkp-registration-age': {
    id: 'usia pendaftaran JKP terlampaui',
    en: 'past the JKP registration age',
  },
  'roster.reason.law.jkp-employment-relation': {
    id: 'JKP mensyaratkan hubungan kerja',
    en: 'JKP requires an employment relation',
  },
  'roster.reason.law.jkp-prerequisite-programs': {
    id: 'program prasyarat JKP belum diikuti',
    en: 'JKP prerequisite programs missing',
  },
  'roster.reason.law.jp-pension-age': { id: 'usia pensiun sudah tercapai', en: 'pension age reached' },
  'roster.reason.program.segment': {
    id: 'segmen di luar sasaran program',
    en: 'segment not targeted by the program',
  },
  'roster.reason.program.bpu-category': {
    id: 'kategori BPU di luar sasaran program',
    en: 'BPU category not targeted by the program',
  },
  'roster.reason.program.not-in-dtsen': { id: 'tidak terdata di DTSEN', en: 'not in DTSEN' },
  'roster.reason.program.dtsen-decile': {
    id: 'desil DTSEN di atas batas program',
    en: 'DTSEN decile above the program limit',
  },
  'roster.reason.program.age-below': {
    id: 'usia di bawah batas program',
    en: "below the program's minimum age",
  },
  'roster.reason.program.age-above': {
    id: 'usia di atas batas program',
    en: "above the program's maximum age",
  },
  'roster.reason.program.sector': { id: 'sektor di luar sasaran program', en: 'sector not targeted' },
  'roster.reason.program.region': {
    id: 'domisili di luar wilayah program',
    en: 'residence outside the program area',
  },
  'roster.reason.program.active-participant': {
    id: 'sudah menjadi peserta aktif',
    en: 'already an active participant',
  },
  'roster.reason.program.funded-by-other-program': {
    id: 'iuran sudah dibayar program lain',
    en: 'premium already paid by another program',
  },
};
