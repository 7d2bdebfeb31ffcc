// Golden benefit cases. Expected values come from the regulation text or from published figures,
// with the arithmetic written out; never from the code under test.
import type { JkkBenefitInput, JkmBenefitInput, ScholarshipScheduleInput } from 'jamsostek/benefits';

export interface GoldenCase<I> {
  readonly name: string;
  readonly input: I;
  readonly expected: {
    readonly total: number;
    readonly payableNow?: number;
    readonly deferredTotal?: number;
  };
  readonly source: string;
}

export const jkmGolden: readonly GoldenCase<JkmBenefitInput>[] = [
  {
    name: 'non-work death 2025-06-01, member since 2020-01, no arrears',
    input: { eventDate: '2025-06-01', segment: 'PU', membershipStart: '2020-01-01', contributionMonths: 65 },
    expected: { total: 20_000_000 + 12_000_000 + 10_000_000 },
    source:
      'PP 82/2019 Pasal 34 ayat (1) huruf a–c: Rp20.000.000 + Rp12.000.000 + Rp10.000.000 = Rp42.000.000',
  },
  {
    name: 'same death with 24 months of contributions',
    input: { eventDate: '2025-06-01', segment: 'PU', membershipStart: '2020-01-01', contributionMonths: 24 },
    expected: { total: 42_000_000 },
    source: 'PP 82/2019 Pasal 34 ayat (1); scholarship needs 36 months (huruf d)',
  },
  {
    name: 'non-work death 2019-06-01 (PP 44/2015)',
    input: { eventDate: '2019-06-01', segment: 'PU', membershipStart: '2016-01-01', contributionMonths: 40 },
    expected: { total: 16_200_000 + 4_800_000 + 3_000_000 },
    source: 'PP 44/2015 Pasal 34 ayat (1): Rp16.200.000 + 24 × Rp200.000 + Rp3.000.000 = Rp24.000.000',
  },
  {
    name: 'BPU with 2 months unpaid dies 2025-06-01',
    input: {
      eventDate: '2025-06-01',
      segment: 'BPU',
      membershipStart: '2020-01-01',
      contributionMonths: 60,
      arrearsMonths: 2,
    },
    expected: { total: 42_000_000, payableNow: 10_000_000, deferredTotal: 20_000_000 + 12_000_000 },
    source: 'PP 44/2015 Pasal 42 ayat (1): funeral cost now, the rest after the arrears are paid',
  },
  {
    name: 'BPU with 4 months unpaid dies 2025-06-01',
    input: {
      eventDate: '2025-06-01',
      segment: 'BPU',
      membershipStart: '2020-01-01',
      contributionMonths: 60,
      arrearsMonths: 4,
    },
    expected: { total: 0 },
    source: 'PP 44/2015 Pasal 42 ayat (2): more than 3 months unpaid, no JKM right',
  },
  {
    name: 'Pasuruan: Linmas enrolled July 2025, died within 3 months',
    input: { eventDate: '2025-09-15', segment: 'BPU', membershipStart: '2025-07-01', contributionMonths: 2 },
    expected: { total: 10_000_000 },
    source:
      'CNN Indonesia 2025-12-23 (Kab. Pasuruan): 4 heirs × Rp10 juta, membership under 3 months (confidence C)',
  },
  {
    name: 'Pasuruan: fifth heir, membership over 3 months',
    input: { eventDate: '2025-11-20', segment: 'BPU', membershipStart: '2025-07-01', contributionMonths: 4 },
    expected: { total: 42_000_000 },
    source: 'CNN Indonesia 2025-12-23 (Kab. Pasuruan): 1 heir × Rp42 juta',
  },
  {
    name: 'Muaro Jambi 2022: farmer registered a week before death got the full benefit',
    input: { eventDate: '2022-12-08', segment: 'BPU', membershipStart: '2022-12-01', contributionMonths: 1 },
    expected: { total: 42_000_000 },
    source: 'Antara Jambi 2022 (berita 533287): Rp42 juta before the short-membership rule',
  },
];

export const jkkGolden: readonly GoldenCase<JkkBenefitInput>[] = [
  {
    name: 'BPU at Rp1.000.000, work-accident death 2026-03-10',
    input: { eventDate: '2026-03-10', segment: 'BPU', declaredIncome: 1_000_000, death: true },
    expected: { total: 48 * 1_000_000 + 10_000_000 + 12_000_000 },
    source:
      'PP 82/2019 Lampiran III: 60 % × 80 × wage + funeral + periodic = Rp70.000.000 (Probolinggo "Rp42–70 juta")',
  },
  {
    name: 'PU wage Rp5.000.000, total permanent disability',
    input: { eventDate: '2026-03-10', segment: 'PU', wage: 5_000_000, totalDisability: true },
    expected: { total: 0.7 * 80 * 5_000_000 + 12_000_000 },
    source: 'PP 82/2019 Lampiran III: 70 % × 80 × wage = Rp280.000.000, + periodic Rp12.000.000',
  },
  {
    name: 'PU wage Rp5.000.000, loss of the right arm at the shoulder',
    input: {
      eventDate: '2026-03-10',
      segment: 'PU',
      wage: 5_000_000,
      disabilities: [{ row: 'arm-shoulder', side: 'right' }],
    },
    expected: { total: 160_000_000 },
    source: 'Lampiran III row (C): 40 % × 80 × Rp5.000.000 = Rp160.000.000',
  },
  {
    name: 'same arm, 50 % of function lost',
    input: {
      eventDate: '2026-03-10',
      segment: 'PU',
      wage: 5_000_000,
      disabilities: [{ row: 'arm-shoulder', side: 'right', functionLost: '0.5' }],
    },
    expected: { total: 80_000_000 },
    source: '50 % × 40 % × 80 × Rp5.000.000 = Rp80.000.000',
  },
  {
    name: 'STMB 14 months at Rp5.000.000',
    input: { eventDate: '2026-03-10', segment: 'PU', wage: 5_000_000, stmbMonths: 14 },
    expected: { total: 12 * 5_000_000 + 2 * 2_500_000 },
    source: 'PP 82/2019 Lampiran III: 100 % for 12 months, then 50 % = Rp65.000.000',
  },
];

export const scholarshipGolden: readonly GoldenCase<ScholarshipScheduleInput>[] = [
  {
    name: 'two children whose schooling covers every level',
    input: {
      eventDate: '2025-06-01',
      cause: 'work-accident-death',
      children: [{ birthDate: '2021-01-01' }, { birthDate: '2022-03-01' }],
    },
    expected: { total: 2 * (8 * 1_500_000 + 3 * 2_000_000 + 3 * 3_000_000 + 5 * 12_000_000) },
    source:
      'PP 82/2019 Lampiran III (B): Rp87.000.000 per child, Rp174.000.000 for two (Muaro Jambi promise)',
  },
  {
    name: 'child aged 20 starting university',
    input: {
      eventDate: '2025-06-01',
      cause: 'work-accident-death',
      children: [{ birthDate: '2005-01-01', level: 'university' }],
    },
    expected: { total: 3 * 12_000_000 },
    source: 'Years at ages 20, 21, 22; the scholarship stops at 23',
  },
];
