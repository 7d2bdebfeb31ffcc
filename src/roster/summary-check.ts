/**
 * Checks that a value is a roster summary, naming the path of every problem.
 *
 * @internal
 * @module
 */
import { BPU_PROGRAMS, type BpuProgram } from '../contributions/bpu/types.ts';
import { type InputIssue, invalidInput } from '../errors.ts';
import { isFundingSource } from '../funding/sources.ts';
import { isYearMonth } from '../period/year-month.ts';
import { CONFIDENCE_LEVELS } from '../rulebook/confidence.ts';
import type { RosterSummary } from './types.ts';

type Path = readonly (string | number)[];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** @internal Checks one summary; pushes an issue with its path for every problem found. */
export function summaryIssues(s: unknown, at: Path, issues: InputIssue[]): void {
  const bad = (path: Path, message: string, received: unknown): void => {
    issues.push({ path: [...at, ...path], message, received });
  };
  if (!isObject(s) || s['kind'] !== 'roster-summary') {
    bad([], 'must be a roster summary (made by processRoster or mergeRosterSummaries)', s);
    return;
  }
  for (const k of ['from', 'to'] as const) if (!isYearMonth(s[k])) bad([k], 'must be a YYYY-MM month', s[k]);
  const rb = s['rulebook'];
  if (!isObject(rb) || typeof rb['name'] !== 'string' || typeof rb['version'] !== 'string')
    bad(['rulebook'], 'must be { name, version }', rb);
  if (!CONFIDENCE_LEVELS.includes(s['confidence'] as never))
    bad(['confidence'], `must be one of ${CONFIDENCE_LEVELS.join(', ')}`, s['confidence']);
  for (const k of [
    'rows',
    'workers',
    'invalid',
    'ineligible',
    'duplicates',
    'workerMonths',
    'total',
  ] as const)
    if (!isCount(s[k])) bad([k], 'must be a whole number ≥ 0', s[k]);
  if (
    isCount(s['rows']) &&
    [s['workers'], s['invalid'], s['ineligible'], s['duplicates']].every(isCount) &&
    s['rows'] !==
      (s['workers'] as number) +
        (s['invalid'] as number) +
        (s['ineligible'] as number) +
        (s['duplicates'] as number)
  )
    bad(['rows'], 'must equal workers + invalid + ineligible + duplicates', s['rows']);
  const record = (key: string, check: (v: unknown, k: string) => string | undefined): void => {
    const r = s[key];
    if (!isObject(r)) {
      bad([key], 'must be an object', r);
      return;
    }
    for (const [k, v] of Object.entries(r)) {
      const problem = check(v, k);
      if (problem) bad([key, k], problem, v);
    }
  };
  const totals = (v: unknown): string | undefined =>
    isObject(v) && isCount(v['workers']) && isCount(v['workerMonths']) && isCount(v['amount'])
      ? undefined
      : 'must be { workers, workerMonths, amount } of whole numbers ≥ 0';
  record('byMonth', (v, k) =>
    !isYearMonth(k)
      ? 'must be keyed by YYYY-MM months'
      : isObject(v) && isCount(v['workers']) && isCount(v['amount'])
        ? undefined
        : 'must be { workers, amount } of whole numbers ≥ 0',
  );
  record('byProgram', (v, k) =>
    !BPU_PROGRAMS.includes(k as BpuProgram)
      ? `must be keyed by ${BPU_PROGRAMS.join(', ')}`
      : isCount(v)
        ? undefined
        : 'must be a whole number ≥ 0',
  );
  for (const key of ['byIncomeLevel', 'byCohort', 'byRegion', 'byList']) record(key, totals);
  record('byFundingSource', (v, k) => (isFundingSource(k) ? totals(v) : 'must be keyed by funding sources'));
  for (const key of ['rejectedByReason', 'flaggedByReason'])
    record(key, (v) => (isCount(v) ? undefined : 'must be a whole number ≥ 0'));
  // Every breakdown of a real summary adds up to its total, to the rupiah; a summary whose parts do
  // not is not one the library made, and merging it could leave the range of exact whole rupiah.
  if (isCount(s['total']))
    for (const key of [
      'byMonth',
      'byIncomeLevel',
      'byCohort',
      'byRegion',
      'byFundingSource',
      'byList',
      'byProgram',
    ]) {
      const r = s[key];
      if (!isObject(r)) continue;
      let sum = 0;
      let ok = true;
      for (const v of Object.values(r)) {
        const amount = key === 'byProgram' ? v : isObject(v) ? v['amount'] : undefined;
        if (!isCount(amount)) ok = false;
        else sum += amount;
      }
      if (ok && Object.keys(r).length > 0 && sum !== s['total'])
        bad([key], `amounts must add up to total (${String(s['total'])})`, sum);
    }
  const list = (key: string, check: (v: Record<string, unknown>) => boolean, what: string): void => {
    const a = s[key];
    if (!Array.isArray(a)) {
      bad([key], 'must be an array', a);
      return;
    }
    a.forEach((v: unknown, i) => {
      if (
        !isObject(v) ||
        !isCount(v['row']) ||
        (v['list'] !== undefined && typeof v['list'] !== 'string') ||
        !check(v)
      )
        bad([key, i], `must be ${what}`, v);
    });
  };
  const issuesOk = (v: Record<string, unknown>): boolean =>
    Array.isArray(v['issues']) &&
    v['issues'].every((i) => isObject(i) && Array.isArray(i['path']) && typeof i['message'] === 'string');
  list(
    'rejected',
    (v) =>
      v['kind'] === 'invalid'
        ? issuesOk(v)
        : v['kind'] === 'ineligible'
          ? Array.isArray(v['reasons']) && v['reasons'].every((r) => typeof r === 'string')
          : v['kind'] === 'duplicate' &&
            typeof v['nik'] === 'string' &&
            isFundingSource(v['fundingSource']) &&
            isObject(v['winner']) &&
            isCount(v['winner']['row']) &&
            isFundingSource(v['winner']['fundingSource']),
    'a rejected row { row, kind, … }',
  );
  list('flagged', issuesOk, 'a flagged row { row, issues }');
  const limit = s['rejectedLimit'];
  if (limit !== null && !isCount(limit)) bad(['rejectedLimit'], 'must be a whole number ≥ 0 or null', limit);
  for (const key of ['unknownColumns', 'duplicateColumns']) {
    const a = s[key];
    if (!Array.isArray(a) || !a.every((c) => typeof c === 'string'))
      bad([key], 'must be an array of texts', a);
  }
  const rules = s['rules'];
  if (!Array.isArray(rules)) bad(['rules'], 'must be an array of rule versions', rules);
  else
    rules.forEach((r: unknown, i) => {
      if (
        !isObject(r) ||
        typeof r['id'] !== 'string' ||
        typeof r['from'] !== 'string' ||
        !Array.isArray(r['citations']) ||
        !CONFIDENCE_LEVELS.includes(r['confidence'] as never)
      )
        bad(['rules', i], 'must be a rule version { id, from, citations, confidence, … }', r);
    });
}

/** @internal Throws `INVALID_INPUT` with every problem unless `s` is a roster summary. */
export function checkSummary(s: unknown, what: string, at: Path = []): RosterSummary {
  const issues: InputIssue[] = [];
  summaryIssues(s, at, issues);
  if (issues.length) invalidInput(issues, what);
  return s as RosterSummary;
}
