/**
 * Rules of JKK and JKM contributions on construction projects (jasa konstruksi) for casual, piece and
 * fixed-term workers.
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries } from '../types.ts';
import { cite } from './cite.ts';

const START = '2015-07-01';

/** @internal */
export const constructionRules: readonly AnyRuleSeries[] = [
  {
    id: 'construction.wage.jkk-rate',
    title: { id: 'Iuran JKK jasa konstruksi atas upah', en: 'Construction JKK on known wages' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      { from: START, value: '0.0174', citations: [cite('PP 44/2015', 'Pasal 54 ayat (1)')], confidence: 'A' },
    ],
  },
  {
    id: 'construction.wage.jkm-rate',
    title: { id: 'Iuran JKM jasa konstruksi atas upah', en: 'Construction JKM on known wages' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      { from: START, value: '0.003', citations: [cite('PP 44/2015', 'Pasal 55 ayat (1)')], confidence: 'A' },
    ],
  },
  {
    id: 'construction.contract.jkk-tiers',
    title: {
      id: 'Iuran JKK jasa konstruksi atas nilai kontrak',
      en: 'Construction JKK on the contract value',
    },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: START,
        value: [
          { upTo: 100_000_000, rate: '0.0021' },
          { upTo: 500_000_000, rate: '0.0017' },
          { upTo: 1_000_000_000, rate: '0.0013' },
          { upTo: 5_000_000_000, rate: '0.0011' },
          { upTo: null, rate: '0.0009' },
        ],
        citations: [
          cite('PP 44/2015', 'Pasal 54 ayat (2) huruf a–e'),
          cite('PP 44/2015', 'Penjelasan Pasal 54'),
        ],
        confidence: 'A',
        note: 'Marginal: each rate applies to the part of the contract value inside its tier.',
      },
    ],
  },
  {
    id: 'construction.contract.jkm-tiers',
    title: {
      id: 'Iuran JKM jasa konstruksi atas nilai kontrak',
      en: 'Construction JKM on the contract value',
    },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: START,
        value: [
          { upTo: 100_000_000, rate: '0.0003' },
          { upTo: 500_000_000, rate: '0.0002' },
          { upTo: 1_000_000_000, rate: '0.0002' },
          { upTo: 5_000_000_000, rate: '0.0001' },
          { upTo: null, rate: '0.0001' },
        ],
        citations: [
          cite('PP 44/2015', 'Pasal 55 ayat (2) huruf a–e'),
          cite('PP 44/2015', 'Penjelasan Pasal 55'),
        ],
        confidence: 'A',
        note: 'Marginal: each rate applies to the part of the contract value inside its tier.',
      },
    ],
  },
];
