/**
 * Payroll example: one employee's BPJS Ketenagakerjaan contributions in several months, a whole payroll
 * month for three employees, with explanations. Run with `node --import tsx examples/payroll.ts`.
 */
import { formatRupiah } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import {
  constructionContribution,
  jpWageCapIndexation,
  migrantWorkerContribution,
  payrollMonth,
  puContribution,
  puContributionSchedule,
} from 'jamsostek/payroll';

const cases = [
  { month: '2024-06', wage: 10_000_000, riskClass: 1 },
  { month: '2025-06', wage: 12_000_000, riskClass: 1 },
  { month: '2021-06', wage: 20_000_000, riskClass: 1 },
  { month: '2018-02', wage: 8_000_000, riskClass: 1 },
  { month: '2018-03', wage: 8_000_000, riskClass: 1 },
  { month: '2026-01', wage: 5_000_000, riskClass: 1, jkpMember: true },
  { month: '2020-10', wage: 5_000_000, riskClass: 2 },
] as const;

for (const input of cases) {
  const r = puContribution(input);
  console.log(`\n== ${input.month}, wage ${formatRupiah(input.wage)}, class ${input.riskClass}`);
  for (const l of r.lines)
    console.log(
      `${l.program.padEnd(4)} base ${formatRupiah(l.base).padStart(14)}  employer ${formatRupiah(l.employer).padStart(10)}  worker ${formatRupiah(l.worker).padStart(10)}  government ${formatRupiah(l.government).padStart(8)}${l.deferred ? `  deferred ${formatRupiah(l.deferred)}` : ''}`,
    );
  console.log(
    `employer cash ${formatRupiah(r.totals.employer)}, worker deduction ${formatRupiah(r.totals.worker)}`,
  );
}

console.log('\n== Explanation (English), JKP member 2026-01');
console.log(explain(puContribution(cases[5]), { lang: 'en', sources: false }).join('\n'));

const year = puContributionSchedule({ from: '2024-01', to: '2024-12', wage: 12_000_000, riskClass: 1 });
console.log(
  `\n== 2024 payroll year: JP ${formatRupiah(year.totalByProgram.JP ?? 0)}, employer ${formatRupiah(year.totals.employer)}, worker ${formatRupiah(year.totals.worker)}`,
);

const project = constructionContribution({ month: '2025-06', contractValue: 180_000_000 });
console.log(
  `\n== Construction contract Rp180.000.000: JKK ${formatRupiah(project.jkk)}, JKM ${formatRupiah(project.jkm)}`,
);

const migrant = migrantWorkerContribution({ asOf: '2025-01-10', contractMonths: 24 });
console.log(`== Migrant worker, 24-month contract: ${formatRupiah(migrant.total)}`);

// A payroll month: three employees in June 2025 (see docs/recipes/payroll-month.md).
const june = payrollMonth({
  month: '2025-06',
  employees: [
    { id: 'A-01', wage: 5_000_000, riskClass: 1 },
    { id: 'A-02', wage: 12_000_000, riskClass: 3, jkpMember: true },
    { id: 'A-03', wage: 3_000_000, riskClass: 5 },
  ],
});
console.log('\n== Payroll 2025-06, three employees');
for (const { id, result } of june.employees)
  console.log(
    `${id}  employer ${formatRupiah(result.totals.employer).padStart(12)}  withheld ${formatRupiah(result.totals.worker).padStart(12)}  remitted ${formatRupiah(result.employerRemittance).padStart(12)}`,
  );
for (const [program, t] of Object.entries(june.byProgram))
  if (t.total)
    console.log(
      `${program.padEnd(4)} employer ${formatRupiah(t.employer).padStart(12)}  workers ${formatRupiah(t.worker).padStart(12)}  government ${formatRupiah(t.government).padStart(9)}`,
    );
console.log(`employer's own share ${formatRupiah(june.totals.employer)}`); // 1.341.948
console.log(`withheld from wages  ${formatRupiah(june.totals.worker)}`); // 585.474
console.log(`transferred to BPJS  ${formatRupiah(june.employerRemittance)}`); // 1.927.422
console.log(`paid by government   ${formatRupiah(june.totals.government)}, confidence ${june.confidence}`);
console.log(explain(june, { lang: 'en', sources: false }).join('\n'));

// PP 45/2015 Pasal 29 ayat (3): the 2025 cap from the 2024 cap and 2024 GDP growth.
const cap2025 = jpWageCapIndexation({ month: '2025-03', previousCap: 10_042_300, gdpGrowth: '0.0503' });
console.log(`\n== JP wage cap from 2025-03: ${formatRupiah(cap2025.cap)} (confidence ${cap2025.confidence})`);

// The 2026 cap from the 2025 cap and BPS's 2025 GDP growth (5,11 %): 11.086.300 from 2026-03, as set by
// BPJS Ketenagakerjaan circular B/1226/022026; January and February 2026 keep 10.547.400.
const cap2026 = jpWageCapIndexation({ month: '2026-03', previousCap: 10_547_400, gdpGrowth: '0.0511' });
console.log(`== JP wage cap from 2026-03: ${formatRupiah(cap2026.cap)} (confidence ${cap2026.confidence})`);

console.log('\n== A November 2026 payslip above the cap (English)');
console.log(
  explain(puContribution({ month: '2026-11', wage: 15_000_000, riskClass: 1 }), { lang: 'en' }).join('\n'),
);

// March 2027: the 2027 cap is due and not yet published, so the 2026 cap is used as a stale value (U).
const march2027 = puContribution({ month: '2027-03', wage: 15_000_000, riskClass: 1 });
console.log(`\n== March 2027, confidence ${march2027.confidence}: the notices say what is missing`);
const lines = explain(march2027, { lang: 'en', sources: false });
console.log(lines.slice(lines.indexOf('Notes:')).join('\n'));
