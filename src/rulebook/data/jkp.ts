/**
 * Rules of the JKP contribution for wage earners: the government's share, the recomposition of the
 * employer's JKK and JKM into JKP, and the JKP wage cap.
 *
 * The series are keyed on the contribution month, but PP 37/2021 (2 February 2021) and PP 6/2025
 * (7 February 2025) took effect within a month. Neither has a transitional rule for contributions, and a
 * month's contribution falls due only after that date (PP 44/2015 Pasal 21 ayat (2): the 15th of the next month),
 * with no rule that splits a month by days. The library therefore prices the whole contribution month
 * February 2021 under PP 37/2021 and the whole month February 2025 under PP 6/2025, each as a one-month
 * version with its own confidence and note. For February 2025 the legislator's own choice supports the
 * reading: PP 7/2025, promulgated the same day, recomposes "Iuran JKK bulan Februari 2025" into JKP under
 * the new structure (Pasal 9–10).
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../../period/iso-date.ts';
import type { AnyRuleSeries, Citation, RuleVersion } from '../types.ts';
import { cite } from './cite.ts';

/** Contribution month February 2021: PP 37/2021 took effect on the 2nd. */
const PP37_MONTH = '2021-02-01';
const PP37_NEXT = '2021-03-01';
/** Contribution month February 2025: PP 6/2025 took effect on the 7th. */
const PP6_MONTH = '2025-02-01';
const PP6_NEXT = '2025-03-01';

const PP37_NOTE =
  "Transition month: PP 37/2021 took effect on 2 February 2021 (Pasal 50) without a transitional rule for contributions; the library prices the whole contribution month February 2021 under it, because the month's contribution falls due after that date and no rule splits a month by days. Whether BPJS collected JKP for February 2021 was not researched.";
const PP6_NOTE =
  "Transition month: PP 6/2025 took effect on 7 February 2025 (Pasal II angka 4) without a transitional rule for contributions; the library prices the whole contribution month February 2025 under it, because the month's contribution falls due after that date, no rule splits a month by days, and PP 7/2025 (same day, Pasal 9–10) already recomposes the February 2025 JKK under the new structure. No BPJS circular on the point was found.";

/** The four versions of a JKP series: PP 37/2021 (first month apart), PP 6/2025 (first month apart). */
function jkpVersions<V>(
  pp37: { readonly value: V; readonly citations: readonly Citation[]; readonly confidence?: 'A' | 'U' },
  pp6: {
    readonly value: V;
    readonly citations: readonly Citation[];
    readonly confidence?: 'A' | 'U';
    readonly note?: string;
  },
): RuleVersion<V>[] {
  const version = (
    from: IsoDate,
    to: IsoDate | undefined,
    side: typeof pp6,
    confidence: RuleVersion['confidence'],
    note: string | undefined,
  ): RuleVersion<V> => ({
    from,
    ...(to === undefined ? {} : { to }),
    value: side.value,
    citations: side.citations,
    confidence,
    ...(note === undefined ? {} : { note }),
  });
  const weaker = (c: 'A' | 'U' | undefined, transition: 'C' | 'U'): RuleVersion['confidence'] =>
    c === 'U' ? 'U' : transition;
  return [
    version(PP37_MONTH, PP37_NEXT, pp37, 'U', PP37_NOTE),
    version(PP37_NEXT, PP6_MONTH, pp37, pp37.confidence ?? 'A', undefined),
    version(
      PP6_MONTH,
      PP6_NEXT,
      pp6,
      weaker(pp6.confidence, 'C'),
      pp6.note === undefined ? PP6_NOTE : `${PP6_NOTE} ${pp6.note}`,
    ),
    version(PP6_NEXT, undefined, pp6, pp6.confidence ?? 'A', pp6.note),
  ];
}

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
    rhythm: {
      kind: 'review',
      everyYears: 2,
      month: 2,
      publishedBy: {
        id: 'evaluasi iuran JKP setiap 2 tahun; perubahan ditetapkan dengan Peraturan Pemerintah (PP 37/2021 Pasal 12)',
        en: 'review of the JKP contribution every 2 years; a change is made by government regulation (PP 37/2021 Pasal 12)',
      },
    },
    versions: jkpVersions(
      { value: '0.0022', citations: [cite('PP 37/2021', 'Pasal 11 ayat (3) dan (4)')] },
      { value: '0.0022', citations: [cite('PP 6/2025', 'Pasal I (Pasal 11 ayat (3) dan (4))')] },
    ),
  },
  {
    id: 'pu.jkp.jkk-recomposition-rate',
    title: { id: 'Rekomposisi iuran JKK untuk JKP', en: 'JKK contribution recomposed to JKP' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: jkpVersions(
      {
        value: '0.0014',
        citations: [
          cite('PP 37/2021', 'Pasal 11 ayat (5) huruf a'),
          cite('PP 49/2023', 'Pasal I (Pasal 16A)'),
        ],
      },
      { value: '0.0014', citations: [cite('PP 6/2025', 'Pasal I (Pasal 11 ayat (5))')] },
    ),
  },
  {
    id: 'pu.jkp.jkm-recomposition-rate',
    title: { id: 'Rekomposisi iuran JKM untuk JKP', en: 'JKM contribution recomposed to JKP' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: jkpVersions(
      {
        value: '0.001',
        citations: [
          cite('PP 37/2021', 'Pasal 11 ayat (5) huruf b'),
          cite('PP 49/2023', 'Pasal I (Pasal 18A)'),
        ],
      },
      {
        value: '0',
        citations: [cite('PP 6/2025', 'Pasal I (Pasal 11 ayat (3) dan (5))')],
        confidence: 'U',
        note: 'PP 6/2025 funds JKP (0,36 %) from the government and the JKK recomposition only, so no JKM is recomposed. PP 44/2015 Pasal 18A (inserted by PP 49/2023, JKM 0,20 % for JKP members) was not expressly repealed; open question.',
      },
    ),
  },
  {
    id: 'pu.jkp.wage-cap',
    title: { id: 'Batas atas upah iuran JKP', en: 'JKP wage cap' },
    unit: 'rupiah',
    keyedBy: 'contribution-month',
    rhythm: {
      kind: 'review',
      everyYears: 2,
      month: 2,
      publishedBy: {
        id: 'evaluasi batas atas upah JKP setiap 2 tahun; perubahan ditetapkan dengan Peraturan Pemerintah (PP 37/2021 Pasal 12)',
        en: 'review of the JKP wage cap every 2 years; a change is made by government regulation (PP 37/2021 Pasal 12)',
      },
    },
    versions: jkpVersions(
      { value: 5_000_000, citations: [cite('PP 37/2021', 'Pasal 11 ayat (6)–(8)')] },
      { value: 5_000_000, citations: [cite('PP 6/2025', 'Pasal I (Pasal 11 ayat (6)–(8))')] },
    ),
  },
];
