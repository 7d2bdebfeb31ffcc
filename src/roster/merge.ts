/**
 * Merging roster summaries of shards into the summary of the whole roster, after checking that each
 * input is a roster summary.
 *
 * @module
 */
import { BPU_PROGRAMS, type BpuProgram } from '../contributions/bpu/types.ts';
import { type InputIssue, invalidInput } from '../errors.ts';
import { checkRupiah } from '../money/rupiah.ts';
import { weakestConfidence } from '../rulebook/confidence.ts';
import {
  addGroup,
  byPlace,
  copyFlagged,
  copyRejected,
  sortedRecord,
  sortedRules,
  type Totals,
} from './summary.ts';
import { summaryIssues } from './summary-check.ts';
import type { RosterGroupTotals, RosterSummary } from './types.ts';

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
