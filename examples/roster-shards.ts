/**
 * A roster split into 4 shards, each priced in its own worker thread, and the summaries merged: the
 * merged summary is identical, byte for byte as JSON, to the summary of a single pass.
 *
 * The 200.000 rows are synthetic (syntheticRoster: names "SINTETIS n", invented NIKs).
 *
 * Run: node --import tsx examples/roster-shards.ts [--lang en]
 */
import { Worker } from 'node:worker_threads';
import { mergeRosterSummaries, processRosterSync, type RosterSummary } from 'jamsostek/roster';
import { syntheticRoster } from 'jamsostek/testing';
import { heading, num, rp, t, table } from './_report.ts';

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

heading(
  t(
    `${num(ROWS)} baris sintetis dalam ${SHARDS} thread`,
    `${num(ROWS)} synthetic rows in ${SHARDS} worker threads`,
  ),
);
const size = Math.ceil(ROWS / SHARDS);
const started = performance.now();
const parts = await Promise.all(
  Array.from({ length: SHARDS }, (_, i) => shardInWorker(rows.slice(i * size, (i + 1) * size), i * size)),
);
const merged = mergeRosterSummaries(...parts);
const seconds = (performance.now() - started) / 1000;
const single = processRosterSync(rows, options);
const same = JSON.stringify(merged) === JSON.stringify(single);
table([
  [
    t('Waktu, dibagi ke thread', 'Time, sharded'),
    t(`${num(Number(seconds.toFixed(2)))} detik`, `${num(Number(seconds.toFixed(2)))} s`),
  ],
  [t('Jumlah iuran', 'Total premium'), rp(merged.total)],
  [t('Pekerja', 'Workers'), num(merged.workers)],
  [t('Baris tidak sah', 'Invalid rows'), num(merged.invalid)],
  [
    t('Ringkasan gabungan sama dengan satu kali proses', 'Merged summary identical to a single pass'),
    same ? t('ya (JSON identik per bita)', 'yes (byte-identical JSON)') : t('TIDAK', 'NO'),
  ],
]);
if (!same) process.exitCode = 1;
