// Reproduces published benefit figures: the Kabupaten Pasuruan handover of December 2025 (four heirs
// received Rp10 juta because membership was under 3 months, one heir Rp42 juta) and the Muaro Jambi
// promise (JKM Rp42 juta; scholarships up to Rp174 juta for two children). Membership and death dates
// are illustrative: the reports give only "enrolled July 2025" and "handed over 1 December 2025".
//
// Run: node --import tsx examples/pasuruan-heirs.ts [--lang en]
import type { IsoDate } from 'jamsostek';
import { jkkBenefit, jkmBenefit, scholarshipSchedule } from 'jamsostek/benefits';
import { compare, done, explainResult, heading, rp, t } from './_report.ts';

const PASURUAN = t('penyerahan santunan Kab. Pasuruan, Des 2025', 'Kab. Pasuruan handover, Dec 2025');
const MUARO = t('peluncuran Muaro Jambi, 19 Des 2025', 'Muaro Jambi launch, 19 Dec 2025');

// Kab. Pasuruan: Satpol PP / Linmas enrolled as BPU in July 2025.
heading(t('Kabupaten Pasuruan: lima ahli waris', 'Kabupaten Pasuruan: five heirs'));
const shortDeaths: readonly IsoDate[] = ['2025-08-10', '2025-08-28', '2025-09-05', '2025-09-20'];
let pasuruan = 0;
shortDeaths.forEach((eventDate, i) => {
  const r = jkmBenefit({ eventDate, segment: 'BPU', membershipStart: '2025-07-01', contributionMonths: 2 });
  pasuruan += r.total;
  compare(
    t(`Ahli waris ${i + 1} (kepesertaan kurang dari 3 bulan)`, `Heir ${i + 1} (membership under 3 months)`),
    10_000_000,
    r.total,
    PASURUAN,
  );
});
const fifth = jkmBenefit({
  eventDate: '2025-11-10',
  segment: 'BPU',
  membershipStart: '2025-07-01',
  contributionMonths: 4,
});
pasuruan += fifth.total;
compare(
  t('Ahli waris 5 (kepesertaan lebih dari 3 bulan)', 'Heir 5 (membership over 3 months)'),
  42_000_000,
  fifth.total,
  PASURUAN,
);
compare(t('Kelima ahli waris', 'All five heirs'), 82_000_000, pasuruan, PASURUAN);

// Muaro Jambi: JKM Rp42 juta; scholarships up to Rp174 juta for two children; a work-accident death of a
// farmer at the Rp1.000.000 income level.
heading(t('Muaro Jambi: yang dijanjikan kepada keluarga', 'Muaro Jambi: what the families were promised'));
const jambi = jkmBenefit({
  eventDate: '2025-12-20',
  segment: 'BPU',
  membershipStart: '2025-01-01',
  contributionMonths: 11,
});
compare('JKM', 42_000_000, jambi.total, MUARO);
const kids = scholarshipSchedule({
  eventDate: '2025-12-20',
  cause: 'work-accident-death',
  children: [{ birthDate: '2021-01-01' }, { birthDate: '2022-03-01' }],
});
compare(t('Beasiswa, dua anak', 'Scholarships, two children'), 174_000_000, kids.total, MUARO);
const accident = jkkBenefit({
  eventDate: '2025-12-20',
  segment: 'BPU',
  declaredIncome: 1_000_000,
  death: true,
});
compare(
  t(
    `Kematian BPU karena kecelakaan kerja, penghasilan ${rp(1_000_000)} ("hingga Rp70 juta")`,
    `BPU work-accident death at ${rp(1_000_000)} ("up to Rp70 million")`,
  ),
  70_000_000,
  accident.total,
  MUARO,
);

heading(
  t(
    'Surat untuk ahli waris 1, seperti dijelaskan jamsostek',
    'The letter for heir 1, as jamsostek explains it',
  ),
);
explainResult(
  jkmBenefit({
    eventDate: shortDeaths[0] ?? '2025-08-10',
    segment: 'BPU',
    membershipStart: '2025-07-01',
    contributionMonths: 2,
  }),
);
done();
