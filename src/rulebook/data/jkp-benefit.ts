/**
 * Rules of the JKP benefit (Jaminan Kehilangan Pekerjaan): PP 37/2021 from 2021-02-02, as amended by
 * PP 6/2025 from 2025-02-07 (set, promulgated and in force that day, Pasal II angka 4).
 *
 * The cash rate and the wage cap are looked up on the date each benefit month is paid: PP 6/2025
 * Pasal II angka 2 adjusts the benefit from its entry into force, and its Penjelasan Umum says every
 * benefit paid from then on follows it, new claims and the remaining months of running claims alike.
 * The conditions (contribution months, claim deadline) are looked up on the date of the claim.
 *
 * @internal
 * @module
 */
import type { AnyRuleSeries, Citation } from '../types.ts';
import { cite } from './cite.ts';

/** @internal First day of PP 37/2021. */
export const JKP_PP37_START = '2021-02-02';
/** @internal First day of PP 6/2025. */
export const JKP_PP6_START = '2025-02-07';

const P37 = 'PP 37/2021';
const P6 = 'PP 6/2025';

/** A citation of PP 6/2025 amending a Pasal of PP 37/2021. */
function amended(angka: number, pasal: string): Citation {
  return cite(P6, `Pasal I angka ${angka} (Pasal ${pasal} PP 37/2021)`);
}

