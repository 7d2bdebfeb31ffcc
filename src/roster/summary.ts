/**
 * Building blocks of roster summaries shared by a single pass and a merge: key-safe records, copies
 * that share nothing, the order of rejected and flagged rows, the cut at `rejectedLimit`.
 *
 * @internal
 * @module
 */
import type { RuleRef } from '../rulebook/types.ts';
import type { RosterFlaggedRow, RosterIssue, RosterRejectedRow } from './types.ts';

/** @internal Counts of one group while a summary is built. */
export interface Totals {
  workers: number;
  workerMonths: number;
  amount: number;
}

/** @internal Adds to the totals of `key`, creating them on first use. */
export function addGroup(
  map: Map<string, Totals>,
  key: string,
  workers: number,
  workerMonths: number,
  amount: number,
): void {
  const g = map.get(key);
  if (g) {
    g.workers += workers;
    g.workerMonths += workerMonths;
    g.amount += amount;
  } else map.set(key, { workers, workerMonths, amount });
}

/**
 * @internal A plain object with the map's entries in key order. Keys are defined as own properties, so
 * a region or cohort named `__proto__` is kept (an assignment would set the prototype instead).
 */
export function sortedRecord<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of [...map.keys()].sort()) {
    const v = map.get(k);
    if (v !== undefined)
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Copies JSON data. */
function copyJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** @internal A copy of a rule reference that shares nothing with the rulebook or another result. */
export function copyRule(r: RuleRef): RuleRef {
  return copyJson(r);
}

/** @internal Rule versions, once each, in the order of `id@from`, copied. */
export function sortedRules(refs: readonly RuleRef[]): RuleRef[] {
  const byKey = new Map<string, RuleRef>();
  for (const r of refs) byKey.set(`${r.id}@${r.from}`, r);
  return [...byKey.keys()].sort().flatMap((k) => {
    const r = byKey.get(k);
    return r ? [copyRule(r)] : [];
  });
}

function copyIssue(i: RosterIssue): RosterIssue {
  return { ...i, path: [...i.path], received: copyReceived(i.received) };
}

function copyReceived(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  try {
    return copyJson(v);
  } catch {
    return String(v);
  }
}

function withList<T extends object>(list: string | undefined, value: T): T {
  return list === undefined ? value : { list, ...value };
}

/** @internal A copy of a rejected row that shares nothing with the original. */
export function copyRejected(r: RosterRejectedRow): RosterRejectedRow {
  if (r.kind === 'invalid')
    return {
      row: r.row,
      ...withList(r.list, {}),
      kind: 'invalid',
      ...(r.nik === undefined ? {} : { nik: r.nik }),
      issues: r.issues.map(copyIssue),
    };
  if (r.kind === 'ineligible')
    return { row: r.row, ...withList(r.list, {}), kind: 'ineligible', nik: r.nik, reasons: [...r.reasons] };
  return {
    row: r.row,
    ...withList(r.list, {}),
    kind: 'duplicate',
    nik: r.nik,
    fundingSource: r.fundingSource,
    winner: { row: r.winner.row, ...withList(r.winner.list, {}), fundingSource: r.winner.fundingSource },
  };
}

/** @internal A copy of a flagged row. */
export function copyFlagged(r: RosterFlaggedRow): RosterFlaggedRow {
  return {
    row: r.row,
    ...withList(r.list, {}),
    ...(r.nik === undefined ? {} : { nik: r.nik }),
    issues: r.issues.map(copyIssue),
  };
}

/** @internal The order of rejected and flagged rows: list name (none first), then row number. */
export function byPlace(a: { row: number; list?: string | undefined }, b: typeof a): number {
  const la = a.list ?? '';
  const lb = b.list ?? '';
  if (la !== lb) return la < lb ? -1 : 1;
  return a.row - b.row;
}

/**
 * @internal Rows kept up to a limit: the first `limit` in {@link byPlace} order, whatever the order they
 * arrive in (sorted and cut whenever the list doubles, so each row costs O(log limit)).
 */
export class KeptRows<T extends { row: number; list?: string | undefined }> {
  private items: T[] = [];
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  add(item: T): void {
    if (this.limit === 0) return;
    this.items.push(item);
    if (this.items.length >= 2 * this.limit && this.items.length > 1024) this.cut();
  }

  private cut(): void {
    this.items.sort(byPlace);
    if (this.items.length > this.limit) this.items.length = this.limit;
  }

  /** The rows kept, in order, mapped by `copy`. */
  list(copy: (t: T) => T): T[] {
    this.cut();
    return this.items.map(copy);
  }
}
