/**
 * Coverage by region (Kemendagri codes: `35` province, `35.09` regency or city, `35.09.01` district,
 * `35.09.01.2001` village) with summaries that merge exactly upward to the nation.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type InputIssue, invalidInput } from '../errors.ts';
import { toIssues } from '../schemas/validate.ts';
import { type Ratio, ratio } from './ratio.ts';

type ZodRawIssue = z.core.$ZodRawIssue;

/**
 * A Kemendagri region code (`'35'`, `'35.09'`, `'35.09.01'`, `'35.09.01.2001'`) or `'ID'` for the
 * nation.
 */
export type RegionCode = string;

/** The level of a region code. */
export type RegionLevel = 'nation' | 'province' | 'regency' | 'district' | 'village';

/**
 * The code that stands for the whole nation, `'ID'`: the parent of every province, and the one key of
 * `aggregateCoverage(rows, 'nation')`.
 *
 * @example
 * ```ts
 * import { NATION, regionParent } from 'jamsostek/coverage';
 * regionParent('35') === NATION; // true
 * ```
 */
export const NATION: RegionCode = 'ID';

const CODE_RE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];
const CODE_TEXT = "must be a Kemendagri region code such as '35' or '35.09', or 'ID'";
const LEVEL_TEXT = 'must be nation, province, regency, district or village';

/**
 * The level of a region code, or `undefined` when it is not a Kemendagri code (nor `'ID'`): a guard
 * for codes read from files or forms. Never throws.
 *
 * @example
 * ```ts
 * import { regionLevel } from 'jamsostek/coverage';
 * regionLevel('35.09'); // 'regency'
 * regionLevel('35'); // 'province'
 * regionLevel('ID'); // 'nation'
 * regionLevel('3509'); // undefined
 * ```
 */
export function regionLevel(code: string): RegionLevel | undefined {
  if (code === NATION) return 'nation';
  if (typeof code !== 'string' || !CODE_RE.test(code)) return undefined;
  return LEVELS[code.split('.').length - 1];
}

function isLevel(level: unknown): level is RegionLevel {
  return level === 'nation' || LEVELS.some((l) => l === level);
}

/** The region containing a valid `code` at `level`, or `undefined` when `code` is coarser. */
function containing(code: RegionCode, level: RegionLevel): RegionCode | undefined {
  if (level === 'nation') return NATION;
  if (code === NATION) return undefined;
  const parts = code.split('.');
  const depth = LEVELS.indexOf(level) + 1;
  return parts.length < depth ? undefined : parts.slice(0, depth).join('.');
}

/**
 * The region that contains `code` one level up (`'35.09'` → `'35'` → `'ID'`); `undefined` for the
 * nation. Throws `INVALID_INPUT` for a malformed code.
 *
 * @example
 * ```ts
 * import { regionParent } from 'jamsostek/coverage';
 * regionParent('35.09.01'); // '35.09'
 * regionParent('35.09'); // '35'
 * regionParent('35'); // 'ID'
 * regionParent('ID'); // undefined
 * ```
 */
export function regionParent(code: RegionCode): RegionCode | undefined {
  const level = regionLevel(code);
  if (!level) return invalidInput([{ path: ['code'], message: CODE_TEXT, received: code }], 'region code');
  if (level === 'nation') return undefined;
  if (level === 'province') return NATION;
  return code.slice(0, code.lastIndexOf('.'));
}

/**
 * The region containing `code` at a coarser (or the same) `level`: `regionAt('35.09', 'province')` is
 * `'35'`, and every code is in `'ID'` at level `'nation'`. Throws `INVALID_INPUT` listing every problem:
 * a malformed code, an unknown level, or a code coarser than `level`.
 *
 * @example
 * ```ts
 * import { regionAt } from 'jamsostek/coverage';
 * regionAt('35.09.01', 'regency'); // '35.09'
 * regionAt('35.09', 'province'); // '35'
 * regionAt('35.09', 'nation'); // 'ID'
 * ```
 */
