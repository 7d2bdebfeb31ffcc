/**
 * Rules for JKM and JKK benefits and children's scholarships, keyed by the date of the event (death,
 * accident, diagnosis): PP 44/2015 from 2015-07-01, as amended by PP 82/2019 from 2019-12-02.
 *
 * @internal
 * @module
 */
import type { IsoDate } from '../../period/iso-date.ts';
import type { RuleCatalog, RuleId } from '../catalog.ts';
import type { AnyRuleSeries, Citation, Confidence, RuleSeries, RuleUnit } from '../types.ts';
import { cite } from './cite.ts';
import { disabilityRules } from './disability.ts';

/** @internal First day of PP 44/2015. */
export const PP44_START: IsoDate = '2015-07-01';
/** @internal First day of PP 82/2019 (promulgated and in force 2 December 2019). */
export const PP82_START: IsoDate = '2019-12-02';

interface Side<V> {
  readonly value: V;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
  readonly note?: string;
}

function twoRegimes<K extends RuleId>(
  id: K,
  title: { id: string; en: string },
  unit: RuleUnit,
  pp44: Side<RuleCatalog[K]>,
  pp82: Side<RuleCatalog[K]>,
): RuleSeries<K> {
  return {
    id,
    title,
    unit,
    keyedBy: 'event-date',
    versions: [
      { from: PP44_START, to: PP82_START, ...pp44 },
      { from: PP82_START, ...pp82 },
    ],
  };
}

function fromPp82<K extends RuleId>(
  id: K,
  title: { id: string; en: string },
  unit: RuleUnit,
  side: Side<RuleCatalog[K]>,
): RuleSeries<K> {
  return { id, title, unit, keyedBy: 'event-date', versions: [{ from: PP82_START, ...side }] };
}

const P44 = 'PP 44/2015';
const P82 = 'PP 82/2019';

