/**
 * Rules for contributions of participants who are not wage earners (Bukan Penerima Upah, BPU).
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries } from '../types.ts';
import { cite } from './cite.ts';
import { pp49JkkJkmRelief } from './relief.ts';

const PP44_START = '2015-07-01';

/** @internal */
export const bpuRules: readonly AnyRuleSeries[] = [
  {
    id: 'bpu.jkk.table',
    title: { id: 'Iuran JKK BPU menurut tingkat penghasilan', en: 'BPU JKK contribution by income level' },
    unit: 'table',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: [
          { income: 1_000_000, amount: 10_000 },
          { income: 20_700_000, amount: 207_000 },
        ],
        citations: [cite('PP 44/2015', 'Pasal 20 ayat (1) dan (2), Lampiran II')],
        confidence: 'B',
        note: 'Only the lowest and the highest level of Lampiran II are known: income Rp1.000.000 → JKK Rp10.000 (every published Rp16.800 premium), and JKK at most Rp207.000 (a BPJS Ketenagakerjaan branch head in 2019 and a 2024 news report), i.e. the level Rp20.700.000 at 1 %. The annex itself was not obtained: the number of levels between them, their boundaries and their amounts are unknown (see bpu.jkk.fallback-rate).',
      },
    ],
  },
  {
    id: 'bpu.jkk.fallback-rate',
    title: {
      id: 'Iuran JKK BPU di luar tingkat yang diketahui (1 %)',
      en: 'BPU JKK for levels not in the known table (1%)',
    },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: '0.01',
        citations: [cite('PP 44/2015', 'Pasal 20 ayat (1), Lampiran II')],
        confidence: 'U',
        note: 'Secondary sources describe Lampiran II as 1 % of the income level (true at the lowest and the highest level). For a declared income between Rp1.000.000 and Rp20.700.000 the library charges 1 % of the declared income itself, taking it as the level the participant chose (Pasal 20 ayat (2)). Unknown: how many levels Lampiran II has, where each starts and ends (and whether the bounds are inclusive), whether a declared income between two levels is charged at the lower or the upper one, and whether every level is exactly 1 %.',
      },
    ],
  },
  {
    id: 'bpu.jkk.lowest-level',
    title: { id: 'Tingkat penghasilan terendah BPU', en: 'Lowest BPU income level' },
    unit: 'rupiah',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: 1_000_000,
        citations: [cite('PP 44/2015', 'Pasal 20 ayat (2), Lampiran II')],
        confidence: 'B',
        note: 'The participant picks the level matching monthly income; the lowest level is Rp1.000.000.',
      },
    ],
  },
  {
    id: 'bpu.jkk.highest-level',
    title: { id: 'Tingkat penghasilan tertinggi BPU', en: 'Highest BPU income level' },
    unit: 'rupiah',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: 20_700_000,
        citations: [cite('PP 44/2015', 'Pasal 20 ayat (1) dan (2), Lampiran II')],
        confidence: 'B',
        note: 'JKK is at most Rp207.000 a month (two sources: Tribun Pontianak 2019 quoting BPJS Ketenagakerjaan, Radar Mukomuko 2024), which at 1 % is the level Rp20.700.000. A higher declared income is charged at this level. The library uses the same level for the optional JHT (PP 46/2015 Pasal 18 lists JHT by the same kind of nominal income levels; that list was not obtained either).',
      },
    ],
  },
  {
    id: 'bpu.jkm.amount',
    title: { id: 'Iuran JKM BPU', en: 'BPU JKM contribution' },
    unit: 'rupiah',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: 6_800,
        citations: [cite('PP 44/2015', 'Pasal 20 ayat (3)'), cite('PP 50/2025', 'Pasal 4 ayat (2) huruf b')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'bpu.jht.rate',
    title: { id: 'Iuran JHT BPU (sukarela)', en: 'BPU JHT contribution (optional)' },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: PP44_START,
        value: '0.02',
        citations: [cite('PP 46/2015', 'Pasal 18 ayat (1), Lampiran')],
        confidence: 'B',
        note: 'Pasal 18 refers to a nominal list in the Lampiran (not obtained); published figures agree on 2 % of the declared income.',
      },
    ],
  },
  pp49JkkJkmRelief,
  {
    id: 'bpu.pp50.transport',
    title: {
      id: 'Keringanan iuran JKK dan JKM BPU sektor transportasi',
      en: 'BPU JKK and JKM discount, transport sector',
    },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2026-01-01',
        to: '2027-04-01',
        value: '0.5',
        citations: [cite('PP 50/2025', 'Pasal 4 ayat (1)'), cite('PP 50/2025', 'Pasal 7 huruf a')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'bpu.pp50.other',
    title: {
      id: 'Keringanan iuran JKK dan JKM BPU selain sektor transportasi',
      en: 'BPU JKK and JKM discount, other sectors',
    },
    unit: 'rate',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2026-04-01',
        to: '2027-01-01',
        value: '0.5',
        citations: [cite('PP 50/2025', 'Pasal 4 ayat (1)'), cite('PP 50/2025', 'Pasal 7 huruf b')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'bpu.pp50.excluded-payers',
    title: {
      id: 'Pembayar yang dikecualikan dari keringanan PP 50/2025',
      en: 'Payers excluded from the PP 50/2025 discount',
    },
    unit: 'text',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2025-12-22',
        value: ['APBN', 'APBD'],
        citations: [cite('PP 50/2025', 'Pasal 3 ayat (5)')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'bpu.pp50.village-budget-excluded',
    title: {
      id: 'APBDes diperlakukan seperti APBD untuk PP 50/2025',
      en: 'Village budgets (APBDes) treated like APBD for PP 50/2025',
    },
    unit: 'flag',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2025-12-22',
        value: true,
        citations: [cite('PP 50/2025', 'Pasal 3 ayat (5)')],
        confidence: 'C',
        note: 'Pasal 3 ayat (5) names only APBN and APBD. Village budgets are funded by Dana Desa (APBN) and by ADD/BKBK transfers (APBD); the library treats them as excluded until BPJS rules otherwise.',
      },
    ],
  },
  {
    id: 'bpu.pp50.categories',
    title: {
      id: 'Kategori BPU yang mendapat keringanan PP 50/2025',
      en: 'BPU categories eligible for the PP 50/2025 discount',
    },
    unit: 'text',
    keyedBy: 'contribution-month',
    versions: [
      {
        from: '2025-12-22',
        value: ['self-employed'],
        citations: [cite('PP 50/2025', 'Pasal 3 ayat (4)')],
        confidence: 'A',
        note: 'Workers outside an employment relation and/or self-employed workers.',
      },
    ],
  },
];
