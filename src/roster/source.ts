/**
 * Roster sources: rows in batches with their row numbers, as file readers and combined lists give them.
 * Kept apart from the pricing so that the file readers do not carry it.
 *
 * @internal
 * @module
 */
import { invalidInput } from '../errors.ts';
import type { RosterBatch, RosterIssue, RosterRow, RosterSource } from './types.ts';

/**
 * @internal The key of a source's own way of handing its rows straight to a roster accumulator,
 * without batches of row objects (the CSV reader has one). A registered symbol, so that the ESM and
 * CommonJS builds in one process agree on it; its version changes with {@link DirectTarget}, so that
 * copies of the package that disagree on that contract fall back to batches.
 */
export const DIRECT: unique symbol = Symbol.for('jamsostek.roster-source.direct.v1') as never;

/** @internal What a source with a {@link DIRECT} reader hands its rows to. */
export interface DirectTarget {
  /**
   * The row properties the target reads: a row may leave out every other one, and may be the same
   * object each time (the target keeps nothing of it).
   */
  readonly reads: ReadonlySet<string>;
  /** Adds one row with its number, list index (0: none) and the reader's findings. */
  addAt(row: RosterRow, rowNumber: number, list: number, issues: readonly RosterIssue[] | undefined): void;
  /** Notes the unknown and repeated headers of a file. */
  columns(unknown: readonly string[] | undefined, duplicate: readonly string[] | undefined): void;
}

/** @internal A source that can hand its rows to a {@link DirectTarget} itself. */
export interface DirectSource extends RosterSource {
  /** Reads every row into the target. */
  [DIRECT](target: DirectTarget): Promise<void>;
}

/** @internal True for a source with a {@link DIRECT} reader. */
export function isDirectSource(source: RosterSource): source is DirectSource {
  return typeof (source as Partial<DirectSource>)[DIRECT] === 'function';
}

/** @internal True for a {@link RosterSource}: rows in batches with their numbers. */
export function isRosterSource(rows: unknown): rows is RosterSource {
  return (
    typeof rows === 'object' && rows !== null && typeof (rows as { batches?: unknown }).batches === 'function'
  );
}

/** @internal Checks one batch of a roster source; returns it typed. */
export function checkBatch(batch: unknown): RosterBatch {
  const b = batch as Partial<RosterBatch> | null;
  if (
    typeof b !== 'object' ||
    b === null ||
    !Array.isArray(b.rows) ||
    !Array.isArray(b.rowNumbers) ||
    b.rows.length !== b.rowNumbers.length ||
    (b.issues !== undefined && !Array.isArray(b.issues)) ||
    (b.list !== undefined && typeof b.list !== 'string')
  )
    invalidInput(
      [
        {
          path: ['rows', 'batches'],
          message: 'each batch must be { rows, rowNumbers } with one row number per row',
          received: batch,
        },
      ],
      'roster source',
    );
  return b as RosterBatch;
}

/** @internal Rows per batch when a source batches plain rows. */
export const BATCH_SIZE = 2048;

/**
 * @internal A roster source from a function that yields its batches, and optionally a reader that
 * hands the rows to a target itself.
 */
export function rosterSource(
  batches: () => AsyncIterable<RosterBatch>,
  direct?: (target: DirectTarget) => Promise<void>,
): RosterSource {
  const source: RosterSource = {
    batches,
    async *[Symbol.asyncIterator](): AsyncGenerator<RosterRow> {
      for await (const b of batches()) yield* b.rows;
    },
  };
  if (direct) Object.defineProperty(source, DIRECT, { value: direct, enumerable: false });
  return source;
}

function isIterable(v: unknown): v is Iterable<RosterRow> {
  return (
    typeof v === 'object' && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function'
  );
}

/** @internal The batches of any rows: a source's own, or plain rows numbered from 1 in batches. */
export async function* batchesOf(
  rows: Iterable<RosterRow> | AsyncIterable<RosterRow> | RosterSource,
): AsyncGenerator<RosterBatch> {
  if (isRosterSource(rows)) {
    for await (const b of rows.batches()) yield checkBatch(b);
    return;
  }
  let batch: RosterRow[] = [];
  let numbers: number[] = [];
  let n = 0;
  const take = (row: RosterRow): RosterBatch | undefined => {
    batch.push(row);
    numbers.push(++n);
    if (batch.length < BATCH_SIZE) return undefined;
    const out = { rows: batch, rowNumbers: numbers };
    batch = [];
    numbers = [];
    return out;
  };
  if (isIterable(rows)) {
    for (const row of rows) {
      const b = take(row);
      if (b) yield b;
    }
  } else
    for await (const row of rows) {
      const b = take(row);
      if (b) yield b;
    }
  if (batch.length) yield { rows: batch, rowNumbers: numbers };
}