/** @internal */
export const benefitRules: readonly AnyRuleSeries[] = [
  twoRegimes(
    'jkm.lump-sum',
    { id: 'Santunan sekaligus JKM', en: 'JKM lump sum' },
    'rupiah',
    { value: 16_200_000, citations: [cite(P44, 'Pasal 34 ayat (1) huruf a')], confidence: 'A' },
    { value: 20_000_000, citations: [cite(P82, 'Pasal 34 ayat (1) huruf a')], confidence: 'A' },
  ),
  twoRegimes(
    'jkm.periodic',
    { id: 'Santunan berkala JKM dibayar sekaligus', en: 'JKM periodic benefit paid at once' },
    'rupiah',
    {
      value: 4_800_000,
      citations: [cite(P44, 'Pasal 34 ayat (1) huruf b')],
      confidence: 'A',
      note: '24 × Rp200.000.',
    },
    {
      value: 12_000_000,
      citations: [cite(P82, 'Pasal 34 ayat (1) huruf b')],
      confidence: 'A',
      note: 'Published as 24 × Rp500.000 (B); the total is in the text.',
    },
  ),
  twoRegimes(
    'jkm.funeral',
    { id: 'Biaya pemakaman JKM', en: 'JKM funeral cost' },
    'rupiah',
    { value: 3_000_000, citations: [cite(P44, 'Pasal 34 ayat (1) huruf c')], confidence: 'A' },
    { value: 10_000_000, citations: [cite(P82, 'Pasal 34 ayat (1) huruf c dan ayat (2)')], confidence: 'A' },
  ),
  twoRegimes(
    'jkm.scholarship.min-contribution-months',
    { id: 'Masa iur minimum untuk beasiswa JKM', en: 'Minimum contribution period for the JKM scholarship' },
    'months',
    { value: 60, citations: [cite(P44, 'Pasal 34 ayat (1) huruf d')], confidence: 'A', note: '5 years.' },
    { value: 36, citations: [cite(P82, 'Pasal 34 ayat (1) huruf d')], confidence: 'A', note: '3 years.' },
  ),
  {
    id: 'jkm.short-membership',
    title: {
      id: 'Manfaat JKM bila meninggal dalam 3 bulan pertama kepesertaan',
      en: 'JKM when death falls in the first 3 months of membership',
    },
    unit: 'table',
    keyedBy: 'event-date',
    versions: [
      {
        from: '2025-02-24',
        value: { months: 3, lumpSum: 0, funeral: 10_000_000, scope: 'all' },
        citations: [cite('Permenaker 1/2025', 'perubahan Permenaker 5/2021 (pasal tidak ditemukan)')],
        confidence: 'C',
        note: 'Reported by BPJS branch heads and a district labour office from July 2025 (Rp10.000.000 as funeral cost, every participant); the article was not found, the start date is the promulgation of Permenaker 1/2025. Variant reported in Meulaboh: BPU only, Rp8.000.000 lump sum + Rp2.000.000 funeral (see SHORT_MEMBERSHIP_VARIANTS).',
      },
    ],
  },
  {
    id: 'arrears.max-months',
    title: {
      id: 'Tunggakan iuran berturut-turut yang masih memberi hak manfaat',
      en: 'Consecutive unpaid months that still keep benefit rights',
    },
    unit: 'months',
    keyedBy: 'event-date',
    versions: [
      {
        from: PP44_START,
        value: 3,
        citations: [cite(P44, 'Pasal 39'), cite(P44, 'Pasal 41'), cite(P44, 'Pasal 42')],
        confidence: 'A',
        note: 'BPU up to 3 months: JKK medical care (Pasal 39) or the JKM funeral cost (Pasal 42) now, the rest after the arrears are paid; more than 3 months: no right. For an employer in arrears more than 3 months the employer pays first (Pasal 41 ayat (2)).',
      },
    ],
  },
  twoRegimes(
    'jkk.medical-care',
    { id: 'Pelayanan kesehatan JKK sesuai kebutuhan medis', en: 'JKK medical care as medically needed' },
    'text',
    {
      value: 'as-needed-no-ceiling',
      citations: [cite(P44, 'Pasal 25 ayat (2) huruf a'), cite(P44, 'Pasal 31')],
      confidence: 'A',
      note: 'No monetary ceiling; hospital care in class I of a public hospital or equivalent.',
    },
    {
      value: 'as-needed-no-ceiling',
      citations: [cite(P82, 'Pasal 25 ayat (2) huruf a'), cite(P44, 'Pasal 31')],
      confidence: 'A',
      note: 'No monetary ceiling; adds home care and diagnostic examinations for occupational disease.',
    },
  ),
  twoRegimes(
    'jkk.death.rate',
    { id: 'Santunan kematian JKK (persen × 80 × upah)', en: 'JKK death benefit (rate × 80 × wage)' },
    'rate',
    { value: '0.6', citations: [cite(P44, 'Pasal 25 ayat (2) huruf b, Lampiran III')], confidence: 'B' },
    { value: '0.6', citations: [cite(P82, 'Pasal 25 ayat (2) huruf b, Lampiran III')], confidence: 'B' },
  ),
  twoRegimes(
    'jkk.death.jkm-floor',
    {
      id: 'Santunan kematian JKK paling sedikit sebesar santunan kematian JKM',
      en: 'JKK death lump sum at least the JKM lump sum',
    },
    'flag',
    {
      value: true,
      citations: [cite(P44, 'Pasal 25 ayat (2) huruf b, Lampiran III')],
      confidence: 'U',
      note: 'No source seen states the floor for deaths before 2 December 2019. The predecessor rule (PP 14/1993 as amended up to PP 53/2012) had the JKK death benefit "sekurang-kurangnya sebesar Jaminan Kematian", and BPJS states the floor without a date; the library applies it with the JKM lump sum of PP 44/2015 (Rp16.200.000), which binds only below a monthly wage of Rp337.500.',
    },
    {
      value: true,
      citations: [cite(P82, 'Pasal 25 ayat (2) huruf b, Lampiran III')],
      confidence: 'B',
      note: 'Lampiran III (not obtained) holds the amount; BPJS Ketenagakerjaan states the death lump sum as 60 % × 80 × the monthly wage, "paling sedikit sebesar santunan kematian JKM" (its website as quoted by detik.com, 8 October 2021; a second page gives "minimal Rp20 juta"). The floor is the JKM lump sum (Rp20.000.000), not the whole JKM benefit; it binds below a monthly wage of Rp416.667.',
    },
  ),
  twoRegimes(
    'jkk.total-disability.rate',
    {
      id: 'Santunan cacat total tetap (persen × 80 × upah)',
      en: 'Total permanent disability (rate × 80 × wage)',
    },
    'rate',
    { value: '0.7', citations: [cite(P44, 'Pasal 25 ayat (2) huruf b, Lampiran III')], confidence: 'B' },
    { value: '0.7', citations: [cite(P82, 'Pasal 25 ayat (2) huruf b, Lampiran III')], confidence: 'B' },
  ),
  twoRegimes(
    'jkk.wage-months',
    {
      id: 'Pengali bulan upah santunan cacat dan kematian JKK',
      en: 'Months of wage in JKK disability and death',
    },
    'count',
    { value: 80, citations: [cite(P44, 'Lampiran III')], confidence: 'B' },
    { value: 80, citations: [cite(P82, 'Lampiran III')], confidence: 'B' },
  ),
  twoRegimes(
    'jkk.periodic',
    { id: 'Santunan berkala JKK dibayar sekaligus', en: 'JKK periodic benefit paid at once' },
    'rupiah',
    { value: 4_800_000, citations: [cite(P44, 'Lampiran III')], confidence: 'C', note: '24 × Rp200.000.' },
    { value: 12_000_000, citations: [cite(P82, 'Lampiran III')], confidence: 'B', note: '24 × Rp500.000.' },
  ),
  twoRegimes(
    'jkk.funeral',
    { id: 'Biaya pemakaman JKK', en: 'JKK funeral cost' },
    'rupiah',
    { value: 3_000_000, citations: [cite(P44, 'Lampiran III')], confidence: 'B' },
    { value: 10_000_000, citations: [cite(P82, 'Lampiran III')], confidence: 'B' },
  ),
  twoRegimes(
    'jkk.stmb.schedule',
    {
      id: 'Santunan sementara tidak mampu bekerja (STMB)',
      en: 'Temporary incapacity (STMB) benefit schedule',
    },
    'table',
    {
      value: [
        { months: 6, rate: '1' },
        { months: 6, rate: '0.75' },
        { months: null, rate: '0.5' },
      ],
      citations: [cite(P44, 'Pasal 25 ayat (2) huruf b, Lampiran III')],
      confidence: 'C',
      note: '100 % for 6 months is corroborated; 75 % for months 7–12 and 50 % afterwards rest on one source.',
    },
    {
      value: [
        { months: 12, rate: '1' },
        { months: null, rate: '0.5' },
      ],
      citations: [cite(P82, 'Pasal 25 ayat (2) huruf b, Lampiran III')],
      confidence: 'B',
      note: '100 % of the wage for 12 months, then 50 % until recovery, disability or death.',
    },
  ),
  twoRegimes(
    'jkk.transport.caps',
    { id: 'Batas biaya pengangkutan per moda', en: 'Transport cost cap per mode' },
    'table',
    {
      value: { land: 1_000_000, sea: 1_500_000, air: 2_500_000 },
      citations: [cite(P44, 'Lampiran III')],
      confidence: 'C',
    },
    {
      value: { land: 5_000_000, sea: 2_000_000, air: 10_000_000 },
      citations: [cite(P82, 'Lampiran III')],
      confidence: 'B',
      note: 'Land includes river and lake; a journey using several modes is reimbursed per mode up to its own cap.',
    },
  ),
  fromPp82('jkk.home-care', { id: 'Perawatan di rumah (homecare)', en: 'Home care' }, 'table', {
    value: { months: 12, amount: 20_000_000 },
    citations: [cite(P82, 'Pasal 25 ayat (2) huruf a angka 13, Lampiran III')],
    confidence: 'B',
    note: 'At most 1 year and Rp20.000.000.',
  }),
  twoRegimes(
    'jkk.dentures.cap',
    { id: 'Batas penggantian gigi tiruan', en: 'Dentures cap' },
    'rupiah',
    { value: 3_000_000, citations: [cite(P44, 'Lampiran III')], confidence: 'C' },
    {
      value: 5_000_000,
      citations: [cite(P82, 'Lampiran III')],
      confidence: 'C',
      note: 'One secondary source.',
    },
  ),
  fromPp82(
    'jkk.hearing-aid.cap',
    { id: 'Batas penggantian alat bantu dengar', en: 'Hearing aid cap' },
    'rupiah',
    {
      value: 2_500_000,
      citations: [cite(P82, 'Pasal 25 ayat (2) huruf b, Lampiran III')],
      confidence: 'C',
      note: 'Covered from PP 82/2019; the cap rests on one secondary source.',
    },
  ),
  fromPp82('jkk.glasses.cap', { id: 'Batas penggantian kacamata', en: 'Glasses cap' }, 'rupiah', {
    value: 1_000_000,
    citations: [cite(P82, 'Pasal 25 ayat (2) huruf b, Lampiran III')],
    confidence: 'U',
    note: 'Coverage is in the text; the cap is unverified.',
  }),
  twoRegimes(
    'jkk.claim-lapse',
    { id: 'Daluwarsa hak menuntut JKK', en: 'JKK claim lapse' },
    'years',
    { value: 2, citations: [cite(P44, 'Pasal 26')], confidence: 'A' },
    { value: 5, citations: [cite(P82, 'Pasal 26')], confidence: 'A' },
  ),
  twoRegimes(
    'scholarship.max-children',
    { id: 'Jumlah anak penerima beasiswa', en: 'Children who may receive the scholarship' },
    'count',
    {
      value: 1,
      citations: [cite(P44, 'Pasal 25 ayat (3)'), cite(P44, 'Pasal 34 ayat (2)')],
      confidence: 'A',
      note: 'One payment for each participant.',
    },
    { value: 2, citations: [cite(P82, 'Pasal 25 ayat (3), Lampiran III')], confidence: 'A' },
  ),
  {
    id: 'scholarship.pp44.amount',
    title: { id: 'Beasiswa pendidikan anak (sekali bayar)', en: "Children's scholarship (one payment)" },
    unit: 'rupiah',
    keyedBy: 'event-date',
    versions: [
      {
        from: PP44_START,
        to: PP82_START,
        value: 12_000_000,
        citations: [cite(P44, 'Pasal 25 ayat (3)'), cite(P44, 'Pasal 34 ayat (2)')],
        confidence: 'A',
      },
    ],
  },
  fromPp82(
    'scholarship.levels',
    { id: 'Beasiswa per anak per tahun menurut jenjang', en: 'Scholarship per child per year by level' },
    'table',
    {
      value: [
        { level: 'TK-SD', perYear: 1_500_000, maxYears: 8 },
        { level: 'SMP', perYear: 2_000_000, maxYears: 3 },
        { level: 'SMA', perYear: 3_000_000, maxYears: 3 },
        { level: 'university', perYear: 12_000_000, maxYears: 5 },
      ],
      citations: [cite(P82, 'Lampiran III'), cite('Permenaker 5/2021', 'ketentuan beasiswa')],
      confidence: 'B',
      note: 'Annex not obtained; many published sources agree (Rp87.000.000 per child, Rp174.000.000 for two).',
    },
  ),
  fromPp82(
    'scholarship.age-limit',
    { id: 'Batas usia penerima beasiswa', en: 'Scholarship age limit' },
    'years',
    {
      value: 23,
      citations: [cite(P82, 'Lampiran III'), cite('Permenaker 5/2021', 'ketentuan beasiswa')],
      confidence: 'B',
      note: 'The scholarship also ends when the child marries or starts working.',
    },
  ),
  fromPp82(
    'scholarship.school-entry-age',
    {
      id: 'Usia masuk sekolah untuk mulai membayar beasiswa',
      en: 'School-entry age at which the scholarship starts',
    },
    'years',
    {
      value: 4,
      citations: [
        cite(P82, 'Lampiran III (beasiswa)'),
        cite('Permenaker 5/2021', 'ketentuan beasiswa pendidikan anak'),
      ],
      confidence: 'U',
      note: "BPJS Ketenagakerjaan and reports of the PP 82/2019 benefits (IDN Times 2019, Tribun Jabar 2023, UMSU) say that for a child who has not yet reached school age at the event, the scholarship is paid when the child enters school; the article (probably Lampiran III, repeated in Permenaker 5/2021) was not found. The age is the library's reading: the TK–SD level lasts up to 8 years (2 of kindergarten, 6 of primary school), and kindergarten (TK kelompok A) admits children from age 4. When the child's actual school start is known, give it as the child's startDate.",
    },
  ),
  ...disabilityRules,
];
