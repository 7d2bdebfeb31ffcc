/**
 * One import: a cold import of each entry of the package against a cold import of exactly the
 * dependency modules that entry needs (found by following the built entry's own imports: decimal.js,
 * zod/mini and the date-fns functions, each by its subpath), in fresh Node processes, interleaved.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distUrl } from '../lib/dist.ts';
import { type Goal, load, type Section } from '../lib/section.ts';
import { fmt, fmtSpread, median, type Spread, spread } from '../lib/stats.ts';

/** Processes per side and entry; the two sides alternate. */
const SPAWNS = Number(process.env['BENCH_IMPORT_SPAWNS'] ?? 15);
const child = fileURLToPath(new URL('../cold-import.mjs', import.meta.url));

interface EntryRun {
  readonly entry: string;
  readonly dependencies: readonly string[];
  /** In-process import time (ms) of the entry and of its dependencies, one pair per spawn. */
  readonly entryMs: number[];
  readonly baselineMs: number[];
  /** The same, CPU time (ms). */
  readonly entryCpuMs: number[];
  readonly baselineCpuMs: number[];
  /** Wall-clock time from spawn to exit (ms). */
  readonly entryProcessMs: number[];
  readonly baselineProcessMs: number[];
  /** Module files loaded (entry, its dependencies alone). */
  readonly files: readonly [number, number];
}

interface ImportRun {
  readonly load: number;
  readonly entries: EntryRun[];
}

/** The code entries of the package, from its exports map (`.` is `index`; the schema files are no module). */
function entries(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports)
    .filter((k) => k !== './package.json' && !k.includes('*'))
    .map((k) => (k === '.' ? 'index' : k.slice(2)));
}

const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The packages a built entry imports, directly or through its chunks, in the order first met. */
export function dependenciesOf(entry: string): string[] {
  const seen = new Set<string>();
  const bare: string[] = [];
  const walk = (url: URL): void => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    for (const m of readFileSync(url, 'utf8').matchAll(IMPORT_RE)) {
      const spec = (m[1] ?? m[2]) as string;
      if (spec.startsWith('.')) walk(new URL(spec, url));
      else if (!bare.includes(spec)) bare.push(spec);
    }
  };
  walk(distUrl(entry));
  return bare;
}

