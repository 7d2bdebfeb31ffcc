/**
 * Messages of BPU contributions.
 *
 * @internal
 * @module
 */
import type { MessageCatalog } from './types.ts';

/** @internal */
export const bpuMessages: MessageCatalog = {
  'title.bpu-contribution': {
    id: 'Iuran peserta Bukan Penerima Upah bulan {month}, penghasilan dilaporkan {income:rp}:',
    en: 'Contribution of a non-wage (BPU) participant for {month}, declared income {income:rp}:',
  },
  'bpu.level.raised': {
    id: 'Penghasilan {income:rp} di bawah tingkat terendah; iuran dihitung pada tingkat {level:rp}',
    en: 'Income {income:rp} is below the lowest level; the contribution uses the level {level:rp}',
  },
  'bpu.level.capped': {
    id: 'Penghasilan {income:rp} di atas tingkat tertinggi; iuran dihitung pada tingkat {level:rp}',
    en: 'Income {income:rp} is above the highest level; the contribution uses the level {level:rp}',
  },
  'bpu.jkk.table': {
    id: 'Iuran JKK untuk tingkat penghasilan {level:rp}: {amount:rp}',
    en: 'JKK contribution for the income level {level:rp}: {amount:rp}',
  },
  'bpu.jkk.fallback': {
    id: 'Iuran JKK {rate:pct} × {level:rp} = {amount:rp} (tingkat ini tidak ada pada tabel yang terverifikasi)',
    en: 'JKK contribution {rate:pct} × {level:rp} = {amount:rp} (this level is not in the verified table)',
  },
  'bpu.jkm': { id: 'Iuran JKM tetap: {amount:rp}', en: 'JKM contribution, flat: {amount:rp}' },
  'bpu.jht': {
    id: 'Iuran JHT {rate:pct} × {level:rp} = {amount:rp}',
    en: 'JHT contribution {rate:pct} × {level:rp} = {amount:rp}',
  },
  'relief.applied': {
    id: 'Keringanan {relief} sebesar {rate:pct} atas iuran {program} {full:rp}: dibayar {amount:rp}',
    en: '{relief} relief of {rate:pct} on the {program} contribution of {full:rp}: payable {amount:rp}',
  },
  'pp50.payer-excluded': {
    id: 'Keringanan PP 50/2025 tidak diberikan: iuran didanai {fundingSource:source} dan dibayar melalui {payer:payer}, yang dikecualikan oleh PP 50/2025 Pasal 3 ayat (5); iuran dibayar penuh.',
    en: 'The PP 50/2025 discount is refused: the premium is funded by {fundingSource:source} and paid through {payer:payer}, which PP 50/2025 Pasal 3 ayat (5) excludes; the full premium is due.',
  },
  'pp50.category-not-covered': {
    id: 'Keringanan PP 50/2025 tidak diberikan: kategori peserta {category:category} tidak termasuk pekerja di luar hubungan kerja atau pekerja mandiri (Pasal 3 ayat (4)).',
    en: 'The PP 50/2025 discount is refused: participant category {category:category} is not a worker outside an employment relation or self-employed (Pasal 3 ayat (4)).',
  },
  'title.bpu-contribution-schedule': {
    id: 'Jadwal iuran peserta Bukan Penerima Upah, bulan {from} sampai {to}, penghasilan dilaporkan {income:rp}:',
    en: 'Contribution schedule of a non-wage (BPU) participant, {from} to {to}, declared income {income:rp}:',
  },
  'schedule.month': {
    id: 'Bulan {month}: {amount:rp}',
    en: 'Month {month}: {amount:rp}',
  },
  'title.bpu-discount': {
    id: 'Keringanan iuran PP 50/2025 untuk bulan {month}:',
    en: 'The PP 50/2025 discount for {month}:',
  },
  'bpu.discount.not-in-force': {
    id: 'Tidak ada masa keringanan PP 50/2025 untuk sektor {sector:sector} pada bulan {month} (Pasal 7).',
    en: 'No PP 50/2025 discount window is in force for the {sector:sector} sector in {month} (Pasal 7).',
  },
  'bpu.discount.applied': {
    id: 'Keringanan {rate:pct} atas iuran JKK dan JKM berlaku: sumber dana {fundingSource:source}, kategori {category:category}, sektor {sector:sector}.',
    en: 'A discount of {rate:pct} on JKK and JKM applies: funded by {fundingSource:source}, category {category:category}, sector {sector:sector}.',
  },
  'bpu.discount.refused': {
    id: 'Masa keringanan {rate:pct} berlaku untuk sektor {sector:sector}, tetapi tidak untuk pekerja ini (sumber dana {fundingSource:source}, kategori {category:category}).',
    en: 'A {rate:pct} discount window is in force for the {sector:sector} sector, but not for this worker (funded by {fundingSource:source}, category {category:category}).',
  },
};
