/**
 * Messages of coverage metrics and claims metrics: exactly the coverage codes of `codes.ts` (a missing
 * or an extra one is a compile error).
 *
 * @internal
 * @module
 */
import type { CoverageStepCode, CoverageTitleCode } from '../codes.ts';
import type { Message } from './types.ts';

const HALF_UP = {
  id: '(persentase dibulatkan setengah ke atas ke 2 desimal)',
  en: '(percentage rounded half-up to 2 decimals)',
};

/** @internal */
export const coverageMessages: Readonly<Record<CoverageStepCode | CoverageTitleCode, Message>> = {
  'title.coverage-ratio': {
    id: 'Cakupan kepesertaan: {covered:n} peserta aktif dari {workingPopulation:n} penduduk bekerja:',
    en: 'Coverage: {covered:n} active participants of {workingPopulation:n} working people:',
  },
  'title.program-share': {
    id: 'Porsi program: {programParticipants:n} peserta program dari {covered:n} peserta aktif:',
    en: 'Program share: {programParticipants:n} program participants of {covered:n} active participants:',
  },
  'title.coverage-impact': {
    id: 'Dampak program {programParticipants:n} peserta terhadap cakupan {workingPopulation:n} penduduk bekerja:',
    en: 'Impact of a program of {programParticipants:n} participants on the coverage of {workingPopulation:n} working people:',
  },
  'title.coverage-target': {
    id: 'Sasaran cakupan {document} untuk tahun {year}:',
    en: 'Coverage target of {document} for {year}:',
  },
  'title.coverage-gap': {
    id: 'Kekurangan peserta terhadap sasaran cakupan [{rate:pct}|{target}]:',
    en: 'Participants still needed for the coverage target [{rate:pct}|{target}]:',
  },
  'title.coverage-path': {
    id: 'Lintasan tahunan menuju sasaran cakupan [{rate:pct}|{target}] dari {fromYear} sampai {byYear}:',
    en: 'Yearly path to the coverage target [{rate:pct}|{target}] from {fromYear} to {byYear}:',
  },
  'title.coverage-report': {
    id: 'Laporan cakupan kepesertaan: {covered:n} peserta aktif dari {workingPopulation:n} penduduk bekerja:',
    en: 'Coverage report: {covered:n} active participants of {workingPopulation:n} working people:',
  },
  'title.claims-metrics': {
    id: 'Manfaat dibayar {total:rp} kepada {beneficiaries:n} penerima:',
    en: 'Benefits of {total:rp} paid to {beneficiaries:n} beneficiaries:',
  },
  'title.benefit-to-premium-ratio': {
    id: 'Rasio manfaat terhadap iuran: manfaat {benefits:rp}, iuran {premiums:rp}:',
    en: 'Benefit-to-premium ratio: benefits {benefits:rp}, premiums {premiums:rp}:',
  },
  'coverage.ratio': {
    id: `Cakupan {covered:n} ÷ {population:n} = {ratio:pct} ${HALF_UP.id}`,
    en: `Coverage {covered:n} ÷ {population:n} = {ratio:pct} ${HALF_UP.en}`,
  },
  'coverage.share': {
    id: `Porsi program {program:n} ÷ {covered:n} = {ratio:pct} ${HALF_UP.id}`,
    en: `Program share {program:n} ÷ {covered:n} = {ratio:pct} ${HALF_UP.en}`,
  },
  'coverage.impact.removed': {
    id: 'Peserta tanpa program: {after:n} − {program:n} = {before:n}',
    en: 'Participants without the program: {after:n} − {program:n} = {before:n}',
  },
  'coverage.impact.added': {
    id: 'Peserta dengan program: {before:n} + {program:n} = {after:n}',
    en: 'Participants with the program: {before:n} + {program:n} = {after:n}',
  },
  'coverage.impact.before': {
    id: `Cakupan tanpa program {covered:n} ÷ {population:n} = {ratio:pct} ${HALF_UP.id}`,
    en: `Coverage without the program {covered:n} ÷ {population:n} = {ratio:pct} ${HALF_UP.en}`,
  },
  'coverage.impact.after': {
    id: `Cakupan dengan program {covered:n} ÷ {population:n} = {ratio:pct} ${HALF_UP.id}`,
    en: `Coverage with the program {covered:n} ÷ {population:n} = {ratio:pct} ${HALF_UP.en}`,
  },
  'coverage.impact.uplift': {
    id: 'Kenaikan cakupan dalam poin persentase: {program:n} ÷ {population:n} = {ratio:pct} dari penduduk bekerja (selisih yang tepat, bukan selisih dua angka yang sudah dibulatkan)',
    en: 'Coverage uplift in percentage points: {program:n} ÷ {population:n} = {ratio:pct} of the working population (the exact difference, not a difference of rounded figures)',
  },
  'coverage.target': {
    id: 'Sasaran {document} untuk tahun {year}: {ratio:pct}',
    en: 'Target of {document} for {year}: {ratio:pct}',
  },
  'coverage.target.indicator': {
    id: 'Indikator: {indicatorId}',
    en: 'Indicator: {indicatorEn}',
  },
  'coverage.required': {
    id: 'Peserta yang diperlukan {target:pct} × {population:n}, dibulatkan ke atas ke pekerja utuh: {required:n}',
    en: 'Participants required {target:pct} × {population:n}, rounded up to a whole worker: {required:n}',
  },
  'coverage.needed': {
    id: 'Masih diperlukan {required:n} − {covered:n} = {needed:n} pekerja',
    en: 'Still needed {required:n} − {covered:n} = {needed:n} workers',
  },
  'coverage.reached': {
    id: 'Sasaran sudah tercapai: {covered:n} ≥ {required:n}',
    en: 'The target is reached: {covered:n} ≥ {required:n}',
  },
  'coverage.gap': {
    id: 'Selisih terhadap sasaran: {target:pct} − {coverage:pct} = {points:n} poin persentase (dari nilai yang tepat, dibulatkan setengah ke atas ke 2 desimal)',
    en: 'Gap to the target: {target:pct} − {coverage:pct} = {points:n} percentage points (from the exact values, rounded half-up to 2 decimals)',
  },
  'coverage.uncovered': {
    id: 'Pekerja yang belum terlindungi: {population:n} − {covered:n} = {uncovered:n}',
    en: 'Workers not covered: {population:n} − {covered:n} = {uncovered:n}',
  },
  'coverage.report.region': {
    id: 'Wilayah (kode Kemendagri): {region}',
    en: 'Region (Kemendagri code): {region}',
  },
  'coverage.report.as-of': {
    id: 'Keadaan per tanggal {asOf}',
    en: 'Figures as of {asOf}',
  },
  'coverage.report.year': {
    id: 'Angka tahun {year}',
    en: 'Figures for {year}',
  },
  'coverage.path.year': {
    id: 'Tahun {year}: tambah {added:n} pekerja, peserta {covered:n}, cakupan {ratio:pct}',
    en: 'Year {year}: add {added:n} workers, participants {covered:n}, coverage {ratio:pct}',
  },
  'claims.average': {
    id: 'Rata-rata manfaat per penerima {total:rp} ÷ {beneficiaries:n} = {amount:rp}',
    en: 'Average benefit per beneficiary {total:rp} ÷ {beneficiaries:n} = {amount:rp}',
  },
  'claims.program': {
    id: 'Manfaat {program}: {paid:rp} ({share:pct} dari jumlah)',
    en: '{program} benefits: {paid:rp} ({share:pct} of the total)',
  },
  'claims.program.average': {
    id: 'Rata-rata manfaat {program} per penerima (÷ {beneficiaries:n}): {amount:rp}',
    en: 'Average {program} benefit per beneficiary (÷ {beneficiaries:n}): {amount:rp}',
  },
  'claims.decomposition': {
    id: 'Manfaat {program} ÷ {unit:rp} = {exact:n}: {claims:n} klaim penuh, sisa {amount:rp}',
    en: '{program} benefits ÷ {unit:rp} = {exact:n}: {claims:n} full claims, remainder {amount:rp}',
  },
  'claims.residual': {
    id: 'Sisa yang tidak dijelaskan program yang dilaporkan: {amount:rp}',
    en: 'Residual not explained by the reported programs: {amount:rp}',
  },
  'claims.benefit-to-premium': {
    id: 'Manfaat {benefits:rp} ÷ iuran {premiums:rp} = {ratio:n}',
    en: 'Benefits {benefits:rp} ÷ premiums {premiums:rp} = {ratio:n}',
  },
};
