/**
 * Rules of JKK and JKM contributions for Indonesian migrant workers (Pekerja Migran Indonesia).
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries } from '../types.ts';
import { cite } from './cite.ts';

const START = '2023-03-01';
const NOTE =
  'Permenaker 4/2023 replaced Permenaker 18/2018; the earlier regime is not modelled. The day it took effect is taken as 1 March 2023 (month of promulgation, not checked against the official copy).';

/** @internal */
export const migrantRules: readonly AnyRuleSeries[] = [
  {
    id: 'migrant.pre-placement',
    title: { id: 'Iuran JKK dan JKM PMI sebelum bekerja', en: 'Migrant worker JKK and JKM before placement' },
    unit: 'rupiah',
    keyedBy: 'date',
    versions: [
      {
        from: START,
        value: 37_500,
        citations: [cite('Permenaker 4/2023', 'Pasal 18 ayat (1) huruf a')],
        confidence: 'B',
        note: NOTE,
      },
    ],
  },
  {
    id: 'migrant.contract',
    title: {
      id: 'Iuran JKK dan JKM PMI selama dan setelah bekerja, menurut masa perjanjian kerja',
      en: 'Migrant worker JKK and JKM during and after placement, by contract length',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: START,
        value: [
          { months: 6, amount: 108_000 },
          { months: 12, amount: 189_000 },
          { months: 24, amount: 332_500 },
        ],
        citations: [cite('Permenaker 4/2023', 'Pasal 18 ayat (1) huruf b dan ayat (2)')],
        confidence: 'B',
        note: NOTE,
      },
    ],
  },
  {
    id: 'migrant.extra-month',
    title: {
      id: 'Iuran PMI per bulan perpanjangan di atas 24 bulan',
      en: 'Migrant worker amount per month beyond 24',
    },
    unit: 'rupiah',
    keyedBy: 'date',
    versions: [
      {
        from: START,
        value: 13_500,
        citations: [cite('Permenaker 4/2023', 'Pasal 18 ayat (3)')],
        confidence: 'B',
        note: NOTE,
      },
    ],
  },
];
