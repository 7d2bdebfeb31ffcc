/**
 * Writes the two spreadsheet rosters of examples/agencies.ts: a welfare office (Dinas Sosial) and a
 * labour office (Disnaker) list of one regency, as agencies send them in. Every person is made up
 * (names "SINTETIS", invented NIKs); the files are committed, this script is how they were made.
 *
 * What they hold on purpose: 6 NIKs on both lists; in the Disnaker list one NIK typed as a number (its
 * 16th digit lost), one sex that the NIK contradicts, a "Keterangan" column the roster does not know,
 * and a second sheet of notes; birth dates as spreadsheet dates.
 *
 * Run: node --import tsx examples/data/make-rosters.ts
 */
import { writeFileSync } from 'node:fs';
import { writeXlsx } from 'hucre/xlsx';

type Cell = string | number | Date | null;

/** A plausible NIK of regency 35.09 (Jember), district `d`, born on `born`, a woman when `female`. */
function nik(d: number, born: Date, female: boolean, serial: number): string {
  const day = born.getUTCDate() + (female ? 40 : 0);
  const two = (n: number) => String(n).padStart(2, '0');
  return `3509${two(d)}${two(day)}${two(born.getUTCMonth() + 1)}${two(born.getUTCFullYear() % 100)}${String(serial).padStart(4, '0')}`;
}

const villages = ['Ajung', 'Sukorambi', 'Kalisat', 'Arjasa'];
const people = Array.from({ length: 44 }, (_, i) => {
  const born = new Date(Date.UTC(1960 + ((i * 7) % 40), (i * 5) % 12, 1 + ((i * 11) % 28)));
  const female = i % 3 === 0;
  return { i, born, female, nik: nik(1 + (i % 9), born, female, 1 + i), village: villages[i % 4] as string };
});

const header = [
  'NIK',
  'Nama',
  'Jenis Kelamin',
  'Tanggal Lahir',
  'Penghasilan',
  'Desa',
  'Sumber Dana',
  'Mulai',
];
const row = (p: (typeof people)[number], source: string, from: string): Cell[] => [
  p.nik,
  `SINTETIS ${p.i + 1}`,
  p.female ? 'P' : 'L',
  p.born,
  1_000_000,
  p.village,
  source,
  from,
];

// Dinas Sosial: people 0–29, DBHCHT, from January 2026.
const dinsos: Cell[][] = [header, ...people.slice(0, 30).map((p) => row(p, 'DBHCHT', '2026-01'))];
// Disnaker: people 24–43 (24–29 are on both lists), APBD, from March 2026.
const disnaker: Cell[][] = [
  [...header, 'Keterangan'],
  ...people.slice(24, 44).map((p) => [...row(p, 'APBD', '2026-03'), p.i === 40 ? 'pindahan' : null]),
];
// Row of person 33: the NIK typed as a number (a spreadsheet keeps 15 digits: the last one becomes 0).
const typed = disnaker[10] as Cell[];
typed[0] = Number(`${String(typed[0]).slice(0, 15)}0`);
// Row of person 35: the sex contradicts the NIK.
const wrongSex = disnaker[12] as Cell[];
wrongSex[2] = wrongSex[2] === 'P' ? 'L' : 'P';

const columns = [
  { numFmt: '@', width: 19 },
  { width: 16 },
  { width: 6 },
  { numFmt: 'dd/mm/yyyy', width: 12 },
  { numFmt: '#,##0', width: 12 },
  { width: 12 },
  { width: 10 },
  { numFmt: '@', width: 9 },
];
writeFileSync(
  new URL('./dinsos.xlsx', import.meta.url),
  await writeXlsx({
    sheets: [
      { name: 'Pekerja Rentan', columns, rows: dinsos },
      { name: 'Catatan', rows: [['Daftar Dinas Sosial, data sintetis']] },
    ],
  }),
);
writeFileSync(
  new URL('./disnaker.xlsx', import.meta.url),
  await writeXlsx({ sheets: [{ name: 'Daftar', columns: [...columns, { width: 14 }], rows: disnaker }] }),
);
console.log('wrote examples/data/dinsos.xlsx (30 rows) and examples/data/disnaker.xlsx (20 rows)');
