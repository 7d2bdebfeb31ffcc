/**
 * Rules of the JKP contribution for wage earners: the government's share, the recomposition of the
 * employer's JKK and JKM into JKP, and the JKP wage cap.
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries } from '../types.ts';
import { cite } from './cite.ts';

const PP37 = '2021-02-02';
const PP6 = '2025-02-07';

/** @internal */
export const jkpRules: readonly AnyRuleSeries[] = [
  {
    id: 'pu.jkp.government-rate',
    title: {
      id: 'Iuran JKP yang dibayar Pemerintah Pusat',
      en: 'JKP contribution paid by the central government',
    },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP37,
        to: PP6,
        value: '0.0022',
        citations: [cite('PP 37/2021', 'Pasal 11 ayat (3) dan (4)')],
        confidence: 'A',
      },
      {
        from: PP6,
        value: '0.0022',
        citations: [cite('PP 6/2025', 'Pasal I (Pasal 11 ayat (3) dan (4))')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'pu.jkp.jkk-recomposition-rate',
    title: { id: 'Rekomposisi iuran JKK untuk JKP', en: 'JKK contribution recomposed to JKP' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP37,
        to: PP6,
        value: '0.0014',
        citations: [
          cite('PP 37/2021', 'Pasal 11 ayat (5) huruf a'),
          cite('PP 49/2023', 'Pasal I (Pasal 16A)'),
        ],
        confidence: 'A',
      },
      {
        from: PP6,
        value: '0.0014',
        citations: [cite('PP 6/2025', 'Pasal I (Pasal 11 ayat (5))')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'pu.jkp.jkm-recomposition-rate',
    title: { id: 'Rekomposisi iuran JKM untuk JKP', en: 'JKM contribution recomposed to JKP' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP37,
        to: PP6,
        value: '0.001',
        citations: [
          cite('PP 37/2021', 'Pasal 11 ayat (5) huruf b'),
          cite('PP 49/2023', 'Pasal I (Pasal 18A)'),
        ],
        confidence: 'A',
      },
      {
        from: PP6,
        value: '0',
        citations: [cite('PP 6/2025', 'Pasal I (Pasal 11 ayat (3) dan (5))')],
        confidence: 'U',
        note: 'PP 6/2025 funds JKP (0,36 %) from the government and the JKK recomposition only, so no JKM is recomposed. PP 44/2015 Pasal 18A (inserted by PP 49/2023, JKM 0,20 % for JKP members) was not expressly repealed; open question.',
      },
    ],
  },
  {
    id: 'pu.jkp.wage-cap',
    title: { id: 'Batas atas upah iuran JKP', en: 'JKP wage cap' },
    unit: 'rupiah',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP37,
        to: PP6,
        value: 5_000_000,
        citations: [cite('PP 37/2021', 'Pasal 11 ayat (6)–(8)')],
        confidence: 'A',
      },
      {
        from: PP6,
        value: 5_000_000,
        citations: [cite('PP 6/2025', 'Pasal I (Pasal 11 ayat (6)–(8))')],
        confidence: 'A',
      },
    ],
  },
];