/** @internal */
export const jkpBenefitRules: readonly AnyRuleSeries[] = [
  {
    id: 'jkp.benefit.rates',
    title: {
      id: 'Manfaat uang tunai JKP: persentase upah per bulan manfaat',
      en: 'JKP cash benefit: share of the wage per benefit month',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        to: JKP_PP6_START,
        value: [
          { months: 3, rate: '0.45' },
          { months: 3, rate: '0.25' },
        ],
        citations: [cite(P37, 'Pasal 21 ayat (1)')],
        confidence: 'A',
        note: 'Looked up on the date each benefit month is paid: 45 % for benefit months 1–3 and 25 % for months 4–6.',
      },
      {
        from: JKP_PP6_START,
        value: [{ months: 6, rate: '0.6' }],
        citations: [amended(5, '21 ayat (1)'), cite(P6, 'Pasal II angka 2; Penjelasan Umum')],
        confidence: 'A',
        note: 'The Penjelasan Umum pays every benefit month paid from 2025-02-07 under PP 6/2025, the remaining months of claims made earlier included. Which day counts as the payment of a month is not defined (Permenaker 7/2021 was not read): give the payment dates when a claim straddles 2025-02-07.',
      },
    ],
  },
  {
    id: 'jkp.benefit.wage-cap',
    title: {
      id: 'Batas atas upah manfaat uang tunai JKP',
      en: 'Wage cap of the JKP cash benefit',
    },
    unit: 'rupiah',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        to: JKP_PP6_START,
        value: 5_000_000,
        citations: [cite(P37, 'Pasal 21 ayat (2) sampai dengan ayat (4)')],
        confidence: 'A',
        note: 'The wage is the last wage the employer reported to BPJS Ketenagakerjaan; above the cap, the cap is used. Pasal 22 has the cap reviewed every two years by PP.',
      },
      {
        from: JKP_PP6_START,
        value: 5_000_000,
        citations: [amended(5, '21 ayat (2) sampai dengan ayat (4)')],
        confidence: 'A',
        note: 'No later PP changing the cap was found up to 2026-12.',
      },
    ],
  },
  {
    id: 'jkp.benefit.contribution-condition',
    title: {
      id: 'Syarat masa iur JKP sebelum pemutusan hubungan kerja',
      en: 'JKP contribution months needed before the job loss',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        to: JKP_PP6_START,
        value: { minMonths: 12, windowMonths: 24 },
        citations: [cite(P37, 'Pasal 19 ayat (3)')],
        confidence: 'A',
        note: 'Looked up on the date of the claim. PP 37/2021 does not say whether the 24 months are calendar months; the library counts calendar months before the month of the job loss, as PP 6/2025 later spelled out.',
      },
      {
        from: JKP_PP6_START,
        value: { minMonths: 12, windowMonths: 24 },
        citations: [amended(3, '19 ayat (3)'), cite(P6, 'Penjelasan Pasal I angka 3 (Pasal 19 ayat (3))')],
        confidence: 'A',
        note: 'The 24 months are calendar months before the job loss; the 12 are JKP contribution months added up across employers (simulation 2 of the Penjelasan counts 6 + 8 = 14 months, the month of the job loss not included).',
      },
    ],
  },
  {
    id: 'jkp.benefit.consecutive-months',
    title: {
      id: 'Syarat iuran JKP berturut-turut sebelum pemutusan hubungan kerja',
      en: 'JKP consecutive contribution months before the job loss',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        to: JKP_PP6_START,
        value: { months: 6, endingAtJobLoss: true },
        citations: [cite(P37, 'Pasal 19 ayat (3)')],
        confidence: 'C',
        note: 'The article asks for at least 6 consecutive months paid "before" the job loss without saying whether they must be the months just before it; the library reads them as the 6 months before the month of the job loss (set endingAtJobLoss to false to accept any run in the window). PP 6/2025 dropped the condition.',
      },
    ],
  },
  {
    id: 'jkp.benefit.claim-deadline',
    title: {
      id: 'Batas waktu pengajuan klaim JKP sejak pemutusan hubungan kerja',
      en: 'Months after the job loss within which JKP must be claimed',
    },
    unit: 'months',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        to: JKP_PP6_START,
        value: 3,
        citations: [cite(P37, 'Pasal 40 huruf a')],
        confidence: 'A',
        note: 'Looked up on the date of the claim.',
      },
      {
        from: JKP_PP6_START,
        value: 6,
        citations: [amended(10, '40 huruf a')],
        confidence: 'A',
        note: 'Looked up on the date of the claim. PP 6/2025 has no transition rule for job losses before 2025-02-07 whose 3-month deadline had run out; the library applies the deadline in force on the claim date and says so.',
      },
    ],
  },
  {
    id: 'jkp.benefit.excluded-reasons',
    title: {
      id: 'Alasan pemutusan hubungan kerja yang dikecualikan dari manfaat JKP',
      en: 'Reasons for the end of work that exclude JKP',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        to: JKP_PP6_START,
        value: ['resignation', 'total-disability', 'retirement', 'death'],
        citations: [cite(P37, 'Pasal 20 ayat (1)')],
        confidence: 'A',
      },
      {
        from: JKP_PP6_START,
        value: ['resignation', 'total-disability', 'retirement', 'death'],
        citations: [amended(4, '20 ayat (1)')],
        confidence: 'A',
      },
    ],
  },
  {
    id: 'jkp.benefit.fixed-term-early-end-only',
    title: {
      id: 'JKP bagi PKWT hanya jika diputus pengusaha sebelum jangka waktunya berakhir',
      en: 'JKP for a fixed-term contract only when the employer ends it before its term',
    },
    unit: 'flag',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        to: JKP_PP6_START,
        value: true,
        citations: [cite(P37, 'Pasal 19 ayat (1); Pasal 20 ayat (2)')],
        confidence: 'A',
      },
      {
        from: JKP_PP6_START,
        value: true,
        citations: [amended(4, '20 ayat (2)')],
        confidence: 'A',
        note: 'The OCR copy of Pasal 20 ayat (2) loses one word ("sebelum [berakhirnya] jangka waktu"); the unamended text of PP 37/2021 has it.',
      },
    ],
  },
  {
    id: 'jkp.benefit.willing-to-work',
    title: {
      id: 'Penerima manfaat JKP harus bersedia bekerja kembali',
      en: 'A JKP beneficiary must be willing to work again',
    },
    unit: 'flag',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        value: true,
        citations: [cite(P37, 'Pasal 19 ayat (2) dan Penjelasannya')],
        confidence: 'A',
        note: 'Willing to work again as a wage earner or self-employed (Penjelasan). PP 6/2025 did not change the ayat.',
      },
    ],
  },
  {
    id: 'jkp.benefit.claim-limit',
    title: {
      id: 'Pengajuan manfaat JKP paling banyak dan masa iur di antaranya',
      en: 'JKP claims in a working life and the contribution months between them',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        value: { claims: 3, contributionMonthsBetween: 60 },
        citations: [cite(P37, 'Pasal 35')],
        confidence: 'A',
        note: 'At most three times in a working life; the second and third claims need 5 years (60 months) of contributions since the previous benefit. PP 6/2025 did not change Pasal 35.',
      },
    ],
  },
  {
    id: 'jkp.benefit.arrears-bpjs-pays',
    title: {
      id: 'Tunggakan iuran pengusaha yang masih dibayar BPJS Ketenagakerjaan (bulan berturut-turut)',
      en: 'Employer arrears up to which BPJS Ketenagakerjaan still pays JKP (consecutive months)',
    },
    unit: 'months',
    keyedBy: 'event-date',
    versions: [
      {
        from: JKP_PP37_START,
        to: JKP_PP6_START,
        value: 3,
        citations: [cite(P37, 'Pasal 39 ayat (1) sampai dengan ayat (6)')],
        confidence: 'A',
        note: 'Arrears of the JKK and JKM contributions that fund JKP. Up to 3 consecutive months BPJS pays and the employer settles the arrears; beyond, the employer pays the cash benefit first and may claim it back after settling.',
      },
      {
        from: JKP_PP6_START,
        value: 3,
        citations: [amended(8, '39')],
        confidence: 'A',
        note: 'Arrears of the JKK contribution that funds JKP. Up to 3 consecutive months BPJS pays; beyond, the employer pays first and may claim it back after settling.',
      },
    ],
  },
  {
    id: 'jkp.benefit.insolvency-bpjs-pays',
    title: {
      id: 'Tunggakan iuran perusahaan pailit atau tutup yang masih dibayar BPJS Ketenagakerjaan (bulan)',
      en: 'Arrears of a bankrupt or closed company up to which BPJS Ketenagakerjaan still pays JKP (months)',
    },
    unit: 'months',
    keyedBy: 'event-date',
    versions: [
      {
        from: JKP_PP6_START,
        value: 6,
        citations: [cite(P6, 'Pasal I angka 9 (Pasal 39A PP 37/2021) dan Penjelasannya')],
        confidence: 'A',
        note: 'Bankruptcy is proved by a final court decision, closure by a dissolution letter of the ministry of law. The employer still owes the arrears and fines. Longer arrears are not regulated; the library then applies the general rule (the employer pays first).',
      },
    ],
  },
  {
    id: 'jkp.benefit.non-cash',
    title: {
      id: 'Manfaat JKP selain uang tunai',
      en: 'JKP benefits other than cash',
    },
    unit: 'table',
    keyedBy: 'date',
    versions: [
      {
        from: JKP_PP37_START,
        value: ['job-market-information', 'job-training'],
        citations: [cite(P37, 'Pasal 18 huruf b dan c; Pasal 25 sampai dengan Pasal 34')],
        confidence: 'A',
        note: 'Access to labour-market information (job vacancies, job guidance by job counsellors through the Sistem Informasi Ketenagakerjaan) and competency-based job training. The PP gives them no rupiah value. PP 6/2025 Pasal I angka 6 and 7 changed who gives the guidance (Pasal 25 ayat (2)) and dropped the ministerial approval of training institutes (Pasal 31 ayat (2) huruf d), not the benefits.',
      },
    ],
  },
];
