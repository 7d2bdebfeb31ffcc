/**
 * Seeded synthetic rosters for tests, benchmarks and demonstrations. Every row is made up and says so.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { addMonths, isYearMonth, type YearMonth } from '../period/year-month.ts';
import type { RosterRow } from './types.ts';

/** The most rows one synthetic roster yields: 100 million (every NIK stays unique up to there). */
export const SYNTHETIC_ROSTER_MAX = 100_000_000;

/** Options of {@link syntheticRoster}. */
export interface SyntheticRosterOptions {
  /** Number of rows: a whole number from 0 to 100.000.000. */
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

function optionIssues(options: unknown): InputIssue[] {
  if (typeof options !== 'object' || options === null)
    return [{ path: [], message: 'must be { count, … }', received: options }];
  const o = options as Record<string, unknown>;
  const issues: InputIssue[] = [];
  const known = ['count', 'seed', 'regions', 'fundingSources', 'incomes', 'start', 'corruptRate'];
  for (const k of Object.keys(o))
    if (!known.includes(k))
      issues.push({ path: [k], message: 'is not an option of syntheticRoster', received: o[k] });
  const count = o['count'];
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || count > SYNTHETIC_ROSTER_MAX)
    issues.push({
      path: ['count'],
      message: `must be a whole number from 0 to ${SYNTHETIC_ROSTER_MAX} (a synthetic roster is never unbounded)`,
      received: count,
    });
  const seed = o['seed'];
  if (seed !== undefined && (typeof seed !== 'number' || !Number.isSafeInteger(seed)))
    issues.push({ path: ['seed'], message: 'must be a whole number', received: seed });
  for (const k of ['regions', 'fundingSources'] as const) {
    const v = o[k];
    if (v !== undefined && (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')))
      issues.push({ path: [k], message: 'must be a non-empty array of texts', received: v });
  }
  const regions = o['regions'];
  if (Array.isArray(regions))
    regions.forEach((r: unknown, i) => {
      if (typeof r === 'string' && !/^\d{2}\.?\d{2}\.?\d{2}/.test(r))
        issues.push({
          path: ['regions', i],
          message: 'must be a region code of at least 6 digits (35.09.01)',
          received: r,
        });
    });
  const incomes = o['incomes'];
  if (
    incomes !== undefined &&
    (!Array.isArray(incomes) ||
      incomes.length === 0 ||
      !incomes.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x > 0))
  )
    issues.push({
      path: ['incomes'],
      message: 'must be a non-empty array of positive whole rupiah',
      received: incomes,
    });
  if (o['start'] !== undefined && !isYearMonth(o['start']))
    issues.push({ path: ['start'], message: 'must be a YYYY-MM month', received: o['start'] });
  const rate = o['corruptRate'];
  if (rate !== undefined && (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)))
    issues.push({ path: ['corruptRate'], message: 'must be a number from 0 to 1', received: rate });
  return issues;
}

/**
 * Yields `count` made-up workers, reproducibly from `seed`. Names are `SINTETIS <number>`; NIKs are 16
 * digits built from the region code, a made-up birth date and a serial, plausible (see the NIK checks of
 * `processRoster`) and different for every row; every row carries `synthetic: true`. With
 * `corruptRate`, that share of rows is broken in one of four ways (bad NIK length, income `abc`, month
 * `2025-13`, missing NIK) to exercise error reporting. Throws `INVALID_INPUT` for a count that is not a
 * whole number from 0 to 100.000.000 (`Infinity` included) and for other bad options.
 *
 * @example
 * ```ts
 * import { syntheticRoster } from 'jamsostek/testing';
 * const rows = [...syntheticRoster({ count: 3, seed: 7 })];
 * rows[0]?.synthetic; // true
 * ```
 */
export function syntheticRoster(options: SyntheticRosterOptions): Generator<SyntheticRosterRow> {
  const issues = optionIssues(options);
  if (issues.length) invalidInput(issues, 'synthetic roster options');
  return rows(options);
}

/** Days of the birth dates used: 28 days × 12 months × 40 years. */
const BIRTH_DATES = 28 * 12 * 40;

function* rows(options: SyntheticRosterOptions): Generator<SyntheticRosterRow> {
  const rand = mulberry32(options.seed ?? 1);
  const regions = options.regions ?? ['35.09.01', '35.09.02', '35.09.03'];
  const sources = options.fundingSources ?? ['DBHCHT', 'APBD'];
  const incomes = options.incomes ?? [1_000_000];
  const start = options.start ?? '2025-07';
  const corrupt = options.corruptRate ?? 0;
  // Each NIK is unique: row i has serial (i − 1) mod 9999 + 1 and the birth date number
  // (block + spread(serial)) mod 13.440 of its block of 9999 rows, a pair no other row below 134 million shares.
  const offset = Math.floor(rand() * BIRTH_DATES);
  for (let i = 1; i <= options.count; i++) {
    const region = regions[Math.floor(rand() * regions.length)] as string;
    const serial = ((i - 1) % 9999) + 1;
    const block = Math.floor((i - 1) / 9999);
    const date = (block + offset + Math.imul(serial, 7919)) % BIRTH_DATES;
    const day = 1 + (date % 28);
    const month = 1 + (Math.floor(date / 28) % 12);
    const year = 60 + Math.floor(date / (28 * 12));
    const nik = `${region.replaceAll('.', '').padEnd(6, '0').slice(0, 6)}${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${String(serial).padStart(4, '0')}`;
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
