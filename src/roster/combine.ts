/**
 * Several named lists of one program as one roster source.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { batchesOf, isRosterSource, rosterSource } from './source.ts';
import type { RosterList, RosterSource } from './types.ts';

function isIterable(v: unknown): boolean {
  return (
    typeof v === 'object' && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function'
  );
}

function isAsyncIterable(v: unknown): boolean {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  );
}

/**
 * Several lists of one program as one roster source: each list's rows keep their own row numbers and
 * carry the list's name, so that `processRoster` prices each NIK once across all of them (with
 * `dedupe.precedence` naming which list or funding source wins), reports every duplicate with its list
 * and the winner, and totals `byList`. Lists are read one after the other, in the order given.
 *
 * @example
 * ```ts
 * import { combineRosters, processRoster } from 'jamsostek/roster';
 * const summary = await processRoster(
 *   combineRosters([
 *     { name: 'Dinas Sosial', rows: [{ nik: '3509010101900001', fundingSource: 'APBD' }] },
 *     { name: 'Disnaker', rows: [{ nik: '3509010101900001', fundingSource: 'DBHCHT' }] },
 *   ]),
 *   { from: '2025-07', to: '2025-12', declaredIncome: 1000000, dedupe: { precedence: ['Disnaker'] } },
 * );
 * summary.workers; // 1 (the Disnaker row)
 * summary.rejected[0]?.kind; // 'duplicate'
 * ```
 */
export function combineRosters(lists: readonly RosterList[]): RosterSource {
  const issues: InputIssue[] = [];
  const names = new Set<string>();
  if (!Array.isArray(lists) || lists.length === 0)
    invalidInput(
      [{ path: [], message: 'must be a non-empty array of { name, rows }', received: lists }],
      'roster lists',
    );
  lists.forEach((l: unknown, i) => {
    const list = l as Partial<RosterList> | null;
    if (typeof list !== 'object' || list === null) {
      issues.push({ path: [i], message: 'must be { name, rows }', received: l });
      return;
    }
    if (typeof list.name !== 'string' || list.name.trim() === '')
      issues.push({ path: [i, 'name'], message: 'must be a non-empty text', received: list.name });
    else if (names.has(list.name))
      issues.push({
        path: [i, 'name'],
        message: 'must differ from the other lists’ names',
        received: list.name,
      });
    else names.add(list.name);
    if (!isIterable(list.rows) && !isAsyncIterable(list.rows) && !isRosterSource(list.rows))
      issues.push({
        path: [i, 'rows'],
        message: 'must be an array, an iterable, an async iterable or a roster source of rows',
        received: list.rows,
      });
  });
  if (issues.length) invalidInput(issues, 'roster lists');
  const copy = lists.map((l) => ({ name: l.name, rows: l.rows }));
  return rosterSource(async function* () {
    // Each row is a shallow copy, so that the combined source shares no object with the lists given.
    for (const l of copy)
      for await (const b of batchesOf(l.rows))
        yield {
          ...b,
          rows: b.rows.map((r) => (typeof r === 'object' && r !== null ? { ...r } : r)),
          list: l.name,
        };
  });
}
