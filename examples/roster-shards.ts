/**
 * A roster split into 4 shards, each priced in its own worker thread, and the summaries merged: the
 * merged summary is identical, byte for byte as JSON, to the summary of a single pass.
 *
 * The 200.000 rows are synthetic (syntheticRoster: names "SINTETIS n", invented NIKs).
 *
 * Run: node --import tsx examples/roster-shards.ts
 */
import { Worker } from 'node:worker_threads';
import { formatCount, formatRupiah } from 'jamsostek';
import { mergeRosterSummaries, processRosterSync, type RosterSummary } from 'jamsostek/roster';
import { syntheticRoster } from 'jamsostek/testing';
import { figure, heading } from './_report.ts';

const ROWS = 200_000;
const SHARDS = 4;
// Synthetic rows name their own funding source (DBHCHT or APBD); the months are the program's.
const options = { from: '2025-07', to: '2025-12' } as const;
const rows = [...syntheticRoster({ count: ROWS, seed: 2025, corruptRate: 0.01 })];

function shardInWorker(slice: unknown[], rowOffset: number): Promise<RosterSummary> {
  return new Promise((resolve, reject) => {
    // The entry is plain JavaScript that registers the TypeScript loader, so this also works on Node 20.
    const worker = new Worker(new URL('./_roster-worker.mjs', import.meta.url), {
      workerData: { rows: slice, rowOffset, options },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

heading(`${formatCount(ROWS)} synthetic rows in ${SHARDS} worker threads`);
const size = Math.ceil(ROWS / SHARDS);
const started = performance.now();
const parts = await Promise.all(
  Array.from({ length: SHARDS }, (_, i) => shardInWorker(rows.slice(i * size, (i + 1) * size), i * size)),
);
const merged = mergeRosterSummaries(...parts);
figure('sharded', `${((performance.now() - started) / 1000).toFixed(2)} s`);
const single = processRosterSync(rows, options);
figure('total', formatRupiah(merged.total));
figure('workers / invalid rows', `${formatCount(merged.workers)} / ${formatCount(merged.invalid)}`);
const same = JSON.stringify(merged) === JSON.stringify(single);
figure('merged summary identical to a single pass', same ? 'yes (byte-identical JSON)' : 'NO');
if (!same) process.exitCode = 1;
