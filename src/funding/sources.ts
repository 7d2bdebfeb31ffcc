/**
 * Who funds a premium (the funding source) and who pays it in the sense of PP 50/2025 (the payer):
 * one vocabulary for every entry point.
 *
 * @module
 */
import { invalidInput } from '../errors.ts';

/**
 * Where the money for a BPU premium comes from:
 *
 * - `'self'`: the worker pays their own premium;
 * - `'APBN'`: the state budget;
 * - `'APBD'`: the region's own budget;
 * - `'DBHCHT'`: the tobacco excise revenue share (PMK 72/2024), spent through the APBD;
 * - `'DBH sawit'`: the palm-oil revenue share (PP 38/2023), spent through the APBD;
 * - `'BKBK'`: a province's special financial aid (Bantuan Keuangan Bersifat Khusus), e.g. Pergub Jambi
 *   16/2022, counted as regional money;
 * - `'APBDes'`: a village budget;
 * - `'Dana Desa'`, `'ADD'`: village funds (Dana Desa, Alokasi Dana Desa), spent through the APBDes;
 * - `'CSR'`: company contributions;
 * - `'other'`: anything else.
 */
export type FundingSource =
  | 'self'
  | 'APBN'
  | 'APBD'
  | 'DBHCHT'
  | 'DBH sawit'
  | 'BKBK'
  | 'APBDes'
  | 'Dana Desa'
  | 'ADD'
  | 'CSR'
  | 'other';

/** Every funding source. */
export const FUNDING_SOURCES: readonly FundingSource[] = Object.freeze([
  'self',
  'APBN',
  'APBD',
  'DBHCHT',
  'DBH sawit',
  'BKBK',
  'APBDes',
  'Dana Desa',
  'ADD',
  'CSR',
  'other',
]);

/**
 * Who pays the premium in the sense of PP 50/2025 Pasal 3 ayat (5), which excludes premiums paid
 * through the APBN or the APBD from its discount: `'self'`, `'APBN'`, `'APBD'`, `'APBDes'` (a village
 * budget), `'CSR'` or `'other'`. Derived from the funding source by {@link payerOf}; results carry both.
 */
export type Payer = 'self' | 'APBN' | 'APBD' | 'APBDes' | 'CSR' | 'other';

/** Every payer. */
export const PAYERS: readonly Payer[] = Object.freeze(['self', 'APBN', 'APBD', 'APBDes', 'CSR', 'other']);

const PAYER_OF: Readonly<Record<FundingSource, Payer>> = Object.freeze({
  self: 'self',
  APBN: 'APBN',
  APBD: 'APBD',
  DBHCHT: 'APBD',
  'DBH sawit': 'APBD',
  BKBK: 'APBD',
  APBDes: 'APBDes',
  'Dana Desa': 'APBDes',
  ADD: 'APBDes',
  CSR: 'CSR',
  other: 'other',
});

/** @internal True for a funding source of the vocabulary. */
export function isFundingSource(value: unknown): value is FundingSource {
  return typeof value === 'string' && Object.hasOwn(PAYER_OF, value);
}

/**
 * The payer a funding source counts as. Transfers to the region (DBHCHT, DBH sawit) and a province's
 * BKBK are spent through the regional budget, so they pay as `'APBD'` (and PP 50/2025 Pasal 3 ayat (5)
 * excludes them from its discount); Dana Desa and ADD are spent through the village budget
 * (`'APBDes'`). Throws `INVALID_INPUT` for anything else than a {@link FundingSource}.
 *
 * @example
 * ```ts
 * import { payerOf } from 'jamsostek';
 * payerOf('DBHCHT'); // 'APBD'
 * payerOf('Dana Desa'); // 'APBDes'
 * payerOf('self'); // 'self'
 * ```
 */
export function payerOf(fundingSource: FundingSource): Payer {
  if (!isFundingSource(fundingSource))
    invalidInput(
      [{ path: [], message: `must be one of ${FUNDING_SOURCES.join(', ')}`, received: fundingSource }],
      'funding source',
    );
  return PAYER_OF[fundingSource];
}

const BY_FOLDED: ReadonlyMap<string, FundingSource> = /* @__PURE__ */ new Map(
  FUNDING_SOURCES.map((f) => [fold(f), f] as const),
);

function fold(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * @internal The funding source a text names, matched without regard to case and spaces (`'dbh sawit'`,
 * `'DBHSawit'` and `' Dana Desa '` are found), or `undefined` when it names none.
 */
export function readFundingSource(text: string): FundingSource | undefined {
  return BY_FOLDED.get(fold(text));
}
