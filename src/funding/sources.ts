/**
 * Funding channels of regional BPU programs and the payer each one counts as.
 *
 * @module
 */
import type { BpuPayer } from '../contributions/bpu/types.ts';

/**
 * A channel that funds a regional program for pekerja rentan:
 *
 * - `'APBD'`: the region's own budget;
 * - `'DBHCHT'`: tobacco excise revenue share (PMK 72/2024);
 * - `'DBH sawit'`: palm-oil revenue share (PP 38/2023, PMK 91/2023);
 * - `'BKBK'`: a province's special financial aid (Bantuan Keuangan Bersifat Khusus), e.g. Pergub Jambi
 *   16/2022;
 * - `'Dana Desa'`, `'ADD'`: village funds (Dana Desa, Alokasi Dana Desa), spent through the APBDes;
 * - `'CSR'`: company contributions;
 * - `'other'`: anything else.
 */
export type FundingSource = 'APBD' | 'DBHCHT' | 'DBH sawit' | 'BKBK' | 'Dana Desa' | 'ADD' | 'CSR' | 'other';

/** The funding sources. */
export const FUNDING_SOURCES: readonly FundingSource[] = Object.freeze([
  'APBD',
  'DBHCHT',
  'DBH sawit',
  'BKBK',
  'Dana Desa',
  'ADD',
  'CSR',
  'other',
]);

/**
 * Who pays a program's premium: a BPU payer (`'self'`, `'APBN'`, `'APBD'`, `'APBDes'`, `'CSR'`,
 * `'other'`) or a funding source, which is mapped to its payer by {@link fundingSourcePayer}.
 */
export type ProgramPayer = BpuPayer | FundingSource;

/** Every accepted program payer, without repeats. */
export const PROGRAM_PAYERS: readonly ProgramPayer[] = Object.freeze([
  'self',
  'APBN',
  'APBD',
  'APBDes',
  'CSR',
  'other',
  'DBHCHT',
  'DBH sawit',
  'BKBK',
  'Dana Desa',
  'ADD',
]);

const PAYER_OF: Readonly<Record<ProgramPayer, BpuPayer>> = Object.freeze({
  self: 'self',
  APBN: 'APBN',
  APBD: 'APBD',
  APBDes: 'APBDes',
  CSR: 'CSR',
  other: 'other',
  DBHCHT: 'APBD',
  'DBH sawit': 'APBD',
  BKBK: 'APBD',
  'Dana Desa': 'APBDes',
  ADD: 'APBDes',
});

/**
 * The BPU payer a funding source (or payer) counts as. Transfers to the region (DBHCHT, DBH sawit)
 * and a province's BKBK are spent through the regional budget, so they pay as `'APBD'` (and PP 50/2025
 * Pasal 3 ayat (5) excludes them from its discount); Dana Desa and ADD are spent through the village
 * budget (`'APBDes'`); CSR pays as `'CSR'`. A BPU payer maps to itself.
 *
 * @example
 * ```ts
 * import { fundingSourcePayer } from 'jamsostek/funding';
 * fundingSourcePayer('DBHCHT'); // 'APBD'
 * fundingSourcePayer('Dana Desa'); // 'APBDes'
 * fundingSourcePayer('self'); // 'self'
 * ```
 */
export function fundingSourcePayer(source: ProgramPayer): BpuPayer {
  return PAYER_OF[source];
}
