/**
 * Messages of wage-earner (PU), migrant-worker and construction contributions: exactly the payroll
 * codes of `codes.ts` (a missing or an extra one is a compile error).
 *
 * @internal
 * @module
 */
import type { PayrollNoticeCode, PayrollStepCode, PayrollTitleCode } from '../codes.ts';
import type { Message } from './types.ts';

/** @internal */
export const puMessages: Readonly<Record<PayrollStepCode | PayrollNoticeCode | PayrollTitleCode, Message>> = {
  'title.jkk-risk-group': {
    id: 'Kelompok risiko JKK untuk jenis usaha "{query}" per {asOf}:',
    en: 'JKK risk group of the kind of business "{query}" on {asOf}:',
  },
  'pu.jkk.risk-group.found': {
    id: 'Lampiran I, {id} "{name}": kelompok {group}',
    en: 'Lampiran I, {id} "{name}": group {group}',
  },
  'pu.jkk.risk-group.rate': {
    id: 'Iuran JKK kelompok risiko {riskClass}: {rate:pct} dari upah sebulan',
    en: 'JKK contribution of risk class {riskClass}: {rate:pct} of the monthly wage',
  },
  'pu.jkk.risk-group.not-found': {
    id: '"{query}" bukan nama jenis usaha dalam Lampiran I; {count:n} jenis usaha terdekat (pilih yang sesuai dan pastikan dengan BPJS Ketenagakerjaan):',
    en: '"{query}" is not the name of a kind of business in Lampiran I; the {count:n} closest (pick the right one and confirm it with BPJS Ketenagakerjaan):',
  },
  'pu.jkk.risk-group.none': {
    id: '"{query}" bukan nama jenis usaha dalam Lampiran I, dan tidak ada jenis usaha yang memuat kata yang sama; tanyakan kelompok risikonya kepada BPJS Ketenagakerjaan',
    en: '"{query}" is not the name of a kind of business in Lampiran I, and no kind of business shares a word with it; ask BPJS Ketenagakerjaan for the risk group',
  },
  'pu.jkk.risk-group.candidate': {
    id: '{id} "{name}": kelompok {group}, iuran JKK {rate:pct}',
    en: '{id} "{name}": group {group}, JKK contribution {rate:pct}',
  },
  'pu.jkk.risk-group.bpjs-decides': {
    id: 'Kelompok risiko setiap perusahaan ditetapkan BPJS Ketenagakerjaan berpedoman pada Lampiran I dan dievaluasi paling lama 2 tahun sekali; hasil ini saran, bukan penetapan.',
    en: "BPJS Ketenagakerjaan sets each company's risk group guided by Lampiran I and reviews it at least every 2 years; this is a suggestion, not a determination.",
  },
  'pu.jkk.risk-group.source': {
    id: 'Daftar jenis usaha diambil dari satu transkripsi sekunder Lampiran I PP 82/2019, belum dicocokkan dengan naskah resmi (keyakinan C).',
    en: 'The list of business kinds comes from one secondary transcription of the PP 82/2019 annex, not checked against the official text (confidence C).',
  },
  'title.pu-contribution': {
    id: 'Iuran pekerja penerima upah bulan {month}, upah {wage:rp}, kelompok risiko {riskClass}:',
    en: 'Contribution of a wage earner for {month}, wage {wage:rp}, risk class {riskClass}:',
  },
  'pu.jkk': {
    id: 'Iuran JKK (pemberi kerja) {rate:pct} × {wage:rp} = {amount:rp}, tanpa batas upah',
    en: 'JKK (employer) {rate:pct} × {wage:rp} = {amount:rp}, no wage cap',
  },
  'pu.jkm': {
    id: 'Iuran JKM (pemberi kerja) {rate:pct} × {wage:rp} = {amount:rp}, tanpa batas upah',
    en: 'JKM (employer) {rate:pct} × {wage:rp} = {amount:rp}, no wage cap',
  },
  'pu.pp7.jkk': {
    id: 'Keringanan JKK industri padat karya: {rate:pct} × {wage:rp} = {amount:rp} (semula {full:rp})',
    en: 'Labour-intensive JKK relief: {rate:pct} × {wage:rp} = {amount:rp} (instead of {full:rp})',
  },
  'pu.jkp.base': {
    id: 'Dasar iuran JKP: upah {wage:rp}, paling tinggi {cap:rp}: {amount:rp}',
    en: 'JKP base: wage {wage:rp}, at most {cap:rp}: {amount:rp}',
  },
  'pu.jkp.government': {
    id: 'Iuran JKP dibayar Pemerintah Pusat {rate:pct} × {base:rp} = {amount:rp}',
    en: 'JKP paid by the central government {rate:pct} × {base:rp} = {amount:rp}',
  },
  'pu.jkp.from-jkk': {
    id: 'Bagian iuran JKK pemberi kerja yang direkomposisi ke JKP {rate:pct} × {base:rp} = {amount:rp}',
    en: "Part of the employer's JKK recomposed to JKP {rate:pct} × {base:rp} = {amount:rp}",
  },
  'pu.jkp.from-jkm': {
    id: 'Bagian iuran JKM pemberi kerja yang direkomposisi ke JKP {rate:pct} × {base:rp} = {amount:rp}',
    en: "Part of the employer's JKM recomposed to JKP {rate:pct} × {base:rp} = {amount:rp}",
  },
  'pu.jkk.kept': {
    id: 'Dari iuran JKK {cash:rp} yang dibayar pemberi kerja, tetap untuk JKK: {amount:rp}',
    en: 'Of the {cash:rp} JKK the employer pays, kept for JKK: {amount:rp}',
  },
  'pu.jkm.kept': {
    id: 'Dari iuran JKM {cash:rp} yang dibayar pemberi kerja, tetap untuk JKM: {amount:rp}',
    en: 'Of the {cash:rp} JKM the employer pays, kept for JKM: {amount:rp}',
  },
  'pu.jht.employer': {
    id: 'Iuran JHT pemberi kerja {rate:pct} × {wage:rp} = {amount:rp}, tanpa batas upah',
    en: 'JHT employer share {rate:pct} × {wage:rp} = {amount:rp}, no wage cap',
  },
  'pu.jht.worker': {
    id: 'Iuran JHT pekerja {rate:pct} × {wage:rp} = {amount:rp}, tanpa batas upah',
    en: 'JHT worker share {rate:pct} × {wage:rp} = {amount:rp}, no wage cap',
  },
  'pu.jp.base': {
    id: 'Dasar iuran JP: upah {wage:rp} tidak melebihi batas {cap:rp}: {amount:rp}',
    en: 'JP base: wage {wage:rp} is within the cap {cap:rp}: {amount:rp}',
  },
  'pu.jp.base.capped': {
    id: 'Dasar iuran JP: upah {wage:rp} dibatasi pada batas upah tertinggi {cap:rp}',
    en: 'JP base: wage {wage:rp} capped at the JP wage cap {cap:rp}',
  },
  'pu.jp.employer': {
    id: 'Iuran JP pemberi kerja {rate:pct} × {base:rp} = {amount:rp}',
    en: 'JP employer share {rate:pct} × {base:rp} = {amount:rp}',
  },
  'pu.jp.worker': {
    id: 'Iuran JP pekerja {rate:pct} × {base:rp} = {amount:rp}',
    en: 'JP worker share {rate:pct} × {base:rp} = {amount:rp}',
  },
  'pu.jp.paid-now': {
    id: 'Iuran JP bagian {side:side} {full:rp} ditunda {rate:pct}; dibayar sekarang {amount:rp}',
    en: 'JP {side:side} share {full:rp}, {rate:pct} deferred; paid now {amount:rp}',
  },
  'pu.total.employer': {
    id: 'Jumlah dibayar pemberi kerja: {amount:rp}',
    en: 'Paid by the employer: {amount:rp}',
  },
  'pu.total.worker': {
    id: 'Jumlah dipotong dari upah pekerja: {amount:rp}',
    en: "Deducted from the worker's wage: {amount:rp}",
  },
  'pu.total.government': {
    id: 'Jumlah dibayar Pemerintah Pusat: {amount:rp}',
    en: 'Paid by the central government: {amount:rp}',
  },
  'pu.jp.cap-unverified': {
    id: 'Perhatian: batas upah JP {cap:rp} yang dipakai sejak {from} belum terverifikasi; batas resmi tahun ini dapat berbeda. Tetapkan angka resmi dengan withRules.',
    en: 'Warning: the JP wage cap {cap:rp} used from {from} is not verified; the official cap for this year may differ. Set the official figure with withRules.',
  },
  'pu.jkp.transition-month': {
    id: 'Aturan JKP untuk bulan iuran {month} mulai berlaku di tengah bulan itu; pustaka ini menghitung seluruh bulan menurut aturan itu, karena iuran bulanan jatuh tempo sesudahnya dan tidak ada aturan yang membagi bulan per hari (tafsiran, lihat catatan aturan dan docs/open-questions).',
    en: 'The JKP rule for contribution month {month} took effect within that month; the library prices the whole month under it, because the monthly contribution falls due afterwards and no rule splits a month by days (a reading: see the rule note and docs/open-questions).',
  },
  'pu.jp.cap-stale': {
    id: 'Perhatian: batas upah JP yang berlaku sejak {due} belum ada di buku aturan ini; dipakai batas terakhir {cap:rp}. Setelah BPS mengumumkan pertumbuhan PDB {gdpYear}, hitung batas baru dengan jpWageCapIndexation (month {dueMonth}, previousCap {cap}, gdpGrowth = pertumbuhan PDB {gdpYear}) dan pasang dengan withRules (versi pu.jp.wage-cap sejak {due}).',
    en: 'Warning: the JP wage cap in force from {due} is not in this rulebook yet; the last cap {cap:rp} is used. Once BPS publishes {gdpYear} GDP growth, compute the new cap with jpWageCapIndexation (month {dueMonth}, previousCap {cap}, gdpGrowth = the {gdpYear} growth) and supply it with withRules (a pu.jp.wage-cap version from {due}).',
  },
  'pu.jp.deferred': {
    id: 'Iuran JP sebesar {amount:rp} ditunda (PP 49/2020) dan wajib dilunasi mulai paling lambat {start} sampai paling lambat {end}.',
    en: 'JP contributions of {amount:rp} are deferred (PP 49/2020) and must be repaid starting by {start} and finishing by {end}.',
  },
  'pu.jkp.not-in-force': {
    id: 'JKP belum berlaku untuk bulan iuran {month}; tidak ada rekomposisi.',
    en: 'JKP is not in force for contribution month {month}; nothing is recomposed.',
  },
  'pu.jkp.jkm-open-question': {
    id: 'Perhatian: apakah iuran JKM masih direkomposisi ke JKP setelah PP 6/2025 belum pasti (U); pustaka ini menganggap tidak.',
    en: 'Warning: whether JKM is still recomposed to JKP after PP 6/2025 is an open question (U); the library assumes it is not.',
  },
  'pu.pp7.applied': {
    id: 'Keringanan JKK PP 7/2025 diterapkan atas pernyataan pemanggil bahwa perusahaan memenuhi syarat (industri padat karya tertentu, paling sedikit 50 pekerja aktif, Pasal 3).',
    en: 'The PP 7/2025 JKK relief is applied because the caller states the employer qualifies (a listed labour-intensive industry with at least 50 active workers, Pasal 3).',
  },
  'pu.pp7.not-in-force': {
    id: 'Keringanan JKK industri padat karya tidak berlaku untuk bulan iuran {month}; JKK dibayar penuh.',
    en: 'The labour-intensive JKK relief is not in force for contribution month {month}; JKK is due in full.',
  },
  'title.pu-contribution-schedule': {
    id: 'Jadwal iuran pekerja penerima upah, bulan {from} sampai {to}, upah {wage:rp}, kelompok risiko {riskClass}:',
    en: 'Contribution schedule of a wage earner, {from} to {to}, wage {wage:rp}, risk class {riskClass}:',
  },
  'title.payroll-month': {
    id: 'Iuran BPJS Ketenagakerjaan dalam penggajian bulan {month}, {employees:n} pekerja:',
    en: 'BPJS Ketenagakerjaan contributions of the payroll for {month}, {employees:n} employees:',
  },
  'payroll.employee': {
    id: 'Pekerja {id} (upah {wage:rp}, kelompok risiko {riskClass}): iuran pemberi kerja {employer:rp} + dipotong dari upah {worker:rp} = disetor {amount:rp}',
    en: 'Employee {id} (wage {wage:rp}, risk class {riskClass}): employer share {employer:rp} + withheld from the wage {worker:rp} = remitted {amount:rp}',
  },
  'payroll.program': {
    id: '{program}: pemberi kerja {employer:rp}, pekerja {worker:rp}, Pemerintah Pusat {government:rp}; jumlah {amount:rp}',
    en: '{program}: employer {employer:rp}, workers {worker:rp}, central government {government:rp}; total {amount:rp}',
  },
  'payroll.total.employer': {
    id: 'Iuran bagian pemberi kerja (dari uangnya sendiri): {amount:rp}',
    en: "The employer's own share (from its own money): {amount:rp}",
  },
  'payroll.total.withheld': {
    id: 'Iuran bagian pekerja yang dipotong pemberi kerja dari upah: {amount:rp}',
    en: "The workers' share the employer withholds from the wages: {amount:rp}",
  },
  'payroll.total.government': {
    id: 'Iuran JKP yang dibayar Pemerintah Pusat (tidak disetor pemberi kerja): {amount:rp}',
    en: 'JKP paid by the central government (not transferred by the employer): {amount:rp}',
  },
  'payroll.remittance': {
    id: 'Disetor pemberi kerja ke BPJS Ketenagakerjaan (bagiannya sendiri + potongan upah): {amount:rp}',
    en: 'Transferred by the employer to BPJS Ketenagakerjaan (its own share + the withheld wages): {amount:rp}',
  },
  'title.jp-wage-cap-indexation': {
    id: 'Penyesuaian batas upah JP untuk bulan {month}: batas sebelumnya {previousCap:rp}, pertumbuhan PDB {growth:pct}:',
    en: 'JP wage cap indexation for {month}: previous cap {previousCap:rp}, GDP growth {growth:pct}:',
  },
  'pu.jp.indexation.down': {
    id: 'Batas baru {previousCap:rp} × (1 + {growth:pct}), dibulatkan ke bawah ke kelipatan {unit:rp}: {amount:rp}',
    en: 'New cap {previousCap:rp} × (1 + {growth:pct}), rounded down to a multiple of {unit:rp}: {amount:rp}',
  },
  'pu.jp.indexation.up': {
    id: 'Batas baru {previousCap:rp} × (1 + {growth:pct}), dibulatkan ke atas ke kelipatan {unit:rp}: {amount:rp}',
    en: 'New cap {previousCap:rp} × (1 + {growth:pct}), rounded up to a multiple of {unit:rp}: {amount:rp}',
  },
  'pu.jp.indexation.half-up': {
    id: 'Batas baru {previousCap:rp} × (1 + {growth:pct}), dibulatkan setengah ke atas ke kelipatan {unit:rp}: {amount:rp}',
    en: 'New cap {previousCap:rp} × (1 + {growth:pct}), rounded half-up to a multiple of {unit:rp}: {amount:rp}',
  },
  'pu.jp.indexation.half-even': {
    id: 'Batas baru {previousCap:rp} × (1 + {growth:pct}), dibulatkan setengah ke genap ke kelipatan {unit:rp}: {amount:rp}',
    en: 'New cap {previousCap:rp} × (1 + {growth:pct}), rounded half-even to a multiple of {unit:rp}: {amount:rp}',
  },
  'title.pu-wage-base': {
    id: 'Upah sebulan sebagai dasar iuran, bulan {month}:',
    en: 'Monthly wage used as the contribution base, {month}:',
  },
  'pu.wage.monthly': {
    id: 'Upah pokok {basic:rp} + tunjangan tetap {allowances:rp} = {amount:rp}',
    en: 'Basic wage {basic:rp} + fixed allowances {allowances:rp} = {amount:rp}',
  },
  'pu.wage.daily': {
    id: 'Upah sehari {daily:rp} × {days:n} = {amount:rp}',
    en: 'Daily wage {daily:rp} × {days:n} = {amount:rp}',
  },
  'pu.wage.average': {
    id: 'Rata-rata upah {months:n} bulan terakhir: {sum:rp} ÷ {months:n} = {amount:rp}',
    en: 'Average wage of the last {months:n} months: {sum:rp} ÷ {months:n} = {amount:rp}',
  },
  'title.migrant-worker-contribution': {
    id: 'Iuran JKK dan JKM Pekerja Migran Indonesia per {asOf}:',
    en: 'JKK and JKM contribution of an Indonesian migrant worker as of {asOf}:',
  },
  'migrant.pre-placement': {
    id: 'Sebelum bekerja: {amount:rp}',
    en: 'Before placement: {amount:rp}',
  },
  'migrant.contract': {
    id: 'Selama dan setelah bekerja, perjanjian kerja {tier:n} bulan: {amount:rp}',
    en: 'During and after placement, {tier:n}-month contract: {amount:rp}',
  },
  'migrant.extra': {
    id: 'Perpanjangan {months:n} bulan di atas 24 bulan × {perMonth:rp} = {amount:rp}',
    en: '{months:n} months beyond 24 × {perMonth:rp} = {amount:rp}',
  },
  'migrant.tier-rounded-up': {
    id: 'Perhatian: perjanjian kerja {months:n} bulan tidak ada pada tabel; dipakai iuran untuk {tier:n} bulan (U).',
    en: 'Warning: a {months:n}-month contract is not in the table; the amount for {tier:n} months is used (U).',
  },
  'title.construction-contribution': {
    id: 'Iuran JKK dan JKM proyek jasa konstruksi bulan {month}:',
    en: 'JKK and JKM contribution of a construction project, {month}:',
  },
  'construction.wage': {
    id: 'Iuran {program} {rate:pct} × upah {wage:rp} = {amount:rp}',
    en: '{program} {rate:pct} × wage {wage:rp} = {amount:rp}',
  },
  'construction.tier': {
    id: 'Iuran {program} {rate:pct} × bagian nilai kontrak di atas {from:rp} sampai dengan {to:rp} ({slice:rp}) = {amount:rp}',
    en: '{program} {rate:pct} × the part of the contract value above {from:rp} up to {to:rp} ({slice:rp}) = {amount:rp}',
  },
  'construction.tier.top': {
    id: 'Iuran {program} {rate:pct} × bagian nilai kontrak di atas {from:rp} ({slice:rp}) = {amount:rp}',
    en: '{program} {rate:pct} × the part of the contract value above {from:rp} ({slice:rp}) = {amount:rp}',
  },
  'construction.program-total': {
    id: 'Iuran {program}: {amount:rp}',
    en: '{program} contribution: {amount:rp}',
  },
};
