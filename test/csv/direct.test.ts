/**
 * `processRoster(readCsvRows(…))` reads most lines straight into the roster, without a row object per
 * line. That path must give what the batches of rows give (the path every other source takes): the same
 * summary, to the last rejected row, flag, count and breakdown. Compared on random files: headers of
 * every roster column the pricing reads (and some it does not, unknown, repeated and `payer` columns),
 * values valid and invalid, padded with white space, empty, quoted, non-ASCII, short and long records,
 * blank lines, every kind of line break, the text cut into random chunks, with and without an
 * eligibility check, with and without each NIK priced once.
 */
import fc from 'fast-check';
import { readCsvRows } from 'jamsostek/csv';
import { processRoster, type RosterOptions, type RosterSource } from 'jamsostek/roster';
import { describe, expect, it } from 'vitest';

/** The same file read through its batches only: what any other roster source does. */
function batchesOnly(source: RosterSource): RosterSource {
  return {
    batches: () => source.batches(),
    [Symbol.asyncIterator]: () => source[Symbol.asyncIterator](),
  };
}

const HEADERS = [
  'NIK',
  'Nama',
  'Penghasilan',
  'Mulai',
  'Sampai',
  'Wilayah',
  'Desa',
  'Sumber Dana',
  'Sektor',
  'Kategori',
  'Tanggal Lahir',
  'Jenis Kelamin',
  'payer',
  'Catatan',
  'Desil DTSEN',
  '',
] as const;

/** Values a cell may hold, by the column it is under (and some that fit no column). */
const VALUES: Record<string, readonly string[]> = {
  NIK: [
    '3509010101900001',
    '3509010101900002',
    '3509014101900003',
    '3509010101900001',
    '350901010190',
    '0009010101900001',
    '3.50901E+15',
  ],
  Nama: ['Siti', 'Ñoño', "O'Brien", 'Budi Santoso'],
  Penghasilan: ['1000000', '1.000.000', '1.500.000', '2000000', '0', 'abc', '1,000,000'],
  Mulai: ['2025-07', '2025-09', '2025-13', '2026-01', 'Juli'],
  Sampai: ['2025-12', '2025-10', '2025-08', 'x'],
  Wilayah: ['35.09', '35.09.01', 'Jember'],
  Desa: ['Ajung', 'Kalisat', 'Desa É'],
  'Sumber Dana': ['APBD', 'DBHCHT', 'dbh sawit', 'APBDes', 'hibah', 'Dana Desa'],
  Sektor: ['other', 'transport', 'tani'],
  Kategori: ['self-employed', 'outside-employment', 'x'],
  'Tanggal Lahir': ['1990-01-01', '01-01-1990', '1990-02-30', '01/01/1991', 'kemarin'],
  'Jenis Kelamin': ['L', 'P', 'Laki-laki', 'Perempuan', '?'],
  payer: ['APBD', 'self'],
  Catatan: ['ok', 'baru', 'pindah'],
  'Desil DTSEN': ['1', '5', '11'],
  '': ['a', 'b'],
};

const cell = (header: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...(VALUES[header] ?? ['x']), ''),
      fc.constantFrom('', '', '', ' ', '\t', '\u00a0'),
      fc.constantFrom('', '', '', ' ', '\u3000'),
      fc.integer({ min: 0, max: 9 }),
    )
    .map(([v, before, after, q]) =>
      q === 0 ? `"${before}${v}${after}"` : q === 1 ? `${v}"x` : `${before}${v}${after}`,
    );

const file = fc
  .uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 9 })
  .chain((headers) =>
    fc.tuple(
      // Sometimes a header twice.
      fc
        .boolean()
        .map((twice) => (twice && headers.length > 1 ? [...headers, headers[0] as string] : headers)),
      fc.constantFrom(';', ','),
      fc.constantFrom('\n', '\r\n', '\r'),
    ),
  )
  .chain(([headers, separator, eol]) =>
    fc.tuple(
      fc.constant(headers),
      fc.constant(separator),
      fc.constant(eol),
      fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.tuple(...headers.map(cell)) },
          // Short and long records, blank lines.
          { weight: 1, arbitrary: fc.tuple(...headers.slice(1).map(cell)) },
          { weight: 1, arbitrary: fc.tuple(...headers.map(cell), fc.constantFrom('', 'extra', ' ')) },
          { weight: 1, arbitrary: fc.constant(headers.map(() => '')) },
          { weight: 1, arbitrary: fc.constant(['']) },
        ),
        { maxLength: 25 },
      ),
      fc.array(fc.nat(2_000), { maxLength: 5 }),
    ),
  )
  .map(([headers, separator, eol, records, cuts]) => {
    const text =
      [headers.join(separator), ...records.map((r) => (r as string[]).join(separator))].join(eol) + eol;
    const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const chunks: string[] = [];
    let from = 0;
    for (const c of at) {
      chunks.push(text.slice(from, c));
      from = c;
    }
    chunks.push(text.slice(from));
    return { text, chunks };
  });

const options = fc.record({
  dedupe: fc.boolean(),
  fundingSource: fc.constantFrom(undefined, 'APBD' as const),
  declaredIncome: fc.constantFrom(undefined, 1_000_000),
  eligibility: fc.boolean(),
});

describe('readCsvRows into processRoster: the direct path', () => {
  it('gives the summary the batches of rows give, on random files cut into random chunks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(file, options, async ({ chunks }, o) => {
        const opts: RosterOptions = {
          from: '2025-07',
          to: '2025-12',
          dedupe: o.dedupe,
          ...(o.fundingSource ? { fundingSource: o.fundingSource } : {}),
          ...(o.declaredIncome ? { declaredIncome: o.declaredIncome } : {}),
          // A function of the row: only whole rows can be handed to it.
          ...(o.eligibility
            ? {
                eligibility: (row) => ({
                  eligible: row['name'] !== 'Siti',
                  reasons: row['name'] === 'Siti' ? [{ code: 'NAMED_SITI' }] : [],
                }),
              }
            : {}),
        };
        const direct = await processRoster(readCsvRows(chunks), opts);
        const batches = await processRoster(batchesOnly(readCsvRows(chunks)), opts);
        expect(direct).toEqual(batches);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('reads a plain file the same way, whatever the chunks: 3 rows, one of them padded (hand-counted)', async () => {
    const text =
      'NIK;Penghasilan;Sumber Dana\n3509010101900001;1.000.000;APBD\n3509010101900002; 1.000.000 ;APBD\n3509010101900003;1000000;DBHCHT\n';
    for (const cut of [0, 5, 28, 29, 40, 70, text.length]) {
      const s = await processRoster(readCsvRows([text.slice(0, cut), text.slice(cut)]), {
        from: '2025-07',
        to: '2025-12',
      });
      // 3 workers × 6 months × (JKK 10.000 + JKM 6.800) = 302.400 (PP 44/2015 Lampiran II level Rp1.000.000).
      expect([s.rows, s.workers, s.total]).toEqual([3, 3, 302_400]);
    }
  });
});
