// Prices one shard of a roster and posts its summary back (see examples/roster-shards.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { processRosterSync, type RosterOptions, type RosterRow } from 'jamsostek/roster';

const { rows, rowOffset, options } = workerData as {
  rows: RosterRow[];
  rowOffset: number;
  options: RosterOptions;
};
parentPort?.postMessage(processRosterSync(rows, { ...options, rowOffset }));
