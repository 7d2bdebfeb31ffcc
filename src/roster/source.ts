/**
 * Roster sources: rows in batches with their row numbers, as file readers and combined lists give them.
 * Kept apart from the pricing so that the file readers do not carry it.
 *
 * @internal
 * @module
 */
import { invalidInput } from '../errors.ts';
import type { RosterBatch, RosterRow, RosterSource } from './types.ts';

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

/** @internal A roster source from a function that yields its batches. */
export function rosterSource(batches: () => AsyncIterable<RosterBatch>): RosterSource {
  return {
    batches,
    async *[Symbol.asyncIterator](): AsyncGenerator<RosterRow> {
      for await (const b of batches()) yield* b.rows;
    },
  };
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
