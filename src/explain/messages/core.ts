/**
 * Messages shared by every result. Placeholders: `{name}` as is, `{name:rp}` rupiah, `{name:pct}` a
 * decimal-string rate as a percentage, `{name:n}` a count and `{name:dec}` a decimal, both with the
 * language's grouping and decimal mark, `{name:rule}` a rule id with its title, and
 * `{name:source}`, `{name:payer}`, `{name:category}` … a vocabulary value in words (see
 * `../labels.ts`). `[A|B]` keeps A when every placeholder in it has a value, else B.
 *
 * @internal
 * @module
 */
import type { MessageCatalog } from './types.ts';

/** @internal */
export const coreMessages: MessageCatalog = {
  'footer.rulebook': {
    id: 'Buku aturan: {name}, data versi {version}.',
    en: 'Rulebook: {name}, data version {version}.',
  },
  'footer.rounding': {
    id: 'Pembulatan: setengah ke atas ke rupiah penuh per baris (BPJS tidak menerbitkan aturan pembulatan; ini ketentuan pustaka jamsostek).',
    en: 'Rounding: half-up to whole rupiah per line (BPJS publishes no rounding rule; this is the jamsostek convention).',
  },
  'footer.confidence': {
    id: 'Tingkat keyakinan terlemah: {level} (A teks dibaca, B dikuatkan, C satu sumber, U belum terverifikasi).',
    en: 'Weakest confidence: {level} (A text read, B corroborated, C single source, U unverified).',
  },
  'rule.unverified': {
    id: 'Perhatian: nilai aturan {rule:rule} belum terverifikasi (U); periksa sebelum dipakai untuk keputusan.',
    en: 'Warning: the value of rule {rule:rule} is unverified (U); check it before relying on it.',
  },
  'rule.stale': {
    id: 'Perhatian: nilai baru aturan {rule:rule} seharusnya berlaku sejak {due} ({publishedById}), tetapi belum ada di buku aturan ini; nilai terakhir yang diterbitkan (berlaku sejak {from}) dipakai dan dianggap belum terverifikasi (U). Pasang nilai baru dengan withRules setelah diterbitkan.',
    en: 'Warning: a new value of rule {rule:rule} was due from {due} ({publishedByEn}) but is not in this rulebook; the last published value (in force from {from}) is used and treated as unverified (U). Supply the new version with withRules once it is published.',
  },
  'footer.verified-through': {
    id: 'Data buku aturan ini diperiksa terhadap peraturan sampai {date}; hasil ini menyangkut {at}, sesudah tanggal itu, sehingga perubahan peraturan yang lebih baru tidak tercermin.',
    en: 'This rulebook was checked against the law through {date}; this result concerns {at}, after that date, so a later change of the law is not reflected.',
  },
  'notices.title': { id: 'Catatan:', en: 'Notes:' },
  'sources.title': { id: 'Dasar hukum:', en: 'Legal basis:' },
  total: { id: 'Jumlah: {amount:rp}', en: 'Total: {amount:rp}' },
  'title.roster-screening': {
    id: 'Penyaringan daftar peserta per {asOf}:',
    en: 'Roster screening as of {asOf}:',
  },
  'screening.counts': {
    id: '{rows:n} baris: {eligible:n} memenuhi syarat, {rejected:n} ditolak',
    en: '{rows:n} rows: {eligible:n} eligible, {rejected:n} rejected',
  },
};
