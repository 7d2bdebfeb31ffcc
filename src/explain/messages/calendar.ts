/**
 * Messages of the payment calendar.
 *
 * @internal
 * @module
 */
import type { CalendarNoticeCode, CalendarStepCode, CalendarTitleCode } from '../codes.ts';
import type { Message } from './types.ts';

/** @internal */
export const calendarMessages: Readonly<
  Record<CalendarStepCode | CalendarNoticeCode | CalendarTitleCode, Message>
> = {
  'title.contribution-due-date': {
    id: 'Batas waktu pembayaran iuran {segment:segment} bulan {month}:',
    en: 'Due date of the {segment:segment} contributions for {month}:',
  },
  'title.contribution-due-date-schedule': {
    id: 'Jadwal batas waktu pembayaran iuran {segment:segment}, {from} s.d. {to}:',
    en: 'Due dates of {segment:segment} contributions, {from} to {to}:',
  },
  'title.late-fine': {
    id: 'Denda keterlambatan iuran bulan {month} ({contribution:rp}) yang dibayar {paidOn}:',
    en: 'Late fine on the {month} contributions ({contribution:rp}) paid on {paidOn}:',
  },
  'title.bpu-standing': {
    id: 'Status pembayaran iuran peserta bukan penerima upah per {asOf} (sejak {from}):',
    en: 'Payment standing of a non-wage (BPU) participant on {asOf} (since {from}):',
  },
  'title.program-standing': {
    id: 'Status pembayaran iuran program per {asOf} (tagihan {owed:rp}):',
    en: 'Payment standing of a premium program on {asOf} ({owed:rp} owed):',
  },
  'title.payment-reconciliation': {
    id: 'Rekonsiliasi pembayaran iuran: tagihan {owed:rp}, dibayar {paid:rp}:',
    en: 'Reconciliation of premium payments: {owed:rp} owed, {paid:rp} paid:',
  },
  'calendar.due.nominal.same-month': {
    id: 'Iuran bulan {month} dibayar paling lambat tanggal {day} bulan itu juga: {date}',
    en: 'Contributions for {month} are due by day {day} of the same month: {date}',
  },
  'calendar.due.nominal.next-month': {
    id: 'Iuran bulan {month} dibayar paling lambat tanggal {day} bulan berikutnya: {date}',
    en: 'Contributions for {month} are due by day {day} of the next month: {date}',
  },
  'calendar.due.day-off.weekend': {
    id: '{date} jatuh pada hari Sabtu atau Minggu (hari libur)',
    en: '{date} is a Saturday or Sunday (a day off)',
  },
  'calendar.due.day-off.holiday': {
    id: '{date} hari libur nasional: {nameId}',
    en: '{date} is a national holiday: {nameEn}',
  },
  'calendar.due.day-off.joint-leave': {
    id: '{date}: {nameId}, dihitung sebagai hari libur',
    en: '{date}: {nameEn}, counted as a day off',
  },
  'calendar.due.joint-leave-worked': {
    id: '{date}: {nameId}, dihitung sebagai hari kerja',
    en: '{date}: {nameEn}, counted as a working day',
  },
  'calendar.due.kept': {
    id: 'Batas waktu: {date}',
    en: 'Due date: {date}',
  },
  'calendar.due.moved.forward': {
    id: 'Batas waktu bergeser ke hari kerja berikutnya: {date}',
    en: 'The due date moves to the next working day: {date}',
  },
  'calendar.due.moved.backward': {
    id: 'Batas waktu maju ke hari kerja sebelumnya: {date}',
    en: 'The due date moves back to the working day before: {date}',
  },
  'calendar.schedule.month': {
    id: 'Bulan {month}: paling lambat {date}',
    en: 'Month {month}: due {date}',
  },
  'calendar.schedule.month.moved': {
    id: 'Bulan {month}: paling lambat {date} (bergeser dari {nominal})',
    en: 'Month {month}: due {date} (moved from {nominal})',
  },
  'calendar.fine.paid-on': {
    id: 'Dibayar pada {date}',
    en: 'Paid on {date}',
  },
  'calendar.fine.exempt': {
    id: 'Pemberi kerja penyelenggara negara: ketentuan denda keterlambatan tidak berlaku ({months:n} bulan terlambat)',
    en: 'A state organiser: the late-fine articles do not apply ({months:n} months late)',
  },
  'calendar.fine.on-time': {
    id: 'Dibayar tepat waktu (paling lambat {dueDate}): tidak ada denda',
    en: 'Paid on time (by {dueDate}): no fine',
  },
  'calendar.fine.months.started': {
    id: 'Keterlambatan: {months:n} bulan (setiap bulan yang sudah dimulai sejak {from} dihitung penuh)',
    en: 'Lateness: {months:n} months (every month begun after {from} counts in full)',
  },
  'calendar.fine.months.whole': {
    id: 'Keterlambatan: {months:n} bulan penuh sejak {from}',
    en: 'Lateness: {months:n} whole months after {from}',
  },
  'calendar.fine.line.total': {
    id: 'Denda: {rate:pct} × {months:n} bulan × iuran {contribution:rp} = {amount:rp}',
    en: 'Fine: {rate:pct} × {months:n} months × contribution {contribution:rp} = {amount:rp}',
  },
  'calendar.fine.line.program': {
    id: 'Denda {program}: {rate:pct} × {months:n} bulan × iuran {contribution:rp} = {amount:rp}',
    en: 'Fine on {program}: {rate:pct} × {months:n} months × contribution {contribution:rp} = {amount:rp}',
  },
  'calendar.standing.month.on-time': {
    id: 'Bulan {month}: dibayar {paidOn}, tepat waktu (batas {dueDate})',
    en: 'Month {month}: paid {paidOn}, on time (due {dueDate})',
  },
  'calendar.standing.month.ambiguous': {
    id: 'Bulan {month}: dibayar {paidOn}, setelah {dueDate}, tetapi tepat waktu menurut bacaan lain tentang cuti bersama',
    en: 'Month {month}: paid {paidOn}, after {dueDate}, but on time under the other reading of joint leave',
  },
  'calendar.standing.month.late': {
    id: 'Bulan {month}: dibayar {paidOn}, terlambat (batas {dueDate})',
    en: 'Month {month}: paid {paidOn}, late (due {dueDate})',
  },
  'calendar.standing.month.unpaid': {
    id: 'Bulan {month}: belum dibayar, lewat batas {dueDate}',
    en: 'Month {month}: unpaid, past its due date {dueDate}',
  },
  'calendar.standing.month.not-due': {
    id: 'Bulan {month}: belum jatuh tempo (batas {dueDate})',
    en: 'Month {month}: not yet due (due {dueDate})',
  },
  'calendar.standing.arrears': {
    id: 'Tunggakan berturut-turut: {months:n} bulan ({from} s.d. {to}), {amount:rp}',
    en: 'Consecutive arrears: {months:n} months ({from} to {to}), {amount:rp}',
  },
  'calendar.standing.jkm.covered': {
    id: 'Tidak ada tunggakan pada {asOf}: manfaat JKM dibayar penuh',
    en: 'No arrears on {asOf}: the JKM benefit is paid in full',
  },
  'calendar.standing.jkm.deferred': {
    id: 'Tunggakan {months:n} bulan pada {asOf} (batas {max:n} bulan): bila peserta meninggal, biaya pemakaman dibayar segera dan sisanya setelah ahli waris melunasi tunggakan',
    en: '{months:n} months in arrears on {asOf} (limit {max:n}): after a death the funeral cost is paid at once, the rest once the heirs pay the arrears',
  },
  'calendar.standing.jkm.refused': {
    id: 'Tunggakan {months:n} bulan pada {asOf}, lebih dari {max:n} bulan: tidak ada hak atas manfaat JKM (dan JKK) sejak {date}',
    en: '{months:n} months in arrears on {asOf}, more than {max:n}: no right to the JKM (or JKK) benefit since {date}',
  },
  'calendar.standing.jkm.would-refuse': {
    id: 'Bila tidak ada pembayaran lagi, tunggakan melebihi {max:n} bulan dan manfaat JKM hilang mulai {date}',
    en: 'If nothing more is paid, arrears exceed {max:n} months and the JKM benefit is refused from {date}',
  },
  'calendar.standing.restore.full-cover': {
    id: 'Melunasi tunggakan {amount:rp} memulihkan manfaat penuh (dan membuka bagian yang ditunda)',
    en: 'Paying the arrears of {amount:rp} restores the full benefit (and releases any deferred part)',
  },
  'calendar.standing.restore.future-cover': {
    id: 'Melunasi tunggakan {amount:rp} melindungi kejadian sesudah pembayaran; kejadian selama tunggakan melebihi batas tidak dibayar',
    en: 'Paying the arrears of {amount:rp} covers events after the payment; an event while the arrears exceeded the limit is not paid',
  },
  'calendar.program.row.on-time': {
    id: '{month} ({fundingSource:source}): {owed:rp} lunas {paidOn}, tepat waktu (batas {dueDate})',
    en: '{month} ({fundingSource:source}): {owed:rp} paid in full on {paidOn}, on time (due {dueDate})',
  },
  'calendar.program.row.ambiguous': {
    id: '{month} ({fundingSource:source}): {owed:rp} lunas {paidOn}, setelah {dueDate}, tetapi tepat waktu menurut bacaan lain tentang cuti bersama',
    en: '{month} ({fundingSource:source}): {owed:rp} paid in full on {paidOn}, after {dueDate}, but on time under the other reading of joint leave',
  },
  'calendar.program.row.late': {
    id: '{month} ({fundingSource:source}): {owed:rp} lunas {paidOn}, terlambat (batas {dueDate})',
    en: '{month} ({fundingSource:source}): {owed:rp} paid in full on {paidOn}, late (due {dueDate})',
  },
  'calendar.program.row.unpaid': {
    id: '{month} ({fundingSource:source}): {owed:rp} belum dibayar, lewat batas {dueDate}',
    en: '{month} ({fundingSource:source}): {owed:rp} unpaid, past its due date {dueDate}',
  },
  'calendar.program.row.underpaid': {
    id: '{month} ({fundingSource:source}): baru dibayar {paid:rp} dari {owed:rp}, lewat batas {dueDate}',
    en: '{month} ({fundingSource:source}): {paid:rp} of {owed:rp} paid, past its due date {dueDate}',
  },
  'calendar.program.row.not-due': {
    id: '{month} ({fundingSource:source}): {owed:rp}, dibayar {paid:rp}, belum jatuh tempo (batas {dueDate})',
    en: '{month} ({fundingSource:source}): {owed:rp}, {paid:rp} paid, not yet due (due {dueDate})',
  },
  'calendar.program.overdue': {
    id: 'Iuran lewat jatuh tempo yang belum dibayar per {asOf}: {amount:rp}',
    en: 'Premiums past their due date and unpaid on {asOf}: {amount:rp}',
  },
  'calendar.program.arrears': {
    id: 'Bulan tertunggak berturut-turut: {months:n} ({from} s.d. {to})',
    en: 'Consecutive months in arrears: {months:n} ({from} to {to})',
  },
  'calendar.program.arrears.workers': {
    id: 'Bulan tertunggak berturut-turut: {months:n} ({from} s.d. {to}); {workers:n} pekerja tertunggak pada bulan terakhir, {refused:n} di antaranya tanpa hak atas manfaat JKM',
    en: 'Consecutive months in arrears: {months:n} ({from} to {to}); {workers:n} workers unpaid in the latest month, {refused:n} of them without a right to the JKM benefit',
  },
  'calendar.program.deadline': {
    id: '{month} ({fundingSource:source}): bayar {amount:rp} paling lambat {dueDate} agar perlindungan penuh, dan paling lambat {lapseDeadline} agar manfaat JKM tidak hilang',
    en: '{month} ({fundingSource:source}): pay {amount:rp} by {dueDate} for full cover, and by {lapseDeadline} at the latest before the JKM benefit is refused',
  },
  'calendar.reconcile.matched': {
    id: '{month} {fundingSource:source}[ (kode {code})]: tagihan {owed:rp}, dibayar {paid:rp}: sesuai',
    en: '{month} {fundingSource:source}[ (code {code})]: {owed:rp} owed, {paid:rp} paid: matched',
  },
  'calendar.reconcile.underpaid': {
    id: '{month} {fundingSource:source}[ (kode {code})]: tagihan {owed:rp}, dibayar {paid:rp}: kurang bayar {amount:rp}',
    en: '{month} {fundingSource:source}[ (code {code})]: {owed:rp} owed, {paid:rp} paid: underpaid by {amount:rp}',
  },
  'calendar.reconcile.overpaid': {
    id: '{month} {fundingSource:source}[ (kode {code})]: tagihan {owed:rp}, dibayar {paid:rp}: lebih bayar {amount:rp}',
    en: '{month} {fundingSource:source}[ (code {code})]: {owed:rp} owed, {paid:rp} paid: overpaid by {amount:rp}',
  },
  'calendar.reconcile.source': {
    id: '{fundingSource:source} (pembayar {payer:payer}): tagihan {owed:rp}, dibayar {paid:rp}, selisih {amount:rp}',
    en: '{fundingSource:source} (payer {payer:payer}): {owed:rp} owed, {paid:rp} paid, difference {amount:rp}',
  },
  'calendar.reconcile.total': {
    id: 'Jumlah: tagihan {owed:rp}, dibayar {paid:rp}, selisih {amount:rp}',
    en: 'Total: {owed:rp} owed, {paid:rp} paid, difference {amount:rp}',
  },
  'calendar.joint-leave.uncertain': {
    id: 'Bulan {month}: batas {workingDay} bila cuti bersama hari kerja, {holiday} bila hari libur; peraturan tidak menentukan (U). Pembayaran di antaranya meragukan, bukan terlambat.',
    en: 'Month {month}: due {workingDay} if joint leave is a working day, {holiday} if a day off; the regulations do not say (U). A payment in between is ambiguous, not late.',
  },
  'calendar.holidays.missing': {
    id: 'SKB hari libur tahun {year} belum ada di buku aturan: hanya Sabtu dan Minggu dihitung hari libur (U).',
    en: 'The {year} list of national holidays and joint leave (SKB) is not in the rulebook: only weekends count as days off (U).',
  },
  'calendar.due.pp49': {
    id: 'PP 49/2020: batas tanggal 30 bulan berikutnya, maju ke hari kerja sebelumnya bila hari libur.',
    en: 'PP 49/2020: due by the 30th of the next month, moved back to the working day before a day off.',
  },
  'calendar.due.jp-by-analogy': {
    id: 'PP 45/2015 Pasal 30 ayat (3) (JP) tidak mengatur hari libur; seluruh tagihan digeser ke tanggal yang sama, secara analogi (U).',
    en: 'PP 45/2015 Pasal 30 ayat (3) (JP) has no holiday clause; the whole bill moves to the same date, by analogy (U).',
  },
  'calendar.fine.counting': {
    id: '"Bulan keterlambatan" tidak didefinisikan; setiap bulan yang dimulai dihitung (bayar tanggal 16 = 1 bulan), sesuai pernyataan BPJS 2020 (C).',
    en: '"Month of lateness" is not defined; every month begun counts (paying on the 16th is one month), as BPJS stated in 2020 (C).',
  },
  'calendar.fine.payable-with-next': {
    id: 'Denda JKK, JKM dan JHT dibayar bersama iuran bulan berikutnya; denda JP bersama seluruh tunggakan.',
    en: 'Fines on JKK, JKM and JHT are paid with the next month’s contribution; the JP fine with all the arrears.',
  },
  'calendar.fine.ambiguous': {
    id: 'Tepat waktu bila batasnya {otherDate} (bacaan lain tentang cuti bersama): denda {fine:rp} tidak dinyatakan terutang.',
    en: 'On time if the due date is {otherDate} (the other reading of joint leave): the fine of {fine:rp} is not asserted.',
  },
  'calendar.fine.reading-differs': {
    id: 'Menurut bacaan lain tentang cuti bersama, keterlambatan dihitung {other:n} bulan, bukan {months:n}.',
    en: 'Under the other reading of joint leave, the lateness counts {other:n} months, not {months:n}.',
  },
  'calendar.bpu.no-fine': {
    id: 'Peserta BPU tidak dikenai denda; tunggakan menghilangkan hak atas manfaat (PP 44/2015 Pasal 39 dan 42).',
    en: 'A BPU participant owes no fine; arrears cost the right to benefits (PP 44/2015 Pasal 39 and 42).',
  },
  'calendar.standing.reactivation': {
    id: 'Kepesertaan menjadi tidak aktif; menurut BPJS dapat dilanjutkan dengan membayar tanpa denda, menurut satu kantor cabang masa iur mulai dari nol (keduanya C); Permenakernya belum dibaca (U).',
    en: 'Membership becomes inactive; BPJS says it continues on payment without a fine, a branch office that the contribution period restarts (both C); the Ministerial Regulation was not read (U).',
  },
  'calendar.program.same-workers': {
    id: 'Pekerja tertunggak pada bulan yang dibayar sebagian dihitung sebanding, dengan anggapan pekerja yang sama tidak terbayar tiap bulan.',
    en: 'Workers in arrears in a month paid in part are counted in proportion, assuming the same workers go unpaid each month.',
  },
};