export function regionAt(code: RegionCode, level: RegionLevel): RegionCode {
  const issues: InputIssue[] = [];
  if (!regionLevel(code)) issues.push({ path: ['code'], message: CODE_TEXT, received: code });
  if (!isLevel(level)) issues.push({ path: ['level'], message: LEVEL_TEXT, received: level });
  if (issues.length) return invalidInput(issues, 'region');
  const at = containing(code, level);
  if (at === undefined)
    return invalidInput(
      [{ path: ['code'], message: `is coarser than the level '${level}'`, received: code }],
      'region',
    );
  return at;
}

/** Coverage figures of one region, as reported. */
export interface RegionCoverageRow {
  /** Kemendagri code of the region. */
  readonly region: RegionCode;
  /** Active participants resident in the region. */
  readonly covered: number;
  /** Working population of the region, ≥ 1. */
  readonly workingPopulation: number;
  /** Participants enrolled by a program (e.g. paid by the regional budget), part of `covered`; default 0. */
  readonly programParticipants?: number | undefined;
}

/**
 * A summary of disjoint regions, as plain data: sums of whole counts, and the regions it covers (sorted,
 * none inside another). Summaries merge exactly, in any grouping and order.
 */
export interface CoverageSummary {
  /** The regions summarised, sorted, none inside another. */
  readonly regions: readonly RegionCode[];
  /** Sum of covered. */
  readonly covered: number;
  /** Sum of working population. */
  readonly workingPopulation: number;
  /** Sum of program participants. */
  readonly programParticipants: number;
}

const NO_REGIONS: readonly RegionCode[] = Object.freeze([]);

/**
 * The summary of no region: the identity of {@link mergeCoverageSummaries} (merging it with any summary
 * gives that summary) and the starting value of a fold over shards. Frozen; merges never return it.
 *
 * @example
 * ```ts
 * import { coverageSummary, EMPTY_COVERAGE_SUMMARY, mergeCoverageSummaries } from 'jamsostek/coverage';
 * const shards = [[{ region: '35.09', covered: 323739, workingPopulation: 1480981 }]];
 * const total = shards.reduce((acc, rows) => mergeCoverageSummaries(acc, coverageSummary(rows)), EMPTY_COVERAGE_SUMMARY);
 * total.covered; // 323739
 * ```
 */
export const EMPTY_COVERAGE_SUMMARY: CoverageSummary = Object.freeze({
  regions: NO_REGIONS,
  covered: 0,
  workingPopulation: 0,
  programParticipants: 0,
});

function ancestors(code: string): string[] {
  if (code === NATION) return [];
  const parts = code.split('.');
  const out: string[] = [];
  for (let k = parts.length - 1; k >= 1; k--) out.push(parts.slice(0, k).join('.'));
  out.push(NATION);
  return out;
}

/**
 * @internal A cross-field check runs only when the value is an object and the fields it compares are
 * valid, so that one bad value gives one issue; every other problem is still reported.
 */
export const validAt =
  (...keys: readonly string[]) =>
  (payload: { readonly issues: readonly ZodRawIssue[] }): boolean =>
    !payload.issues.some((i) =>
      i.path === undefined || i.path.length === 0
        ? i.code !== 'unrecognized_keys'
        : keys.some((k) => i.path?.[0] === k),
    );

const count = (min: 0 | 1) =>
  z.number().check(
    z.refine((n) => Number.isSafeInteger(n) && n >= min, {
      message: min ? 'must be a whole number ≥ 1' : 'must be a whole number ≥ 0',
    }),
  );

/** @internal A Kemendagri region code or `'ID'`. */
export const regionCodeSchema: z.ZodMiniType<RegionCode> = /* @__PURE__ */ z
  .string()
  .check(z.refine((s) => regionLevel(s) !== undefined, { message: CODE_TEXT }));

const rowSchema: z.ZodMiniType<RegionCoverageRow> = z
  .strictObject({
    region: regionCodeSchema,
    covered: count(0),
    workingPopulation: count(1),
    programParticipants: z.optional(count(0)),
  })
  .check(
    z.refine((r) => r.covered <= r.workingPopulation, {
      message: 'must not exceed workingPopulation',
      path: ['covered'],
      when: validAt('covered', 'workingPopulation'),
    }),
    z.refine((r) => (r.programParticipants ?? 0) <= r.covered, {
      message: 'must not exceed covered',
      path: ['programParticipants'],
      when: validAt('programParticipants', 'covered'),
    }),
  );

