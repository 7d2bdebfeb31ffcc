/**
 * Messages of program funding.
 *
 * @internal
 * @module
 */
import type { FundingNoticeCode, FundingStepCode, FundingTitleCode } from '../codes.ts';
import type { Message } from './types.ts';

/** @internal */
export const fundingMessages: Readonly<
  Record<FundingStepCode | FundingNoticeCode | FundingTitleCode, Message>
> = {
  'title.program-budget': {
    id: 'Anggaran program iuran BPU untuk {workers:n} pekerja, {from} s.d. {to}:',
    en: 'Budget of a BPU premium program for {workers:n} workers, {from} to {to}:',
  },
  'title.budget-capacity': {
    id: 'Jumlah pekerja yang dapat dibiayai anggaran {budget:rp} ({channel}), {from} s.d. {to}:',
    en: 'Workers a budget of {budget:rp} ({channel}) covers, {from} to {to}:',
  },
  'title.budget-duration': {
    id: 'Lama perlindungan yang dibiayai anggaran {budget:rp} ({channel}) untuk {workers:n} pekerja:',
    en: 'How long a budget of {budget:rp} ({channel}) covers {workers:n} workers:',
  },
  'title.funding-split': {
    id: 'Pembagian pendanaan {total:rp} menurut sumber dana:',
    en: 'Split of {total:rp} across funding sources:',
  },
  'title.village-allocation': {
    id: 'Alokasi iuran dari bantuan keuangan {villages:n} desa/kelurahan ({channel}):',
    en: 'Premium allocation from the grants of {villages:n} villages ({channel}):',
  },
  'title.program-tranches': {
    id: 'Pembayaran program {total:rp} per tahap:',
    en: 'Payment of a {total:rp} program in tranches:',
  },
  'title.budget-reconciliation': {
    id: 'Rekonsiliasi anggaran {budget:rp} ({channel}) untuk {workers:n} pekerja:',
    en: 'Reconciling a budget of {budget:rp} ({channel}) for {workers:n} workers:',
  },
  'funding.segment': {
    id: 'Kelompok {cohort}: {workers:n} pekerja × {monthCount} bulan ({from} s.d. {to}) × iuran {premium:rp} (dibayar dari {channel}) = {amount:rp}',
    en: 'Cohort {cohort}: {workers:n} workers × {monthCount} months ({from} to {to}) × premium {premium:rp} (paid from {channel}) = {amount:rp}',
  },
  'funding.relief.applied': {
    id: 'Keringanan {relief} ({rate:pct}) berlaku untuk {monthCount} bulan iuran ({from} s.d. {to}) yang dibiayai {fundingSource} (pembayar: {payer}).',
    en: 'The {relief} relief ({rate:pct}) applies to {monthCount} contribution months ({from} to {to}) funded by {fundingSource} (payer: {payer}).',
  },
  'funding.relief.payer-excluded': {
    id: 'Keringanan {relief} tidak berlaku untuk {monthCount} bulan iuran ({from} s.d. {to}) yang dibiayai {fundingSource}: iuran dibayar melalui {payer}, yang dikecualikan (PP 50/2025 Pasal 3 ayat (5)); iuran dihitung penuh.',
    en: 'The {relief} relief does not apply to {monthCount} contribution months ({from} to {to}) funded by {fundingSource}: the premium is paid through {payer}, which is excluded (PP 50/2025 Pasal 3 ayat (5)); the full premium is costed.',
  },
  'funding.relief.category-not-covered': {
    id: 'Keringanan {relief} tidak berlaku untuk {monthCount} bulan iuran ({from} s.d. {to}) yang dibiayai {fundingSource}: kategori peserta tidak tercakup (PP 50/2025 Pasal 3 ayat (4)).',
    en: 'The {relief} relief does not apply to {monthCount} contribution months ({from} to {to}) funded by {fundingSource}: the participant category is not covered (PP 50/2025 Pasal 3 ayat (4)).',
  },
  'funding.per-worker': {
    id: 'Iuran satu pekerja selama {monthCount} bulan: {amount:rp}',
    en: 'Premium of one worker for {monthCount} months: {amount:rp}',
  },
  'funding.capacity': {
    id: '{workers:n} pekerja × {perWorker:rp} = {amount:rp} (tidak melebihi anggaran {budget:rp})',
    en: '{workers:n} workers × {perWorker:rp} = {amount:rp} (within the budget of {budget:rp})',
  },
  'funding.remainder': {
    id: 'Sisa anggaran dari {budget:rp}: {amount:rp}',
    en: 'Left over from {budget:rp}: {amount:rp}',
  },
  'funding.duration': {
    id: '{workers:n} pekerja terlindungi {monthCount} bulan penuh ({from} s.d. {to}): {amount:rp}',
    en: '{workers:n} workers covered for {monthCount} whole months ({from} to {to}): {amount:rp}',
  },
  'funding.part.amount': {
    id: '{label} ({fundingSource}, dibayar sebagai {payer}): jumlah tetap {amount:rp}',
    en: '{label} ({fundingSource}, pays as {payer}): fixed amount {amount:rp}',
  },
  'funding.part.share': {
    id: '{label} ({fundingSource}, dibayar sebagai {payer}): porsi {value:pct} = {amount:rp}',
    en: '{label} ({fundingSource}, pays as {payer}): share {value:pct} = {amount:rp}',
  },
  'funding.part.weight': {
    id: '{label} ({fundingSource}, dibayar sebagai {payer}): bobot {value} dari sisa = {amount:rp}',
    en: '{label} ({fundingSource}, pays as {payer}): weight {value} of the rest = {amount:rp}',
  },
  'funding.village': {
    id: '{name} (× {count}): {share:pct} × {grant:rp} = {envelope:rp}; {workers:n} pekerja = {amount:rp}',
    en: '{name} (× {count}): {share:pct} × {grant:rp} = {envelope:rp}; {workers:n} workers = {amount:rp}',
  },
  'funding.villages.lines': {
    id: '{lines:n} baris desa/kelurahan, masing-masing menyisihkan {share:pct} dari dananya (rincian per desa di lines)',
    en: '{lines:n} village lines, each setting aside {share:pct} of its grant (one line per village in lines)',
  },
  'funding.villages.total': {
    id: '{villages:n} desa/kelurahan: dana {envelope:rp}, {workers:n} pekerja, biaya {amount:rp}',
    en: '{villages:n} villages: envelope {envelope:rp}, {workers:n} workers, cost {amount:rp}',
  },
  'funding.villages.pooled': {
    id: 'Jika dana digabung: {envelope:rp} ÷ {perWorker:rp} = {workers:n} pekerja ({amount:rp})',
    en: 'If the envelopes were pooled: {envelope:rp} ÷ {perWorker:rp} = {workers:n} workers ({amount:rp})',
  },
  'funding.villages.shortfall': {
    id: 'Biaya {cost:rp} melebihi dana yang disisihkan {envelope:rp} sebesar {shortfall:rp}.',
    en: 'The cost {cost:rp} exceeds the envelopes of {envelope:rp} by {shortfall:rp}.',
  },
  'funding.tranche': {
    id: 'Tahap {label} ({from} s.d. {to}): {amount:rp}',
    en: 'Tranche {label} ({from} to {to}): {amount:rp}',
  },
  'funding.reconcile.per-worker': {
    id: '{budget:rp} ÷ {workers:n} pekerja = {amount:rp} per pekerja (dibulatkan ke bawah)',
    en: '{budget:rp} ÷ {workers:n} workers = {amount:rp} per worker (rounded down)',
  },
  'funding.reconcile.months': {
    id: 'Pada iuran {premium:rp} per bulan, anggaran cukup untuk {monthCount} bulan',
    en: 'At a premium of {premium:rp} a month, the budget pays for {monthCount} months',
  },
  'funding.reconcile.hypothesis': {
    id: 'Hipotesis {rank}: {workers:n} pekerja × {monthCount} bulan ({from} s.d. {to}) = {amount:rp}; anggaran dikurangi biaya: {balance:rp}',
    en: 'Hypothesis {rank}: {workers:n} workers × {monthCount} months ({from} to {to}) = {amount:rp}; budget minus cost: {balance:rp}',
  },
};
