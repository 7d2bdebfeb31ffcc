/**
 * Messages of eligibility checks.
 *
 * @internal
 * @module
 */
import type { MessageCatalog } from './types.ts';

/** @internal */
export const eligibilityMessages: MessageCatalog = {
  'title.program-eligibility': {
    id: 'Pemeriksaan kelayakan kepesertaan per {asOf}:',
    en: 'Eligibility check as of {asOf}:',
  },
  'eligibility.age': {
    id: 'Lahir {birthDate}: berusia {age} tahun pada {asOf}',
    en: 'Born {birthDate}: aged {age} on {asOf}',
  },
  'eligibility.eligible': { id: 'Memenuhi semua syarat.', en: 'Meets every criterion.' },
  'eligibility.not-eligible': {
    id: 'Tidak memenuhi {count} syarat.',
    en: 'Fails {count} criteria.',
  },
  'eligibility.pp50.applied': {
    id: 'Keringanan PP 50/2025 berlaku untuk iuran JKK dan JKM bulan {month} (pembayar: {payer}).',
    en: 'The PP 50/2025 discount applies to the JKK and JKM contribution of {month} (payer: {payer}).',
  },
  'eligibility.pp50.not-in-force': {
    id: 'Keringanan PP 50/2025 tidak berlaku pada bulan {month}.',
    en: 'No PP 50/2025 discount is in force in {month}.',
  },
  'eligibility.pp50.payer-excluded': {
    id: 'Keringanan PP 50/2025 tidak diberikan pada bulan {month}: iuran dibayar melalui {payer} (Pasal 3 ayat (5)).',
    en: 'The PP 50/2025 discount is refused for {month}: the premium is paid through {payer} (Pasal 3 ayat (5)).',
  },
  'eligibility.pp50.category-not-covered': {
    id: 'Keringanan PP 50/2025 tidak diberikan pada bulan {month}: kategori peserta tidak tercakup (Pasal 3 ayat (4)).',
    en: 'The PP 50/2025 discount is refused for {month}: the participant category is not covered (Pasal 3 ayat (4)).',
  },
  'law.program-not-available': {
    id: 'Program {program} tidak terbuka bagi peserta segmen {segment} (program yang dapat diikuti: {open}).',
    en: 'Program {program} is not open to segment {segment} participants (programs open: {open}).',
  },
  'law.foreigner-min-work': {
    id: 'Orang asing baru menjadi peserta setelah bekerja paling singkat {min} bulan di Indonesia; baru {months} bulan.',
    en: 'A foreigner becomes a participant only after at least {min} months of work in Indonesia; only {months} so far.',
  },
  'law.jkp-citizens-only': {
    id: 'JKP hanya untuk warga negara Indonesia.',
    en: 'JKP is for Indonesian citizens only.',
  },
  'law.jkp-registration-age': {
    id: 'JKP mensyaratkan usia di bawah {limit} tahun saat mendaftar; usia {age} tahun.',
    en: 'JKP requires an age below {limit} at registration; the worker is {age}.',
  },
  'law.jkp-employment-relation': {
    id: 'JKP mensyaratkan hubungan kerja dengan pengusaha; peserta segmen {segment} tidak memilikinya.',
    en: 'JKP requires an employment relation with an employer, which a segment {segment} participant does not have.',
  },
  'law.jkp-prerequisite-programs': {
    id: 'JKP mensyaratkan kepesertaan pada program {missing} untuk usaha skala {size}.',
    en: 'JKP requires membership of {missing} for a {size} enterprise.',
  },
  'law.jp-pension-age': {
    id: 'Usia {age} tahun sudah mencapai usia pensiun {pensionAge} tahun; pendaftaran JP tidak dilakukan.',
    en: 'Age {age} has reached the pension age of {pensionAge}; no JP registration.',
  },
  'program.segment': {
    id: 'Segmen {segment} tidak termasuk sasaran program ({allowed}).',
    en: 'Segment {segment} is not targeted by the program ({allowed}).',
  },
  'program.bpu-category': {
    id: 'Kategori BPU {category} tidak termasuk sasaran program ({allowed}).',
    en: 'BPU category {category} is not targeted by the program ({allowed}).',
  },
  'program.not-in-dtsen': {
    id: 'Tidak terdata di DTSEN; program mensyaratkan desil paling tinggi {max}.',
    en: 'Not in DTSEN; the program requires a decile of at most {max}.',
  },
  'program.dtsen-decile': {
    id: 'Desil DTSEN {decile} di atas batas program (desil paling tinggi {max}).',
    en: 'DTSEN decile {decile} is above the program limit (at most {max}).',
  },
  'program.age-below': {
    id: 'Usia {age} tahun di bawah batas program (paling rendah {min}).',
    en: 'Age {age} is below the program minimum of {min}.',
  },
  'program.age-above': {
    id: 'Usia {age} tahun di atas batas program (paling tinggi {max}).',
    en: 'Age {age} is above the program maximum of {max}.',
  },
  'program.sector': {
    id: 'Sektor {sector} tidak termasuk sasaran program ({allowed}).',
    en: 'Sector {sector} is not targeted by the program ({allowed}).',
  },
  'program.region': {
    id: 'Wilayah domisili {region} di luar wilayah program ({allowed}).',
    en: 'Region of residence {region} is outside the program area ({allowed}).',
  },
  'program.active-participant': {
    id: 'Sudah menjadi peserta aktif BPJS Ketenagakerjaan.',
    en: 'Already an active BPJS Ketenagakerjaan participant.',
  },
  'program.funded-by-other-program': {
    id: 'Iuran sudah dibayar oleh program lain ({funders}).',
    en: 'The premium is already paid by another program ({funders}).',
  },
};
