/**
 * Merging roster summaries of shards into the summary of the whole roster, after checking that each
 * input is a roster summary.
 *
 * @module
 */
import { BPU_PROGRAMS, type BpuProgram } from '../contributions/bpu/types.ts';
import { type InputIssue, invalidInput } from '../errors.ts';
import { isFundingSource } from '../funding/sources.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { isYearMonth } from '../period/year-month.ts';
import { CONFIDENCE_LEVELS, weakestConfidence } from '../rulebook/confidence.ts';
import {
  addGroup,
  byPlace,
  copyFlagged,
  copyRejected,
  sortedRecord,
  sortedRules,
  type Totals,
} from './summary.ts';
import type { RosterGroupTotals, RosterSummary } from './types.ts';

type Path = readonly (string | number)[];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** Checks one summary; pushes an issue with its path for every problem found. */
function summaryIssues(s: unknown, at: Path, issues: InputIssue[]): void {
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

/**
 * Merges summaries of the same program months made with the same rulebook, exactly: the merge of the
 * summaries of the shards of a roster equals the summary of the whole roster (give each shard its
 * `rowOffset` so row numbers stay global), also with a `rejectedLimit` when every shard used the same
 * one (the merge keeps the smallest limit given). Duplicate NIKs are found within a shard only: to price
 * each NIK once across shards, split the roster by NIK (every row of a NIK in the same shard). The
 * merge is associative and commutative, and shares nothing with the summaries given. Throws
 * `INVALID_INPUT`, with the path of every problem, for no summary, for anything that is not a roster
 * summary, and for summaries of different months or rulebooks.
 *
 * @example
 * ```ts
 * import { mergeRosterSummaries, processRosterSync } from 'jamsostek/roster';
 * const options = { from: '2025-07', to: '2025-12', fundingSource: 'DBHCHT', declaredIncome: 1000000 } as const;
 * const a = processRosterSync([{ nik: '3509010101900001' }], options);
 * const b = processRosterSync([{ nik: '3509010101900002' }], { ...options, rowOffset: 1 });
 * mergeRosterSummaries(a, b).total; // 201600
 * ```
 */
export function mergeRosterSummaries(...summaries: readonly RosterSummary[]): RosterSummary {
  const issues: InputIssue[] = [];
  const given: readonly unknown[] = summaries;
  given.forEach((s, i) => {
    summaryIssues(s, [i], issues);
  });
  const [first] = summaries;
  if (!first) issues.push({ path: [], message: 'give at least one roster summary', received: summaries });
  if (issues.length || !first) return invalidInput(issues, 'roster summaries');
  summaries.forEach((s, i) => {
    if (s.from !== first.from || s.to !== first.to)
      issues.push({
        path: [i, 'to'],
        message: `summaries of different program months cannot be merged (${first.from} … ${first.to})`,
        received: `${s.from} … ${s.to}`,
      });
    if (s.rulebook.name !== first.rulebook.name || s.rulebook.version !== first.rulebook.version)
      issues.push({
        path: [i, 'rulebook'],
        message: `summaries made with different rulebooks cannot be merged (${first.rulebook.name} ${first.rulebook.version})`,
        received: { ...s.rulebook },
      });
  });
  if (issues.length) invalidInput(issues, 'roster summaries');

  const byMonth = new Map<string, { workers: number; amount: number }>();
  const byProgram = new Map<BpuProgram, number>();
  const byIncome = new Map<string, Totals>();
  const byCohort = new Map<string, Totals>();
  const byRegion = new Map<string, Totals>();
  const byFunding = new Map<string, Totals>();
  const byList = new Map<string, Totals>();
  const reasons = new Map<string, number>();
  const flags = new Map<string, number>();
  const add = (map: Map<string, Totals>, record: Readonly<Record<string, RosterGroupTotals>>): void => {
    for (const [k, v] of Object.entries(record)) addGroup(map, k, v.workers, v.workerMonths, v.amount);
  };
  const addCounts = (map: Map<string, number>, record: Readonly<Record<string, number>>): void => {
    for (const [k, v] of Object.entries(record)) map.set(k, (map.get(k) ?? 0) + v);
  };
  let total = 0;
  let limit = Number.POSITIVE_INFINITY;
  for (const s of summaries) {
    for (const [k, v] of Object.entries(s.byMonth)) {
      const m = byMonth.get(k);
      if (m) {
        m.workers += v.workers;
        m.amount += v.amount;
      } else byMonth.set(k, { workers: v.workers, amount: v.amount });
    }
    for (const p of BPU_PROGRAMS) {
      const v = s.byProgram[p];
      if (v !== undefined) byProgram.set(p, (byProgram.get(p) ?? 0) + v);
    }
    add(byIncome, s.byIncomeLevel);
    add(byCohort, s.byCohort);
    add(byRegion, s.byRegion);
    add(byFunding, s.byFundingSource as Readonly<Record<string, RosterGroupTotals>>);
    add(byList, s.byList);
    addCounts(reasons, s.rejectedByReason);
    addCounts(flags, s.flaggedByReason);
    total += s.total;
    if (s.rejectedLimit !== null && s.rejectedLimit < limit) limit = s.rejectedLimit;
  }
  const programsOut: Partial<Record<BpuProgram, number>> = {};
  for (const p of BPU_PROGRAMS) {
    const v = byProgram.get(p);
    if (v !== undefined) programsOut[p] = v;
  }
  const rules = sortedRules(summaries.flatMap((s) => s.rules));
  const sum = (f: (s: RosterSummary) => number): number => summaries.reduce((n, s) => n + f(s), 0);
  const cut = <T extends { row: number; list?: string | undefined }>(rows: T[]): T[] => {
    rows.sort(byPlace);
    if (rows.length > limit) rows.length = limit;
    return rows;
  };
  const columns = (f: (s: RosterSummary) => readonly string[]): string[] =>
    [...new Set(summaries.flatMap(f))].sort();
  return {
    kind: 'roster-summary',
    from: first.from,
    to: first.to,
    rulebook: { name: first.rulebook.name, version: first.rulebook.version },
    confidence: weakestConfidence(rules.map((r) => r.confidence)),
    rows: sum((s) => s.rows),
    workers: sum((s) => s.workers),
    invalid: sum((s) => s.invalid),
    ineligible: sum((s) => s.ineligible),
    duplicates: sum((s) => s.duplicates),
    workerMonths: sum((s) => s.workerMonths),
    total: checkRupiah(total, 'roster total'),
    byMonth: sortedRecord(byMonth),
    byProgram: programsOut,
    byIncomeLevel: sortedRecord(byIncome),
    byCohort: sortedRecord(byCohort),
    byRegion: sortedRecord(byRegion),
    byFundingSource: sortedRecord(byFunding),
    byList: sortedRecord(byList),
    rejectedByReason: sortedRecord(reasons),
    rejected: cut(summaries.flatMap((s) => s.rejected.map(copyRejected))),
    flaggedByReason: sortedRecord(flags),
    flagged: cut(summaries.flatMap((s) => s.flagged.map(copyFlagged))),
    rejectedLimit: Number.isFinite(limit) ? limit : null,
    unknownColumns: columns((s) => s.unknownColumns),
    duplicateColumns: columns((s) => s.duplicateColumns),
    rules,
  };
}
