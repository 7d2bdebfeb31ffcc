/**
 * What a section of the benchmark is: it measures in a process of its own (one per run) and renders
 * its part of docs/performance.md from the measurements of every run.
 *
 * To add a section, put a module in `bench/sections/` that exports `section`; `npm run bench` runs the
 * sections in the order of their `order`, each `BENCH_RUNS` times (default 3), and writes one
 * docs/performance.md. A section's `measure` returns plain JSON.
 */
import os from 'node:os';

/** What precedes a section's JSON result on the standard output of its process. */
export const MARKER = '@@bench-result ';

/** A performance goal with the figure measured for it. */
export interface Goal {
  /** What is promised, e.g. `bpuContribution, median time per call`. */
  readonly goal: string;
  /** The target, e.g. `≤ 2 µs`. */
  readonly target: string;
  /** The figure: the median of the runs, with their range. */
  readonly measured: string;
  /** The baseline measured in the same runs, e.g. `decimal.js premium 1,1 µs`. */
  readonly baseline: string;
  /** Whether the median of the runs meets the target. */
  readonly met: boolean;
  /** Why it is not met (or what the figure depends on), shown under the table. */
  readonly note?: string | undefined;
}

/** A section's part of the report. */
export interface Rendered {
  /** The goals it measures. */
  readonly goals: readonly Goal[];
  /** Its Markdown, starting with a `##` heading. */
  readonly markdown: readonly string[];
}

/** A section of the benchmark. */
export interface Section<M = unknown> {
  /** Short id, also the file name under `bench/sections/`. */
  readonly id: string;
  /** Where it goes in the report (ascending). */
  readonly order: number;
  /** Measures once, in a fresh process. */
  measure(): Promise<M>;
  /** Renders from the measurements of every run (at least one). */
  render(runs: readonly M[]): Rendered;
}

/** The load average of the machine over the last minute, for the record. */
export function load(): number {
  return os.loadavg()[0] ?? Number.NaN;
}