const summarySchema: z.ZodMiniType<CoverageSummary> = z
  .strictObject({
    regions: z.array(regionCodeSchema),
    covered: count(0),
    workingPopulation: count(0),
    programParticipants: count(0),
  })
  .check(
    z.refine((r) => r.covered <= r.workingPopulation, {
      message: 'must not exceed workingPopulation',
      path: ['covered'],
      when: validAt('covered', 'workingPopulation'),
    }),
    z.refine((r) => r.programParticipants <= r.covered, {
      message: 'must not exceed covered',
      path: ['programParticipants'],
      when: validAt('programParticipants', 'covered'),
    }),
  );

/** Checks one element against `schema`, adding its issues under `path`; the parsed value or undefined. */
function checkAt<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  path: readonly (string | number)[],
  issues: InputIssue[],
): T | undefined {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) return r.data;
  for (const i of toIssues(r.error.issues)) issues.push({ ...i, path: [...path, ...i.path] });
  return undefined;
}

/** Checks rows, reporting every bad row by index; the valid rows. */
function checkRows(rows: Iterable<RegionCoverageRow>, issues: InputIssue[]): RegionCoverageRow[] {
  const ok: RegionCoverageRow[] = [];
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) {
    issues.push({
      path: ['rows'],
      message: 'must be an iterable of rows (an array, a generator …)',
      received: rows,
    });
    return ok;
  }
  let i = 0;
  for (const row of rows) {
    const r = checkAt(rowSchema, row, [i], issues);
    if (r) ok.push(r);
    i++;
  }
  return ok;
}

/** Sums whole counts, refusing a sum beyond safe integers. */
function add(a: number, b: number, what: string, issues: InputIssue[]): number {
  const s = a + b;
  if (!Number.isSafeInteger(s))
    issues.push({ path: [what], message: 'sum exceeds safe integers', received: s });
  return s;
}

/** Merges checked summaries, adding the problems (overflow, overlapping regions) to `issues`. */
function merge(summaries: readonly CoverageSummary[], issues: InputIssue[]): CoverageSummary {
  let covered = 0;
  let workingPopulation = 0;
  let programParticipants = 0;
  const regions: RegionCode[] = [];
  for (const s of summaries) {
    covered = add(covered, s.covered, 'covered', issues);
    workingPopulation = add(workingPopulation, s.workingPopulation, 'workingPopulation', issues);
    programParticipants = add(programParticipants, s.programParticipants, 'programParticipants', issues);
    regions.push(...s.regions);
  }
  regions.sort();
  const set = new Set(regions);
  regions.forEach((code, i) => {
    if (i > 0 && regions[i - 1] === code)
      issues.push({ path: ['regions', i], message: 'region appears twice', received: code });
    for (const outer of ancestors(code))
      if (set.has(outer))
        issues.push({
          path: ['regions', i],
          message: `lies inside ${outer}, also summarised`,
          received: code,
        });
  });
  return { regions, covered, workingPopulation, programParticipants };
}

/**
 * Summarises rows of disjoint regions. Every bad row is reported by index (`INVALID_INPUT`); a region
 * that appears twice, or inside another summarised region, is an error rather than a double count.
 *
 * @example
 * ```ts
 * import { coverageSummary } from 'jamsostek/coverage';
 * const s = coverageSummary([
 *   { region: '35.09', covered: 323739, workingPopulation: 1480981, programParticipants: 82093 },
 *   { region: '35.08', covered: 89266, workingPopulation: 555154 },
 * ]);
 * s.covered; // 413005
 * ```
 */
export function coverageSummary(rows: Iterable<RegionCoverageRow>): CoverageSummary {
  const issues: InputIssue[] = [];
  const ok = checkRows(rows, issues);
  if (issues.length) invalidInput(issues, 'coverage rows');
  const summary = merge(
    ok.map((r) => ({
      regions: [r.region],
      covered: r.covered,
      workingPopulation: r.workingPopulation,
      programParticipants: r.programParticipants ?? 0,
    })),
    issues,
  );
  if (issues.length) invalidInput(issues, 'coverage summary');
  return summary;
}

