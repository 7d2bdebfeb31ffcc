/**
 * The JKK partial-disability table (PP 44/2015 Lampiran III as replaced by PP 82/2019): one series per
 * row, so that every row carries its own citation and confidence and can be corrected by an overlay.
 *
 * The official annex was not obtained. Rows of confidence `C` rest on one secondary source that says it
 * follows PP 82/2019; rows of confidence `U` are the long-standing Jamsostek table, not checked against
 * the annex. Percentages are decimal strings; rows that differ by side give `right` and `left` (a
 * left-handed worker swaps them).
 *
 * @internal
 * @module
 */
import type { DisabilityRateValue, DisabilityRowKey } from '../catalog.ts';
import type { AnyRuleSeries, Confidence } from '../types.ts';
import { cite } from './cite.ts';

interface Row {
  readonly key: DisabilityRowKey;
  readonly id: string;
  readonly en: string;
  readonly value: DisabilityRateValue;
  readonly confidence: Confidence;
}

const ROWS: readonly Row[] = [
  {
    key: 'sight-both-eyes',
    id: 'Kehilangan penglihatan kedua mata',
    en: 'Loss of sight, both eyes',
    value: { rate: '0.7' },
    confidence: 'C',
  },
  {
    key: 'sight-one-eye',
    id: 'Kehilangan penglihatan satu mata',
    en: 'Loss of sight, one eye',
    value: { rate: '0.35' },
    confidence: 'C',
  },
  {
    key: 'hearing-both-ears',
    id: 'Kehilangan pendengaran kedua telinga',
    en: 'Loss of hearing, both ears',
    value: { rate: '0.4' },
    confidence: 'C',
  },
  {
    key: 'hearing-one-ear',
    id: 'Kehilangan pendengaran satu telinga',
    en: 'Loss of hearing, one ear',
    value: { rate: '0.2' },
    confidence: 'C',
  },
  {
    key: 'outer-ear-one',
    id: 'Kehilangan satu daun telinga',
    en: 'Loss of one outer ear',
    value: { rate: '0.05' },
    confidence: 'C',
  },
  {
    key: 'outer-ear-both',
    id: 'Kehilangan kedua daun telinga',
    en: 'Loss of both outer ears',
    value: { rate: '0.1' },
    confidence: 'C',
  },
  {
    key: 'nose-tip',
    id: 'Kehilangan cuping hidung',
    en: 'Loss of the nose tip',
    value: { rate: '0.3' },
    confidence: 'C',
  },
  {
    key: 'nasal-septum',
    id: 'Perforasi sekat rongga hidung',
    en: 'Perforated nasal septum',
    value: { rate: '0.15' },
    confidence: 'C',
  },
  {
    key: 'smell',
    id: 'Kehilangan daya penciuman',
    en: 'Loss of smell',
    value: { rate: '0.1' },
    confidence: 'C',
  },
  {
    key: 'colour-vision',
    id: 'Kehilangan daya membedakan warna',
    en: 'Loss of colour vision',
    value: { rate: '0.1' },
    confidence: 'C',
  },
  {
    key: 'arm-shoulder',
    id: 'Lengan dari sendi bahu ke bawah',
    en: 'Arm from the shoulder joint down',
    value: { right: '0.4', left: '0.35' },
    confidence: 'C',
  },
  {
    key: 'arm-elbow',
    id: 'Lengan dari atau di atas siku ke bawah',
    en: 'Arm from or above the elbow down',
    value: { right: '0.35', left: '0.3' },
    confidence: 'U',
  },
  {
    key: 'hand-wrist',
    id: 'Tangan dari atau di atas pergelangan ke bawah',
    en: 'Hand from or above the wrist down',
    value: { right: '0.32', left: '0.28' },
    confidence: 'U',
  },
  {
    key: 'thumb',
    id: 'Ibu jari tangan',
    en: 'Thumb',
    value: { right: '0.15', left: '0.12' },
    confidence: 'U',
  },
  {
    key: 'index-finger',
    id: 'Jari telunjuk',
    en: 'Index finger',
    value: { right: '0.09', left: '0.07' },
    confidence: 'U',
  },
  {
    key: 'other-finger',
    id: 'Jari lain',
    en: 'Other finger',
    value: { right: '0.04', left: '0.03' },
    confidence: 'U',
  },
  {
    key: 'index-finger-phalanx',
    id: 'Ruas pertama jari telunjuk',
    en: 'First phalanx of the index finger',
    value: { right: '0.045', left: '0.035' },
    confidence: 'U',
  },
  {
    key: 'other-finger-phalanx',
    id: 'Ruas pertama jari lain',
    en: 'First phalanx of another finger',
    value: { right: '0.02', left: '0.015' },
    confidence: 'U',
  },
  {
    key: 'legs-both-hip',
    id: 'Kedua kaki dari pangkal paha ke bawah',
    en: 'Both legs from the hip down',
    value: { rate: '0.7' },
    confidence: 'U',
  },
  {
    key: 'leg-hip',
    id: 'Satu kaki dari pangkal paha ke bawah',
    en: 'One leg from the hip down',
    value: { rate: '0.35' },
    confidence: 'U',
  },
  {
    key: 'legs-both-ankle',
    id: 'Kedua kaki dari mata kaki ke bawah',
    en: 'Both legs from the ankle down',
    value: { rate: '0.5' },
    confidence: 'U',
  },
  {
    key: 'leg-ankle',
    id: 'Satu kaki dari mata kaki ke bawah',
    en: 'One leg from the ankle down',
    value: { rate: '0.25' },
    confidence: 'U',
  },
  { key: 'big-toe', id: 'Ibu jari kaki', en: 'Big toe', value: { rate: '0.05' }, confidence: 'U' },
  { key: 'second-toe', id: 'Telunjuk kaki', en: 'Second toe', value: { rate: '0.03' }, confidence: 'U' },
  { key: 'other-toe', id: 'Jari kaki lain', en: 'Other toe', value: { rate: '0.02' }, confidence: 'U' },
  { key: 'impotence', id: 'Impotensi', en: 'Impotence', value: { rate: '0.3' }, confidence: 'U' },
  {
    key: 'leg-shortened-under-5cm',
    id: 'Kaki memendek kurang dari 5 cm',
    en: 'Leg shortened by less than 5 cm',
    value: { rate: '0.1' },
    confidence: 'U',
  },
  {
    key: 'leg-shortened-5-to-7.5cm',
    id: 'Kaki memendek 5 cm sampai kurang dari 7,5 cm',
    en: 'Leg shortened by 5 to under 7.5 cm',
    value: { rate: '0.2' },
    confidence: 'U',
  },
  {
    key: 'leg-shortened-7.5cm-or-more',
    id: 'Kaki memendek 7,5 cm atau lebih',
    en: 'Leg shortened by 7.5 cm or more',
    value: { rate: '0.3' },
    confidence: 'U',
  },
  {
    key: 'mental-capacity',
    id: 'Hilangnya kemampuan kerja mental tetap',
    en: 'Permanent loss of mental work capacity',
    value: { rate: '0.7' },
    confidence: 'U',
  },
];

/** @internal The keys of the rows the official rulebook knows. */
export const DISABILITY_ROW_KEYS: readonly DisabilityRowKey[] = Object.freeze(ROWS.map((r) => r.key));

/** @internal */
export const disabilityRules: readonly AnyRuleSeries[] = ROWS.map(
  (r) =>
    ({
      id: `jkk.disability.${r.key}` as const,
      title: { id: `Persentase cacat: ${r.id}`, en: `Disability percentage: ${r.en}` },
      unit: 'table',
      keyedBy: 'event-date',
      versions: [
        {
          from: '2015-07-01',
          value: r.value,
          citations: [
            cite('PP 44/2015', 'Pasal 25 ayat (2), Lampiran III'),
            cite('PP 82/2019', 'Lampiran III'),
          ],
          confidence: r.confidence,
          note:
            r.confidence === 'C'
              ? 'One secondary source following PP 82/2019; the official annex was not obtained.'
              : 'Long-standing Jamsostek table; not checked against the official annex.',
        },
      ],
    }) as AnyRuleSeries,
);
