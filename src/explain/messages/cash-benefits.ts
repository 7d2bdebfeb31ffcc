/**
 * Messages of the JKP job-loss benefit, the JHT old-age savings and the JP pension, written so that the
 * Indonesian text can be handed to the worker or the family.
 *
 * @internal
 * @module
 */
import type { CashBenefitNoticeCode, CashBenefitStepCode, CashBenefitTitleCode } from '../codes.ts';
import type { Message } from './types.ts';

/** @internal Exactly the codes of the JKP, JHT and JP results: a missing or an extra message is a compile error. */
export const cashBenefitMessages: Readonly<
  Record<CashBenefitStepCode | CashBenefitNoticeCode | CashBenefitTitleCode, Message>
> = {
  'title.jkp-benefit': {
    id: 'Manfaat Jaminan Kehilangan Pekerjaan (JKP) atas pemutusan hubungan kerja pada {eventDate}, klaim diajukan {claimDate}:',
    en: 'The Job-Loss Benefit (JKP) for the termination of employment on {eventDate}, claimed on {claimDate}:',
  },
  'jkp.contributions': {
    id: 'Masa iur JKP dalam {window:n} bulan kalender sebelum bulan PHK ({from} s.d. {to}): {months:n} bulan; syarat paling sedikit {min:n} bulan',
    en: 'JKP contribution months in the {window:n} calendar months before the month of the job loss ({from} to {to}): {months:n}; at least {min:n} needed',
  },
  'jkp.consecutive.ending': {
    id: 'Iuran dibayar berturut-turut sampai bulan sebelum PHK: {months:n} bulan; syarat paling singkat {min:n} bulan',
    en: 'Contributions paid consecutively up to the month before the job loss: {months:n} months; at least {min:n} needed',
  },
  'jkp.consecutive.any': {
    id: 'Iuran dibayar berturut-turut paling lama: {months:n} bulan; syarat paling singkat {min:n} bulan',
    en: 'Longest run of consecutive contribution months: {months:n}; at least {min:n} needed',
  },
  'jkp.wage': {
    id: 'Upah terakhir yang dilaporkan pemberi kerja {wage:rp}, paling tinggi {cap:rp}: dasar manfaat {amount:rp}',
    en: 'Last wage reported by the employer {wage:rp}, capped at {cap:rp}: benefit base {amount:rp}',
  },
  'jkp.months': {
    id: 'Bulan manfaat ke-{from} s.d. ke-{to} (dibayar {firstPayment} s.d. {lastPayment}, menurut {regime}): {rate:pct} × {wageBase:rp} × {count:n} bulan = {amount:rp}',
    en: 'Benefit months {from} to {to} (paid {firstPayment} to {lastPayment}, under {regime}): {rate:pct} × {wageBase:rp} × {count:n} months = {amount:rp}',
  },
  'jkp.non-cash.job-market-information': {
    id: 'Selain uang tunai: akses informasi pasar kerja (informasi lowongan dan bimbingan jabatan melalui Sistem Informasi Ketenagakerjaan), tanpa nilai uang',
    en: 'Besides cash: access to labour-market information (vacancies and job guidance through the Sistem Informasi Ketenagakerjaan), with no cash value',
  },
  'jkp.non-cash.job-training': {
    id: 'Selain uang tunai: pelatihan kerja berbasis kompetensi, tanpa nilai uang',
    en: 'Besides cash: competency-based job training, with no cash value',
  },
  'jkp.refused.resignation': {
    id: 'Pekerja mengundurkan diri: pengunduran diri dikecualikan dari manfaat JKP.',
    en: 'The worker resigned: a resignation does not give JKP.',
  },
  'jkp.refused.retirement': {
    id: 'Hubungan kerja berakhir karena pensiun: pensiun dikecualikan dari manfaat JKP.',
    en: 'The work ended by retirement: a retirement does not give JKP.',
  },
  'jkp.refused.total-disability': {
    id: 'Hubungan kerja berakhir karena cacat total tetap: dikecualikan dari manfaat JKP.',
    en: 'The work ended by total permanent disability: this does not give JKP.',
  },
  'jkp.refused.death': {
    id: 'Hubungan kerja berakhir karena pekerja meninggal dunia: dikecualikan dari manfaat JKP.',
    en: 'The work ended by the death of the worker: this does not give JKP.',
  },
  'jkp.refused.fixed-term-contract-ended': {
    id: 'Perjanjian kerja waktu tertentu (PKWT) berakhir karena jangka waktunya habis: JKP hanya diberikan bila pengusaha memutus hubungan kerja sebelum jangka waktu berakhir.',
    en: 'The fixed-term contract (PKWT) reached its term: JKP is paid only when the employer ends the contract before its term.',
  },
  'jkp.refused.contribution-months-too-few': {
    id: 'Masa iur JKP {months:n} bulan dalam {window:n} bulan kalender sebelum PHK, kurang dari {min:n} bulan yang disyaratkan.',
    en: '{months:n} JKP contribution months in the {window:n} calendar months before the job loss, fewer than the {min:n} required.',
  },
  'jkp.refused.consecutive-months-too-few': {
    id: 'Iuran dibayar berturut-turut {months:n} bulan sebelum PHK, kurang dari {min:n} bulan yang disyaratkan PP 37/2021.',
    en: 'Contributions were paid for {months:n} consecutive months before the job loss, fewer than the {min:n} PP 37/2021 requires.',
  },
  'jkp.refused.claim-deadline-passed': {
    id: 'Klaim diajukan setelah batas {months:n} bulan sejak PHK (hari terakhir {last}): hak atas manfaat JKP hilang.',
    en: 'The claim came after the {months:n}-month limit from the job loss (last day {last}): the right to JKP is lost.',
  },
  'jkp.refused.claim-limit-reached': {
    id: 'Manfaat JKP sudah diterima {count:n} kali: paling banyak {max:n} kali selama masa usia kerja.',
    en: 'JKP was already received {count:n} times: at most {max:n} times in a working life.',
  },
  'jkp.refused.too-soon-after-previous-benefit': {
    id: 'Masa iur sejak manfaat JKP terakhir {months:n} bulan, kurang dari {min:n} bulan yang disyaratkan untuk klaim berikutnya.',
    en: '{months:n} contribution months since the last JKP benefit, fewer than the {min:n} required for another claim.',
  },
  'jkp.refused.companion-programs-missing': {
    id: 'Pekerja tidak terdaftar pada program yang disyaratkan untuk JKP menurut skala usaha: {missing}.',
    en: 'The worker was not enrolled in the programs JKP requires for the enterprise size: {missing}.',
  },
  'jkp.refused.not-willing-to-work': {
    id: 'Penerima manfaat JKP harus bersedia bekerja kembali (sebagai pekerja penerima upah atau berusaha mandiri).',
    en: 'A JKP beneficiary must be willing to work again (as a wage earner or self-employed).',
  },
  'jkp.transition-unverified': {
    id: 'PHK terjadi sebelum {date} tetapi klaim diajukan sesudahnya: syarat dan batas waktu PP 6/2025 diterapkan, tetapi PP 6/2025 tidak mengatur peralihannya (belum terverifikasi).',
    en: 'The job loss was before {date} but the claim after it: the conditions and deadline of PP 6/2025 are applied, but PP 6/2025 has no transition rule for them (unverified).',
  },
  'jkp.membership-not-checked': {
    id: 'Kepesertaan pada program pendamping (JKN, JKK, JHT, JKM, dan JP untuk usaha menengah dan besar) tidak diperiksa karena tidak diberikan.',
    en: 'Enrolment in the companion programs (JKN, JKK, JHT, JKM, and JP for medium and large enterprises) was not checked: it was not given.',
  },
  'jkp.payment-dates-assumed': {
    id: 'Tarif setiap bulan manfaat mengikuti tanggal pembayarannya, dan klaim ini melintasi {date}. Tanggal pembayaran dianggap bulanan sejak tanggal klaim; berikan tanggal pembayaran yang sebenarnya untuk jumlah yang pasti.',
    en: 'Each benefit month is paid at the rate in force on its payment date, and this claim straddles {date}. Payment dates were assumed monthly from the claim date; give the actual payment dates for an exact amount.',
  },
  'jkp.arrears.bpjs-pays': {
    id: 'Pemberi kerja menunggak iuran {months:n} bulan (paling lama {max:n} bulan): BPJS Ketenagakerjaan tetap membayar manfaat uang tunai, dan pemberi kerja wajib melunasi tunggakannya.',
    en: 'The employer is {months:n} months in arrears (at most {max:n}): BPJS Ketenagakerjaan still pays the cash benefit and the employer must settle the arrears.',
  },
  'jkp.arrears.insolvent-bpjs-pays': {
    id: 'Perusahaan pailit atau tutup dengan tunggakan iuran {months:n} bulan (paling lama {max:n} bulan): BPJS Ketenagakerjaan tetap membayar manfaat JKP.',
    en: 'The company is bankrupt or closed with {months:n} months of arrears (at most {max:n}): BPJS Ketenagakerjaan still pays JKP.',
  },
  'jkp.arrears.employer-pays-first': {
    id: 'Pemberi kerja menunggak iuran {months:n} bulan, lebih dari {max:n} bulan: pemberi kerja wajib membayar manfaat uang tunai lebih dahulu, lalu dapat meminta penggantian kepada BPJS Ketenagakerjaan setelah melunasi tunggakan dan denda.',
    en: 'The employer is {months:n} months in arrears, more than {max:n}: the employer must pay the cash benefit first and may claim it back from BPJS Ketenagakerjaan after settling the arrears and fines.',
  },
  'title.jht-balance': {
    id: 'Saldo Jaminan Hari Tua (JHT) per {asOf}:',
    en: 'The Old-Age Savings (JHT) balance on {asOf}:',
  },
  'jht.contribution.wage': {
    id: 'Iuran JHT {from} s.d. {to} ({months:n} bulan): ({employerRate:pct} pemberi kerja + {workerRate:pct} pekerja) × upah {wage:rp} = {amount:rp}',
    en: 'JHT contributions {from} to {to} ({months:n} months): ({employerRate:pct} employer + {workerRate:pct} worker) × wage {wage:rp} = {amount:rp}',
  },
  'jht.contribution.amount': {
    id: 'Iuran JHT {from} s.d. {to}: {months:n} bulan × {perMonth:rp} = {amount:rp}',
    en: 'JHT contributions {from} to {to}: {months:n} months × {perMonth:rp} = {amount:rp}',
  },
  'jht.opening': {
    id: 'Saldo awal per 1 Januari {year}: {amount:rp}',
    en: 'Opening balance on 1 January {year}: {amount:rp}',
  },
  'jht.year': {
    id: 'Tahun {year}: saldo awal {opening:rp} + iuran {contributions:rp} + hasil pengembangan {rate:pct} untuk {months:n} bulan {yieldAmount:rp} = {amount:rp}',
    en: 'Year {year}: opening {opening:rp} + contributions {contributions:rp} + yield {rate:pct} for {months:n} months {yieldAmount:rp} = {amount:rp}',
  },
  'jht.balance': {
    id: 'Saldo JHT per {asOf}: {amount:rp} (iuran {contributions:rp}, hasil pengembangan {yieldAmount:rp})',
    en: 'JHT balance on {asOf}: {amount:rp} (contributions {contributions:rp}, yield {yieldAmount:rp})',
  },
  'jht.yield-convention': {
    id: 'Hasil pengembangan ditetapkan BPJS Ketenagakerjaan setiap tahun; tingkat hasil di atas adalah masukan. Cara pengkreditannya (saldo awal untuk bulan yang berjalan, setiap iuran sejak akhir bulannya, ditambahkan pada akhir tahun) adalah ketentuan pustaka ini, bukan rumus resmi BPJS (keyakinan C).',
    en: "BPJS Ketenagakerjaan declares the yield yearly; the rates above are inputs. How they are credited (the opening balance for the months elapsed, each contribution from the end of its month, added at the end of the year) is this library's convention, not an official BPJS formula (confidence C).",
  },
  'title.jht-withdrawal': {
    id: 'Pencairan Jaminan Hari Tua (JHT) yang diajukan pada {asOf}:',
    en: 'Withdrawing the Old-Age Savings (JHT), claimed on {asOf}:',
  },
  'jht.withdrawal.whole': {
    id: 'Seluruh saldo JHT dibayarkan sekaligus: {amount:rp}',
    en: 'The whole JHT balance is paid at once: {amount:rp}',
  },
  'jht.withdrawal.partial.amount': {
    id: 'Paling banyak {share:pct} × saldo {balance:rp} = {amount:rp}',
    en: 'At most {share:pct} × balance {balance:rp} = {amount:rp}',
  },
  'jht.withdrawal.retirement': {
    id: 'Peserta berusia {age:n} tahun, telah mencapai usia {payoutAge:n} tahun pada {date}',
    en: 'The member is {age:n}, having reached {payoutAge:n} on {date}',
  },
  'jht.withdrawal.contractual': {
    id: 'Peserta berusia {age:n} tahun, telah mencapai usia pensiun {contractualAge:n} tahun menurut perjanjian kerja, peraturan perusahaan, atau perjanjian kerja bersama pada {date}',
    en: 'The member is {age:n}, having reached the pension age of {contractualAge:n} of the work agreement, company rules or collective agreement on {date}',
  },
  'jht.withdrawal.stop-work.at-age': {
    id: 'Peserta yang berhenti bekerja sebelum usia pensiun dibayar JHT saat mencapai usia {payoutAge:n} tahun: {date}',
    en: 'A member who stops working before the pension age is paid JHT on reaching {payoutAge:n}: {date}',
  },
  'jht.withdrawal.stop-work.resignation': {
    id: 'Mengundurkan diri pada {eventDate}: JHT dibayar sekaligus setelah masa tunggu {months:n} bulan, mulai {date}',
    en: 'Resigned on {eventDate}: JHT is paid at once after a waiting period of {months:n} month(s), from {date}',
  },
  'jht.withdrawal.stop-work.dismissal': {
    id: 'Pemutusan hubungan kerja pada {eventDate}: JHT dibayar sekaligus setelah masa tunggu {months:n} bulan, mulai {date}',
    en: 'Employment terminated on {eventDate}: JHT is paid at once after a waiting period of {months:n} month(s), from {date}',
  },
  'jht.withdrawal.stop-work.contract-ended': {
    id: 'Perjanjian kerja waktu tertentu berakhir pada {eventDate}: JHT dibayar sekaligus setelah masa tunggu {months:n} bulan, mulai {date}',
    en: 'Fixed-term contract ended on {eventDate}: JHT is paid at once after a waiting period of {months:n} month(s), from {date}',
  },
  'jht.withdrawal.total-disability': {
    id: 'Peserta mengalami cacat total tetap (ditetapkan {eventDate}): JHT dibayarkan kepada peserta',
    en: 'The member is totally and permanently disabled (determined {eventDate}): JHT is paid to the member',
  },
  'jht.withdrawal.death': {
    id: 'Peserta meninggal dunia pada {eventDate}: JHT dibayarkan kepada ahli waris (janda, duda, atau anak; bila tidak ada, keturunan sedarah, saudara kandung, mertua, atau pihak yang ditunjuk dalam wasiat)',
    en: 'The member died on {eventDate}: JHT is paid to the heirs (widow, widower or children; failing them, blood relatives, siblings, parents-in-law or the person named in a will)',
  },
  'jht.withdrawal.leaving-indonesia': {
    id: 'Peserta ({citizenship:citizenship}) meninggalkan Indonesia untuk selama-lamanya ({eventDate}): JHT dibayarkan kepada peserta',
    en: 'The member ({citizenship:citizenship}) leaves Indonesia for good ({eventDate}): JHT is paid to the member',
  },
  'jht.withdrawal.membership': {
    id: 'Masa kepesertaan sejak {start}: {years:n} tahun; syarat pengambilan sebagian paling singkat {min:n} tahun',
    en: 'Membership since {start}: {years:n} years; a partial withdrawal needs at least {min:n}',
  },
  'jht.withdrawal.partial.housing': {
    id: 'Pengambilan sebagian untuk kepemilikan rumah, paling banyak {share:pct} dari saldo, hanya satu kali selama menjadi peserta',
    en: 'Partial withdrawal for home ownership, at most {share:pct} of the balance, once only',
  },
  'jht.withdrawal.partial.other': {
    id: 'Pengambilan sebagian untuk keperluan lain dalam persiapan pensiun, paling banyak {share:pct} dari saldo, hanya satu kali selama menjadi peserta',
    en: 'Partial withdrawal for other needs in preparing for retirement, at most {share:pct} of the balance, once only',
  },
  'jht.waiting': {
    id: 'JHT belum dapat dibayarkan pada tanggal klaim; dapat dibayarkan mulai {date}.',
    en: 'JHT cannot be paid yet on the claim date; it can be paid from {date}.',
  },
  'jht.refused.below-payout-age': {
    id: 'Peserta berusia {age:n} tahun, belum mencapai usia {payoutAge:n} tahun (pada {date}). Bila peserta berhenti bekerja, ajukan sebagai pengunduran diri atau pemutusan hubungan kerja.',
    en: 'The member is {age:n}, below {payoutAge:n} (reached on {date}). A member who stops working claims as a resignation or termination.',
  },
  'jht.refused.citizen-leaving-indonesia': {
    id: 'Pembayaran JHT karena meninggalkan Indonesia untuk selama-lamanya hanya bagi warga negara asing; peserta berstatus {citizenship:citizenship}.',
    en: 'JHT is paid on leaving Indonesia for good to foreign nationals only; the member is {citizenship:citizenship}.',
  },
  'jht.refused.membership-too-short': {
    id: 'Masa kepesertaan {years:n} tahun, kurang dari {min:n} tahun: pengambilan sebagian dapat diajukan mulai {date}.',
    en: '{years:n} years of membership, fewer than {min:n}: a partial withdrawal can be claimed from {date}.',
  },
  'jht.refused.partial-already-taken': {
    id: 'Pengambilan sebagian JHT sudah pernah dilakukan: hanya dapat dilakukan satu kali selama menjadi peserta.',
    en: 'A partial JHT withdrawal was already made: it can be made once only.',
  },
  'title.jp-benefit': {
    id: 'Manfaat Jaminan Pensiun (JP); tanggal yang menentukan (usia pensiun, cacat, atau meninggal dunia): {eventDate}',
    en: 'The Pension (JP) benefit; the date that decides (pension age, disability or death): {eventDate}',
  },
  'jp.pension-age': {
    id: 'Usia pensiun {age:n} tahun tercapai pada {date}',
    en: 'The pension age of {age:n} is reached on {date}',
  },
  'jp.history': {
    id: 'Masa iur {months:n} bulan ({from} s.d. {to}); upah di bawah upah tertinggi JP setiap bulan',
    en: '{months:n} contribution months ({from} to {to}); the wage was below the JP wage cap every month',
  },
  'jp.history.capped': {
    id: 'Masa iur {months:n} bulan ({from} s.d. {to}); upah dibatasi upah tertinggi JP pada {cappedMonths:n} bulan',
    en: '{months:n} contribution months ({from} to {to}); the wage was capped at the JP wage cap in {cappedMonths:n} months',
  },
  'jp.average-wage': {
    id: 'Rata-rata upah tertimbang sebulan selama {months:n} bulan masa iur, setiap upah disesuaikan dengan inflasi tahunnya s.d. {toYear}: {amount:rp}',
    en: 'Average weighted monthly wage over the {months:n} contribution months, each wage raised by the inflation of its year to {toYear}: {amount:rp}',
  },
  'jp.summary': {
    id: 'Masa iur {months:n} bulan; rata-rata upah tertimbang sebulan (diberikan): {amount:rp}',
    en: '{months:n} contribution months; average weighted monthly wage (given): {amount:rp}',
  },
  'jp.floor.applies': {
    id: 'Masa iur {months:n} bulan dihitung {counted:n} bulan: kepadatan iur {density:pct} paling sedikit {minDensity:pct} dan kepesertaan sejak {start} paling singkat {minMonths:n} bulan',
    en: '{months:n} contribution months are counted as {counted:n}: contribution density {density:pct} is at least {minDensity:pct} and membership since {start} is at least {minMonths:n} month(s)',
  },
  'jp.floor.not-met': {
    id: 'Masa iur {months:n} bulan tidak dihitung {counted:n} bulan: syaratnya kepadatan iur paling sedikit {minDensity:pct} (di sini {density:pct}) dan kepesertaan sejak {start} paling singkat {minMonths:n} bulan',
    en: '{months:n} contribution months are not counted as {counted:n}: that needs a density of at least {minDensity:pct} (here {density:pct}) and membership since {start} of at least {minMonths:n} month(s)',
  },
  'jp.formula': {
    id: 'Formula manfaat pensiun: {rate:pct} × {months:n}/12 × {average:rp} = {amount:rp}',
    en: 'Pension formula: {rate:pct} × {months:n}/12 × {average:rp} = {amount:rp}',
  },
  'jp.survivor.spouse.of-formula': {
    id: 'Pensiun janda atau duda: {share:pct} dari formula = {amount:rp}',
    en: "Widow's or widower's pension: {share:pct} of the formula = {amount:rp}",
  },
  'jp.survivor.child.of-formula': {
    id: 'Pensiun anak: {share:pct} dari formula = {amount:rp}',
    en: "Children's pension: {share:pct} of the formula = {amount:rp}",
  },
  'jp.survivor.parent.of-formula': {
    id: 'Pensiun orang tua: {share:pct} dari formula = {amount:rp}',
    en: "Parent's pension: {share:pct} of the formula = {amount:rp}",
  },
  'jp.survivor.spouse.of-pension': {
    id: 'Pensiun janda atau duda: {share:pct} dari manfaat pensiun {pension:rp} yang diterima peserta = {amount:rp}',
    en: "Widow's or widower's pension: {share:pct} of the member's pension of {pension:rp} = {amount:rp}",
  },
  'jp.survivor.child.of-pension': {
    id: 'Pensiun anak: {share:pct} dari manfaat pensiun {pension:rp} yang sedang dibayarkan = {amount:rp}',
    en: "Children's pension: {share:pct} of the pension of {pension:rp} being paid = {amount:rp}",
  },
  'jp.survivor.parent.of-pension': {
    id: 'Pensiun orang tua: {share:pct} dari manfaat pensiun {pension:rp} yang diterima peserta = {amount:rp}',
    en: "Parent's pension: {share:pct} of the member's pension of {pension:rp} = {amount:rp}",
  },
  'jp.limits.none': {
    id: 'Dalam batas manfaat paling sedikit {min:rp} dan paling banyak {max:rp}: manfaat pensiun sebulan {amount:rp}',
    en: 'Within the minimum of {min:rp} and the maximum of {max:rp}: monthly pension {amount:rp}',
  },
  'jp.limits.min': {
    id: 'Di bawah manfaat paling sedikit ({before:rp} < {min:rp}): manfaat pensiun sebulan {amount:rp}',
    en: 'Below the minimum ({before:rp} < {min:rp}): monthly pension {amount:rp}',
  },
  'jp.limits.max': {
    id: 'Di atas manfaat paling banyak ({before:rp} > {max:rp}): manfaat pensiun sebulan {amount:rp}',
    en: 'Above the maximum ({before:rp} > {max:rp}): monthly pension {amount:rp}',
  },
  'jp.starts': {
    id: 'Hak atas manfaat pensiun dihitung mulai {date}',
    en: 'The right to the pension counts from {date}',
  },
  'jp.lump-sum.below-minimum': {
    id: 'Masa iur {months:n} bulan, kurang dari {min:n} bulan: peserta menerima akumulasi iuran dan hasil pengembangannya sekaligus',
    en: '{months:n} contribution months, fewer than {min:n}: the member receives the contributions and their yield at once',
  },
  'jp.lump-sum.contributions': {
    id: 'Akumulasi iuran JP selama {months:n} bulan (3 % dari upah yang dibatasi): {amount:rp}',
    en: 'JP contributions over {months:n} months (3% of the capped wage): {amount:rp}',
  },
  'jp.lump-sum.yield': {
    id: 'Hasil pengembangan, dihitung setiap bulan: {amount:rp}',
    en: 'Yield, credited monthly: {amount:rp}',
  },
  'jp.lump-sum.total': {
    id: 'Dibayarkan sekaligus mulai {date}: {amount:rp}',
    en: 'Paid at once from {date}: {amount:rp}',
  },
  'jp.refused.below-pension-age': {
    id: 'Usia pensiun {age:n} tahun baru tercapai pada {date}: manfaat pensiun hari tua belum dapat dibayarkan.',
    en: 'The pension age of {age:n} is only reached on {date}: the old-age pension is not yet due.',
  },
  'jp.refused.at-or-above-pension-age': {
    id: 'Peserta telah mencapai usia pensiun {age:n} tahun: pensiun cacat hanya untuk cacat total tetap sebelum usia pensiun; yang berlaku adalah pensiun hari tua.',
    en: 'The member has reached the pension age of {age:n}: the disability pension is only for a disability before it; the old-age pension applies.',
  },
  'jp.survivor.limits': {
    id: 'Batas manfaat paling sedikit dan paling banyak diterapkan juga pada pensiun ahli waris, menurut bunyi Pasal 1 angka 3 dan Pasal 18 PP 45/2015; penerapannya oleh BPJS belum terkonfirmasi (keyakinan C).',
    en: "The minimum and maximum are applied to survivor pensions too, as PP 45/2015 Pasal 1 angka 3 and Pasal 18 read; BPJS's practice is not confirmed (confidence C).",
  },
  'jp.survivor.no-limits': {
    id: 'Batas manfaat paling sedikit dan paling banyak tidak diterapkan pada pensiun ahli waris menurut buku aturan yang dipakai.',
    en: 'The rulebook used does not apply the minimum and maximum to survivor pensions.',
  },
  'jp.survivor.children': {
    id: 'Paling banyak 2 anak; PP 45/2015 tidak menyebutkan apakah bagian anak dibagi di antara mereka atau dibayarkan kepada setiap anak.',
    en: "At most two children; PP 45/2015 does not say whether the children's share is divided between them or paid to each.",
  },
  'jp.indexed-yearly': {
    id: 'Jumlah di atas berlaku untuk tahun pertama; setiap tahun berikutnya manfaat pensiun dikalikan 1 ditambah inflasi tahun sebelumnya.',
    en: "The amount above is for the first year; each later year the pension is multiplied by 1 plus the previous year's inflation.",
  },
  'jp.lump-sum.convention': {
    id: 'Hasil pengembangan dihitung dari tingkat hasil tahunan yang diberikan, seperduabelasnya setiap bulan; cara ini ketentuan pustaka, bukan rumus resmi BPJS (keyakinan C).',
    en: "The yield is computed from the yearly rates given, a twelfth each month; this is the library's convention, not an official BPJS formula (confidence C).",
  },
};
