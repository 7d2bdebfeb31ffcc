/**
 * Streamed rosters: processRoster over an async iterable of 1.000.000 and 10.000.000 rows, each in a
 * plain Node process of its own (bench/stream.mjs), for time and resident memory.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Goal, load, type Section } from '../lib/section.ts';
import { fmt, fmtSpread, spread } from '../lib/stats.ts';

const STREAMED = (process.env['BENCH_STREAMED'] ?? '1000000,10000000').split(',').map(Number);
const child = fileURLToPath(new URL('../stream.mjs', import.meta.url));

interface Streamed {
  readonly rows: number;
  readonly workerMonths: number;
  readonly total: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly workerMonthsPerSecond: number;
  readonly rowsPerSecond: number;
  readonly baselineRssMB: number;
  readonly peakRssMB: number;
  readonly maxRssMB: number;
}

interface StreamRun {
  readonly load: number;
  readonly streamed: Streamed[];
}

async function measureStream(): Promise<StreamRun> {
  const streamed: Streamed[] = [];
  for (const n of STREAMED) {
    const r = spawnSync(process.execPath, ['--expose-gc', child, String(n)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`streaming ${n} rows failed: ${r.stderr}`);
    streamed.push(JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Streamed);
  }
  return { load: load(), streamed };
}

function render(runs: readonly StreamRun[]): { goals: Goal[]; markdown: string[] } {
  const first = runs[0] as StreamRun;
  const goals: Goal[] = [];
  const rows = first.streamed.map((s, i) => {
    const per = runs.map((r) => r.streamed[i] as Streamed);
    const time = spread(per.map((x) => x.seconds));
    const rate = spread(per.map((x) => x.rowsPerSecond));
    const peak = spread(per.map((x) => x.peakRssMB));
    const max = spread(per.map((x) => x.maxRssMB));
    goals.push({
      goal: `processRoster streaming ${fmt(s.rows)} rows: resident memory`,
      target: '< 150 MB',
      measured: `${fmtSpread(max, 0, ' MB')} max RSS`,
      baseline: `${fmt(rate.median)} rows/s`,
      met: max.median < 150,
    });
    const before = spread(per.map((x) => x.baselineRssMB));
    return `| ${fmt(s.rows)} | ${fmt(s.workerMonths)} | ${fmtSpread(time, 1, ' s')} | ${fmt(per[0]?.cpuSeconds ?? Number.NaN, 1)} s | ${fmt(rate.median)} | ${fmt(s.workerMonths / time.median)} | ${fmt(before.median, 0)} MB | ${fmtSpread(peak, 0, ' MB')} | ${fmtSpread(max, 0, ' MB')} |`;
  });
  const md = [
    '## Streamed rosters (constant memory)',
    '',
    'Rows are streamed through the built package’s `processRoster` as an async iterable, one row per step, in a',
    'separate plain Node process per size. They come from a pool of 100.000 synthetic rows made before timing and',
    'yielded over and over, so the time is processRoster’s, not a generator’s; `dedupe: false` (the option for',
    'rosters known to hold each NIK once), since the pool’s NIKs come round again and pricing each NIK once keeps',
    '32–64 bytes per NIK. Resident memory is sampled every',
    '100.000 rows; the pool itself holds about 20 MB of it. (Reading rows from a CSV file is measured below.)',
    '',
    '| rows | worker-months | time | CPU (first run) | rows/s | worker-months/s | resident before streaming (with the pool) | peak resident while streaming | max RSS of the process |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Load average (1 min) at the end of each run: ${runs.map((r) => fmt(r.load, 1)).join(', ')}.`,
    '',
  ];
  return { goals, markdown: md };
}

/** The streaming section. */
export const section: Section<StreamRun> = { id: 'stream', order: 40, measure: measureStream, render };
