// Screening a roster with Jember-like criteria: BPU workers in DTSEN deciles 1–4, aged 18–65, living in
// the regency, not yet covered and not funded by another program, premium paid from the regional budget.
//
// THE ROSTER BELOW IS MADE UP. Every name and NIK is synthetic (the NIKs start with 0000, which no real
// NIK does); no row describes a real person. The criteria are "Jember-like", not the regency's decree.
//
// Run: node --import tsx examples/jember-targeting.ts
import { type ProgramCriteria, rosterScreening } from 'jamsostek/eligibility';
import { explain } from 'jamsostek/explain';

interface SyntheticRow {
  readonly name: string; // synthetic
  readonly nik: string; // synthetic
  readonly worker: unknown; // as a spreadsheet import would give it: not yet validated
}

const SYNTHETIC_ROSTER: readonly SyntheticRow[] = [
  {
    name: 'Contoh Petani A',
    nik: '0000000000000001',
    worker: { id: 'r1', birthDate: '1978-04-12', segment: 'BPU', dtsenDecile: 2, region: 'jember' },
  },
  {
    name: 'Contoh Ojek B',
    nik: '0000000000000002',
    worker: {
      id: 'r2',
      birthDate: '1990-09-01',
      segment: 'BPU',
      sector: 'transport',
      dtsenDecile: 3,
      region: 'jember',
    },
  },
  {
    name: 'Contoh Pedagang C',
    nik: '0000000000000003',
    worker: { id: 'r3', birthDate: '1985-01-20', segment: 'BPU', dtsenDecile: 6, region: 'jember' },
  },
  {
    name: 'Contoh Buruh D',
    nik: '0000000000000004',
    worker: {
      id: 'r4',
      birthDate: '1995-03-03',
      segment: 'PU',
      enterpriseSize: 'small',
      dtsenDecile: 3,
      region: 'jember',
    },
  },
  {
    name: 'Contoh Nelayan E',
    nik: '0000000000000005',
    worker: {
      id: 'r5',
      birthDate: '1958-11-30',
      segment: 'BPU',
      dtsenDecile: 1,
      region: 'jember',
      activeParticipant: true,
    },
  },
  {
    name: 'Contoh Honorer F',
    nik: '0000000000000006',
    worker: { id: 'r6', birthDate: '2001-06-15', segment: 'BPU', bpuCategory: 'other', dtsenDecile: 4 },
  },
  {
    name: 'Contoh Buruh Tani G',
    nik: '0000000000000007',
    worker: {
      id: 'r7',
      birthDate: '1983-08-08',
      segment: 'BPU',
      dtsenDecile: 2,
      region: 'jember',
      fundedBy: ['dbh-sawit'],
    },
  },
  {
    name: 'Contoh Typo H',
    nik: '0000000000000008',
    worker: { id: 'r8', birthDate: '1980-02-30', segment: 'BPU', dtsenDecile: 12, region: 'jember' },
  },
  {
    name: 'Contoh Belum Di-DTSEN I',
    nik: '0000000000000009',
    worker: { id: 'r9', birthDate: '1999-12-01', segment: 'BPU', region: 'jember' },
  },
];

const criteria: ProgramCriteria = {
  id: 'lingkaran-cinta-like',
  fundingSource: 'APBD',
  segments: ['BPU'],
  maxDtsenDecile: 4,
  age: { min: 18, max: 65 },
  regions: ['jember'],
  notActiveParticipant: true,
  notFundedByOtherProgram: true,
};

const screening = rosterScreening({
  rows: SYNTHETIC_ROSTER.map((r) => r.worker),
  criteria,
  asOf: '2026-05-01',
});

console.log('SYNTHETIC roster (made-up names and NIKs), screened as of', screening.asOf);
console.log(`${screening.eligible.length} of ${screening.rows} rows eligible:`);
for (const e of screening.eligible) {
  const row = SYNTHETIC_ROSTER[e.row - 1];
  console.log(`  row ${e.row} ${row?.name}: PP 50/2025 discount ${e.result.discount?.status ?? '-'}`);
}
console.log('Rejected:');
for (const r of screening.rejected) {
  const row = SYNTHETIC_ROSTER[r.row - 1];
  const why =
    r.kind === 'invalid'
      ? r.issues.map((i) => `invalid ${i.path.join('.')}: ${i.message}`)
      : r.reasons.map((x) => `[${x.source}] ${x.message.id}`);
  console.log(`  row ${r.row} ${row?.name}:`);
  for (const w of why) console.log(`    - ${w}`);
}
// The counts by reason, as the screening's explanation in Indonesian gives them (a row with two reasons
// counts under both).
console.log(`\n${explain(screening, { sources: false }).join('\n')}`);

// The first eligible row, explained in English.
const first = screening.eligible[0];
if (first) console.log(`\n${explain(first.result, { lang: 'en' }).join('\n')}`);