/**
 * Merges summaries of disjoint sets of regions: counts add exactly and the region lists unite, so
 * merging is associative and commutative and the merge of the parts equals the summary of all rows.
 * Takes any number of summaries (none gives an empty summary). Throws `INVALID_INPUT` for a malformed
 * summary (by argument index), a sum beyond safe integers, and when the same region, or a region and
 * one inside it, occur in two parts.
 *
 * @example
 * ```ts
 * import { coverageSummary, mergeCoverageSummaries } from 'jamsostek/coverage';
 * const a = coverageSummary([{ region: '35.09', covered: 323739, workingPopulation: 1480981 }]);
 * const b = coverageSummary([{ region: '35.08', covered: 89266, workingPopulation: 555154 }]);
 * mergeCoverageSummaries(a, b).regions; // ['35.08', '35.09']
 * ```
 */
export function mergeCoverageSummaries(...summaries: readonly CoverageSummary[]): CoverageSummary {
  const issues: InputIssue[] = [];
  const ok: CoverageSummary[] = [];
  summaries.forEach((s, i) => {
    const r = checkAt(summarySchema, s, [i], issues);
    if (r) ok.push(r);
  });
  if (issues.length) invalidInput(issues, 'coverage summaries');
  const merged = merge(ok, issues);
  if (issues.length) invalidInput(issues, 'coverage summary');
  return merged;
}

/**
 * The coverage of a summary (covered ÷ working population), exact. Throws `INVALID_INPUT` for an empty
 * summary (no working population) or a malformed one.
 *
 * @example
 * ```ts
 * import { coverageSummary, formatPercent, summaryCoverage } from 'jamsostek/coverage';
 * formatPercent(summaryCoverage(coverageSummary([{ region: '35.08', covered: 89266, workingPopulation: 555154 }]))); // '16,08 %'
 * ```
 */
export function summaryCoverage(summary: CoverageSummary): Ratio {
  const issues: InputIssue[] = [];
  const s = checkAt(summarySchema, summary, ['summary'], issues);
  if (s && s.workingPopulation === 0)
    issues.push({
      path: ['summary', 'workingPopulation'],
      message: 'is 0: an empty summary has no coverage',
      received: 0,
    });
  if (!s || issues.length) return invalidInput(issues, 'coverage summary');
  return ratio(s.covered, s.workingPopulation);
}

/**
 * Groups rows into one summary per region at `level` (`'province'` turns `35.09` and `35.08` into `35`;
 * `'nation'` gives one `ID` summary). Rows coarser than `level` are an `INVALID_INPUT`. Keys are sorted.
 *
 * @example
 * ```ts
 * import { aggregateCoverage } from 'jamsostek/coverage';
 * const byProvince = aggregateCoverage(
 *   [
 *     { region: '35.09', covered: 323739, workingPopulation: 1480981 },
 *     { region: '35.08', covered: 89266, workingPopulation: 555154 },
 *   ],
 *   'province',
 * );
 * byProvince['35']?.covered; // 413005
 * ```
 */
export function aggregateCoverage(
  rows: Iterable<RegionCoverageRow>,
  level: RegionLevel,
): Readonly<Record<RegionCode, CoverageSummary>> {
  const issues: InputIssue[] = [];
  const all = checkRows(rows, issues);
  if (!isLevel(level))
    issues.push({
      path: ['level'],
      message: LEVEL_TEXT,
      received: level,
    });
  if (issues.length) return invalidInput(issues, 'coverage rows');
  const groups = new Map<RegionCode, RegionCoverageRow[]>();
  all.forEach((r, i) => {
    const key = containing(r.region, level);
    if (key === undefined) {
      issues.push({
        path: [i, 'region'],
        message: `is coarser than the level '${level}'`,
        received: r.region,
      });
      return;
    }
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  });
  if (issues.length) invalidInput(issues, 'coverage rows');
  const out: Record<RegionCode, CoverageSummary> = {};
  for (const [key, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    out[key] = coverageSummary(g);
  return out;
}
