/**
 * Messages of eligibility checks, pension ages, segment programs and roster screenings: exactly the
 * eligibility codes of `codes.ts` (a missing or an extra one is a compile error).
 *
 * @internal
 * @module
 */
import type { EligibilityStepCode, EligibilityTitleCode, ScreeningLabelCode } from '../codes.ts';
import type { Message } from './types.ts';

/** @internal */
export const eligibilityMessages: Readonly<
  Record<EligibilityStepCode | EligibilityTitleCode | ScreeningLabelCode, Message>
> = {
  'title.program-eligibility': {
    id: 'Pemeriksaan kelayakan kepesertaan per {asOf}:',
    en: 'Eligibility check as of {asOf}:',
  },
  'eligibility.age': {
    id: 'Lahir {birthDate}: berusia {age:n} tahun pada {asOf}',
    en: 'Born {birthDate}: aged {age:n} on {asOf}',
  },
  'eligibility.eligible': { id: 'Memenuhi semua syarat.', en: 'Meets every criterion.' },
  'eligibility.not-eligible': {
    id: 'Tidak memenuhi {count:n} syarat.',
    en: 'Fails {count:n} criteria.',
  },
  'eligibility.pp50.applied': {
    id: 'Keringanan PP 50/2025 berlaku untuk iuran JKK dan JKM bulan {month} (sumber dana: {fundingSource:source}; pembayar: {payer:payer}).',
    en: 'The PP 50/2025 discount applies to the JKK and JKM contribution of {month} (funding source: {fundingSource:source}; payer: {payer:payer}).',
  },
  'eligibility.pp50.not-in-force': {
    id: 'Keringanan PP 50/2025 tidak berlaku pada bulan {month}.',
    en: 'No PP 50/2025 discount is in force in {month}.',
  },
  'eligibility.pp50.payer-excluded': {
    id: 'Keringanan PP 50/2025 tidak diberikan pada bulan {month}: iuran didanai {fundingSource:source} dan dibayar melalui {payer:payer} (Pasal 3 ayat (5)).',
    en: 'The PP 50/2025 discount is refused for {month}: the premium is funded by {fundingSource:source} and paid through {payer:payer} (Pasal 3 ayat (5)).',
  },
  'eligibility.pp50.category-not-covered': {
    id: 'Keringanan PP 50/2025 tidak diberikan pada bulan {month}: kategori peserta tidak tercakup (Pasal 3 ayat (4)).',
    en: 'The PP 50/2025 discount is refused for {month}: the participant category is not covered (Pasal 3 ayat (4)).',
  },
  'law.program-not-available': {
    id: 'Program {program} tidak terbuka bagi peserta segmen {segment:segment} (program yang dapat diikuti: {open}).',
    en: 'Program {program} is not open to segment {segment:segment} participants (programs open: {open}).',
  },
  'law.foreigner-min-work': {
    id: 'Orang asing baru menjadi peserta setelah bekerja paling singkat {min:n} bulan di Indonesia; baru {months:n} bulan.',
    en: 'A foreigner becomes a participant only after at least {min:n} months of work in Indonesia; only {months:n} so far.',
  },
  'law.jkp-citizens-only': {
    id: 'JKP hanya untuk warga negara Indonesia.',
    en: 'JKP is for Indonesian citizens only.',
  },
  'law.jkp-registration-age': {
    id: 'JKP mensyaratkan usia di bawah {limit:n} tahun saat mendaftar; usia {age:n} tahun.',
    en: 'JKP requires an age below {limit:n} at registration; the worker is {age:n}.',
  },
  'law.jkp-employment-relation': {
    id: 'JKP mensyaratkan hubungan kerja dengan pengusaha; peserta segmen {segment:segment} tidak memilikinya.',
    en: 'JKP requires an employment relation with an employer, which a segment {segment:segment} participant does not have.',
  },
  'law.jkp-prerequisite-programs': {
    id: 'JKP mensyaratkan kepesertaan pada program {missing} untuk usaha skala {size:size}.',
    en: 'JKP requires membership of {missing} for a {size:size} enterprise.',
  },
  'law.jp-pension-age': {
    id: 'Usia {age:n} tahun sudah mencapai usia pensiun {pensionAge:n} tahun; pendaftaran JP tidak dilakukan.',
    en: 'Age {age:n} has reached the pension age of {pensionAge:n}; no JP registration.',
  },
  'program.segment': {
    id: 'Segmen {segment:segment} tidak termasuk sasaran program, yang hanya untuk {allowed:segment}.',
    en: 'Segment {segment:segment} is not targeted by the program, which covers only {allowed:segment}.',
  },
  'program.bpu-category': {
    id: 'Kategori BPU {category:category} tidak termasuk sasaran program, yang hanya untuk {allowed:category}.',
    en: 'BPU category {category:category} is not targeted by the program, which covers only {allowed:category}.',
  },
  'program.not-in-dtsen': {
    id: 'Tidak terdata di DTSEN; program mensyaratkan desil paling tinggi {max:n}.',
    en: 'Not in DTSEN; the program requires a decile of at most {max:n}.',
  },
  'program.dtsen-decile': {
    id: 'Desil DTSEN {decile:n} di atas batas program (desil paling tinggi {max:n}).',
    en: 'DTSEN decile {decile:n} is above the program limit (at most {max:n}).',
  },
  'program.age-below': {
    id: 'Usia {age:n} tahun di bawah batas program (paling rendah {min:n}).',
    en: 'Age {age:n} is below the program minimum of {min:n}.',
  },
  'program.age-above': {
    id: 'Usia {age:n} tahun di atas batas program (paling tinggi {max:n}).',
    en: 'Age {age:n} is above the program maximum of {max:n}.',
  },
  'program.sector': {
    id: 'Sektor {sector:sector} tidak termasuk sasaran program, yang hanya untuk sektor {allowed:sector}.',
    en: 'Sector {sector:sector} is not targeted by the program, which covers only the sector {allowed:sector}.',
  },
  'program.region': {
    id: '[Wilayah domisili {region} di luar wilayah program ({allowed}).|Wilayah domisili tidak diketahui, sedangkan program hanya untuk wilayah {allowed}.]',
    en: '[Region of residence {region} is outside the program area ({allowed}).|The region of residence is not known, and the program covers only {allowed}.]',
  },
  'program.active-participant': {
    id: 'Sudah menjadi peserta aktif BPJS Ketenagakerjaan.',
    en: 'Already an active BPJS Ketenagakerjaan participant.',
  },
  'program.funded-by-other-program': {
    id: 'Iuran sudah dibayar oleh program lain ({funders}).',
    en: 'The premium is already paid by another program ({funders}).',
  },
  'title.pension-age': {
    id: 'Usia pensiun Jaminan Pensiun per {asOf}:',
    en: 'Pension age (JP) as of {asOf}:',
  },
  'eligibility.pension-age': {
    id: 'Usia pensiun yang berlaku pada {asOf}: {age:n} tahun',
    en: 'Pension age in force on {asOf}: {age:n} years',
  },
  'title.segment-programs': {
    id: 'Program BPJS Ketenagakerjaan bagi peserta segmen {segment:segment} per {asOf}:',
    en: 'BPJS Ketenagakerjaan programs for participants of segment {segment:segment} as of {asOf}:',
  },
  'eligibility.segment.size.micro': {
    id: 'Pemberi kerja: usaha mikro',
    en: 'Employer: a micro enterprise',
  },
  'eligibility.segment.size.small': {
    id: 'Pemberi kerja: usaha kecil',
    en: 'Employer: a small enterprise',
  },
  'eligibility.segment.size.medium': {
    id: 'Pemberi kerja: usaha menengah',
    en: 'Employer: a medium enterprise',
  },
  'eligibility.segment.size.large': {
    id: 'Pemberi kerja: usaha besar',
    en: 'Employer: a large enterprise',
  },
  'eligibility.segment.mandatory': { id: 'Wajib diikuti: {programs}', en: 'Mandatory: {programs}' },
  'eligibility.segment.optional': {
    id: 'Dapat diikuti sebagai tambahan: {programs}',
    en: 'May be joined besides: {programs}',
  },
  'eligibility.segment.unavailable': {
    id: 'Tidak dapat diikuti: {programs}',
    en: 'Cannot be joined: {programs}',
  },
  'screening.by-reason': {
    id: 'Baris ditolak menurut alasan (baris dengan beberapa alasan dihitung pada setiap alasannya):',
    en: 'Rejected rows by reason (a row with several reasons counts under each):',
  },
  'screening.reason': { id: '{label}: {count:n}', en: '{label}: {count:n}' },
  'screening.reason.INVALID_INPUT': { id: 'Data baris tidak sah', en: 'Invalid row data' },
  'screening.reason.law.program-not-available': {
    id: 'Program tidak terbuka bagi segmen peserta',
    en: "Program not open to the participant's segment",
  },
  'screening.reason.law.foreigner-min-work': {
    id: 'Orang asing yang belum cukup lama bekerja di Indonesia',
    en: 'Foreigner not yet long enough at work in Indonesia',
  },
  'screening.reason.law.jkp-citizens-only': {
    id: 'JKP hanya untuk warga negara Indonesia',
    en: 'JKP is for Indonesian citizens only',
  },
  'screening.reason.law.jkp-registration-age': {
    id: 'Usia di atas batas pendaftaran JKP',
    en: 'Above the JKP registration age',
  },
  'screening.reason.law.jkp-employment-relation': {
    id: 'JKP tanpa hubungan kerja',
    en: 'JKP without an employment relation',
  },
  'screening.reason.law.jkp-prerequisite-programs': {
    id: 'Program prasyarat JKP tidak diikuti',
    en: 'JKP prerequisite programs missing',
  },
  'screening.reason.law.jp-pension-age': {
    id: 'Sudah mencapai usia pensiun (JP)',
    en: 'At or above the pension age (JP)',
  },
  'screening.reason.program.segment': {
    id: 'Segmen bukan sasaran program',
    en: 'Segment not targeted by the program',
  },
  'screening.reason.program.bpu-category': {
    id: 'Kategori BPU bukan sasaran program',
    en: 'BPU category not targeted by the program',
  },
  'screening.reason.program.not-in-dtsen': { id: 'Tidak terdata di DTSEN', en: 'Not in DTSEN' },
  'screening.reason.program.dtsen-decile': {
    id: 'Desil DTSEN di atas batas program',
    en: 'DTSEN decile above the program limit',
  },
  'screening.reason.program.age-below': {
    id: 'Usia di bawah batas program',
    en: 'Age below the program minimum',
  },
  'screening.reason.program.age-above': {
    id: 'Usia di atas batas program',
    en: 'Age above the program maximum',
  },
  'screening.reason.program.sector': {
    id: 'Sektor bukan sasaran program',
    en: 'Sector not targeted by the program',
  },
  'screening.reason.program.region': {
    id: 'Domisili di luar wilayah program',
    en: 'Residence outside the program area',
  },
  'screening.reason.program.active-participant': {
    id: 'Sudah menjadi peserta aktif',
    en: 'Already an active participant',
  },
  'screening.reason.program.funded-by-other-program': {
    id: 'Iuran sudah dibayar program lain',
    en: 'Premium already paid by another program',
  },
};
