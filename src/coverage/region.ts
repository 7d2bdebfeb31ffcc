/**
 * Coverage by region (Kemendagri codes: `35` province, `35.09` regency or city, `35.09.01` district,
 * `35.09.01.2001` village) with summaries that merge exactly upward to the nation.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { type Ratio, ratio } from './ratio.ts';

/**
 * A Kemendagri region code (`'35'`, `'35.09'`, `'35.09.01'`, `'35.09.01.2001'`) or `'ID'` for the
 * nation.
 */
export type RegionCode = string;

/** The level of a region code. */
export type RegionLevel = 'nation' | 'province' | 'regency' | 'district' | 'village';

/** The code that stands for the whole nation. */
export const NATION: RegionCode = 'ID';

const CODE_RE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];

/**
 * The level of a region code, or `undefined` when it is not a Kemendagri code (nor `'ID'`).
 *
 * @example
 * ```ts
 * import { regionLevel } from 'jamsostek/coverage';
 * regionLevel('35.09'); // 'regency'
 * regionLevel('35'); // 'province'
 * regionLevel('ID'); // 'nation'
 * ```
 */
export function regionLevel(code: string): RegionLevel | undefined {
  if (code === NATION) return 'nation';
  if (!CODE_RE.test(code)) return undefined;
  return LEVELS[code.split('.').length - 1];
}

function check(code: string, path: readonly (string | number)[]): RegionLevel {
  const level = regionLevel(code);
  if (!level)
    invalidInput([
      { path, message: "must be a Kemendagri region code such as '35' or '35.09', or 'ID'", received: code },
    ]);
  return level;
}

/**
 * The region that contains `code` one level up (`'35.09'` → `'35'` → `'ID'`); `undefined` for the
 * nation. Throws `INVALID_INPUT` for a malformed code.
 *
 * @example
 * ```ts
 * import { regionParent } from 'jamsostek/coverage';
 * regionParent('35.09'); // '35'
 * regionParent('35'); // 'ID'
 * ```
 */
export function regionParent(code: RegionCode): RegionCode | undefined {
  const level = check(code, []);
  if (level === 'nation') return undefined;
  if (level === 'province') return NATION;
  return code.slice(0, code.lastIndexOf('.'));
}

/**
 * The region containing `code` at a coarser (or the same) `level`: `regionAt('35.09', 'province')` is
 * `'35'`. Throws `INVALID_INPUT` when `code` is coarser than `level`.
 *
 * @example
 * ```ts
 * import { regionAt } from 'jamsostek/coverage';
 * regionAt('35.09.01', 'regency'); // '35.09'
 * regionAt('35.09', 'nation'); // 'ID'
 * ```
 */
