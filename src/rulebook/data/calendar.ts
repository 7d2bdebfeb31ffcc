/**
 * Rules of the payment calendar: when contributions are due, how a due date on a day off moves, the
 * late fines of employers, and how months of lateness are counted. Keyed by the contribution month,
 * except the weekend and joint-leave readings, which are keyed by the date judged.
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries, Citation, RuleSeries } from '../types.ts';
import { cite } from './cite.ts';

const PP44_START = '2015-07-01';
/** First contribution month of the PP 49/2020 relief (August 2020). */
const PP49_START = '2020-08-01';
/** The last relief month, January 2021, whose "30th of the next month" does not exist. */
const PP49_LAST = '2021-01-01';
/** First contribution month after the relief (February 2021). */
const PP49_END = '2021-02-01';

const PU_DUE: readonly Citation[] = [
  cite('PP 44/2015', 'Pasal 21 ayat (2) dan (3)'),
  cite('PP 46/2015', 'Pasal 19 ayat (2) dan (3)'),
  cite('PP 45/2015', 'Pasal 30 ayat (3)'),
];
const PU_DUE_NOTE =
  'JKK, JKM (PP 44/2015) and JHT (PP 46/2015): by the 15th of the month after the contribution month; a 15th on a day off ("hari libur") moves to the next working day. JP (PP 45/2015 Pasal 30 ayat (3)) has the same 15th but no holiday clause; the library moves the whole bill (one payment code) by analogy. For employers other than state organisers.';
const PP49_DUE: readonly Citation[] = [cite('PP 49/2020', 'Pasal 4 ayat (1)')];
const PP49_DUE_NOTE =
  'Contribution months August 2020 to January 2021: by the 30th of the next month instead of the 15th (Pasal 4 ayat (1), quoted by two press clippings); a 30th on a day off moves back to the working day before (Menaker and BPJS statements of September 2020). The PP text itself was not read.';

const BPU_DUE: readonly Citation[] = [cite('PP 44/2015', 'Pasal 24 ayat (3) dan (4)')];
const BPU_DUE_NOTE =
  'JKK and JKM of non-wage participants: by the 15th of the contribution month itself; a 15th on a day off moves to the next working day. (BPU JHT is due by the 15th of the next month, PP 46/2015 Pasal 21 ayat (3); not modelled here.)';

function fineSeries(
  id: 'calendar.fine.jkk-jkm' | 'calendar.fine.jht' | 'calendar.fine.jp',
  title: { id: string; en: string },
  citation: Citation,
  note: string,
): RuleSeries<typeof id> {
  const normal = { rate: '0.02', exempt: ['state' as const] };
  const pp49 = {
    citations: [cite('PP 49/2020', 'Pasal 23 ayat (1)')],
    confidence: 'B' as const,
    note: 'Contribution months August 2020 to January 2021: 0,5 % per month of lateness after the PP 49/2020 deadline (Kontan clipping of the text; BPJS statement of 24 September 2020).',
  };
  return {
    id,
    title,
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      { from: PP44_START, to: PP49_START, value: normal, citations: [citation], confidence: 'A', note },
      { from: PP49_START, to: PP49_END, value: { rate: '0.005', exempt: ['state'] }, ...pp49 },
      { from: PP49_END, value: normal, citations: [citation], confidence: 'A', note },
    ],
  };
}

