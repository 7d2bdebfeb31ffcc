/**
 * The monthly change list between two rosters, by NIK: who joined, who left, whose income, region,
 * cohort or funding source changed.
 *
 * @module
 */
import { type InputIssue, invalidInput } from '../errors.ts';
import { readFundingSource } from '../funding/sources.ts';
import { nikKey } from './nik.ts';
import { isFlag, nikIssue, readIncome } from './process.ts';
import { batchesOf, isRosterSource } from './source.ts';
import type {
  RosterChange,
  RosterDiff,
  RosterDiffEntry,
  RosterDiffField,
  RosterDiffOptions,
  RosterDiffSkippedRow,
  RosterIssue,
  RosterRow,
  RosterSource,
} from './types.ts';

const DIFF_FIELDS: readonly RosterDiffField[] = [
  'declaredIncome',
  'region',
  'cohort',
  'fundingSource',
  'from',
  'to',
  'sector',
  'category',
  'name',
];
const DEFAULT_FIELDS: readonly RosterDiffField[] = ['declaredIncome', 'region', 'cohort', 'fundingSource'];

function isRows(v: unknown): v is Iterable<RosterRow> | AsyncIterable<RosterRow> | RosterSource {
  return (
    typeof v === 'object' &&
    v !== null &&
    (typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function' ||
      typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' ||
      isRosterSource(v))
  );
}

/** The text of a NIK from its key (exact: the key is below 2^53). */
function nikOf(key: number): string {
  const hi = Math.floor(key / 100_000_000) + 11_000_000;
  const lo = key % 100_000_000;
  return `${hi}${String(lo).padStart(8, '0')}`;
}

