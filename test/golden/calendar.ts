/**
 * Golden due dates: the regulation's day, moved off the days off of that year's SKB, worked out by hand
 * from the published holiday lists (the weekday of every date checked on a calendar).
 */
import type { Segment } from '../../src/index.ts';

export interface DueDateGoldenCase {
  readonly name: string;
  readonly segment: Segment;
  readonly month: `${number}-${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12'}`;
  /** The due date when joint leave counts as a working day (the library's default). */
  readonly workingDay: `${number}-${string}-${string}`;
  /** The due date when joint leave counts as a day off. */
  readonly holiday: `${number}-${string}-${string}`;
  readonly why: string;
}

export const dueDateGolden: readonly DueDateGoldenCase[] = [
  {
    name: 'PU 2025-07: Friday 15 August 2025 is a working day',
    segment: 'PU',
    month: '2025-07',
    workingDay: '2025-08-15',
    holiday: '2025-08-15',
    why: 'PP 44/2015 Pasal 21 ayat (2): the 15th of the next month; 15 August 2025 is a Friday and no holiday (SKB 1017/2024 as amended by 933/2025: 17 and 18 August only)',
  },
  {
    name: 'PU 2026-04: Friday 15 May 2026 is joint leave (Ascension)',
    segment: 'PU',
    month: '2026-04',
    workingDay: '2026-05-15',
    holiday: '2026-05-18',
    why: 'SKB 1497/2025: 14 May Ascension Day, 15 May joint leave; 16–17 May weekend',
  },
  {
    name: 'PU 2026-02: Sunday 15 March 2026 moves to Monday the 16th',
    segment: 'PU',
    month: '2026-02',
    workingDay: '2026-03-16',
    holiday: '2026-03-16',
    why: '15 March 2026 is a Sunday; the Nyepi and Eid days off start on 18 March (SKB 1497/2025)',
  },
  {
    name: 'PU 2022-03: Good Friday 15 April 2022 moves to Monday the 18th',
    segment: 'PU',
    month: '2022-03',
    workingDay: '2022-04-18',
    holiday: '2022-04-18',
    why: 'SKB 963/2021: 15 April 2022 Wafat Isa Almasih; 16–17 April weekend',
  },
  {
    name: 'PU 2024-08: Sunday 15 September 2024, then the Prophet’s Birthday on Monday',
    segment: 'PU',
    month: '2024-08',
    workingDay: '2024-09-17',
    holiday: '2024-09-17',
    why: 'SKB 855/2023: 16 September 2024 Maulid Nabi Muhammad SAW',
  },
  {
    name: 'PU 2017-01: regional-election day 15 February 2017',
    segment: 'PU',
    month: '2017-01',
    workingDay: '2017-02-16',
    holiday: '2017-02-16',
    why: 'Keppres 3/2017: 15 February 2017 (Wednesday) voting day',
  },
  {
    name: 'BPU 2018-06: Eid al-Fitr 15–16 June 2018, joint leave 18–20 June',
    segment: 'BPU',
    month: '2018-06',
    workingDay: '2018-06-18',
    holiday: '2018-06-21',
    why: 'SKB 2018 as amended by 223/2018: 15–16 June Idul Fitri, 17 June Sunday, 18–20 June joint leave',
  },
  {
    name: 'BPU 2024-04: Monday 15 April 2024 is joint leave',
    segment: 'BPU',
    month: '2024-04',
    workingDay: '2024-04-15',
    holiday: '2024-04-16',
    why: 'SKB 855/2023: 8, 9, 12 and 15 April joint leave',
  },
  {
    name: 'BPU 2024-06: Saturday 15 June 2024, Eid al-Adha on Monday, joint leave Tuesday',
    segment: 'BPU',
    month: '2024-06',
    workingDay: '2024-06-18',
    holiday: '2024-06-19',
    why: 'SKB 855/2023: 17 June Idul Adha, 18 June joint leave',
  },
  {
    name: 'BPU 2026-02: Sunday 15 February 2026, joint leave Monday, Chinese New Year Tuesday',
    segment: 'BPU',
    month: '2026-02',
    workingDay: '2026-02-16',
    holiday: '2026-02-18',
    why: 'SKB 1497/2025: 16 February joint leave, 17 February Imlek (the tax deadline of that day moved to the 18th)',
  },
  {
    name: 'BPU 2026-08: Saturday 15 August 2026, Independence Day on Monday',
    segment: 'BPU',
    month: '2026-08',
    workingDay: '2026-08-18',
    holiday: '2026-08-18',
    why: 'SKB 1497/2025: 17 August 2026 (Monday) Proklamasi Kemerdekaan',
  },
  {
    name: 'BPU 2027-05: Saturday 15 May 2027, Eid al-Adha, two joint-leave days, Vesak',
    segment: 'BPU',
    month: '2027-05',
    workingDay: '2027-05-18',
    holiday: '2027-05-21',
    why: 'SKB 1205/2026: 17 May Idul Adha, 18–19 May joint leave, 20 May Waisak',
  },
  {
    name: 'PU 2020-08 (PP 49/2020): Wednesday 30 September 2020',
    segment: 'PU',
    month: '2020-08',
    workingDay: '2020-09-30',
    holiday: '2020-09-30',
    why: 'PP 49/2020 Pasal 4 ayat (1): the 30th of the next month',
  },
  {
    name: 'PU 2020-09 (PP 49/2020): 30 October 2020 is joint leave; back to the 27th if it counts',
    segment: 'PU',
    month: '2020-09',
    workingDay: '2020-10-30',
    holiday: '2020-10-27',
    why: 'SKB 2020: 28 and 30 October joint leave, 29 October Maulid; the PP 49/2020 roll goes back',
  },
  {
    name: 'PU 2020-11 (PP 49/2020): 30 December 2020, its joint leave cancelled',
    segment: 'PU',
    month: '2020-11',
    workingDay: '2020-12-30',
    holiday: '2020-12-30',
    why: 'SKB 744/2020 (1 December 2020) cancelled the joint leave of 28–30 December 2020',
  },
  {
    name: 'PU 2020-12 (PP 49/2020): Saturday 30 January 2021 goes back to Friday the 29th',
    segment: 'PU',
    month: '2020-12',
    workingDay: '2021-01-29',
    holiday: '2021-01-29',
    why: 'PP 49/2020 Pasal 4 ayat (1) with the roll back to the previous working day',
  },
];
