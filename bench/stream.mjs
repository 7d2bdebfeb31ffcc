/**
 * Streams N synthetic rows through the built package's processRoster and prints, as JSON, the time,
 * the throughput and the resident memory sampled while streaming. bench/run.ts runs it in a child
 * process (plain Node, no TypeScript loader) so that its peak memory is its own.
 *
 * Usage: node --expose-gc bench/stream.mjs <rows>   (after npm run build)
 */
import { processRoster } from '../dist/roster.js';
import { syntheticRoster } from '../dist/testing.js';

const count = Number(process.argv[2] ?? 1_000_000);
const options = { from: '2025-01', to: '2025-12', fundingSource: 'APBD' };
let peak = 0;
let samples = 0;

async function* rows() {
  let i = 0;
  for (const row of syntheticRoster({
    count,
    seed: 20251,
    start: '2025-01',
    incomes: [1_000_000, 1_500_000, 2_000_000],
  })) {
    if (++i % 100_000 === 0) {
      const rss = process.memoryUsage.rss();
      if (rss > peak) peak = rss;
      samples++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    yield row;
  }
}

const started = performance.now();
const summary = await processRoster(rows(), options);
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    rows: count,
    workerMonths: summary.workerMonths,
    total: summary.total,
    seconds,
    workerMonthsPerSecond: summary.workerMonths / seconds,
    peakRssMB: peak / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    samples,
  }),
);