export function regionAt(code: RegionCode, level: RegionLevel): RegionCode {
  const own = check(code, []);
  if (level === 'nation') return NATION;
  const depth = LEVELS.indexOf(level) + 1;
  const ownDepth = own === 'nation' ? 0 : LEVELS.indexOf(own) + 1;
  if (ownDepth < depth)
    invalidInput([{ path: [], message: `is coarser than the level '${level}'`, received: code }]);
  return code.split('.').slice(0, depth).join('.');
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

/** The summary of no region: the identity of {@link mergeCoverageSummaries}. */
export const EMPTY_COVERAGE_SUMMARY: CoverageSummary = Object.freeze({
  regions: Object.freeze([]) as readonly RegionCode[],
  covered: 0,
  workingPopulation: 0,
  programParticipants: 0,
});

function checkDisjoint(regions: readonly string[], path: readonly (string | number)[]): void {
  const issues: InputIssue[] = [];
  const set = new Set(regions);
  regions.forEach((code, i) => {
    if (i > 0 && regions[i - 1] === code)
      issues.push({ path: [...path, i], message: 'region appears twice', received: code });
    for (const outer of ancestors(code))
      if (set.has(outer))
        issues.push({ path: [...path, i], message: `lies inside ${outer}, also summarised`, received: code });
  });
  if (issues.length) invalidInput(issues, 'coverage summary');
}

function ancestors(code: string): string[] {
  if (code === NATION) return [];
  const parts = code.split('.');
  const out: string[] = [];
  for (let k = parts.length - 1; k >= 1; k--) out.push(parts.slice(0, k).join('.'));
  out.push(NATION);
  return out;
}

function sum(a: number, b: number, what: string): number {
  const s = a + b;
  if (!Number.isSafeInteger(s)) invalidInput([{ path: [what], message: 'sum exceeds safe integers', received: s }]);
  return s;
}

function rowIssues(row: unknown, i: number, issues: InputIssue[]): row is RegionCoverageRow {
  const before = issues.length;
  if (typeof row !== 'object' || row === null) {
    issues.push({ path: [i], message: 'must be an object', received: row });
    return false;
  }
  const r = row as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!['region', 'covered', 'workingPopulation', 'programParticipants'].includes(k))
      issues.push({ path: [i, k], message: 'is not a known key', received: r[k] });
  if (typeof r['region'] !== 'string' || !regionLevel(r['region']))
    issues.push({ path: [i, 'region'], message: 'must be a Kemendagri region code or ID', received: r['region'] });
  const count = (k: string, min: number, optional = false): void => {
    const v = r[k];
    if (optional && v === undefined) return;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min)
      issues.push({ path: [i, k], message: min ? 'must be a whole number ≥ 1' : 'must be a whole number ≥ 0', received: v });
  };
  count('covered', 0);
  count('workingPopulation', 1);
  count('programParticipants', 0, true);
  if (issues.length === before) {
    const { covered, workingPopulation, programParticipants = 0 } = r as unknown as RegionCoverageRow;
    if (covered > workingPopulation)
      issues.push({ path: [i, 'covered'], message: 'must not exceed workingPopulation', received: covered });
    if (programParticipants > covered)
      issues.push({ path: [i, 'programParticipants'], message: 'must not exceed covered', received: programParticipants });
  }
  return issues.length === before;
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
  const ok: RegionCoverageRow[] = [];
  let i = 0;
  for (const row of rows) {
    if (rowIssues(row, i, issues)) ok.push(row);
    i++;
  }
  if (issues.length) invalidInput(issues, 'coverage rows');
  const parts = ok.map((r) => ({
    regions: [r.region],
    covered: r.covered,
    workingPopulation: r.workingPopulation,
    programParticipants: r.programParticipants ?? 0,
  }));
  return mergeCoverageSummaries(...parts);
}

/**
 * Merges summaries of disjoint sets of regions: counts add exactly and the region lists unite, so
 * merging is associative and commutative and the merge of the parts equals the summary of all rows.
 * Throws `INVALID_INPUT` when the same region, or a region and one inside it, occur in two parts.
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
  let covered = 0;
  let workingPopulation = 0;
  let programParticipants = 0;
  const regions: string[] = [];
  for (const s of summaries) {
    covered = sum(covered, s.covered, 'covered');
    workingPopulation = sum(workingPopulation, s.workingPopulation, 'workingPopulation');
    programParticipants = sum(programParticipants, s.programParticipants, 'programParticipants');
    regions.push(...s.regions);
  }
  regions.sort();
  checkDisjoint(regions, ['regions']);
  return { regions, covered, workingPopulation, programParticipants };
}

/**
 * The coverage of a summary (covered ÷ working population), exact. Throws `INVALID_INPUT` for an empty
 * summary.
 *
 * @example
 * ```ts
 * import { coverageSummary, formatPercent, summaryCoverage } from 'jamsostek/coverage';
 * formatPercent(summaryCoverage(coverageSummary([{ region: '35.08', covered: 89266, workingPopulation: 555154 }]))); // '16,08 %'
 * ```
 */
export function summaryCoverage(summary: CoverageSummary): Ratio {
  return ratio(summary.covered, summary.workingPopulation);
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
  const all = [...rows];
  const issues: InputIssue[] = [];
  all.forEach((r, i) => {
    rowIssues(r, i, issues);
  });
  if (!['nation', ...LEVELS].includes(level))
    issues.push({ path: ['level'], message: 'must be nation, province, regency, district or village', received: level });
  if (issues.length) invalidInput(issues, 'coverage rows');
  const groups = new Map<string, RegionCoverageRow[]>();
  all.forEach((r, i) => {
    let key: string;
    try {
      key = regionAt(r.region, level);
    } catch {
      issues.push({ path: [i, 'region'], message: `is coarser than the level '${level}'`, received: r.region });
      return;
    }
    const g = groups.get(key) ?? [];
    g.push(r);
    groups.set(key, g);
  });
  if (issues.length) invalidInput(issues, 'coverage rows');
  const out: Record<string, CoverageSummary> = {};
  for (const key of [...groups.keys()].sort()) out[key] = coverageSummary(groups.get(key) as RegionCoverageRow[]);
  return out;
}
