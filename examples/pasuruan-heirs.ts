// Reproduces published benefit figures: the Kabupaten Pasuruan handover of December 2025 (four heirs
// received Rp10 juta because membership was under 3 months, one heir Rp42 juta) and the Muaro Jambi
// promise (JKM Rp42 juta; scholarships up to Rp174 juta for two children). Membership and death dates
// are illustrative: the reports give only "enrolled July 2025" and "handed over 1 December 2025".
//
// Run: node --import tsx examples/pasuruan-heirs.ts
import { formatRupiah, type IsoDate } from 'jamsostek';
import { jkkBenefit, jkmBenefit, scholarshipSchedule } from 'jamsostek/benefits';
import { explain } from 'jamsostek/explain';

const rows: [string, number, number][] = [];
function show(label: string, published: number, computed: number): void {
  rows.push([label, published, computed]);
}

// Kab. Pasuruan: Satpol PP / Linmas enrolled as BPU in July 2025.
const shortDeaths: readonly IsoDate[] = ['2025-08-10', '2025-08-28', '2025-09-05', '2025-09-20'];
let pasuruan = 0;
shortDeaths.forEach((eventDate, i) => {
  const r = jkmBenefit({ eventDate, segment: 'BPU', membershipStart: '2025-07-01', contributionMonths: 2 });
  pasuruan += r.total;
  show(`Pasuruan heir ${i + 1} (membership under 3 months)`, 10_000_000, r.total);
});
const fifth = jkmBenefit({
  eventDate: '2025-11-10',
  segment: 'BPU',
  membershipStart: '2025-07-01',
  contributionMonths: 4,
});
pasuruan += fifth.total;
show('Pasuruan heir 5 (membership over 3 months)', 42_000_000, fifth.total);
show('Pasuruan, all five heirs', 82_000_000, pasuruan);

// Muaro Jambi: JKM Rp42 juta; scholarships up to Rp174 juta for two children; a work-accident death of a
// farmer at the Rp1.000.000 income level.
const jambi = jkmBenefit({
  eventDate: '2025-12-20',
  segment: 'BPU',
  membershipStart: '2025-01-01',
  contributionMonths: 11,
});
show('Muaro Jambi JKM', 42_000_000, jambi.total);
const kids = scholarshipSchedule({
  eventDate: '2025-12-20',
  cause: 'work-accident-death',
  children: [{ birthDate: '2021-01-01' }, { birthDate: '2022-03-01' }],
});
show('Muaro Jambi scholarships, two children', 174_000_000, kids.total);
const accident = jkkBenefit({
  eventDate: '2025-12-20',
  segment: 'BPU',
  declaredIncome: 1_000_000,
  death: true,
});
show('BPU work-accident death at Rp1.000.000 (officials: "up to Rp70 juta")', 70_000_000, accident.total);

let ok = true;
for (const [label, published, computed] of rows) {
  const same = published === computed;
  ok &&= same;
  console.log(
    `${same ? 'OK  ' : 'DIFF'} ${label}: published ${formatRupiah(published)}, computed ${formatRupiah(computed)}`,
  );
}
console.log('\nThe letter for heir 1, as jamsostek explains it:\n');
console.log(
  explain(
    jkmBenefit({
      eventDate: shortDeaths[0] ?? '2025-08-10',
      segment: 'BPU',
      membershipStart: '2025-07-01',
      contributionMonths: 2,
    }),
  ).join('\n'),
);
if (!ok) process.exit(1);
