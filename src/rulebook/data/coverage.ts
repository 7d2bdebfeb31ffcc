/**
 * National targets for coverage of employment social security (cakupan kepesertaan jaminan sosial
 * ketenagakerjaan). Each version holds the definition of its indicator, because planning documents
 * and BPJS reports use different numerators and denominators.
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries } from '../types.ts';
import { cite } from './cite.ts';

const UCJ_INDICATOR = {
  id: 'Persentase pekerja yang menjadi peserta aktif BPJS Ketenagakerjaan terhadap penduduk bekerja (Sakernas BPS)',
  en: 'Share of workers who are active BPJS Ketenagakerjaan participants, of the working population (BPS Sakernas)',
};

/** @internal */
export const coverageRules: readonly AnyRuleSeries[] = [
  {
    id: 'coverage.target.rpjmn-2025-2029',
    title: {
      id: 'Sasaran cakupan jaminan sosial ketenagakerjaan RPJMN 2025–2029',
      en: 'RPJMN 2025–2029 target for employment social-security coverage',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: '2025-01-01',
        to: '2030-01-01',
        value: {
          indicator: UCJ_INDICATOR,
          points: [
            { year: 2025, value: '0.3215' },
            { year: 2029, value: '0.4392' },
          ],
        },
        citations: [cite('Perpres 12/2025 (RPJMN 2025–2029)', 'Lampiran, indikator cakupan kepesertaan')],
        confidence: 'C',
        note: 'Values as quoted in May 2025 reporting of Kemendagri and BPJS Ketenagakerjaan statements (ayonusa.com, kabaran.id); the annex itself was not read. Only the first and last years are known; no value is interpolated.',
      },
    ],
  },
  {
    id: 'coverage.target.rkp-2026',
    title: {
      id: 'Sasaran cakupan jaminan sosial ketenagakerjaan RKP 2026',
      en: 'RKP 2026 target for employment social-security coverage',
    },
    unit: 'table',
    keyedBy: 'date',
    rhythm: {
      kind: 'reset',
      everyYears: 1,
      month: 1,
      publishedBy: {
        id: 'Peraturan Presiden tentang RKP tahun berikutnya, biasanya terbit pada pertengahan tahun sebelumnya; RKP 2027 belum ada di buku aturan',
        en: "the presidential regulation on the next year's government work plan (RKP), usually issued in the middle of the year before; the RKP 2027 target is not in the rulebook",
      },
    },
    versions: [
      {
        from: '2026-01-01',
        to: '2027-01-01',
        value: { indicator: UCJ_INDICATOR, points: [{ year: 2026, value: '0.3499' }] },
        citations: [cite('RKP 2026', 'sasaran cakupan kepesertaan jaminan sosial ketenagakerjaan')],
        confidence: 'C',
        note: 'Value as quoted in May 2025 reporting (ayonusa.com, kabaran.id); the RKP document was not read.',
      },
    ],
  },
  {
    id: 'coverage.target.rpjpn-2025-2045',
    title: {
      id: 'Sasaran cakupan jaminan sosial ketenagakerjaan RPJPN 2025–2045',
      en: 'RPJPN 2025–2045 target for employment social-security coverage',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: '2025-01-01',
        to: '2046-01-01',
        value: { indicator: UCJ_INDICATOR, points: [{ year: 2045, value: '0.995' }] },
        citations: [cite('UU 59/2024 (RPJPN 2025–2045)', 'Lampiran, sasaran pembangunan sosial')],
        confidence: 'C',
        note: 'The 99,5 % by 2045 is quoted by BPJS Ketenagakerjaan and Kemendagri (ayonusa.com, kabaran.id, jpnn.com, 2025); the annex was not read, so the exact wording of the indicator is unverified.',
      },
    ],
  },
];
