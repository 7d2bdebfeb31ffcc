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
    id: 'Jumlah pekerja yang dapat dibiayai anggaran {budget:rp} ({fundingSource:source}[, dibelanjakan melalui {payer:payer}]), {from} s.d. {to}:',
    en: 'Workers a budget of {budget:rp} ({fundingSource:source}[, spent through {payer:payer}]) covers, {from} to {to}:',
  },
  'title.budget-duration': {
    id: 'Lama perlindungan yang dibiayai anggaran {budget:rp} ({fundingSource:source}[, dibelanjakan melalui {payer:payer}]) untuk {workers:n} pekerja:',
    en: 'How long a budget of {budget:rp} ({fundingSource:source}[, spent through {payer:payer}]) covers {workers:n} workers:',
  },
  'title.funding-split': {
    id: 'Pembagian pendanaan {total:rp} menurut sumber dana:',
    en: 'Split of {total:rp} across funding sources:',
  },
  'title.village-allocation': {
    id: 'Alokasi iuran dari bantuan keuangan {villages:n} desa/kelurahan ({fundingSource:source}[, dibelanjakan melalui {payer:payer}]):',
    en: 'Premium allocation from the grants of {villages:n} villages ({fundingSource:source}[, spent through {payer:payer}]):',
  },
  'title.program-tranches': {
    id: 'Pembayaran program {total:rp} per tahap:',
    en: 'Payment of a {total:rp} program in tranches:',
  },
  'title.budget-reconciliation': {
    id: 'Rekonsiliasi anggaran {budget:rp} ({fundingSource:source}[, dibelanjakan melalui {payer:payer}]) untuk {workers:n} pekerja:',
    en: 'Reconciling a budget of {budget:rp} ({fundingSource:source}[, spent through {payer:payer}]) for {workers:n} workers:',
  },
  'funding.segment': {
    id: 'Kelompok {cohort}: {workers:n} pekerja × {monthCount:n} bulan ({from} s.d. {to}) × iuran {premium:rp} (didanai {fundingSource:source}[ melalui {payer:payer}]) = {amount:rp}',
    en: 'Cohort {cohort}: {workers:n} workers × {monthCount:n} months ({from} to {to}) × premium {premium:rp} (funded by {fundingSource:source}[ through {payer:payer}]) = {amount:rp}',
  },
  'funding.relief.applied': {
    id: 'Keringanan {relief} ({rate:pct}) berlaku untuk {monthCount:n} bulan iuran ({from} s.d. {to}) yang dibiayai {fundingSource:source} (pembayar: {payer:payer}).',
    en: 'The {relief} relief ({rate:pct}) applies to {monthCount:n} contribution months ({from} to {to}) funded by {fundingSource:source} (payer: {payer:payer}).',
  },
  'funding.relief.payer-excluded': {
    id: 'Keringanan {relief} tidak berlaku untuk {monthCount:n} bulan iuran ({from} s.d. {to}) yang dibiayai {fundingSource:source}: iuran dibayar melalui {payer:payer}, yang dikecualikan (PP 50/2025 Pasal 3 ayat (5)); iuran dihitung penuh.',
    en: 'The {relief} relief does not apply to {monthCount:n} contribution months ({from} to {to}) funded by {fundingSource:source}: the premium is paid through {payer:payer}, which is excluded (PP 50/2025 Pasal 3 ayat (5)); the full premium is costed.',
  },
  'funding.relief.category-not-covered': {
    id: 'Keringanan {relief} tidak berlaku untuk {monthCount:n} bulan iuran ({from} s.d. {to}) yang dibiayai {fundingSource:source}: kategori peserta tidak tercakup (PP 50/2025 Pasal 3 ayat (4)).',
    en: 'The {relief} relief does not apply to {monthCount:n} contribution months ({from} to {to}) funded by {fundingSource:source}: the participant category is not covered (PP 50/2025 Pasal 3 ayat (4)).',
  },
  'funding.per-worker': {
    id: 'Iuran satu pekerja selama {monthCount:n} bulan: {amount:rp}',
    en: 'Premium of one worker for {monthCount:n} months: {amount:rp}',
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
    id: '[{workers:n} pekerja terlindungi {monthCount:n} bulan penuh ({from} s.d. {to}): {amount:rp}|Anggaran tidak cukup untuk satu bulan penuh {workers:n} pekerja mulai {from}: {amount:rp}]',
    en: '[{workers:n} workers covered for {monthCount:n} whole months ({from} to {to}): {amount:rp}|The budget does not cover {workers:n} workers for one whole month from {from}: {amount:rp}]',
  },
  'funding.part.amount': {
    id: '[{label} ({fundingSource:source})|{fundingSource:source}], dibayar sebagai {payer:payer}: jumlah tetap {amount:rp}',
    en: '[{label} ({fundingSource:source})|{fundingSource:source}], paying as {payer:payer}: fixed amount {amount:rp}',
  },
  'funding.part.share': {
    id: '[{label} ({fundingSource:source})|{fundingSource:source}], dibayar sebagai {payer:payer}: porsi {value:pct} = {amount:rp}',
    en: '[{label} ({fundingSource:source})|{fundingSource:source}], paying as {payer:payer}: share {value:pct} = {amount:rp}',
  },
  'funding.part.weight': {
    id: '[{label} ({fundingSource:source})|{fundingSource:source}], dibayar sebagai {payer:payer}: bobot {value:dec} dari sisa = {amount:rp}',
    en: '[{label} ({fundingSource:source})|{fundingSource:source}], paying as {payer:payer}: weight {value:dec} of the rest = {amount:rp}',
  },
  'funding.village': {
    id: '[{name}|Setiap desa] (× {count:n}): {share:pct} × {grant:rp} = {envelope:rp}; {workers:n} pekerja = {amount:rp}',
    en: '[{name}|Each village] (× {count:n}): {share:pct} × {grant:rp} = {envelope:rp}; {workers:n} workers = {amount:rp}',
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
    id: 'Pada iuran {premium:rp} per bulan, anggaran cukup untuk {monthCount:dec} bulan',
    en: 'At a premium of {premium:rp} a month, the budget pays for {monthCount:dec} months',
  },
  'funding.reconcile.hypothesis': {
    id: 'Hipotesis {rank:n}: {workers:n} pekerja × {monthCount:n} bulan ({from} s.d. {to}) = {amount:rp}; anggaran dikurangi biaya: {balance:rp}',
    en: 'Hypothesis {rank:n}: {workers:n} workers × {monthCount:n} months ({from} to {to}) = {amount:rp}; budget minus cost: {balance:rp}',
  },
};