function run(args: readonly string[]): { out: Record<string, number>; processMs: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8' });
  const processMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cold import of ${args.join(' ')} failed: ${r.stderr}`);
  return {
    out: JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Record<string, number>,
    processMs,
  };
}

async function measureImports(): Promise<ImportRun> {
  const out: EntryRun[] = [];
  for (const entry of entries()) {
    const dependencies = dependenciesOf(entry);
    const target = distUrl(entry).href;
    const e: EntryRun = {
      entry,
      dependencies,
      entryMs: [],
      baselineMs: [],
      entryCpuMs: [],
      baselineCpuMs: [],
      entryProcessMs: [],
      baselineProcessMs: [],
      files: [
        run(['--count', target]).out['files'] ?? Number.NaN,
        run(['--count', ...dependencies]).out['files'] ?? Number.NaN,
      ],
    };
    for (let i = 0; i < SPAWNS; i++) {
      // Alternate which side goes first.
      const sides = i % 2 ? (['baseline', 'entry'] as const) : (['entry', 'baseline'] as const);
      for (const side of sides) {
        const r = run(side === 'entry' ? [target] : dependencies);
        e[`${side}Ms`].push(r.out['importMs'] ?? Number.NaN);
        e[`${side}CpuMs`].push(r.out['cpuMs'] ?? Number.NaN);
        e[`${side}ProcessMs`].push(r.processMs);
      }
    }
    out.push(e);
  }
  return { load: load(), entries: out };
}

function pairRatios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / (b[i] as number)).filter((x) => Number.isFinite(x));
}

function render(runs: readonly ImportRun[]): { goals: Goal[]; markdown: string[] } {
  const first = runs[0] as ImportRun;
  const goals: Goal[] = [];
  const rows: string[] = [];
  for (const e of first.entries) {
    const per = runs.map((r) => r.entries.find((x) => x.entry === e.entry) as EntryRun);
    const over = (f: (x: EntryRun) => number): Spread => spread(per.map(f));
    const entryMs = over((x) => median(x.entryMs));
    const baseMs = over((x) => median(x.baselineMs));
    const entryProc = over((x) => median(x.entryProcessMs));
    const baseProc = over((x) => median(x.baselineProcessMs));
    const hasDeps = e.dependencies.length > 0;
    const ratio = over((x) => median(pairRatios(x.entryMs, x.baselineMs)));
    const procRatio = over((x) => median(pairRatios(x.entryProcessMs, x.baselineProcessMs)));
    const allPairs = spread(per.flatMap((x) => pairRatios(x.entryMs, x.baselineMs)));
    const name = e.entry === 'index' ? 'jamsostek' : `jamsostek/${e.entry}`;
    const deps = hasDeps ? e.dependencies.map((d) => `\`${d}\``).join(', ') : 'none';
    rows.push(
      `| \`${name}\` | ${deps} | ${e.files[0]} / ${e.files[1]} | ${fmtSpread(entryMs, 1, ' ms')} | ${hasDeps ? fmtSpread(baseMs, 1, ' ms') : '–'} | ${hasDeps ? fmtSpread(ratio, 2, '×') : '–'} | ${hasDeps ? fmt(allPairs.min, 2) : '–'}–${hasDeps ? fmt(allPairs.max, 2) : '–'} | ${fmtSpread(entryProc, 0, ' ms')} | ${fmtSpread(baseProc, 0, ' ms')} | ${fmtSpread(procRatio, 2, '×')} |`,
    );
    goals.push(
      hasDeps
        ? {
            goal: `Cold import of \`${name}\` ÷ a cold import of its dependencies alone`,
            target: '≤ 1,3×',
            measured: `${fmtSpread(ratio, 2, '×')} (${fmt(entryMs.median, 1)} ms)`,
            baseline: `${deps}: ${fmt(baseMs.median, 1)} ms`,
            met: ratio.median <= 1.3,
            note:
              ratio.median > 1.3
                ? `its own code takes ${fmt(entryMs.median - baseMs.median, 1)} ms to load and run on top of ${fmt(baseMs.median, 1)} ms for ${deps}, which is too little to hide it; from spawn to exit the process takes ${fmtSpread(procRatio, 2, '×')} as long as one that loads only the dependencies.`
                : undefined,
          }
        : {
            goal: `Cold import of \`${name}\` (no dependency): process spawn to exit ÷ an empty Node process`,
            target: '≤ 1,3×',
            measured: `${fmtSpread(procRatio, 2, '×')} (import ${fmt(entryMs.median, 1)} ms)`,
            baseline: `empty process ${fmt(baseProc.median, 0)} ms`,
            met: procRatio.median <= 1.3,
          },
    );
  }
  const md = [
    '## One import',
    '',
    `Each entry is imported in a fresh Node process, ${SPAWNS} times per run, alternating with a fresh process that`,
    'imports exactly the dependency modules the entry needs, found by following the built entry’s imports',
    '(decimal.js, zod/mini, and date-fns by subpath). The import time is measured inside the process around the',
    'import (the goal’s figure: the median of the per-pair ratios); the process time runs from spawn to exit and',
    'includes starting Node. Files counts the module files loaded (entry / its dependencies alone), counted in',
    'separate processes through a loader hook.',
    '',
    '| entry | dependencies | files | import | dependencies alone | ratio | pair range | process | process, dependencies alone | process ratio |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Load average (1 min) at the end of each run: ${runs.map((r) => fmt(r.load, 1)).join(', ')}.`,
    '',
  ];
  return { goals, markdown: md };
}

/** The cold-import section. */
export const section: Section<ImportRun> = { id: 'import', order: 20, measure: measureImports, render };
