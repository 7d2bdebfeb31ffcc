// Prices one shard of a roster and posts its summary back (see examples/roster-shards.ts).

import { parentPort, workerData } from 'node:worker_threads';
import type { MonthRange } from 'jamsostek';
import { processRosterSync, type RosterRow } from 'jamsostek/roster';

const { rows, rowOffset, months } = workerData as {
  rows: RosterRow[];
  rowOffset: number;
  months: MonthRange;
};
parentPort?.postMessage(processRosterSync(rows, { months, rowOffset }));
