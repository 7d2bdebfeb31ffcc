/**
 * Streams N rows through the built package's processRoster as an async iterable and prints, as JSON,
 * the time, the throughput and the resident memory sampled while streaming. The rows come from a pool
 * of 100.000 synthetic rows made before timing and yielded over and over, with `dedupe: false` (the
 * option for rosters known to hold each NIK once: nothing is kept per row), so the time is
 * processRoster's and not the generator's, and memory stays constant.
 * bench/sections/stream.ts runs it in a child process (plain Node) so that its memory is its own.
 *
 * Usage: node --expose-gc bench/stream.mjs <rows>   (after npm run build)
 */
import { processRoster } from '../dist/roster.js';
import { syntheticRoster } from '../dist/testing.js';

const count = Number(process.argv[2] ?? 1_000_000);
// dedupe off: the pool's NIKs come round again, and pricing each NIK once keeps 32–64 bytes per NIK.
const options = { from: '2025-01', to: '2025-12', fundingSource: 'APBD', dedupe: false };
const pool = [
  ...syntheticRoster({
    count: 100_000,
    seed: 20251,
    start: '2025-01',
    incomes: [1_000_000, 1_500_000, 2_000_000],
  }),
];
let peak = 0;
let samples = 0;

async function* rows() {
  for (let i = 0; i < count; i++) {
    if (i % 100_000 === 99_999) {
      const rss = process.memoryUsage.rss();
      if (rss > peak) peak = rss;
      samples++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    yield pool[i % pool.length];
  }
}

globalThis.gc?.();
const baseline = process.memoryUsage.rss();
const c0 = process.cpuUsage();
const started = performance.now();
const summary = await processRoster(rows(), options);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(c0);
console.log(
  JSON.stringify({
    rows: count,
    workerMonths: summary.workerMonths,
    total: summary.total,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    workerMonthsPerSecond: summary.workerMonths / seconds,
    rowsPerSecond: count / seconds,
    baselineRssMB: baseline / 2 ** 20,
    peakRssMB: peak / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    samples,
  }),
);
