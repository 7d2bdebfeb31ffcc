/**
 * The rows a roster rejected or flagged, in words of the run's language, for the roster examples.
 */
import type { RosterFlaggedRow, RosterRejectedRow } from 'jamsostek/roster';
import { t } from './_report.ts';

/** The fields and issue codes these examples meet, in words. */
const WORDS: Readonly<Record<string, string>> = {
  nik: t('NIK tidak sah', 'invalid NIK'),
  declaredIncome: t('penghasilan tidak sah', 'invalid declared income'),
  from: t('bulan mulai tidak sah', 'invalid first month'),
  fundingSource: t('sumber dana tidak sah', 'invalid funding source'),
  birthDate: t('tanggal lahir tidak sah', 'invalid birth date'),
  dtsenDecile: t('desil DTSEN tidak sah', 'invalid DTSEN decile'),
  NIK_AS_NUMBER: t(
    'NIK tersimpan sebagai angka (digit ke-16 hilang)',
    'NIK stored as a number (its 16th digit is lost)',
  ),
  NIK_SEX_MISMATCH: t(
    'jenis kelamin berbeda dengan yang tersandi di NIK',
    'sex differs from the one the NIK encodes',
  ),
  'program.dtsen-decile': t('desil DTSEN di atas batas program', 'DTSEN decile above the program limit'),
  'program.age-above': t('usia di atas batas program', "above the program's maximum age"),
};
const word = (key: string): string => WORDS[key] ?? key;

/** One table row per rejected row: where it is, and why, in words. */
export function rejectedRows(rows: readonly RosterRejectedRow[]): string[][] {
  return rows.map((r) => {
    const where = r.list ? `${r.list} ${r.row}` : String(r.row);
    const why =
      r.kind === 'duplicate'
        ? t(
            `NIK ${r.nik} sudah dihitung pada baris ${r.winner.row}${r.winner.list ? ` ${r.winner.list}` : ''}`,
            `NIK ${r.nik} already priced at row ${r.winner.row}${r.winner.list ? ` of ${r.winner.list}` : ''}`,
          )
        : r.kind === 'invalid'
          ? r.issues.map((i) => word(i.code ?? String(i.path[0]))).join('; ')
          : `${t('tidak memenuhi syarat', 'not eligible')}: ${r.reasons.map(word).join('; ')}`;
    return [where, why];
  });
}

/** One table row per flagged row. */
export function flaggedRows(rows: readonly RosterFlaggedRow[]): string[][] {
  return rows.map((f) => [
    f.list ? `${f.list} ${f.row}` : String(f.row),
    f.issues.map((i) => word(i.code ?? String(i.path[0]))).join('; '),
  ]);
}