/** @internal The due dates, fines and readings of the payment calendar. */
export const calendarRules: readonly AnyRuleSeries[] = [
  {
    id: 'calendar.due.pu',
    title: {
      id: 'Batas waktu pembayaran iuran peserta penerima upah',
      en: 'Due date of wage-earner (PU) contributions',
    },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        to: PP49_START,
        value: { day: 15, monthOffset: 1, roll: 'forward' },
        citations: PU_DUE,
        confidence: 'A',
        note: PU_DUE_NOTE,
      },
      {
        from: PP49_START,
        to: PP49_LAST,
        value: { day: 30, monthOffset: 1, roll: 'backward' },
        citations: PP49_DUE,
        confidence: 'B',
        note: PP49_DUE_NOTE,
      },
      {
        from: PP49_LAST,
        to: PP49_END,
        value: { day: 30, monthOffset: 1, roll: 'backward' },
        citations: PP49_DUE,
        confidence: 'U',
        note: 'January 2021: February 2021 has no 30th; the library takes the last day of February (28 February 2021, a Sunday, so Friday 26 February). Unverified.',
      },
      {
        from: PP49_END,
        value: { day: 15, monthOffset: 1, roll: 'forward' },
        citations: PU_DUE,
        confidence: 'A',
        note: PU_DUE_NOTE,
      },
    ],
  },
  {
    id: 'calendar.due.bpu',
    title: {
      id: 'Batas waktu pembayaran iuran peserta bukan penerima upah',
      en: 'Due date of non-wage (BPU) contributions',
    },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        to: PP49_START,
        value: { day: 15, monthOffset: 0, roll: 'forward' },
        citations: BPU_DUE,
        confidence: 'A',
        note: BPU_DUE_NOTE,
      },
      {
        from: PP49_START,
        to: PP49_END,
        value: { day: 15, monthOffset: 0, roll: 'forward' },
        citations: [...BPU_DUE, cite('PP 49/2020', 'Pasal 3 ayat (1), Pasal 4 ayat (1)')],
        confidence: 'U',
        note: 'PP 49/2020 covers "certain" BPU participants; whether its 30th-of-the-next-month deadline replaced the 15th of the month for them is unverified. The library keeps the earlier PP 44/2015 date.',
      },
      {
        from: PP49_END,
        value: { day: 15, monthOffset: 0, roll: 'forward' },
        citations: BPU_DUE,
        confidence: 'A',
        note: BPU_DUE_NOTE,
      },
    ],
  },
  {
    id: 'calendar.weekend',
    title: { id: 'Hari libur mingguan (Sabtu dan Minggu)', en: 'Weekly days off (Saturday and Sunday)' },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: '2015-01-01',
        value: [6, 7],
        citations: [
          cite('PP 44/2015', 'Pasal 21 ayat (3), Pasal 24 ayat (4)'),
          cite('PP 46/2015', 'Pasal 19 ayat (3)'),
        ],
        confidence: 'B',
        note: 'The regulations say only "hari libur" and define neither it nor "hari kerja". Saturday and Sunday are read as days off: BPJS offices and banks close, and the tax rule (PMK 81/2024 Pasal 100 ayat (2)) names them; a reading with weekends as working days would put due dates on Sundays.',
      },
    ],
  },
  {
    id: 'calendar.joint-leave',
    title: {
      id: 'Cuti bersama sebagai hari kerja atau hari libur untuk batas waktu iuran',
      en: 'Joint leave (cuti bersama) as a working day or a day off for due dates',
    },
    unit: 'text',
    keyedBy: 'date',
    versions: [
      {
        from: '2015-01-01',
        value: 'working-day',
        citations: [
          cite('SKB 3 Menteri tentang hari libur nasional dan cuti bersama', 'Diktum KETIGA dan KEEMPAT'),
          cite('PMK 81/2024', 'Pasal 100 ayat (2)'),
        ],
        confidence: 'U',
        note: 'Unsettled. Joint leave is annual leave taken together (the SKB deducts it from annual leave and leaves private employers free to work), so the library reads it as a working day: the earlier, safer due date. Against: offices close, and the tax rule counts joint leave as a day off (PMK 81/2024 Pasal 100 ayat (2); the tax deadline of 15 February 2026 moved to 18 February). BPJS has published no reading. A payment between the two dates is reported as ambiguous, not late.',
      },
    ],
  },
  fineSeries(
    'calendar.fine.jkk-jkm',
    { id: 'Denda keterlambatan iuran JKK dan JKM', en: 'Late fine on JKK and JKM contributions' },
    cite('PP 44/2015', 'Pasal 22 ayat (1) dan (2)'),
    "2 % of the contribution due for every month of lateness, borne by employers other than state organisers and paid with the next month's contribution; no cap and no compounding in the text.",
  ),
  fineSeries(
    'calendar.fine.jht',
    { id: 'Denda keterlambatan iuran JHT', en: 'Late fine on JHT contributions' },
    cite('PP 46/2015', 'Pasal 20 ayat (1) dan (2)'),
    "2 % of the contribution due for every month of lateness, borne by employers other than state organisers and paid with the next month's contribution; no cap and no compounding in the text.",
  ),
  fineSeries(
    'calendar.fine.jp',
    { id: 'Denda keterlambatan iuran JP', en: 'Late fine on JP contributions' },
    cite('PP 45/2015', 'Pasal 31 ayat (1) dan (2)'),
    '2 % of the contribution that should have been remitted for every month of lateness, borne by employers other than state organisers and paid with the total arrears; no cap and no compounding in the text.',
  ),
  {
    id: 'calendar.fine.counting',
    title: {
      id: 'Cara menghitung bulan keterlambatan',
      en: 'How months of lateness are counted',
    },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: { count: 'started-month', anchor: 'due-date' },
        citations: [
          cite('PP 44/2015', 'Pasal 22 ayat (1)'),
          cite('PP 46/2015', 'Pasal 20 ayat (1)'),
          cite('PP 45/2015', 'Pasal 31 ayat (1)'),
        ],
        confidence: 'C',
        note: 'No regulation defines a "month of lateness". A BPJS deputy director (detik, 24 September 2020) said that paying on the 16th already costs the full 2 %: every month begun after the due date counts, from the due date after the holiday roll. Whether BPJS counts from the nominal 15th, or stops counting at some point, is unverified.',
      },
    ],
  },
  {
    id: 'calendar.bpu.no-fine',
    title: {
      id: 'Peserta bukan penerima upah tidak dikenai denda keterlambatan',
      en: 'Non-wage (BPU) participants owe no late fine',
    },
    unit: 'flag',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: true,
        citations: [
          cite('PP 44/2015', 'Pasal 22 ayat (1), Pasal 24'),
          cite('PP 46/2015', 'Pasal 20 ayat (1), Pasal 21'),
        ],
        confidence: 'A',
        note: 'The fine articles name employers only; the BPU payment articles have none. A BPU participant who does not pay loses benefit rights instead (PP 44/2015 Pasal 39 and 42).',
      },
    ],
  },
];
