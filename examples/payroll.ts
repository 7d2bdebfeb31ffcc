/**
 * Payroll example: one employee's BPJS Ketenagakerjaan contributions in several months, a whole payroll
 * month for three employees, with explanations.
 *
 * Run: node --import tsx examples/payroll.ts [--lang en]
 */
import {
  constructionContribution,
  jpWageCapIndexation,
  migrantWorkerContribution,
  payrollMonth,
  puContribution,
  puContributionSchedule,
} from 'jamsostek/payroll';
import { compare, done, explainResult, heading, rp, t, table } from './_report.ts';

const cases = [
  { month: '2024-06', wage: 10_000_000, riskClass: 1 },
  { month: '2025-06', wage: 12_000_000, riskClass: 1 },
  { month: '2021-06', wage: 20_000_000, riskClass: 1 },
  { month: '2018-02', wage: 8_000_000, riskClass: 1 },
  { month: '2018-03', wage: 8_000_000, riskClass: 1 },
  { month: '2026-01', wage: 5_000_000, riskClass: 1, jkpMember: true },
  { month: '2020-10', wage: 5_000_000, riskClass: 2 },
] as const;

const SIDES = [t('Pemberi kerja', 'Employer'), t('Pekerja', 'Worker'), t('Pemerintah', 'Government')];
for (const input of cases) {
  const r = puContribution(input);
  heading(
    t(
      `${input.month}, upah ${rp(input.wage)}, kelompok risiko ${input.riskClass}`,
      `${input.month}, wage ${rp(input.wage)}, risk class ${input.riskClass}`,
    ),
  );
  const deferred = r.lines.some((l) => l.deferred);
  table(
    [
      ...r.lines.map((l) => [
        l.program,
        rp(l.base),
        rp(l.employer),
        rp(l.worker),
        rp(l.government),
        ...(deferred ? [rp(l.deferred ?? 0)] : []),
      ]),
      [t('Jumlah', 'Total'), '', rp(r.totals.employer), rp(r.totals.worker), rp(r.totals.government)],
    ],
    [t('Program', 'Program'), t('Dasar', 'Base'), ...SIDES, ...(deferred ? [t('Ditunda', 'Deferred')] : [])],
  );
}

heading(t('Penjelasan, peserta JKP 2026-01', 'Explanation, JKP member 2026-01'));
explainResult(puContribution(cases[5]), { sources: false });

heading(t('Setahun dan kasus lain', 'A year and other cases'));
const year = puContributionSchedule({ from: '2024-01', to: '2024-12', wage: 12_000_000, riskClass: 1 });
const project = constructionContribution({ month: '2025-06', contractValue: 180_000_000 });
const migrant = migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 24 });
table([
  [t('Penggajian 2024: JP', '2024 payroll year: JP'), rp(year.totalByProgram.JP ?? 0)],
  [t('Penggajian 2024: pemberi kerja', '2024 payroll year: employer'), rp(year.totals.employer)],
  [t('Penggajian 2024: pekerja', '2024 payroll year: worker'), rp(year.totals.worker)],
  [
    t(`Kontrak konstruksi ${rp(180_000_000)}: JKK`, `Construction contract ${rp(180_000_000)}: JKK`),
    rp(project.jkk),
  ],
  [
    t(`Kontrak konstruksi ${rp(180_000_000)}: JKM`, `Construction contract ${rp(180_000_000)}: JKM`),
    rp(project.jkm),
  ],
  [t('Pekerja migran, perjanjian kerja 24 bulan', 'Migrant worker, 24-month contract'), rp(migrant.total)],
]);

// A payroll month: three employees in June 2025 (see docs/recipes/payroll-month.md).
const june = payrollMonth({
  month: '2025-06',
  employees: [
    { id: 'A-01', wage: 5_000_000, riskClass: 1 },
    { id: 'A-02', wage: 12_000_000, riskClass: 3, jkpMember: true },
    { id: 'A-03', wage: 3_000_000, riskClass: 5 },
  ],
});
heading(t('Penggajian 2025-06, tiga pekerja', 'Payroll 2025-06, three employees'));
table(
  june.employees.map(({ id, result }) => [
    id,
    rp(result.totals.employer),
    rp(result.totals.worker),
    rp(result.employerRemittance),
  ]),
  [
    t('Pekerja', 'Employee'),
    t('Pemberi kerja', 'Employer'),
    t('Dipotong dari upah', 'Withheld'),
    t('Disetor', 'Remitted'),
  ],
);
table(
  Object.entries(june.byProgram)
    .filter(([, x]) => x.total)
    .map(([program, x]) => [program, rp(x.employer), rp(x.worker), rp(x.government)]),
  [t('Program', 'Program'), ...SIDES],
);
compare(
  t('Bagian pemberi kerja sendiri', "The employer's own share"),
  1_341_948,
  june.totals.employer,
  t('hitungan tangan', 'hand arithmetic'),
);
compare(
  t('Dipotong dari upah', 'Withheld from wages'),
  585_474,
  june.totals.worker,
  t('hitungan tangan', 'hand arithmetic'),
);
compare(
  t('Disetor ke BPJS', 'Transferred to BPJS'),
  1_927_422,
  june.employerRemittance,
  t('hitungan tangan', 'hand arithmetic'),
);
compare(
  t('Dibayar Pemerintah Pusat', 'Paid by the central government'),
  11_000,
  june.totals.government,
  t('hitungan tangan', 'hand arithmetic'),
);
explainResult(june, { sources: false });

// PP 45/2015 Pasal 29 ayat (3): the 2025 cap from the 2024 cap and 2024 GDP growth; the 2026 cap from
// the 2025 cap and BPS's 2025 GDP growth (5,11 %): 11.086.300 from 2026-03, as set by BPJS
// Ketenagakerjaan circular B/1226/022026; January and February 2026 keep 10.547.400.
heading(t('Batas upah JP', 'The JP wage cap'));
const cap2025 = jpWageCapIndexation({ month: '2025-03', previousCap: 10_042_300, gdpGrowth: '0.0503' });
const cap2026 = jpWageCapIndexation({ month: '2026-03', previousCap: 10_547_400, gdpGrowth: '0.0511' });
compare(
  t('Batas upah JP sejak 2025-03', 'JP wage cap from 2025-03'),
  10_547_400,
  cap2025.cap,
  t('pengumuman BPJS 2025', 'BPJS announcement 2025'),
);
compare(
  t('Batas upah JP sejak 2026-03', 'JP wage cap from 2026-03'),
  11_086_300,
  cap2026.cap,
  'B/1226/022026',
);

heading(t('Slip gaji November 2026 di atas batas upah JP', 'A November 2026 payslip above the JP wage cap'));
explainResult(puContribution({ month: '2026-11', wage: 15_000_000, riskClass: 1 }));

// March 2027: the 2027 cap is due and not yet published, so the 2026 cap is used as a stale value (U).
const march2027 = puContribution({ month: '2027-03', wage: 15_000_000, riskClass: 1 });
heading(
  t(
    `Maret 2027, keyakinan ${march2027.confidence}: catatan menyebut apa yang belum ada`,
    `March 2027, confidence ${march2027.confidence}: the notices say what is missing`,
  ),
);
explainResult(march2027, { sources: false });
done();
