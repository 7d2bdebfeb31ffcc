// Screening a roster with Jember-like criteria: BPU workers in DTSEN deciles 1–4, aged 18–65, living in
// the regency, not yet covered and not funded by another program, premium paid from the regional budget.
//
// THE ROSTER BELOW IS MADE UP. Every name and NIK is synthetic (the NIKs start with 0000, which no real
// NIK does); no row describes a real person. The criteria are "Jember-like", not the regency's decree.
//
// Run: node --import tsx examples/jember-targeting.ts [--lang en]
import { type ProgramCriteria, rosterScreening } from 'jamsostek/eligibility';
import { explainResult, heading, lang, say, t, table } from './_report.ts';

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

/** The fields an invalid row can get wrong here, in words. */
const FIELDS: Readonly<Record<string, string>> = {
  birthDate: t('tanggal lahir', 'birth date'),
  dtsenDecile: t('desil DTSEN', 'DTSEN decile'),
};

heading(
  t(
    `Daftar SINTETIS (nama dan NIK karangan), disaring per ${screening.asOf}`,
    `SYNTHETIC roster (made-up names and NIKs), screened as of ${screening.asOf}`,
  ),
);
say(
  t(
    `${screening.eligible.length} dari ${screening.rows} baris memenuhi syarat:`,
    `${screening.eligible.length} of ${screening.rows} rows eligible:`,
  ),
);
table(
  screening.eligible.map((e) => [
    String(e.row),
    SYNTHETIC_ROSTER[e.row - 1]?.name ?? '',
    e.result.discount?.status === 'applied'
      ? t('diberikan', 'given')
      : t('tidak diberikan: iuran dibayar melalui APBD', 'not given: the premium is paid through the APBD'),
  ]),
  [t('Baris', 'Row'), t('Nama', 'Name'), t('Keringanan PP 50/2025', 'PP 50/2025 discount')],
  'rll',
);
say('', t('Ditolak:', 'Rejected:'));
table(
  screening.rejected.flatMap((r) => {
    const why =
      r.kind === 'invalid'
        ? r.issues.map((i) =>
            t(
              `data tidak sah: ${FIELDS[String(i.path[0])] ?? i.path.join('.')}`,
              `invalid data: ${FIELDS[String(i.path[0])] ?? i.path.join('.')}`,
            ),
          )
        : r.reasons.map((x) => x.message[lang]);
    return why.map((w, k) =>
      k === 0 ? [String(r.row), SYNTHETIC_ROSTER[r.row - 1]?.name ?? '', w] : ['', '', w],
    );
  }),
  [t('Baris', 'Row'), t('Nama', 'Name'), t('Alasan', 'Reason')],
  'rll',
);

// The counts by reason, as the screening's explanation gives them (a row with two reasons counts under
// both).
heading(t('Penjelasan penyaringan', 'The screening, explained'));
explainResult(screening, { sources: false });

// The first eligible row, explained.
const first = screening.eligible[0];
if (first) {
  heading(t('Baris pertama yang memenuhi syarat', 'The first eligible row'));
  explainResult(first.result);
}
