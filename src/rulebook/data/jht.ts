/**
 * Rules of the JHT old-age savings (Jaminan Hari Tua): when the balance is paid and how much may be
 * withdrawn early. PP 46/2015 from 2015-07-01; PP 60/2015 rewrote Pasal 26 from 2015-08-12 and left the
 * payout procedure to a ministerial regulation (Permenaker 19/2015, then Permenaker 4/2022 from
 * 2022-04-26).
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries } from '../types.ts';
import { cite } from './cite.ts';

/** @internal First day of PP 46/2015. */
export const JHT_PP46_START = '2015-07-01';
/** @internal First day of PP 60/2015 (promulgated and in force 2015-08-12). */
export const JHT_PP60_START = '2015-08-12';
/** @internal Date Permenaker 4/2022 was set (the library's start of its window). */
export const JHT_PM4_2022_START = '2022-04-26';

const P46 = 'PP 46/2015';
const P60 = 'PP 60/2015';
const PM19 = 'Permenaker 19/2015';
const PM4 = 'Permenaker 4/2022';

/** @internal */
export const jhtRules: readonly AnyRuleSeries[] = [
  {
    id: 'jht.payout-age',
    title: { id: 'Usia pembayaran manfaat JHT', en: 'Age at which JHT is paid' },
    unit: 'years',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PP46_START,
        value: 56,
        citations: [cite(P46, 'Pasal 22 ayat (1); Pasal 29')],
        confidence: 'A',
        note: 'A member still working at 56 may defer the payout until stopping work and keep contributing (Pasal 29).',
      },
    ],
  },
  {
    id: 'jht.payout-events',
    title: {
      id: 'Peristiwa yang membayarkan seluruh saldo JHT',
      en: 'Events on which the whole JHT balance is paid',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PP46_START,
        to: JHT_PP60_START,
        value: ['retirement', 'total-disability', 'death'],
        citations: [
          cite(P46, 'Pasal 22 ayat (1) dan (3); Pasal 23; Pasal 26 ayat (1) huruf a sampai dengan c'),
        ],
        confidence: 'A',
        note: 'Paid at once; on death to the heirs in the order of Pasal 23 (widow or widower or children; then relatives up to the second degree, siblings, parents-in-law, a testamentary heir; otherwise the estate office).',
      },
      {
        from: JHT_PP60_START,
        value: ['retirement', 'total-disability', 'death'],
        citations: [
          cite(P60, 'Pasal I (Pasal 26 ayat (1) sampai dengan ayat (4) PP 46/2015)'),
          cite(P46, 'Pasal 23'),
        ],
        confidence: 'A',
        note: 'Paid at once; on death to the heirs in the order of PP 46/2015 Pasal 23.',
      },
    ],
  },
  {
    id: 'jht.stop-work',
    title: {
      id: 'Pembayaran JHT bagi peserta yang berhenti bekerja sebelum usia pensiun',
      en: 'JHT of a member who stops working before the payout age',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PP46_START,
        to: JHT_PP60_START,
        value: { payout: 'at-payout-age' },
        citations: [cite(P46, 'Pasal 26 ayat (3) (sebelum diubah PP 60/2015)')],
        confidence: 'A',
        note: 'A member dismissed or stopping work before the pension age was paid only on reaching 56. Looked up on the date of the claim.',
      },
      {
        from: JHT_PP60_START,
        to: JHT_PM4_2022_START,
        value: { payout: 'after-waiting', waitingMonths: 1 },
        citations: [
          cite(P60, 'Pasal I (Pasal 26 ayat (5) PP 46/2015)'),
          cite(PM19, 'ketentuan pembayaran manfaat JHT'),
        ],
        confidence: 'C',
        note: 'PP 60/2015 dropped the age-56 rule and left the procedure to the Minister. Permenaker 19/2015 was not read; later reports describe it as paying a member who stops working in one payment after a waiting period of one month, as Permenaker 4/2022 does.',
      },
      {
        from: JHT_PM4_2022_START,
        value: { payout: 'after-waiting', waitingMonths: 1 },
        citations: [cite(PM4, 'Pasal 5, Pasal 6 ayat (2), Pasal 8 dan Pasal 10')],
        confidence: 'B',
        note: 'Resignation, termination and the end of a fixed-term contract: paid in one payment one month after the date of the resignation statement or of the termination. Several independent reports of the regulation agree; its text was not read in full. Permenaker 2/2022 (payout at 56 only) was revoked before it took effect.',
      },
    ],
  },
  {
    id: 'jht.leaving-indonesia',
    title: {
      id: 'Peserta yang meninggalkan Indonesia untuk selama-lamanya dibayar JHT',
      en: 'Members paid their JHT when leaving Indonesia for good',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PP46_START,
        to: JHT_PP60_START,
        value: ['WNI', 'WNA'],
        citations: [cite(P46, 'Pasal 26 ayat (1) huruf d dan ayat (6) (sebelum diubah PP 60/2015)')],
        confidence: 'A',
      },
      {
        from: JHT_PP60_START,
        to: JHT_PM4_2022_START,
        value: ['WNA'],
        citations: [
          cite(P60, 'Pasal I (Pasal 26 PP 46/2015)'),
          cite(PM19, 'ketentuan pembayaran manfaat JHT'),
        ],
        confidence: 'U',
        note: 'PP 60/2015 removed the ground from the PP; what Permenaker 19/2015 said was not read. The library assumes the later rule (foreigners only).',
      },
      {
        from: JHT_PM4_2022_START,
        value: ['WNA'],
        citations: [cite(PM4, 'Pasal 12')],
        confidence: 'B',
        note: 'Foreign nationals only, before or after departure.',
      },
    ],
  },
  {
    id: 'jht.contractual-pension-age',
    title: {
      id: 'Usia pensiun menurut perjanjian kerja, peraturan perusahaan, atau perjanjian kerja bersama berlaku untuk JHT',
      en: 'The pension age of the work agreement, company rules or collective agreement counts for JHT',
    },
    unit: 'flag',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PM4_2022_START,
        value: true,
        citations: [cite(PM4, 'Pasal 6 ayat (1)')],
        confidence: 'B',
        note: 'As quoted by several reports of the regulation; its text was not read in full.',
      },
    ],
  },
  {
    id: 'jht.partial.min-membership-years',
    title: {
      id: 'Masa kepesertaan paling singkat untuk pengambilan sebagian JHT',
      en: 'Years of membership before a partial JHT withdrawal',
    },
    unit: 'years',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PP46_START,
        value: 10,
        citations: [cite(P46, 'Pasal 22 ayat (4)')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'jht.partial.shares',
    title: {
      id: 'Pengambilan sebagian JHT paling banyak, menurut keperluan',
      en: 'Largest partial JHT withdrawal, by purpose',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PP46_START,
        value: { housing: '0.3', other: '0.1' },
        citations: [cite(P46, 'Pasal 22 ayat (5)')],
        confidence: 'A',
        note: 'At most 30 % of the balance for home ownership, or at most 10 % for other needs in preparing for retirement.',
      },
    ],
  },
  {
    id: 'jht.partial.once',
    title: {
      id: 'Pengambilan sebagian JHT hanya satu kali',
      en: 'A partial JHT withdrawal can be made once only',
    },
    unit: 'flag',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PP46_START,
        value: true,
        citations: [cite(P46, 'Pasal 22 ayat (6)')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'jht.yield-crediting',
    title: {
      id: 'Cara perhitungan hasil pengembangan JHT dari tingkat hasil tahunan',
      en: 'How a yearly JHT yield is credited',
    },
    unit: 'text',
    keyedBy: 'date',
    versions: [
      {
        from: JHT_PP46_START,
        value: 'annual-pro-rata',
        citations: [cite(P46, 'Pasal 22 ayat (2) dan (7); Pasal 27')],
        confidence: 'C',
        note: 'The balance is the contributions paid plus the yield (Pasal 22 ayat (2)); BPJS declares the yield yearly and allocates it by a BPJS regulation that was not read (Pasal 27 ayat (4)). The library credits the declared yearly rate on the opening balance for the months of the year elapsed and on each contribution from the end of its month, rounded half-up to the rupiah once a year. The yields themselves are an input: BPJS declares them (7,19 % for 2016 and 5,63 % for 2020 as reported); the library holds none.',
      },
    ],
  },
];
