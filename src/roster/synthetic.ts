/**
 * Seeded synthetic rosters for tests, benchmarks and demonstrations. Every row is made up and says so.
 *
 * @module
 */
import { addMonths, type YearMonth } from '../period/year-month.ts';
import type { RosterRow } from './types.ts';

/** Options of {@link syntheticRoster}. */
export interface SyntheticRosterOptions {
  /** Number of rows. */
  readonly count: number;
  /** Seed of the pseudo-random generator; the same seed gives the same roster. Default 1. */
  readonly seed?: number | undefined;
  /** Region codes to spread workers over; default three Jember-like codes. */
  readonly regions?: readonly string[] | undefined;
  /** Funding sources to spread workers over; default DBHCHT and APBD. */
  readonly fundingSources?: readonly string[] | undefined;
  /** Declared income levels to spread workers over; default only Rp1.000.000. */
  readonly incomes?: readonly number[] | undefined;
  /** First program month; workers start in it or up to 5 months later. Default `'2025-07'`. */
  readonly start?: YearMonth | undefined;
  /** Share of rows to corrupt (bad NIK, income `abc`, month `2025-13`, missing NIK), 0 … 1. Default 0. */
  readonly corruptRate?: number | undefined;
}

/** A synthetic row: a roster row marked as made up. */
export interface SyntheticRosterRow extends RosterRow {
  /** Always `true`: this person does not exist. */
  readonly synthetic: true;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Yields `count` made-up workers, reproducibly from `seed`. Names are `SINTETIS <number>`; NIKs are 16
 * digits built from the region code, a made-up birth date and the row number, and every row carries
 * `synthetic: true`. With `corruptRate`, that share of rows is broken in one of four ways (bad NIK
 * length, income `abc`, month `2025-13`, missing NIK) to exercise error reporting.
 *
 * @example
 * ```ts
 * import { syntheticRoster } from 'jamsostek/testing';
 * const rows = [...syntheticRoster({ count: 3, seed: 7 })];
 * rows[0]?.synthetic; // true
 * ```
 */
export function* syntheticRoster(options: SyntheticRosterOptions): Generator<SyntheticRosterRow> {
  const rand = mulberry32(options.seed ?? 1);
  const regions = options.regions ?? ['35.09.01', '35.09.02', '35.09.03'];
  const sources = options.fundingSources ?? ['DBHCHT', 'APBD'];
  const incomes = options.incomes ?? [1_000_000];
  const start = options.start ?? '2025-07';
  const corrupt = options.corruptRate ?? 0;
  for (let i = 1; i <= options.count; i++) {
    const region = regions[Math.floor(rand() * regions.length)] as string;
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const year = 60 + Math.floor(rand() * 40);
    const nik = `${region.replaceAll('.', '').padEnd(6, '0').slice(0, 6)}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${String(i % 10_000).padStart(4, '0')}`;
    const row: Record<string, unknown> = {
      nik,
      name: `SINTETIS ${i}`,
      declaredIncome: incomes[Math.floor(rand() * incomes.length)],
      from: addMonths(start, Math.floor(rand() * 6)),
      region,
      fundingSource: sources[Math.floor(rand() * sources.length)],
      synthetic: true,
    };
    if (corrupt > 0 && rand() < corrupt) {
      const kind = Math.floor(rand() * 4);
      if (kind === 0) row['nik'] = nik.slice(0, 15);
      else if (kind === 1) row['declaredIncome'] = 'abc';
      else if (kind === 2) row['from'] = '2025-13';
      else delete row['nik'];
    }
    yield row as unknown as SyntheticRosterRow;
  }
}
