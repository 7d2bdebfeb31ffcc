// What three employees of one company receive when they leave in 2026: one laid off, one who resigns
// and one who retires. The JKP benefit, the JHT balance and when it can be withdrawn, and the JP pension
// or lump sum, each with its explanation. The JHT and JP yields below are illustrative inputs: BPJS
// Ketenagakerjaan declares them, and the library holds none.
//
// Run: node --import tsx examples/off-boarding.ts [--lang en]
import { jhtBalance, jhtWithdrawal, jkpBenefit, jpBenefit } from 'jamsostek/benefits';
import { jkkRiskGroup } from 'jamsostek/payroll';
import { explainResult, heading, rp, t, table } from './_report.ts';

const yields = (from: number, to: number, rate: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, rate }));

// The company runs restaurants: which JKK class does the annex suggest?
const group = jkkRiskGroup({ business: 'Rumah makan dan minuman', asOf: '2026-01-01' });
heading(t('Kelompok risiko JKK perusahaan', "The company's JKK risk group"));
explainResult(group, { sources: false });

// 1. Ayu, laid off on 2026-05-15 (open-ended contract), last reported wage Rp7.500.000, in JKP since 2024.
const ayuJkp = jkpBenefit({
  eventDate: '2026-05-15',
  reason: 'dismissal',
  contract: 'open-ended',
  wage: 7_500_000,
  contributions: [{ from: '2024-01', to: '2026-04' }],
  membership: { enterpriseSize: 'medium', programs: ['JKK', 'JKM', 'JHT', 'JP'], jkn: true },
});
const ayuJht = jhtBalance({
  asOf: '2026-04-30',
  contributions: [{ from: '2024-01', to: '2026-04', wage: 7_500_000 }],
  yields: yields(2024, 2026, '0.06'),
});
const ayuWithdrawal = jhtWithdrawal({
  event: 'dismissal',
  eventDate: '2026-05-15',
  asOf: '2026-05-20',
  balance: ayuJht.balance,
});
heading(t('Ayu, terkena PHK', 'Ayu, laid off'));
explainResult(ayuJkp, { sources: false });
explainResult(ayuWithdrawal, { sources: false });

// 2. Budi resigns on 2026-06-30: no JKP, his JHT one month later.
const budiJkp = jkpBenefit({
  eventDate: '2026-06-30',
  reason: 'resignation',
  contract: 'open-ended',
  wage: 6_000_000,
  contributions: [{ from: '2022-01', to: '2026-05' }],
});
const budiWithdrawal = jhtWithdrawal({
  event: 'resignation',
  eventDate: '2026-06-30',
  asOf: '2026-07-01',
  balance: 21_000_000,
});
heading(t('Budi, mengundurkan diri', 'Budi, resigns'));
explainResult(budiJkp, { sources: false });
explainResult(budiWithdrawal, { sources: false });

// 3. Citra, born 1967-03-10, reaches the pension age of 59 on 2026-03-10 with JP since July 2015
//    (128 months, fewer than 180): JHT in full and the JP contributions plus yield at once.
const citraJht = jhtWithdrawal({
  event: 'retirement',
  birthDate: '1967-03-10',
  asOf: '2026-03-20',
  balance: 95_000_000,
});
const citraJp = jpBenefit({
  kind: 'old-age',
  birthDate: '1967-03-10',
  asOf: '2026-04-01',
  contributions: [{ from: '2015-07', to: '2026-02', wage: 9_000_000 }],
  inflation: [],
  yields: yields(2015, 2026, '0.06'),
});
heading(t('Citra, pensiun', 'Citra, retires'));
explainResult(citraJht, { sources: false });
explainResult(citraJp, { sources: false });

const STATUS: Readonly<Record<string, string>> = {
  eligible: t('berhak', 'eligible'),
  'not-eligible': t('tidak berhak', 'not eligible'),
  payable: t('dapat dibayarkan', 'payable'),
  waiting: t('menunggu masa tunggu', 'in its waiting period'),
  'not-payable': t('belum dapat dibayarkan', 'not payable'),
  pension: t('pensiun bulanan', 'monthly pension'),
};
const status = (s: string): string => STATUS[s] ?? s;
heading(t('Ringkasan', 'Summary'));
table(
  [
    [
      'Ayu',
      `${status(ayuJkp.status)}, ${rp(ayuJkp.total)}`,
      `${status(ayuWithdrawal.status)}, ${rp(ayuJht.balance)}`,
      '',
    ],
    ['Budi', status(budiJkp.status), `${status(budiWithdrawal.status)}, ${rp(budiWithdrawal.amount)}`, ''],
    [
      'Citra',
      '',
      `${status(citraJht.status)}, ${rp(citraJht.amount)}`,
      citraJp.status === 'lump-sum' ? rp(citraJp.amount) : status(citraJp.status),
    ],
  ],
  ['', 'JKP', 'JHT', t('JP sekaligus', 'JP lump sum')],
  'llll',
);