/** A copy of a text that shares no memory with the file it was read from. */
function own(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** The value of one compared field, normalised: incomes as rupiah, funding sources by their name. */
function compared(field: RosterDiffField, v: unknown): string | number | undefined {
  if (v === undefined || v === null) return undefined;
  const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : JSON.stringify(v);
  if (text === '') return undefined;
  if (field === 'declaredIncome') return readIncome(v) ?? own(text);
  if (field === 'fundingSource') return readFundingSource(text) ?? own(text);
  return own(text);
}

interface Side {
  readonly name: 'previous' | 'next';
  rows: number;
}

interface Held {
  readonly row: number;
  readonly list: string | undefined;
  readonly values: Partial<Record<RosterDiffField, string | number>>;
  matched: boolean;
}

function entry(key: number, h: Held): RosterDiffEntry {
  return {
    nik: nikOf(key),
    row: h.row,
    ...(h.list === undefined ? {} : { list: h.list }),
    values: { ...h.values },
  };
}

/**
 * Compares two rosters by NIK, for the monthly change list of membership administration: the workers
 * who joined (only in `next`), who left (only in `previous`), and whose compared fields changed
 * (`declaredIncome`, `region`, `cohort` and `fundingSource` by default; incomes compared as rupiah, so
 * `1.000.000` equals `1000000`, and funding sources by name, so `dbh sawit` equals `DBH sawit`). Rows
 * without a valid NIK, rows a file reader could not read, and second rows of a NIK in the same roster
 * are listed in `skipped`. Holds the previous roster's NIKs and compared fields in memory.
 *
 * @example
 * ```ts
 * import { diffRosters } from 'jamsostek/roster';
 * const d = await diffRosters(
 *   [{ nik: '3509010101900001', declaredIncome: '1.000.000' }, { nik: '3509010101900002' }],
 *   [{ nik: '3509010101900001', declaredIncome: 1500000 }, { nik: '3509010101900003' }],
 * );
 * d.joined.map((e) => e.nik); // ['3509010101900003']
 * d.left.map((e) => e.nik); // ['3509010101900002']
 * d.changed[0]?.changes; // [{ field: 'declaredIncome', previous: 1000000, next: 1500000 }]
 * ```
 */
export async function diffRosters(
  previous: Iterable<RosterRow> | AsyncIterable<RosterRow> | RosterSource,
  next: Iterable<RosterRow> | AsyncIterable<RosterRow> | RosterSource,
  options: RosterDiffOptions = {},
): Promise<RosterDiff> {
  const issues: InputIssue[] = [];
  if (!isRows(previous))
    issues.push({
      path: ['previous'],
      message: 'must be an array, an iterable, an async iterable or a roster source',
      received: previous,
    });
  if (!isRows(next))
    issues.push({
      path: ['next'],
      message: 'must be an array, an iterable, an async iterable or a roster source',
      received: next,
    });
  if (typeof options !== 'object' || options === null)
    issues.push({ path: ['options'], message: 'must be an object', received: options });
  else {
    for (const k of Object.keys(options))
      if (k !== 'fields')
        issues.push({ path: ['options', k], message: 'is not an option of diffRosters', received: k });
    const f = options.fields;
    if (f !== undefined) {
      if (!Array.isArray(f) || f.length === 0)
        issues.push({
          path: ['options', 'fields'],
          message: 'must be a non-empty array of fields',
          received: f,
        });
      else
        f.forEach((x: unknown, i) => {
          if (!DIFF_FIELDS.includes(x as RosterDiffField) || f.indexOf(x as RosterDiffField) !== i)
            issues.push({
              path: ['options', 'fields', i],
              message: `must be one of ${DIFF_FIELDS.join(', ')}, each once`,
              received: x,
            });
        });
    }
  }
  if (issues.length) invalidInput(issues, 'roster diff');
  const fields = [...(options.fields ?? DEFAULT_FIELDS)];
  const skipped: RosterDiffSkippedRow[] = [];

  /** Reads one roster; calls `use` with each row that has a usable NIK seen first time in this roster. */
  const read = async (
    rows: Iterable<RosterRow> | AsyncIterable<RosterRow> | RosterSource,
    side: Side,
    use: (key: number, row: RosterRow, held: Held) => void,
  ): Promise<void> => {
    const seen = new Set<number>();
    for await (const batch of batchesOf(rows)) {
      const list = batch.list;
      for (let i = 0; i < batch.rows.length; i++) {
        side.rows++;
        const row = batch.rows[i] as RosterRow;
        const rowNumber = batch.rowNumbers[i] as number;
        const where = { side: side.name, row: rowNumber, ...(list === undefined ? {} : { list }) };
        const reader = (batch.issues?.[i] ?? []).filter((x) => !isFlag(x));
        const nik = typeof row === 'object' && row !== null ? row.nik : undefined;
        const nikText = typeof nik === 'string' ? { nik } : {};
        const problem: RosterIssue | undefined =
          typeof row === 'object' && row !== null
            ? nikIssue(nik)
            : { path: [], message: 'must be an object', received: row };
        if (reader.length || problem) {
          skipped.push({
            ...where,
            reason: 'invalid',
            ...nikText,
            issues: [...reader, ...(problem ? [problem] : [])],
          });
          continue;
        }
        const key = nikKey(nik as string);
        if (seen.has(key)) {
          skipped.push({ ...where, reason: 'duplicate', ...nikText, issues: [] });
          continue;
        }
        seen.add(key);
        const values: Partial<Record<RosterDiffField, string | number>> = {};
        for (const f of fields) {
          const v = compared(f, row[f]);
          if (v !== undefined) values[f] = v;
        }
        use(key, row, { row: rowNumber, list, values, matched: false });
      }
    }
  };

  const held = new Map<number, Held>();
  const before: Side = { name: 'previous', rows: 0 };
  const after: Side = { name: 'next', rows: 0 };
  await read(previous, before, (key, _row, h) => {
    held.set(key, h);
  });
  const joined: RosterDiffEntry[] = [];
  const changed: RosterChange[] = [];
  let unchanged = 0;
  await read(next, after, (key, _row, h) => {
    const p = held.get(key);
    if (!p) {
      joined.push(entry(key, h));
      return;
    }
    p.matched = true;
    const changes = fields.flatMap((field) => {
      const a = p.values[field];
      const b = h.values[field];
      return a === b ? [] : [{ field, previous: a ?? null, next: b ?? null }];
    });
    if (changes.length)
      changed.push({ nik: nikOf(key), previous: entry(key, p), next: entry(key, h), changes });
    else unchanged++;
  });
  const left: RosterDiffEntry[] = [];
  for (const [key, h] of held) if (!h.matched) left.push(entry(key, h));
  return {
    kind: 'roster-diff',
    confidence: 'A',
    fields,
    previousRows: before.rows,
    nextRows: after.rows,
    joined,
    left,
    changed,
    unchanged,
    skipped,
  };
}
