/**
 * Messages of JKM, JKK and scholarship benefits, written so that the Indonesian text can be handed to a
 * family.
 *
 * @internal
 * @module
 */
import type { BenefitNoticeCode, BenefitStepCode, BenefitTitleCode } from '../codes.ts';
import type { Message } from './types.ts';

/** @internal Exactly the codes of the benefit results: a missing or an extra message is a compile error. */
export const benefitMessages: Readonly<
  Record<BenefitStepCode | BenefitNoticeCode | BenefitTitleCode, Message>
> = {
  'title.jkm-benefit': {
    id: 'Kepada ahli waris peserta: rincian manfaat Jaminan Kematian (JKM) atas meninggalnya peserta pada {eventDate}.',
    en: 'To the heirs of the participant: the Death Benefit (JKM) for the death on {eventDate}.',
  },
  'title.jkk-benefit': {
    id: 'Rincian manfaat Jaminan Kecelakaan Kerja (JKK) atas kecelakaan kerja atau penyakit akibat kerja pada {eventDate}.',
    en: 'The Work Accident Benefit (JKK) for the work accident or occupational disease of {eventDate}.',
  },
  'title.scholarship-schedule': {
    id: 'Beasiswa pendidikan anak atas peristiwa pada {eventDate}:',
    en: "Children's scholarship for the event of {eventDate}:",
  },
  'item.jkm.lump-sum': {
    id: 'Santunan sekaligus kepada ahli waris: {amount:rp}',
    en: 'Lump sum to the heirs: {amount:rp}',
  },
  'item.jkm.periodic': {
    id: 'Santunan berkala (24 bulan) yang dibayarkan sekaligus kepada ahli waris: {amount:rp}',
    en: 'Periodic benefit (24 months) paid at once to the heirs: {amount:rp}',
  },
  'item.jkm.funeral': {
    id: 'Biaya pemakaman kepada ahli waris: {amount:rp}',
    en: 'Funeral cost to the heirs: {amount:rp}',
  },
  'item.jkm.funeral.burial-organiser': {
    id: 'Biaya pemakaman kepada pihak yang mengurus pemakaman: {amount:rp}',
    en: 'Funeral cost to whoever arranged the burial: {amount:rp}',
  },
  'jkm.scholarship.eligible': {
    id: 'Di luar jumlah di atas, anak peserta berhak atas beasiswa pendidikan (paling banyak {max:n} anak, dibayar per tahun menurut jenjang sekolah)',
    en: "Besides the total above, the participant's children are entitled to the scholarship (at most {max:n} children, paid yearly by school level)",
  },
  'item.jkk.funeral': { id: 'Biaya pemakaman: {amount:rp}', en: 'Funeral cost: {amount:rp}' },
  'item.jkk.periodic': {
    id: 'Santunan berkala (24 bulan) yang dibayarkan sekaligus: {amount:rp}',
    en: 'Periodic benefit (24 months) paid at once: {amount:rp}',
  },
  'jkm.short-membership': {
    id: 'Peserta meninggal dalam {months:n} bulan pertama sejak terdaftar ({start}); berlaku ketentuan masa kepesertaan singkat',
    en: 'The participant died within the first {months:n} months of membership (from {start}); the short-membership rule applies',
  },
  'jkm.short-membership.notice': {
    id: 'Karena peserta meninggal sebelum masa kepesertaan mencapai {months:n} bulan, manfaat yang dibayarkan hanya {amount:rp}. Ketentuan ini diberlakukan BPJS Ketenagakerjaan sejak 2025, tetapi pasal dasar hukumnya belum ditemukan (keyakinan C).',
    en: 'Because the participant died before {months:n} months of membership, only {amount:rp} is paid. BPJS has applied this since 2025, but the article behind it was not found (confidence C).',
  },
  'jkm.scholarship': {
    id: 'Di luar jumlah di atas, beasiswa pendidikan untuk {children:n} anak, dibayar per tahun menurut jadwal beasiswa: {amount:rp}',
    en: 'Besides the total above, a scholarship for {children:n} child(ren), paid yearly by the scholarship schedule: {amount:rp}',
  },
  'benefit.arrears': {
    id: 'Tunggakan iuran {months:n} bulan ({from} s.d. {to}) yang harus dilunasi: {amount:rp}',
    en: 'Arrears of {months:n} months ({from} to {to}) to be paid: {amount:rp}',
  },
  'benefit.payable-now': { id: 'Dibayarkan sekarang: {amount:rp}', en: 'Payable now: {amount:rp}' },
  'benefit.deferred': {
    id: 'Dibayarkan setelah tunggakan {arrears:rp} dilunasi: {amount:rp}',
    en: 'Payable once the arrears of {arrears:rp} are paid: {amount:rp}',
  },
  'jkm.work-related': {
    id: 'Peserta meninggal akibat kecelakaan kerja atau penyakit akibat kerja: yang dibayarkan adalah santunan kematian JKK, bukan JKM.',
    en: 'The death was caused by a work accident or occupational disease: the JKK death benefit is paid instead of JKM.',
  },
  'jkm.arrears-over-limit': {
    id: 'Iuran tertunggak {months:n} bulan berturut-turut, lebih dari {max:n} bulan: ahli waris tidak berhak atas manfaat JKM.',
    en: 'Contributions were unpaid for {months:n} consecutive months, more than {max:n}: the heirs have no right to JKM.',
  },
  'jkm.deferred': {
    id: 'Biaya pemakaman dibayarkan sekarang; sisa manfaat {deferred:rp}, dan beasiswa bila ada, dibayarkan setelah ahli waris melunasi tunggakan iuran {arrears:rp}.',
    en: 'The funeral cost is paid now; the remaining {deferred:rp}, and any scholarship, is paid after the heirs pay the arrears of {arrears:rp}.',
  },
  'jkm.no-heirs': {
    id: 'Peserta tidak meninggalkan ahli waris: biaya pemakaman diberikan kepada pihak yang mengurus pemakaman.',
    en: 'The participant leaves no heirs: the funeral cost goes to whoever arranged the burial.',
  },
  'jkm.employer-pays-first': {
    id: 'Pemberi kerja menunggak iuran {months:n} bulan: pemberi kerja membayar manfaat lebih dahulu, BPJS Ketenagakerjaan menggantinya setelah tunggakan dilunasi.',
    en: 'The employer is {months:n} months in arrears: the employer pays the benefit first and BPJS reimburses it once the arrears are paid.',
  },
  'scholarship.period-too-short': {
    id: 'Beasiswa pendidikan anak tidak diberikan: masa iur {months:n} bulan, kurang dari {min:n} bulan yang disyaratkan.',
    en: 'No scholarship: {months:n} months of contributions, fewer than the {min:n} required.',
  },
  'scholarship.period-met': {
    id: 'Masa iur {months:n} bulan memenuhi syarat minimum {min:n} bulan untuk beasiswa',
    en: '{months:n} months of contributions meet the minimum of {min:n} months for the scholarship',
  },
  'scholarship.no-minimum.work-accident-death': {
    id: 'Peserta meninggal akibat kecelakaan kerja: beasiswa diberikan tanpa syarat masa iur minimum',
    en: 'Death from a work accident: the scholarship needs no minimum contribution period',
  },
  'scholarship.no-minimum.total-disability': {
    id: 'Peserta mengalami cacat total tetap akibat kecelakaan kerja: beasiswa diberikan tanpa syarat masa iur minimum',
    en: 'Total permanent disability from a work accident: the scholarship needs no minimum contribution period',
  },
  'scholarship.once': {
    id: 'Beasiswa pendidikan anak, dibayar sekali: {amount:rp}',
    en: "Children's scholarship, paid once: {amount:rp}",
  },
  'scholarship.child': {
    id: 'Anak ke-{child:n}: {years:n} tahun ajaran[ ({first} s.d. {last})], jumlah {amount:rp}',
    en: 'Child {child:n}: {years:n} school years[ ({first} to {last})], total {amount:rp}',
  },
  'scholarship.age-limit': {
    id: 'Beasiswa anak ke-{child:n} berhenti saat anak berusia {age:n} tahun.',
    en: "Child {child:n}'s scholarship stops when the child turns {age:n}.",
  },
  'scholarship.stop-date': {
    id: 'Beasiswa anak ke-{child:n} berhenti pada {date} (menikah atau bekerja).',
    en: "Child {child:n}'s scholarship stops on {date} (marriage or work).",
  },
  'scholarship.school-entry': {
    id: 'Anak ke-{child:n} berusia {age:n} tahun pada tanggal kejadian, belum usia sekolah; beasiswanya dibayar sejak masuk sekolah, dianggap usia {entryAge:n} tahun ({start}). Isi startDate bila tanggal masuk sekolah diketahui.',
    en: 'Child {child:n} was {age:n} at the event, not yet of school age; the scholarship is paid from school entry, taken as age {entryAge:n} ({start}). Give startDate when the actual school start is known.',
  },
  'scholarship.no-children': {
    id: 'Belum ada anak yang didaftarkan; besarnya beasiswa bergantung pada jenjang sekolah setiap anak.',
    en: "No child was named; the amount depends on each child's schooling.",
  },
  'scholarship.total': { id: 'Jumlah beasiswa: {amount:rp}', en: 'Scholarship total: {amount:rp}' },
  'jkk.medical': {
    id: 'Pelayanan kesehatan sesuai kebutuhan medis, tanpa batas biaya',
    en: 'Medical care as medically needed, without a ceiling',
  },
  'jkk.wage.pu': { id: 'Upah sebulan sebagai dasar: {wage:rp}', en: 'Monthly wage used: {wage:rp}' },
  'jkk.wage.bpu': {
    id: 'Dasar perhitungan peserta BPU adalah penghasilan yang dilaporkan: {declaredIncome:rp}',
    en: 'For a BPU participant the base is the declared income: {declaredIncome:rp}',
  },
  'jkk.transport.land': {
    id: 'Biaya pengangkutan darat, sungai atau danau {spent:rp}, paling banyak {cap:rp}: diganti {amount:rp}',
    en: 'Transport by land, river or lake {spent:rp}, capped at {cap:rp}: reimbursed {amount:rp}',
  },
  'jkk.transport.sea': {
    id: 'Biaya pengangkutan laut {spent:rp}, paling banyak {cap:rp}: diganti {amount:rp}',
    en: 'Transport by sea {spent:rp}, capped at {cap:rp}: reimbursed {amount:rp}',
  },
  'jkk.transport.air': {
    id: 'Biaya pengangkutan udara {spent:rp}, paling banyak {cap:rp}: diganti {amount:rp}',
    en: 'Transport by air {spent:rp}, capped at {cap:rp}: reimbursed {amount:rp}',
  },
  'jkk.stmb': {
    id: 'Santunan sementara tidak mampu bekerja bulan {from}–{to}: {rate:pct} × {wage:rp} per bulan = {amount:rp}',
    en: 'Temporary incapacity, months {from}–{to}: {rate:pct} × {wage:rp} a month = {amount:rp}',
  },
  'jkk.disability.anatomical': {
    id: 'Cacat sebagian anatomis ({rowId}): {rate:pct} × {months:n} × {wage:rp} = {amount:rp}',
    en: 'Anatomical partial disability ({rowEn}): {rate:pct} × {months:n} × {wage:rp} = {amount:rp}',
  },
  'jkk.disability.functional': {
    id: 'Cacat sebagian fungsi ({rowId}): {lost:pct} fungsi hilang × {rate:pct} × {months:n} × {wage:rp} = {amount:rp}',
    en: 'Functional partial disability ({rowEn}): {lost:pct} of function lost × {rate:pct} × {months:n} × {wage:rp} = {amount:rp}',
  },
  'jkk.disability.combined': {
    id: 'Beberapa cacat dijumlahkan; aturan penggabungan dan batas jumlah persentase belum terverifikasi.',
    en: 'Several disabilities are added up; the combination rule and any cap on the total percentage are unverified.',
  },
  'jkk.total-disability': {
    id: 'Cacat total tetap: {rate:pct} × {months:n} × {wage:rp} = {amount:rp}',
    en: 'Total permanent disability: {rate:pct} × {months:n} × {wage:rp} = {amount:rp}',
  },
  'jkk.death': {
    id: 'Santunan kematian akibat kecelakaan kerja: {rate:pct} × {months:n} × {wage:rp} = {amount:rp}',
    en: 'Work-accident death benefit: {rate:pct} × {months:n} × {wage:rp} = {amount:rp}',
  },
  'jkk.death.floor': {
    id: 'Santunan kematian {computed:rp} di bawah santunan kematian JKM; dibayar paling sedikit {floor:rp}',
    en: 'The death benefit {computed:rp} is below the JKM lump sum; at least {floor:rp} is paid',
  },
  'jkk.jkm-excluded': {
    id: 'JKM tidak dibayarkan bersamaan: kematian akibat kecelakaan kerja dibayar melalui JKK.',
    en: 'JKM is not paid as well: a work-accident death is paid through JKK.',
  },
  'jkk.home-care': {
    id: 'Perawatan di rumah {cost:rp}, paling banyak {cap:rp} selama {maxMonths:n} bulan: diganti {amount:rp}',
    en: 'Home care {cost:rp}, capped at {cap:rp} for {maxMonths:n} months: reimbursed {amount:rp}',
  },
  'jkk.home-care.months': {
    id: 'Perawatan di rumah {months:n} bulan melebihi batas {max:n} bulan.',
    en: 'Home care of {months:n} months exceeds the limit of {max:n} months.',
  },
  'jkk.device.dentures': {
    id: 'Penggantian gigi tiruan {spent:rp}, paling banyak {cap:rp}: {amount:rp}',
    en: 'Dentures {spent:rp}, capped at {cap:rp}: {amount:rp}',
  },
  'jkk.device.hearing-aid': {
    id: 'Penggantian alat bantu dengar {spent:rp}, paling banyak {cap:rp}: {amount:rp}',
    en: 'Hearing aid {spent:rp}, capped at {cap:rp}: {amount:rp}',
  },
  'jkk.device.glasses': {
    id: 'Penggantian kacamata {spent:rp}, paling banyak {cap:rp}: {amount:rp}',
    en: 'Glasses {spent:rp}, capped at {cap:rp}: {amount:rp}',
  },
  'jkk.not-covered.home-care': {
    id: 'Perawatan di rumah belum ditanggung pada tanggal kejadian (baru sejak PP 82/2019).',
    en: 'Home care was not covered on the date of the event (added by PP 82/2019).',
  },
  'jkk.not-covered.hearing-aid': {
    id: 'Alat bantu dengar belum ditanggung pada tanggal kejadian (baru sejak PP 82/2019).',
    en: 'Hearing aids were not covered on the date of the event (added by PP 82/2019).',
  },
  'jkk.not-covered.glasses': {
    id: 'Kacamata belum ditanggung pada tanggal kejadian (baru sejak PP 82/2019).',
    en: 'Glasses were not covered on the date of the event (added by PP 82/2019).',
  },
  'jkk.not-covered.dentures': {
    id: 'Gigi tiruan belum ditanggung pada tanggal kejadian.',
    en: 'Dentures were not covered on the date of the event.',
  },
  'jkk.scholarship': {
    id: 'Di luar jumlah di atas, beasiswa pendidikan untuk {children:n} anak, dibayar per tahun: {amount:rp}',
    en: 'Besides the total above, a scholarship for {children:n} child(ren), paid yearly: {amount:rp}',
  },
  'jkk.claim-lapsed': {
    id: 'Hak menuntut JKK telah daluwarsa: lewat {years:n} tahun sejak kejadian (batas {end}).',
    en: 'The JKK claim has lapsed: more than {years:n} years after the event (deadline {end}).',
  },
  'jkk.arrears-over-limit': {
    id: 'Iuran tertunggak {months:n} bulan berturut-turut, lebih dari {max:n} bulan: peserta tidak berhak atas manfaat JKK.',
    en: 'Contributions were unpaid for {months:n} consecutive months, more than {max:n}: no right to JKK.',
  },
  'jkk.deferred': {
    id: 'Pelayanan kesehatan diberikan sekarang; santunan uang {deferred:rp} dibayarkan setelah peserta dinyatakan sembuh oleh dokter dan tunggakan iuran {arrears:rp} dilunasi.',
    en: 'Medical care is given now; the cash benefits of {deferred:rp} are paid after a doctor declares recovery and the arrears of {arrears:rp} are paid.',
  },
  'jkk.employer-pays-first': {
    id: 'Pemberi kerja menunggak iuran {months:n} bulan: pemberi kerja membayar manfaat lebih dahulu, BPJS Ketenagakerjaan menggantinya setelah tunggakan dilunasi.',
    en: 'The employer is {months:n} months in arrears: the employer pays the benefit first and BPJS reimburses it once the arrears are paid.',
  },
  'title.disability-table': {
    id: 'Tabel persentase cacat sebagian JKK (Lampiran III) yang berlaku pada {asOf}; santunan = persentase × 80 × upah sebulan:',
    en: 'The JKK partial-disability table (Lampiran III) in force on {asOf}; benefit = percentage × 80 × monthly wage:',
  },
  'disability.row': { id: '{rowId}: {rate:pct}', en: '{rowEn}: {rate:pct}' },
  'disability.row.sided': {
    id: '{rowId}: kanan {right:pct}, kiri {left:pct} (ditukar bagi pekerja kidal)',
    en: '{rowEn}: right {right:pct}, left {left:pct} (swapped for a left-handed worker)',
  },
};
