/**
 * Muaro Jambi (Jambi): the regency pays JKK + JKM for 2.500 vulnerable workers and 829 oil-palm
 * plantation workers from its budget (APBD) and its palm-oil revenue share (DBH sawit). Seed article:
 * launch of 19 December 2025; the BPJS branch head quotes the premium as "Rp16.800 per bulan untuk JKK
 * dan JKM".
 *
 * Run: node --import tsx examples/muaro-jambi.ts
 */
import { bpuContribution, bpuContributionSchedule, formatCount, formatRupiah } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import { compare, done, figure, heading } from './_report.ts';

heading('Premium per worker-month (December 2025, paid through the APBD)');
const december = bpuContribution({ month: '2025-12', declaredIncome: 1_000_000, fundingSource: 'APBD' });
compare(
  'JKK + JKM per worker per month',
  16_800,
  december.total,
  'BPJS Muaro Jambi branch, launch of 19-12-2025',
);
console.log(explain(december, { lang: 'id' }).join('\n'));

heading('2026: a self-paying informal worker versus one paid by the regency (PP 50/2025)');
const selfPaid = bpuContribution({ month: '2026-06', declaredIncome: 1_000_000, fundingSource: 'self' });
const regency = bpuContribution({ month: '2026-06', declaredIncome: 1_000_000, fundingSource: 'APBD' });
compare(
  'self-paying worker, June 2026 (50 % off JKK and JKM)',
  8_400,
  selfPaid.total,
  'PP 50/2025 Pasal 4 ayat (1), Pasal 7 huruf b',
);
compare(
  'worker paid by the APBD, June 2026 (excluded)',
  16_800,
  regency.total,
  'PP 50/2025 Pasal 3 ayat (5)',
);
for (const r of regency.reliefs) {
  figure(`  ${r.relief}`, `${r.status}${r.status === 'refused' ? ` (${r.reason})` : ''}`);
}
console.log(explain(regency, { lang: 'id', sources: false }).join('\n'));

heading('What the regency pays for its 2.500 + 829 workers over 2026 (computed, not published)');
const workers = 2_500 + 829;
const year = bpuContributionSchedule({
  from: '2026-01',
  to: '2026-12',
  declaredIncome: 1_000_000,
  fundingSource: 'APBD',
});
figure('per worker, January–December 2026', `${formatRupiah(year.total)} (12 × Rp16.800)`);
figure(`${formatCount(workers)} workers`, formatRupiah(workers * year.total));
const mandiri = bpuContributionSchedule({ from: '2026-01', to: '2026-12', declaredIncome: 1_000_000 });
figure(
  'the same worker paying for himself in 2026',
  `${formatRupiah(mandiri.total)} (3 × Rp16.800 + 9 × Rp8.400)`,
);

done();
