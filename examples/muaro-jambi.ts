/**
 * Muaro Jambi (Jambi): the regency pays JKK + JKM for 2.500 vulnerable workers and 829 oil-palm
 * plantation workers from its budget (APBD) and its palm-oil revenue share (DBH sawit). Seed article:
 * launch of 19 December 2025; the BPJS branch head quotes the premium as "Rp16.800 per bulan untuk JKK
 * dan JKM".
 *
 * Run: node --import tsx examples/muaro-jambi.ts [--lang en]
 */
import { bpuContribution, bpuContributionSchedule } from 'jamsostek';
import { compare, done, explainResult, figure, heading, num, rp, t } from './_report.ts';

heading(
  t(
    'Iuran per pekerja per bulan (Desember 2025, dibayar melalui APBD)',
    'Premium per worker-month (December 2025, paid through the APBD)',
  ),
);
const december = bpuContribution({ month: '2025-12', declaredIncome: 1_000_000, fundingSource: 'APBD' });
compare(
  t('JKK + JKM per pekerja per bulan', 'JKK + JKM per worker per month'),
  16_800,
  december.total,
  t('BPJS cabang Muaro Jambi, peluncuran 19-12-2025', 'BPJS Muaro Jambi branch, launch of 19-12-2025'),
);
explainResult(december);

heading(
  t(
    '2026: pekerja informal yang membayar sendiri dan yang dibayar pemerintah kabupaten (PP 50/2025)',
    '2026: a self-paying informal worker versus one paid by the regency (PP 50/2025)',
  ),
);
const selfPaid = bpuContribution({ month: '2026-06', declaredIncome: 1_000_000, fundingSource: 'self' });
const regency = bpuContribution({ month: '2026-06', declaredIncome: 1_000_000, fundingSource: 'APBD' });
compare(
  t(
    'pekerja yang membayar sendiri, Juni 2026 (potongan 50 % JKK dan JKM)',
    'self-paying worker, June 2026 (50% off JKK and JKM)',
  ),
  8_400,
  selfPaid.total,
  'PP 50/2025 Pasal 4 ayat (1), Pasal 7 huruf b',
);
compare(
  t('pekerja yang dibayar APBD, Juni 2026 (dikecualikan)', 'worker paid by the APBD, June 2026 (excluded)'),
  16_800,
  regency.total,
  'PP 50/2025 Pasal 3 ayat (5)',
);
explainResult(regency, { sources: false });

heading(
  t(
    'Yang dibayar pemerintah kabupaten untuk 2.500 + 829 pekerjanya selama 2026 (dihitung, tidak diterbitkan)',
    'What the regency pays for its 2,500 + 829 workers over 2026 (computed, not published)',
  ),
);
const workers = 2_500 + 829;
const year = bpuContributionSchedule({
  from: '2026-01',
  to: '2026-12',
  declaredIncome: 1_000_000,
  fundingSource: 'APBD',
});
figure(
  t('per pekerja, Januari–Desember 2026', 'per worker, January–December 2026'),
  `${rp(year.total)} (12 × ${rp(16_800)})`,
);
figure(t(`${num(workers)} pekerja`, `${num(workers)} workers`), rp(workers * year.total));
const mandiri = bpuContributionSchedule({ from: '2026-01', to: '2026-12', declaredIncome: 1_000_000 });
figure(
  t('pekerja yang sama bila membayar sendiri pada 2026', 'the same worker paying for himself in 2026'),
  `${rp(mandiri.total)} (3 × ${rp(16_800)} + 9 × ${rp(8_400)})`,
);

done();
